/**
 * An import as the CLI and the library API both do it: the importer, the metadata the caller
 * gives (--metadata), then the letter's checks.
 */
import { importLetter, type FormatName, type ImportContext } from '../formats';
import type { Diagnostic } from '../model/diagnostics';
import { applyMetadata, metadataPointer, type MetadataKey, type MetadataOverrides } from '../model/overrides';
import type { Letter } from '../model/types';
import { validateLetter } from '../model/validate';
import { locate } from './result';

/**
 * Imports bytes of a known format. `metadata` goes into the letter before it is checked, and
 * settles what the importer found missing or doubtful at those places. A letter another
 * importer than JSON's (which validates itself) built is checked, its findings located at the
 * input's lines; a place the importer already called an error (no date found) is not reported
 * twice.
 */
export async function importChecked(
  format: FormatName,
  bytes: Uint8Array,
  context: ImportContext,
  metadata: MetadataOverrides = {},
): Promise<{ letter?: Letter; diagnostics: Diagnostic[]; lines?: Record<string, number> }> {
  const result = await importLetter(format, bytes, context);
  let { letter, diagnostics: found } = result;
  if (letter && Object.keys(metadata).length > 0) {
    const applied = applyMetadata(letter, metadata);
    const settled = new Set((Object.keys(metadata) as MetadataKey[]).map(metadataPointer));
    found = [...found.filter((d) => d.severity === 'info' || d.pointer === undefined || !settled.has(d.pointer)), ...applied.diagnostics];
    letter = applied.letter;
  }
  const reported = new Set(found.filter((d) => d.severity === 'error' && d.pointer !== undefined).map((d) => d.pointer));
  const diagnostics = letter && format !== 'json' ? [...found, ...locate(validateLetter(letter), result.lines).filter((d) => !reported.has(d.pointer))] : found;
  return { letter, diagnostics, lines: result.lines };
}
