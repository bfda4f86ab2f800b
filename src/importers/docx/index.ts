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
    if (pkg.properties.has(PROPERTY.schemaVersion)) return readOwnDocx(pkg);
    return readHandwrittenDocx(pkg);
  } catch (err) {
    if (err instanceof DocxError) return { diagnostics: [{ severity: 'error', message: err.message }] };
    throw err;
  }
}
