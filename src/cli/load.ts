/** Reading one input file into a letter, with diagnostics; the CLI's common first step. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { canImport, decodeText, formatFromName, INPUT_FORMATS, isFormatName, markdownEvidence, sniffXmlFormat, stemOf, type FormatName, type ImportContext } from '../formats';
import { hasErrors, type Diagnostic } from '../model/diagnostics';
import type { Letter } from '../model/types';
import { importChecked } from '../importers/checked';
import type { MetadataOverrides } from '../model/overrides';
import { InputError, readInput } from './io';

export class UsageError extends Error {}

/** --ocr: when scanned PDF pages are read by OCR. */
export function parseOcrMode(value: string | undefined): 'auto' | 'never' | 'always' | undefined {
  if (value === undefined || value === 'auto' || value === 'never' || value === 'always') return value;
  throw new UsageError(`--ocr ${value}: expected auto, never or always`);
}

/** OCR's progress on a terminal: a line per page, rewritten in place. */
export function ocrProgress(file: string): ((page: number, done: number, all: number) => void) | undefined {
  if (!process.stderr.isTTY) return undefined;
  return (page, done, all) => {
    process.stderr.write(`\r${file}: OCR of page ${page} (${done + 1} of ${all})…${done + 1 === all ? '\n' : ''}`);
  };
}

export interface Loaded {
  file: string;
  format: FormatName;
  bytes: Uint8Array;
  letter?: Letter;
  diagnostics: Diagnostic[];
  /** Source line of places in the letter, by JSON pointer (the importer's ImportResult.lines). */
  lines?: Record<string, number>;
}

function checkFromOption(from: string): FormatName {
  if (!isFormatName(from) || !canImport(from)) {
    throw new UsageError(`--from ${from}: unknown input format; expected one of ${INPUT_FORMATS.join(', ')}`);
  }
  return from;
}

/** The input's format from --from, its name, or (for .xml) its root element. */
export function resolveInputFormat(file: string, from: string | undefined, bytes?: Uint8Array): FormatName {
  if (from !== undefined) return checkFromOption(from);
  let format = formatFromName(file);
  if (format === undefined && file.toLowerCase().endsWith('.xml') && bytes) {
    format = sniffXmlFormat(bytes);
    if (format === undefined) {
      throw new InputError(`${file}: an XML file kamerbrief does not know (expected an <akomaNtoso> or <officiele-publicatie> root element); use --from akn|op`);
    }
  }
  if (format === undefined) {
    if (file === '-') throw new UsageError('reading standard input needs --from <format>');
    throw new UsageError(`${file}: cannot tell the format from the name; use --from <${INPUT_FORMATS.join('|')}>`);
  }
  if (!canImport(format)) {
    throw new UsageError(`${file}: kamerbrief cannot read ${format}; it reads ${INPUT_FORMATS.join(', ')}`);
  }
  return format;
}

/** Files beside the input with the same stem (an OP publication's metadata.xml). */
function companionReader(file: string): ImportContext['companion'] {
  if (file === '-') return undefined;
  return (extension: string) => {
    const candidate = path.join(path.dirname(file), stemOf(file) + extension);
    return fs.existsSync(candidate) ? readInput(candidate) : undefined;
  };
}

/**
 * Reads and imports one input; `read` is its bytes when the caller has read them already.
 * `metadata` (--metadata key=value) goes into the letter before it is checked, and settles
 * what the importer found missing or doubtful at those places.
 */
export async function loadLetter(file: string, from?: string, read?: Uint8Array, metadata: MetadataOverrides = {}, options: Pick<ImportContext, 'ocr' | 'onOcrPage'> = {}): Promise<Loaded> {
  if (from !== undefined) checkFromOption(from);
  if (file !== '-' && from === undefined && !file.toLowerCase().endsWith('.xml')) resolveInputFormat(file, from);
  const bytes = read ?? readInput(file);
  const format = resolveInputFormat(file, from, bytes);
  const { letter, diagnostics, lines } = await importChecked(format, bytes, { ...options, companion: companionReader(file) }, metadata);
  if (format === 'text' && from === undefined && hasErrors(diagnostics)) diagnostics.push(...markdownHint(bytes));
  return { file, format, bytes, letter, diagnostics, lines };
}

/** A .txt that plain text could not read and that reads like Markdown: say how to read it so. */
function markdownHint(bytes: Uint8Array): Diagnostic[] {
  const text = decodeText(bytes).text;
  const evidence = text === undefined ? undefined : markdownEvidence(text);
  if (!evidence) return [];
  return [{ severity: 'warning', line: evidence.line, message: `this file reads like Markdown (${evidence.what}); if it is, read it with --from md` }];
}

/**
 * loadLetter for commands that go on past a file they cannot read: prints why and
 * returns undefined instead of throwing.
 */
export async function loadOrReport(file: string, from?: string, read?: Uint8Array): Promise<Loaded | undefined> {
  try {
    return await loadLetter(file, from, read);
  } catch (err) {
    if (!(err instanceof InputError)) throw err;
    process.stderr.write(`kamerbrief: ${err.message}\n`);
    return undefined;
  }
}
