/**
 * PDF importer. A PDF kamerbrief wrote is read through its structure tree, exactly
 * (./tagged.ts). Any other PDF with a text layer is read by its layout: glyph runs with
 * their position, size and weight (./glyphs.ts) become lines cut at the columns
 * (./lines.ts), which are sorted into furniture, foot notes and body (./zones.ts) and handed
 * to the text importer's stages and the shared recogniser (./layout.ts).
 */
import { parsePdf, PdfStructureError, type ParsedPdf } from '../../check/pdfua/pdf';
import type { ImportResult } from '../result';
import { PdfReadError, readGlyphs, type PageGlyphs } from './glyphs';
import { letterFromZones } from './layout';
import { findBodyColumn, pageSegments } from './lines';
import { readOwnPdf } from './tagged';
import { sortZones } from './zones';
import { checkInflation } from './inflation';

export interface PdfImportOptions {
  /** Told of each page as it is read (the CLI shows progress on a terminal). */
  onPage?: (page: number, pages: number) => void;
}

export async function importPdf(bytes: Uint8Array, options: PdfImportOptions = {}): Promise<ImportResult> {
  const bomb = checkInflation(bytes);
  if (bomb) return fail(bomb);
  let pdf: ParsedPdf | undefined;
  try {
    pdf = await parsePdf(bytes);
  } catch (err) {
    if (!(err instanceof PdfStructureError)) throw err;
    // pdf-lib is stricter than pdfjs: a file it cannot read may still have a readable text layer.
    if (/not a PDF file|truncated/.test(err.message)) return fail(`not readable as a PDF: ${err.message}`);
  }
  const own = pdf ? readOwnPdf(pdf) : undefined;
  if (own) return own;
  let pages: PageGlyphs[];
  try {
    pages = await readGlyphs(bytes, options.onPage);
  } catch (err) {
    if (err instanceof PdfReadError) return { diagnostics: [{ severity: 'error', message: err.message, ...(err.page ? { page: err.page } : {}) }] };
    throw err;
  }
  const withText = pages.filter((p) => p.runs.some((r) => r.text.trim()));
  if (withText.length === 0) {
    return fail('this PDF has no text layer (a scan); OCR of scanned pages needs tesseract (Debian packages tesseract-ocr and tesseract-ocr-nld) and pdftoppm (poppler-utils)');
  }
  const body = findBodyColumn(withText);
  const segments = pages.map((p) => pageSegments(p, body));
  const zones = sortZones(segments, body);
  return letterFromZones(zones, body, pages.length);
}

function fail(message: string): ImportResult {
  return { diagnostics: [{ severity: 'error', message }] };
}
