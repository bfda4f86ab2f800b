/**
 * The formats kamerbrief reads and writes, and how an input's format is found from its
 * name. Importers and exporters are loaded only when used, so that a conversion does not
 * pay for the code of formats it does not touch.
 */
import type { Diagnostic } from './model/diagnostics';
import type { Letter } from './model/types';
import type { ImportResult } from './importers/result';

export type FormatName = 'json' | 'md' | 'text';

interface FormatInfo {
  /** Extension of output files, with the dot. */
  extension: string;
  importer?: () => (source: string) => ImportResult;
  exporter?: () => (letter: Letter) => string;
}

/* eslint-disable @typescript-eslint/no-require-imports */
const FORMATS: Record<FormatName, FormatInfo> = {
  json: {
    extension: '.json',
    importer: () => require('./importers/json').importJson,
    exporter: () => require('./exporters/json').exportJson,
  },
  md: {
    extension: '.md',
    importer: () => require('./importers/markdown').importMarkdown,
    exporter: () => require('./exporters/markdown').exportMarkdown,
  },
  text: {
    extension: '.txt',
    importer: () => require('./importers/text').importText,
    exporter: () => require('./exporters/text').exportText,
  },
};

export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];
export const INPUT_FORMATS = FORMAT_NAMES.filter((f) => FORMATS[f].importer);
export const OUTPUT_FORMATS = FORMAT_NAMES.filter((f) => FORMATS[f].exporter);

export function isFormatName(name: string): name is FormatName {
  return Object.prototype.hasOwnProperty.call(FORMATS, name);
}

export function outputExtension(format: FormatName): string {
  return FORMATS[format].extension;
}

/** Input format from the file name, or undefined when the name does not tell. */
export function formatFromName(file: string): FormatName | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'md';
  if (lower.endsWith('.txt')) return 'text';
  return undefined;
}

/** The input name without its format extension(s): "a/b.akn.xml" -> "b". */
export function stemOf(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/(\.(akn|op))?\.(json|md|markdown|txt|xml|docx|pdf)$/i, '') || base;
}

export function importerFor(format: FormatName): ((source: string) => ImportResult) | undefined {
  return FORMATS[format].importer?.();
}

export function exporterFor(format: FormatName): ((letter: Letter) => string) | undefined {
  return FORMATS[format].exporter?.();
}

/**
 * Decodes input bytes as UTF-8 text. Returns a diagnostic instead when the bytes are
 * plainly not text (NUL bytes), so that a binary file gets a clear message.
 */
export function decodeText(bytes: Uint8Array): { text?: string; diagnostic?: Diagnostic } {
  const probe = bytes.subarray(0, 8192);
  if (probe.includes(0)) {
    return { diagnostic: { severity: 'error', message: 'this is a binary file, not text; expected a text letter' } };
  }
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  return { text };
}
