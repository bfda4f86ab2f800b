/**
 * Building blocks for a tagged PDF/UA-1 document with pdfkit 0.20.2, and the workarounds
 * for what pdfkit leaves out (see the notes on pdfkit and PDF/UA): a description in
 * `/Contents` of link annotations, XML escaping of the title in the XMP metadata, `/ID` on
 * Note elements, and the `subset: 'PDF/UA'` option that @types/pdfkit does not know.
 * The PDF/UA checker (`src/check/pdfua.ts`) tests the documents these helpers produce.
 */
import type PDFDocument from 'pdfkit';

type Doc = InstanceType<typeof PDFDocument>;

export interface PdfUaDocumentSettings {
  /** The document title: Info /Title, XMP dc:title, shown as the window title. */
  title: string;
  /** BCP 47 language of the document, e.g. "nl-NL". */
  lang: string;
  /** Path or bytes of an embeddable TrueType font; the standard 14 fonts are never embedded. */
  font: string | Buffer;
  /** A fixed date makes the output byte-identical between runs. */
  creationDate: Date;
  author?: string;
  subject?: string;
  size?: string;
  margins?: { top: number; bottom: number; left: number; right: number };
}

/**
 * pdfkit writes `pdfuaid:part` 1 for this subset, but @types/pdfkit only lists the PDF/A
 * subsets; this one cast keeps the rest of the options typed.
 */
const PDF_UA_SUBSET = 'PDF/UA' as unknown as NonNullable<PDFKit.PDFDocumentOptions['subset']>;

/** pdfkit options for a PDF/UA-1 document: PDF 1.7, tagged, language, displayed title. */
export function pdfUaDocumentOptions(settings: PdfUaDocumentSettings): PDFKit.PDFDocumentOptions {
  const info: PDFKit.DocumentInfo = { Title: settings.title, CreationDate: settings.creationDate };
  if (settings.author !== undefined) info.Author = settings.author;
  if (settings.subject !== undefined) info.Subject = settings.subject;
  return {
    pdfVersion: '1.7', // XMP metadata is only written from PDF 1.4 on
    subset: PDF_UA_SUBSET,
    tagged: true,
    lang: settings.lang,
    displayTitle: true,
    info,
    font: settings.font as string, // pdfkit accepts bytes too; its types say string
    size: settings.size ?? 'A4',
    margins: settings.margins,
    autoFirstPage: true,
  };
}

/** Escapes text for XML character data and attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&${{ '&': 'amp', '<': 'lt', '>': 'gt', '"': 'quot', "'": 'apos' }[c]};`);
}

interface MetadataInternals {
  info: Record<string, unknown>;
  _addInfo: () => void;
}

/**
 * pdfkit puts the Info strings into the XMP packet unescaped, so a title with "&" or "<"
 * makes the metadata malformed XML. The Info dictionary is written before the XMP, so the
 * XMP writer is given escaped copies while the Info dictionary keeps the plain text.
 * Call once, right after creating the document.
 */
export function escapeXmpInfo(doc: Doc): void {
  const internals = doc as unknown as MetadataInternals;
  const addInfo = internals._addInfo;
  if (typeof addInfo !== 'function') throw new Error('pdfkit has no _addInfo: the XMP escaping workaround needs updating');
  internals._addInfo = function addEscapedInfo(this: MetadataInternals) {
    const plain = this.info;
    this.info = Object.fromEntries(Object.entries(plain).map(([key, value]) => [key, typeof value === 'string' ? escapeXml(value) : value]));
    try {
      addInfo.call(this);
    } finally {
      this.info = plain;
    }
  };
}

/** Creates a PDF/UA-1 document with the options above and the XMP escaping in place. */
export function createPdfUaDocument(Document: typeof PDFDocument, settings: PdfUaDocumentSettings): Doc {
  const doc = new Document(pdfUaDocumentOptions(settings));
  escapeXmpInfo(doc);
  return doc;
}

/** A string value for a raw PDF dictionary: pdfkit writes a primitive string as a name. */
export function pdfText(text: string): string {
  return new String(text) as unknown as string;
}

type StructureChildren = PDFKit.PDFStructureElementChild | PDFKit.PDFStructureElementChild[];

/**
 * `doc.struct(type, children)`: pdfkit accepts children in place of the options, its
 * types do not; with children the element is ended.
 */
export function structElement(doc: Doc, type: string, children: StructureChildren, options: PDFKit.Mixins.StructureElementOptions = {}): PDFKit.PDFStructureElement {
  return doc.struct(type, options, children);
}

interface StructureElementInternals {
  dictionary: { data: Record<string, unknown> };
  _flushed: boolean;
}

function rawDictionary(element: PDFKit.PDFStructureElement): Record<string, unknown> {
  const internals = element as unknown as StructureElementInternals;
  if (internals._flushed) throw new Error('structure element already written: set its entries before ending it');
  return internals.dictionary.data;
}

/**
 * Sets the `/ID` of a structure element (PDF/UA-1 7.9: every Note has one, unique in the
 * document); pdfkit has no option for it. Call before the element is ended.
 */
export function setStructureId(element: PDFKit.PDFStructureElement, id: string): void {
  if (id === '') throw new Error('a structure element /ID must not be empty');
  rawDictionary(element).ID = pdfText(id);
}

/** A Note element with its `/ID`; with children it is ended, as `doc.struct` does. */
export function noteElement(
  doc: Doc,
  id: string,
  children?: StructureChildren,
): PDFKit.PDFStructureElement {
  // Created empty so that the ID is set before the element is ended (and written).
  const note = doc.struct('Note');
  setStructureId(note, id);
  if (children === undefined) return note;
  for (const child of Array.isArray(children) ? children : [children]) note.add(child);
  note.end();
  return note;
}

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Adds a URI link annotation over `area` with a description in `/Contents` (PDF/UA-1
 * 7.18.5; pdfkit writes an empty one), tied to `linkElement` by an OBJR and `/StructParent`.
 * Call while the Link element is open, after drawing its text, e.g. inside its closure.
 */
export function addDescribedLink(doc: Doc, linkElement: PDFKit.PDFStructureElement, area: Rect, url: string, description: string): void {
  if (description.trim() === '') throw new Error('a link annotation needs a description');
  const options = { structParent: linkElement, Contents: pdfText(description) } as unknown as PDFKit.Mixins.AnnotationOption; // the types lack structParent
  doc.link(area.x, area.y, area.width, area.height, url, options);
}

/**
 * Draws page furniture (running head, page number) as an `/Artifact` of the given type, so
 * that it is not part of the structure tree and assistive technology skips it.
 */
export function drawArtifact(doc: Doc, type: 'Pagination' | 'Layout' | 'Page', draw: () => void): void {
  doc.markContent('Artifact', { type });
  try {
    draw();
  } finally {
    doc.endMarkedContent();
  }
}

interface FontInternals {
  _font?: { font?: { hasGlyphForCodePoint?: (codePoint: number) => boolean } };
}

/**
 * The characters of `text` (other than line breaks) that the current font has no glyph
 * for: pdfkit would draw them as glyph 0 (.notdef), which PDF/UA-1 7.21.8 forbids.
 */
export function missingGlyphs(doc: Doc, text: string): string[] {
  const font = (doc as unknown as FontInternals)._font?.font;
  if (typeof font?.hasGlyphForCodePoint !== 'function') throw new Error('the current font cannot be asked for glyph coverage');
  const missing = new Set<string>();
  for (const char of text) {
    if (char === '\n' || char === '\r') continue;
    if (!font.hasGlyphForCodePoint(char.codePointAt(0)!)) missing.add(char);
  }
  return [...missing];
}
