/**
 * Breaking a good PDF on purpose, with pdf-lib: each helper changes one thing that one
 * PDF/UA rule is about.
 */
import { decodePDFRawStream, PDFArray, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef, PDFStream } from 'pdf-lib';

export async function mutate(bytes: Uint8Array, change: (doc: PDFDocument) => void): Promise<Uint8Array> {
  const doc = await PDFDocument.load(bytes, { updateMetadata: false });
  change(doc);
  return doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}

export const name = (value: string) => PDFName.of(value);

export function decoded(stream: PDFStream): string {
  const bytes = stream instanceof PDFRawStream ? decodePDFRawStream(stream).decode() : stream.getContents();
  return Buffer.from(bytes).toString('latin1');
}

/** Indirect dictionaries (or stream dictionaries) for which `test` holds, with their refs. */
export function findObjects(doc: PDFDocument, test: (dict: PDFDict) => boolean): { ref: PDFRef; dict: PDFDict }[] {
  const found: { ref: PDFRef; dict: PDFDict }[] = [];
  for (const [ref, object] of doc.context.enumerateIndirectObjects()) {
    const dict = object instanceof PDFDict ? object : object instanceof PDFStream ? object.dict : undefined;
    if (dict && test(dict)) found.push({ ref, dict });
  }
  return found.sort((a, b) => a.ref.objectNumber - b.ref.objectNumber);
}

/** Structure elements of a type, in object-number order (pdfkit writes them in drawing order). */
export function elementsOfType(doc: PDFDocument, type: string): { ref: PDFRef; dict: PDFDict }[] {
  return findObjects(doc, (dict) => dict.get(name('S')) === name(type) && dict.get(name('Type')) !== name('Action') && dict.has(name('P')));
}

export function onlyElement(doc: PDFDocument, type: string): PDFDict {
  const [element, ...others] = elementsOfType(doc, type);
  if (!element || others.length > 0) throw new Error(`expected one ${type} element`);
  return element.dict;
}

export function setType(element: PDFDict, type: string): void {
  element.set(name('S'), name(type));
}

/** Rewrites the XMP packet as text. */
export function editXmp(doc: PDFDocument, edit: (xmp: string) => string): void {
  const metadata = doc.context.lookup(doc.catalog.get(name('Metadata')), PDFStream);
  const replacement = doc.context.stream(edit(decoded(metadata)), { Type: 'Metadata', Subtype: 'XML' });
  doc.catalog.set(name('Metadata'), doc.context.register(replacement));
}

/** Rewrites the content of a page (0-based index) as latin1 text. */
export function editContent(doc: PDFDocument, pageIndex: number, edit: (content: string) => string): void {
  const page = doc.getPage(pageIndex).node;
  const contents = doc.context.lookup(page.get(name('Contents')));
  const streams = contents instanceof PDFArray ? contents.asArray().map((r) => doc.context.lookup(r, PDFStream)) : [contents as PDFStream];
  const text = streams.map(decoded).join('\n');
  page.set(name('Contents'), doc.context.register(doc.context.stream(Buffer.from(edit(text), 'latin1'))));
}

/** Appends operators to the content of a page. */
export function appendContent(doc: PDFDocument, pageIndex: number, operators: string): void {
  editContent(doc, pageIndex, (content) => `${content}\n${operators}\n`);
}

/** The font dictionary pdfkit uses (Type0), its descendant and descriptor. */
export function embeddedFont(doc: PDFDocument): { type0: PDFDict; descendant: PDFDict; descriptor: PDFDict } {
  const [type0] = findObjects(doc, (dict) => dict.get(name('Subtype')) === name('Type0'));
  const descendant = doc.context.lookup(type0.dict.lookup(name('DescendantFonts'), PDFArray).get(0), PDFDict);
  const descriptor = descendant.lookup(name('FontDescriptor'), PDFDict);
  return { type0: type0.dict, descendant, descriptor };
}

export function linkAnnotation(doc: PDFDocument): PDFDict {
  const [link] = findObjects(doc, (dict) => dict.get(name('Subtype')) === name('Link'));
  return link.dict;
}

/** Adds an XObject to the resources of a page (0-based index) under `resourceName`. */
export function addXObject(doc: PDFDocument, pageIndex: number, resourceName: string, xobject: PDFRef): void {
  const resources = doc.getPage(pageIndex).node.Resources()!;
  let xobjects = resources.lookupMaybe(name('XObject'), PDFDict);
  if (!xobjects) resources.set(name('XObject'), (xobjects = doc.context.obj({})));
  xobjects.set(name(resourceName), xobject);
}
