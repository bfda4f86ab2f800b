/**
 * The letter a kamerbrief PDF carries (PDF/A-3 associated files, see
 * src/exporters/pdf/embedded.ts): the canonical JSON in the catalog's /AF, read first, before
 * the structure tree. In: the parsed PDF. Out: the letter read from that JSON, or undefined
 * where there is none; a JSON that does not read as a valid letter is undefined too, with a
 * warning, so the caller falls back to the structure tree.
 */
import { PDFArray } from 'pdf-lib';
import { arrayAt, asDict, decodeStream, dictAt, entry, itemsOf, nameAt, streamAt, textAt, type ParsedPdf } from '../../check/pdfua/pdf';
import { LETTER_JSON } from '../../exporters/pdf/embedded';
import type { Diagnostic } from '../../model/diagnostics';
import { hasErrors } from '../../model/diagnostics';
import { importJson } from '../json';
import type { ImportResult } from '../result';

/** An embedded letter larger than this is not one (the bytes are inflated to read it). */
const MAX_EMBEDDED_BYTES = 32 * 1024 * 1024;

export function readEmbeddedLetter(pdf: ParsedPdf): { result?: ImportResult; warning?: Diagnostic } {
  const files = arrayAt(pdf, pdf.catalog, 'AF');
  if (!(files instanceof PDFArray)) return {};
  for (const item of itemsOf(pdf, files)) {
    const spec = asDict(item);
    if (!spec) continue;
    const name = textAt(pdf, spec, 'UF') ?? textAt(pdf, spec, 'F');
    if (name !== LETTER_JSON.name || nameAt(pdf, spec, 'AFRelationship') !== LETTER_JSON.relationship) continue;
    const stream = streamAt(pdf, dictAt(pdf, spec, 'EF'), 'F');
    const declared = Number(entry(pdf, dictAt(pdf, stream?.dict, 'Params'), 'Size')?.toString() ?? 0);
    if (!stream || declared > MAX_EMBEDDED_BYTES) return { warning: warn(`the embedded ${LETTER_JSON.name} cannot be read`) };
    let text: string;
    try {
      const bytes = decodeStream(stream);
      if (bytes.length > MAX_EMBEDDED_BYTES) return { warning: warn(`the embedded ${LETTER_JSON.name} is larger than a letter`) };
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return { warning: warn(`the embedded ${LETTER_JSON.name} cannot be decoded`) };
    }
    const result = importJson(text);
    if (!result.letter || hasErrors(result.diagnostics)) return { warning: warn(`the embedded ${LETTER_JSON.name} is not a valid letter`) };
    return { result: { ...result, diagnostics: [{ severity: 'info', message: `read from the letter the PDF carries (${LETTER_JSON.name}, PDF/A-3 associated file)` }, ...result.diagnostics] } };
  }
  return {};
}

function warn(message: string): Diagnostic {
  return { severity: 'warning', message: `${message}; the letter is read from the PDF's structure tree instead` };
}
