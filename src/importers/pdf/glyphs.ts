/**
 * Stage 1 of the layout reader. In: the bytes of a PDF. Out: per page, its size and the
 * glyph runs pdfjs finds in its text layer, each with its evidence: where it stands (left
 * x and baseline y in PDF points, y up), its width, its font size, and whether its font is
 * bold or italic (from the font's name, as embedded fonts name their weight and style; only
 * when asked for, as it doubles the time a page takes).
 *
 * pdfjs-dist is an ES module; it is loaded on first use only, so no other format pays
 * for it.
 */
import * as path from 'node:path';

export interface GlyphRun {
  text: string;
  x: number;
  /** Baseline, in PDF points from the page's bottom edge. */
  y: number;
  width: number;
  size: number;
  bold: boolean;
  italic: boolean;
}

export interface PageGlyphs {
  /** 1-based. */
  number: number;
  width: number;
  height: number;
  runs: GlyphRun[];
  /** The runs came from OCR of the rendered page, not from its text layer. */
  ocr?: boolean;
}

export class PdfReadError extends Error {
  constructor(
    message: string,
    readonly page?: number,
  ) {
    super(message);
  }
}

/** Pages read at most: a letter has tens; a bigger file is something else. */
export const MAX_PAGES = 500;
/** Glyph runs on one page at most (a dense page has a few thousand). */
const MAX_RUNS_PER_PAGE = 50_000;

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs', { with: { 'resolution-mode': 'import' } });
let pdfjsLoaded: Promise<PdfJs> | undefined;
function pdfjs(): Promise<PdfJs> {
  pdfjsLoaded ??= import('pdfjs-dist/legacy/build/pdf.mjs');
  return pdfjsLoaded;
}

const BOLD = /bold|black|heavy|semibold|demi|extrab|ultrab|-bd\b|,bd\b/i;
const ITALIC = /italic|oblique|-it\b|,it\b|kursiv/i;

/** Reads every page's glyph runs. Throws PdfReadError with a reason a person understands. */
export async function readGlyphs(bytes: Uint8Array, onPage?: (page: number, pages: number) => void, options: { fonts?: boolean } = {}): Promise<PageGlyphs[]> {
  const lib = await pdfjs();
  const root = path.dirname(require.resolve('pdfjs-dist/package.json'));
  const task = lib.getDocument({
    // pdfjs takes the buffer over; give it a copy so the caller's bytes stay whole.
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    verbosity: 0,
    standardFontDataUrl: path.join(root, 'standard_fonts') + path.sep,
    cMapUrl: path.join(root, 'cmaps') + path.sep,
    cMapPacked: true,
  });
  let doc: Awaited<typeof task.promise>;
  try {
    doc = await task.promise;
  } catch (err) {
    const e = err as { name?: string; message?: string };
    if (e.name === 'PasswordException') throw new PdfReadError('the PDF is encrypted with a password; kamerbrief cannot read it (save it again without a password)');
    throw new PdfReadError(`the PDF file is damaged and cannot be read: ${String(e.message ?? err).split('\n')[0]}`);
  }
  try {
    if (doc.numPages > MAX_PAGES) throw new PdfReadError(`the PDF has ${doc.numPages} pages; kamerbrief reads letters of at most ${MAX_PAGES} pages`);
    const pages: PageGlyphs[] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      onPage?.(n, doc.numPages);
      pages.push(await readPage(doc, n, options.fonts === true));
    }
    return pages;
  } finally {
    await doc.destroy();
  }
}

async function readPage(doc: { getPage(n: number): Promise<PdfPageProxy> }, n: number, withFonts: boolean): Promise<PageGlyphs> {
  let page: PdfPageProxy;
  try {
    page = await doc.getPage(n);
  } catch (err) {
    throw new PdfReadError(`page ${n} cannot be read: ${String((err as Error).message ?? err).split('\n')[0]}`, n);
  }
  try {
    const [x0, y0, x1, y1] = page.view;
    const content = await page.getTextContent();
    // Font names (so weight and style) come with the page's fonts, which pdfjs hands over
    // only when it builds the page's operator list: that doubles the time a page takes, and
    // the recogniser reads labels and headings without their weight, so it is asked for only
    // where the caller wants it.
    if (withFonts) await page.getOperatorList();
    const fontName = new Map<string, string>();
    const nameOf = (id: string): string => {
      let name = fontName.get(id);
      if (name === undefined) {
        try {
          const font = page.commonObjs.get(id) as { name?: string; bold?: boolean; italic?: boolean } | undefined;
          name = `${font?.name ?? ''}${font?.bold ? ' bold' : ''}${font?.italic ? ' italic' : ''}`;
        } catch {
          // Not handed over (no operator list asked for): weight and style unknown.
          name = '';
        }
        fontName.set(id, name);
      }
      return name;
    };
    const runs: GlyphRun[] = [];
    for (const item of content.items) {
      if (!('str' in item) || item.str === '') continue;
      if (runs.length >= MAX_RUNS_PER_PAGE) throw new PdfReadError(`page ${n} holds more than ${MAX_RUNS_PER_PAGE} pieces of text; this is not a letter`, n);
      const [a, b, c, d, e, f] = item.transform as number[];
      // Text set upright only: rotated text (a stamp, a margin note) is not letter text.
      const size = Math.hypot(c, d);
      if (!(size > 0) || Math.abs(b) > 0.01 * Math.abs(a) + 1e-6) {
        runs.push({ text: item.str, x: e - x0, y: f - y0, width: item.width, size: size || Math.hypot(a, b), bold: false, italic: false });
        continue;
      }
      const name = nameOf(item.fontName);
      runs.push({ text: item.str, x: e - x0, y: f - y0, width: item.width, size, bold: BOLD.test(name), italic: ITALIC.test(name) || c !== 0 });
    }
    return { number: n, width: x1 - x0, height: y1 - y0, runs };
  } catch (err) {
    if (err instanceof PdfReadError) throw err;
    throw new PdfReadError(`page ${n} cannot be read: ${String((err as Error).message ?? err).split('\n')[0]}`, n);
  } finally {
    page.cleanup();
  }
}

interface PdfPageProxy {
  view: number[];
  getTextContent(): Promise<{ items: ({ str: string; transform: number[]; width: number; fontName: string } | { type: string })[] }>;
  getOperatorList(): Promise<unknown>;
  commonObjs: { get(id: string): unknown };
  cleanup(): void;
}
