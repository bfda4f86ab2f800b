/** An import as the CLI and the library API both do it: the importer, then the letter's checks. */
import { importLetter, type FormatName, type ImportContext } from '../formats';
import type { Diagnostic } from '../model/diagnostics';
import type { Letter } from '../model/types';
import { validateLetter } from '../model/validate';
import { locate } from './result';

/** Imports bytes of a known format and adds the letter's checks, located at the input's lines. */
export async function importChecked(format: FormatName, bytes: Uint8Array, context: ImportContext): Promise<{ letter?: Letter; diagnostics: Diagnostic[] }> {
  const result = await importLetter(format, bytes, context);
  // The JSON importer validates itself; a letter another importer built is checked here.
  const diagnostics = result.letter && format !== 'json' ? [...result.diagnostics, ...locate(validateLetter(result.letter), result.lines)] : result.diagnostics;
  return { letter: result.letter, diagnostics };
}
