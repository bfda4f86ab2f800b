/**
 * PDF importer. A PDF kamerbrief wrote is read from the canonical JSON it carries
 * (./embedded.ts), or else through its structure tree, exactly (./tagged.ts). Any other PDF with a text layer is read by its layout: glyph runs with
 * their position, size and weight (./glyphs.ts) become lines cut at the columns
 * (./lines.ts), which are sorted into furniture, foot notes and body (./zones.ts) and handed
 * to the text importer's stages and the shared recogniser (./layout.ts).
 */
import { parsePdf, pdfFrameProblem, PdfStructureError, type ParsedPdf } from '../../check/pdfua/pdf';
import type { ImportResult } from '../result';
import { PdfReadError, readGlyphs, type PageGlyphs } from './glyphs';
import { letterFromZones } from './layout';
import { findBodyColumn, pageSegments, printedLines } from './lines';
import { readEmbeddedLetter } from './embedded';
import { readOwnPdf } from './tagged';
import { sortZones } from './zones';
import { checkInflation } from './inflation';
import { ocrPages, ocrUnavailable, type OcrMode } from './ocr';
import type { Diagnostic } from '../../model/diagnostics';

export interface PdfImportOptions {
  /** Told of each page as it is read (the CLI shows progress on a terminal). */
  onPage?: (page: number, pages: number) => void;
  /** Told of each page as OCR starts on it: OCR takes seconds a page. */
  onOcrPage?: (page: number, done: number, all: number) => void;
  /** OCR of pages without words: when needed (auto, the default), never, or for every page. */
  ocr?: OcrMode;
  /** Read the letter a kamerbrief PDF carries (the default); false reads its structure tree (tests of that path). */
  embedded?: boolean;
}

export async function importPdf(bytes: Uint8Array, options: PdfImportOptions = {}): Promise<ImportResult> {
  const bomb = checkInflation(bytes);
  if (bomb) return fail(bomb);
  const frame = pdfFrameProblem(bytes);
  if (frame) return fail(`not readable as a PDF: ${frame}`);
  let pdf: ParsedPdf | undefined;
  // Only a tagged PDF can be one of ours; the whole parse is spent where a structure tree may be
  // (named in the file, or hidden in a compressed object stream).
  if (mayHaveStructureTree(bytes)) {
    try {
      pdf = await parsePdf(bytes);
    } catch (err) {
      // pdf-lib is stricter than pdfjs: a file it cannot read may still have a readable text layer.
      if (!(err instanceof PdfStructureError)) throw err;
    }
  }
  // The letter a kamerbrief PDF carries comes first; then its structure tree.
  const embedded = pdf && options.embedded !== false ? readEmbeddedLetter(pdf) : {};
  if (embedded.result) return embedded.result;
  const own = pdf ? readOwnPdf(pdf) : undefined;
  if (own) return embedded.warning ? { ...own, diagnostics: [embedded.warning, ...own.diagnostics] } : own;
  let pages: PageGlyphs[];
  try {
    pages = await readGlyphs(bytes, options.onPage);
  } catch (err) {
    if (err instanceof PdfReadError) return { diagnostics: [{ severity: 'error', message: err.message, ...(err.page ? { page: err.page } : {}) }] };
    throw err;
  }
  const mode = options.ocr ?? 'auto';
  const wordless = pages.filter((p) => !p.runs.some((r) => /[\p{L}\d]/u.test(r.text)));
  const toOcr = mode === 'always' ? pages : mode === 'auto' ? wordless : [];
  const diagnostics: Diagnostic[] = [];
  if (toOcr.length > 0) {
    const missing = ocrUnavailable();
    const which = toOcr.length === pages.length ? 'has no text layer (a scan)' : `has pages without text (a scan): page${toOcr.length > 1 ? 's' : ''} ${toOcr.map((p) => p.number).join(', ')}`;
    if (missing) return { diagnostics: [{ severity: 'error', page: toOcr[0].number, message: `this PDF ${which}; reading it needs OCR, but ${missing}` }] };
    let read: PageGlyphs[];
    try {
      read = ocrPages(bytes, toOcr, options.onOcrPage);
    } catch (err) {
      if (err instanceof PdfReadError) return { diagnostics: [{ severity: 'error', message: err.message, ...(err.page ? { page: err.page } : {}) }] };
      throw err;
    }
    for (const p of read) {
      pages[p.number - 1] = p;
      diagnostics.push({ severity: 'warning', page: p.number, message: `page ${p.number} was read by OCR (tesseract): check its text` });
    }
  } else if (wordless.length === pages.length) {
    return fail('this PDF has no text layer (a scan), and OCR is off (--ocr never); use --ocr auto with tesseract installed');
  } else {
    for (const p of wordless) diagnostics.push({ severity: 'warning', page: p.number, message: `page ${p.number} has no text, and OCR is off (--ocr never): nothing of it is read` });
  }
  const withText = pages.filter((p) => p.runs.some((r) => r.text.trim()));
  if (withText.length === 0) return fail('this PDF has no text that can be read, not even by OCR');
  const printed = pages.map(printedLines);
  const body = findBodyColumn(printed.flat(), Math.max(...withText.map((p) => p.width)));
  const segments = pages.map((p, k) => pageSegments(p, printed[k], body));
  const zones = sortZones(segments, body);
  const result = letterFromZones(zones, body, pages.length);
  return { ...result, diagnostics: [...diagnostics, ...result.diagnostics] };
}

function mayHaveStructureTree(bytes: Uint8Array): boolean {
  const text = new TextDecoder('latin1').decode(bytes);
  return text.includes('/StructTreeRoot') || text.includes('/ObjStm') || text.includes('/AF');
}

function fail(message: string): ImportResult {
  return { diagnostics: [{ severity: 'error', message }] };
}
