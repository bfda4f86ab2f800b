/**
 * One input of `kamerbrief convert`, read and exported to every target format, in memory.
 * The same function runs in the main thread (few inputs) and in the pool's workers (many);
 * writing the files is left to the main thread (see batch.ts).
 */
import { exportLetter, outputExtension, type ExportData, type ExportOptions, type FormatName } from '../formats';
import { ExportError } from '../exporters/errors';
import { hasErrors, type Diagnostic } from '../model/diagnostics';
import type { MetadataOverrides } from '../model/overrides';
import type { Letter } from '../model/types';
import type { HouseStyle } from '../templates/types';
import { InputError } from './io';
import { loadLetter, UsageError } from './load';
import { loadHouseStyle } from './template';

export interface ConvertTask {
  input: string;
  from?: string;
  ocr?: 'auto' | 'never' | 'always';
  targets: FormatName[];
  /** --template as given; a worker loads the house style itself (it is checked before). */
  template?: string;
  /** --op-form */
  opForm?: ExportOptions['opForm'];
  /** --metadata key=value, parsed. */
  metadata?: MetadataOverrides;
}

export interface ConvertedFile {
  /** Extension of the file, with the dot: the format's own, or a companion's. */
  extension: string;
  data: ExportData;
}

export interface TaskResult {
  input: string;
  format?: FormatName;
  diagnostics: Diagnostic[];
  /** The files to write: when the letter was read, those of every format that could write it. */
  files?: ConvertedFile[];
  /** Why the input was not (wholly) converted, in a few words: no letter, or a format that refused it. */
  failure?: string;
}

/** Reads and exports one input; never throws for a bad input, says why instead. */
export async function convertInput(task: ConvertTask, houseStyle: HouseStyle | undefined): Promise<TaskResult> {
  const { input } = task;
  let loaded;
  try {
    loaded = await loadLetter(input, task.from, undefined, task.metadata, { ocr: task.ocr });
  } catch (err) {
    if (err instanceof InputError || err instanceof UsageError) return { input, diagnostics: [], failure: withoutFileName(err.message, input) };
    throw err;
  }
  const { diagnostics, format } = loaded;
  if (!loaded.letter || hasErrors(diagnostics)) {
    const first = diagnostics.find((d) => d.severity === 'error');
    return { input, format, diagnostics, failure: first ? first.message : 'not a letter' };
  }
  const exported = await exportTargets(loaded.letter, task.targets, { houseStyle, opForm: task.opForm }, loaded.bytes);
  return { input, format, diagnostics: [...diagnostics, ...exported.diagnostics], files: exported.files, ...(exported.failure !== undefined ? { failure: exported.failure } : {}) };
}

/**
 * Writes a letter in each target format, in memory. A format that refuses the letter (a
 * character its font lacks, a DiWoo record without a ministry) is an error diagnostic and
 * the failure, but the other formats are still written; `source` (the input's bytes) lets
 * that error name the input line. Shared by batch and the server.
 */
export async function exportTargets(letter: Letter, targets: FormatName[], options: ExportOptions, source?: Uint8Array): Promise<{ files: ConvertedFile[]; diagnostics: Diagnostic[]; failure?: string }> {
  const files: ConvertedFile[] = [];
  const diagnostics: Diagnostic[] = [];
  let failure: string | undefined;
  for (const target of targets) {
    try {
      const out = await exportLetter(target, letter, options);
      files.push({ extension: outputExtension(target), data: out.data }, ...out.companions);
      diagnostics.push(...(out.diagnostics ?? []));
    } catch (err) {
      if (!(err instanceof ExportError)) throw err;
      const line = err.refusedText !== undefined && source ? lineOfText(source, err.refusedText) : undefined;
      const refusal: Diagnostic = { severity: 'error', message: `cannot write ${target}: ${err.message}`, ...(err.pointer !== undefined ? { pointer: err.pointer } : {}), ...(line !== undefined ? { line } : {}) };
      diagnostics.push(refusal);
      failure ??= refusal.message;
    }
  }
  return { files, diagnostics, ...(failure !== undefined ? { failure } : {}) };
}

/** convertInput for a worker, which keeps the house style it loaded for the next task. */
const houseStyles = new Map<string, HouseStyle | undefined>();
export async function convertInputWithTemplate(task: ConvertTask): Promise<TaskResult> {
  const key = task.template ?? '';
  if (!houseStyles.has(key)) houseStyles.set(key, loadHouseStyle(task.template));
  return convertInput(task, houseStyles.get(key));
}

/**
 * The 1-based line of a text input where `text` first stands (a character an exporter
 * refused), so the error names it; undefined for a binary file (DOCX, PDF)
 * or text that is not there as written (a JSON \u escape).
 */
function lineOfText(bytes: Uint8Array, text: string): number | undefined {
  const head = Buffer.from(bytes.subarray(0, 8192));
  if (head.includes(0) || head.subarray(0, 4).toString('latin1').startsWith('PK') || head.subarray(0, 5).toString('latin1') === '%PDF-') return undefined;
  const content = Buffer.from(bytes).toString('utf8');
  const at = content.indexOf(text);
  if (at < 0) return undefined;
  let line = 1;
  for (let i = content.indexOf('\n'); i >= 0 && i < at; i = content.indexOf('\n', i + 1)) line++;
  return line;
}

function withoutFileName(message: string, file: string): string {
  return message.startsWith(`${file}: `) ? message.slice(file.length + 2) : message;
}
