/** Reading one input file into a letter, with diagnostics; the CLI's common first step. */
import { decodeText, formatFromName, importerFor, isFormatName, INPUT_FORMATS, type FormatName } from '../formats';
import type { Diagnostic } from '../model/diagnostics';
import type { Letter } from '../model/types';
import { locate } from '../importers/result';
import { validateLetter } from '../model/validate';
import { InputError, readInput } from './io';

export class UsageError extends Error {}

export interface Loaded {
  file: string;
  format: FormatName;
  letter?: Letter;
  diagnostics: Diagnostic[];
}

export function resolveInputFormat(file: string, from?: string): FormatName {
  if (from !== undefined) {
    if (!isFormatName(from) || !INPUT_FORMATS.includes(from)) {
      throw new UsageError(`--from ${from}: unknown input format; expected one of ${INPUT_FORMATS.join(', ')}`);
    }
    return from;
  }
  const format = formatFromName(file);
  if (format === undefined) {
    if (file === '-') throw new UsageError('reading standard input needs --from <format>');
    throw new UsageError(`${file}: cannot tell the format from the name; use --from <${INPUT_FORMATS.join('|')}>`);
  }
  if (!INPUT_FORMATS.includes(format)) {
    throw new UsageError(`${file}: kamerbrief cannot read ${format} yet; it reads ${INPUT_FORMATS.join(', ')}`);
  }
  return format;
}

export function loadLetter(file: string, from?: string): Loaded {
  const format = resolveInputFormat(file, from);
  const bytes = readInput(file);
  const decoded = decodeText(bytes);
  if (decoded.text === undefined) return { file, format, diagnostics: [decoded.diagnostic!] };
  const result = importerFor(format)!(decoded.text);
  // The JSON importer validates; a letter built by another importer is checked here, and
  // the findings get the input's line where the importer knows it.
  const diagnostics =
    result.letter && format !== 'json'
      ? [...result.diagnostics, ...locate(validateLetter(result.letter), result.lines)]
      : result.diagnostics;
  return { file, format, letter: result.letter, diagnostics };
}

/**
 * loadLetter for commands that go on past a file they cannot read: prints why and
 * returns undefined instead of throwing.
 */
export function loadOrReport(file: string, from?: string): Loaded | undefined {
  try {
    return loadLetter(file, from);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    process.stderr.write(`kamerbrief: ${err.message}\n`);
    return undefined;
  }
}
