/**
 * DOCX importer. A package kamerbrief wrote (it has the "Kamerbrief schemaversie" custom
 * property) is read exactly through its carriers (./own.ts); any other Word letter goes
 * through the structure recogniser that the Markdown importer uses (./handwritten.ts).
 * The input is untrusted: the ZIP is opened with size limits, the XML with the safe reader,
 * and every failure becomes one error diagnostic that says what was wrong.
 */
import { PROPERTY } from '../../exporters/docx/carrier';
import type { ImportContext } from '../../formats';
import type { ImportResult } from '../result';
import { readHandwrittenDocx } from './handwritten';
import { readOwnDocx } from './own';
import { DocxError, openDocx } from './package';

export { DocxError } from './package';

export function importDocx(bytes: Uint8Array, _context: ImportContext = {}): ImportResult {
  try {
    const pkg = openDocx(bytes);
    if (!pkg.properties.has(PROPERTY.schemaVersion)) return readHandwrittenDocx(pkg);
    try {
      return readOwnDocx(pkg);
    } catch (err) {
      if (!(err instanceof DocxError)) throw err;
      // Edited in Word after kamerbrief wrote it, so that the markers no longer fit: the
      // text is still a letter, read as any other Word letter.
      const result = readHandwrittenDocx(pkg);
      const warning = { severity: 'warning' as const, message: `kamerbrief wrote this DOCX, but it was changed since (${err.message}); read as a Word letter, so details kamerbrief carries may be lost` };
      return { ...result, diagnostics: [warning, ...result.diagnostics] };
    }
  } catch (err) {
    if (err instanceof DocxError) return { diagnostics: [{ severity: 'error', message: err.message }] };
    throw err;
  }
}
