/**
 * The parsed PDF the rules look at, and small typed accessors over pdf-lib's objects so
 * that each rule reads as "the /Lang of the catalog" and not as a chain of lookups and
 * instanceof tests. Every accessor resolves indirect references and returns undefined for
 * a missing or mistyped value: a damaged file yields findings, not exceptions.
 */
import {
  decodePDFRawStream,
  PDFArray,
  PDFBool,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFObject,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  type PDFContext,
} from 'pdf-lib';

export interface PdfFinding {
  /** Rule family and point, e.g. "UA-7.1-metadata". */
  rule: string;
  /** A sentence for a person; names the page or object. */
  message: string;
  /** 1-based page number, when the finding is about one page. */
  page?: number;
  /** The object concerned, as "12 0 R" or a path such as "Catalog/MarkInfo". */
  object?: string;
}

export interface PdfPage {
  /** 1-based. */
  number: number;
  ref: PDFRef;
  dict: PDFDict;
  resources: PDFDict | undefined;
}

export interface ParsedPdf {
  context: PDFContext;
  catalog: PDFDict;
  pages: PdfPage[];
  /** Page number by reference ("12 0 R"). */
  pageByRef: Map<string, PdfPage>;
}

export class PdfStructureError extends Error {}

/** Loads the bytes with pdf-lib; throws PdfStructureError with a reason a person understands. */
/** Why the bytes are not a whole PDF (no "%PDF-" header, no "%%EOF" at the end), or undefined. */
export function pdfFrameProblem(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (!head.includes('%PDF-')) return 'this is not a PDF file: it does not start with "%PDF-"';
  const tail = new TextDecoder('latin1').decode(bytes.subarray(Math.max(0, bytes.length - 1024)));
  if (!tail.includes('%%EOF')) return 'the PDF file is truncated or damaged: it does not end with "%%EOF"';
  return undefined;
}

export async function parsePdf(bytes: Uint8Array): Promise<ParsedPdf> {
  const frame = pdfFrameProblem(bytes);
  if (frame) throw new PdfStructureError(frame);
  let doc: PDFDocument;
  try {
    doc = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true, throwOnInvalidObject: true });
  } catch (error) {
    throw new PdfStructureError(`the PDF file is damaged and cannot be read: ${(error as Error).message.split('\n')[0]}`);
  }
  if (doc.isEncrypted) throw new PdfStructureError('the PDF file is encrypted; its content cannot be checked');
  const context = doc.context;
  const catalog = context.lookup(context.trailerInfo.Root);
  if (!(catalog instanceof PDFDict)) throw new PdfStructureError('the PDF file has no document catalog (trailer /Root)');
  let pages: PdfPage[];
  try {
    pages = doc.getPages().map((page, index) => ({ number: index + 1, ref: page.ref, dict: page.node, resources: page.node.Resources() }));
  } catch (error) {
    throw new PdfStructureError(`the page tree of the PDF file is damaged: ${(error as Error).message.split('\n')[0]}`);
  }
  if (pages.length === 0) throw new PdfStructureError('the PDF file has no pages');
  return { context, catalog, pages, pageByRef: new Map(pages.map((p) => [p.ref.toString(), p])) };
}

/** The value of `key` in `dict`, indirect references resolved. */
export function entry(pdf: ParsedPdf, dict: PDFDict | undefined, key: string): PDFObject | undefined {
  const value = dict?.get(PDFName.of(key));
  return value === undefined ? undefined : pdf.context.lookup(value);
}

export function dictAt(pdf: ParsedPdf, dict: PDFDict | undefined, key: string): PDFDict | undefined {
  return asDict(entry(pdf, dict, key));
}

export function arrayAt(pdf: ParsedPdf, dict: PDFDict | undefined, key: string): PDFArray | undefined {
  const value = entry(pdf, dict, key);
  return value instanceof PDFArray ? value : undefined;
}

export function nameAt(pdf: ParsedPdf, dict: PDFDict | undefined, key: string): string | undefined {
  return nameOf(entry(pdf, dict, key));
}

export function numberAt(pdf: ParsedPdf, dict: PDFDict | undefined, key: string): number | undefined {
  const value = entry(pdf, dict, key);
  return value instanceof PDFNumber ? value.asNumber() : undefined;
}

export function boolAt(pdf: ParsedPdf, dict: PDFDict | undefined, key: string): boolean | undefined {
  const value = entry(pdf, dict, key);
  return value instanceof PDFBool ? value.asBoolean() : undefined;
}

/** A text string (literal or hex) decoded from PDFDocEncoding or UTF-16. */
export function textAt(pdf: ParsedPdf, dict: PDFDict | undefined, key: string): string | undefined {
  return textOf(entry(pdf, dict, key));
}

export function streamAt(pdf: ParsedPdf, dict: PDFDict | undefined, key: string): PDFStream | undefined {
  const value = entry(pdf, dict, key);
  return value instanceof PDFStream ? value : undefined;
}

/** A dictionary, or the dictionary of a stream. */
export function asDict(value: PDFObject | undefined): PDFDict | undefined {
  if (value instanceof PDFDict) return value;
  if (value instanceof PDFStream) return value.dict;
  return undefined;
}

export function nameOf(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFName ? value.decodeText() : undefined;
}

export function textOf(value: PDFObject | undefined): string | undefined {
  return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
}

/** Items of an array, resolved. */
export function itemsOf(pdf: ParsedPdf, array: PDFArray | undefined): PDFObject[] {
  return array ? array.asArray().map((item) => pdf.context.lookup(item) ?? item) : [];
}

/** The decoded bytes of a stream; throws for a filter pdf-lib cannot decode. */
export function decodeStream(stream: PDFStream): Uint8Array {
  if (stream instanceof PDFRawStream) return decodePDFRawStream(stream).decode();
  const unencoded = (stream as { getUnencodedContents?: () => Uint8Array }).getUnencodedContents;
  return unencoded ? unencoded.call(stream) : stream.getContents();
}

/** "12 0 R" for a reference, or a fallback label for a direct object. */
export function describeRef(ref: PDFObject | undefined, fallback = 'a direct object'): string {
  return ref instanceof PDFRef ? ref.toString() : fallback;
}

/**
 * The entries of a number tree (ParentTree) by key, following /Kids; `problems` receives
 * a sentence for each malformed node. Cycles are cut.
 */
export function readNumberTree(pdf: ParsedPdf, root: PDFDict, problems: string[]): Map<number, PDFObject> {
  const entries = new Map<number, PDFObject>();
  readTree(pdf, root, 'Nums', problems, (key, value) => {
    if (key instanceof PDFNumber) entries.set(key.asNumber(), value);
    else problems.push('a /Nums key is not a number');
  });
  return entries;
}

/** The values of a name tree (EmbeddedFiles), following /Kids. */
export function readNameTreeValues(pdf: ParsedPdf, root: PDFDict, problems: string[]): PDFObject[] {
  const values: PDFObject[] = [];
  readTree(pdf, root, 'Names', problems, (_key, value) => values.push(value));
  return values;
}

function readTree(pdf: ParsedPdf, root: PDFDict, leafKey: 'Nums' | 'Names', problems: string[], add: (key: PDFObject | undefined, value: PDFObject) => void): void {
  const seen = new Set<PDFDict>();
  const pending: PDFDict[] = [root];
  while (pending.length > 0) {
    const node = pending.pop()!;
    if (seen.has(node)) continue;
    seen.add(node);
    const items = arrayAt(pdf, node, leafKey)?.asArray() ?? [];
    if (items.length % 2 !== 0) problems.push(`a /${leafKey} array has an odd number of items`);
    for (let i = 0; i + 1 < items.length; i += 2) add(pdf.context.lookup(items[i]), items[i + 1]);
    for (const kid of itemsOf(pdf, arrayAt(pdf, node, 'Kids'))) {
      if (kid instanceof PDFDict) pending.push(kid);
      else problems.push('a /Kids entry is not a dictionary');
    }
  }
}
