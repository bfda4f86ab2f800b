/**
 * kamerbrief as a library: read a letter from any input format into the canonical model,
 * check it, summarise it, and write it in any output format — the same registry
 * (`src/formats.ts`) and the same checks the CLI uses, without files or a terminal.
 *
 *   import { importLetter, exportLetter } from 'kamerbrief';
 *   const { letter, diagnostics } = await importLetter(markdownText, { format: 'md' });
 *   const { data } = await exportLetter(letter!, 'docx');
 *
 * Bad input never throws: it comes back as diagnostics (`letter` is absent when nothing
 * could be read). A call that is wrong in itself (an unknown format name) throws a
 * TypeError; exporting a letter that has errors throws a LetterError with them.
 */
import * as formats from './formats';
import type { ExportFiles, ExportOptions, FormatName, ImportContext } from './formats';
import { formatDiagnostic, hasErrors, type Diagnostic } from './model/diagnostics';
import { summarize, type LetterSummary } from './model/summary';
import type { Letter } from './model/types';
import { validateLetter as validateModel } from './model/validate';
import { importChecked } from './importers/checked';

export type * from './model/types';
export type { Diagnostic, Severity } from './model/diagnostics';
export type { LetterSummary } from './model/summary';
export type { HouseStyle } from './templates/types';
export type { ExportData, ExportFiles, ExportOptions, FormatName, ImportContext } from './formats';
export { formatDiagnostic, hasErrors } from './model/diagnostics';
export { SCHEMA_VERSION, LIST_STYLES } from './model/types';
export { ExportError } from './exporters/errors';
export { parseHouseStyle, HouseStyleError } from './templates/parse';
export { defaultHouseStyle } from './templates/default';
export { formatFromName } from './formats';

/** One format of the registry, as a caller chooses among them. */
export interface FormatDescription {
  name: FormatName;
  /** Extension of the main output file, with the dot (".akn.xml"). */
  extension: string;
  canImport: boolean;
  canExport: boolean;
}

/** Every format kamerbrief knows, in the registry's order. */
export const FORMATS: readonly FormatDescription[] = Object.freeze(
  formats.FORMAT_NAMES.map((name) =>
    Object.freeze({ name, extension: formats.outputExtension(name), canImport: formats.INPUT_FORMATS.includes(name), canExport: formats.OUTPUT_FORMATS.includes(name) }),
  ),
);
export const INPUT_FORMATS: readonly FormatName[] = Object.freeze([...formats.INPUT_FORMATS]);
export const OUTPUT_FORMATS: readonly FormatName[] = Object.freeze([...formats.OUTPUT_FORMATS]);

export interface ImportOptions extends ImportContext {
  /** The input's format; when absent it is told from `fileName` (and for `.xml` from the root element). */
  format?: FormatName;
  /** The input's file name, to tell its format by; never opened. */
  fileName?: string;
}

export interface ImportedLetter {
  format: FormatName;
  /** Absent when the input could not be read as a letter at all (the diagnostics say why). */
  letter?: Letter;
  /** What the importer found and what the letter's checks found, with the input's line where known. */
  diagnostics: Diagnostic[];
}

/** A letter that cannot be written because it has errors; `diagnostics` holds every finding. */
export class LetterError extends Error {
  constructor(readonly diagnostics: Diagnostic[]) {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    super(`the letter has ${errors.length} error${errors.length === 1 ? '' : 's'}; the first: ${formatDiagnostic(errors[0])}`);
    this.name = 'LetterError';
  }
}

/**
 * Reads one input (bytes, or a string for the text formats) into a letter, checked as the
 * CLI checks it: the schema and the letter's own rules.
 */
export async function importLetter(input: Uint8Array | string, options: ImportOptions = {}): Promise<ImportedLetter> {
  if (typeof input !== 'string' && !ArrayBuffer.isView(input)) throw new TypeError('importLetter: expected the input as a Uint8Array or a string');
  // A view from another realm (a vm context, a test runner) is taken as the bytes it shows.
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : new Uint8Array(input.buffer, input.byteOffset, input.byteLength);
  const format = inputFormat(bytes, options);
  const { letter, diagnostics } = await importChecked(format, bytes, options);
  return { format, letter, diagnostics };
}

/**
 * Writes a letter in a format: the main file and the files beside it (OP XML's
 * metadata.xml), with warnings for what the format could not carry. Throws a LetterError
 * when the letter has errors, and an ExportError when the format refuses it (a character
 * the PDF font cannot draw, a DiWoo record without a ministry).
 */
export async function exportLetter(letter: Letter, format: FormatName, options: ExportOptions = {}): Promise<ExportFiles> {
  if (!formats.isFormatName(format) || !formats.OUTPUT_FORMATS.includes(format)) {
    throw new TypeError(`exportLetter: unknown output format ${JSON.stringify(format)}; expected one of ${formats.OUTPUT_FORMATS.join(', ')}`);
  }
  const findings = validateModel(letter);
  if (hasErrors(findings)) throw new LetterError(findings);
  return formats.exportLetter(format, letter, options);
}

/** The schema and the letter's own rules (numbering, answers to questions, note marks). */
export function validateLetter(value: unknown): Diagnostic[] {
  return validateModel(value);
}

/** What `kamerbrief inspect --json` prints: kind, metadata, questions, answers, sections, notes. */
export function inspectLetter(letter: Letter, diagnostics: Diagnostic[] = validateModel(letter)): LetterSummary {
  return summarize(letter, diagnostics);
}

function inputFormat(bytes: Uint8Array, options: ImportOptions): FormatName {
  const { format, fileName } = options;
  if (format !== undefined) {
    if (!formats.isFormatName(format) || !formats.canImport(format)) {
      throw new TypeError(`importLetter: unknown input format ${JSON.stringify(format)}; expected one of ${formats.INPUT_FORMATS.join(', ')}`);
    }
    return format;
  }
  if (fileName === undefined) throw new TypeError(`importLetter: give the input's format (one of ${formats.INPUT_FORMATS.join(', ')}) or its file name`);
  const told = formats.formatFromName(fileName) ?? (fileName.toLowerCase().endsWith('.xml') ? formats.sniffXmlFormat(bytes) : undefined);
  if (told === undefined || !formats.canImport(told)) {
    throw new TypeError(`importLetter: ${fileName}: cannot tell a format kamerbrief reads from this name; give format (one of ${formats.INPUT_FORMATS.join(', ')})`);
  }
  return told;
}
