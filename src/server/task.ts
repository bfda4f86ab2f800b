/**
 * What the server's workers do with one upload, in memory: read it into a letter (with the
 * metadata a person filled in), then either describe it for the page (inspect) or write it
 * in the formats asked for (convert). The upload's name only tells its format: it is never
 * used as a path, and no companion file is looked for beside it.
 */
import { formatFromName, sniffXmlFormat, stemOf, type FormatName } from '../formats';
import { hasErrors, type Diagnostic } from '../model/diagnostics';
import { applyMetadata, type MetadataOverrides } from '../model/overrides';
import { summarize, type LetterSummary } from '../model/summary';
import { validateLetter } from '../model/validate';
import { locate } from '../importers/result';
import type { Letter } from '../model/types';
import { exportTargets } from '../cli/batch-task';
import { InputError } from '../cli/io';
import { loadLetter, UsageError } from '../cli/load';
import { describeSource, type SourceLine } from './source-lines';

export interface UploadTask {
  /** The file name the browser sent (for the format and the download names only). */
  name: string;
  bytes: Uint8Array;
  /** The input format, when the name does not tell. */
  from?: FormatName;
  metadata: MetadataOverrides;
}

export interface ConvertUploadTask extends UploadTask {
  targets: FormatName[];
}

/** A bad upload, said in one line; the server answers it with a 4xx. */
export interface UploadRefusal {
  refused: string;
}

export interface InspectResult {
  format: FormatName;
  /** Absent when no letter could be read; the diagnostics say why. */
  summary?: LetterSummary;
  letter?: Letter;
  /** The input's lines, each with what it became (text formats only). */
  source?: SourceLine[];
  diagnostics: Diagnostic[];
}

export interface ConvertResult {
  format: FormatName;
  diagnostics: Diagnostic[];
  /** One file per format and companion, named after the upload. */
  files: { name: string; data: Uint8Array }[];
  /** Why nothing (or not every format) was written. */
  failure?: string;
}

interface Read {
  format: FormatName;
  letter?: Letter;
  diagnostics: Diagnostic[];
  lines?: Record<string, number>;
}

/** The upload's format: as asked, from its name, or (a bare .xml) from its root element. */
function formatOf(task: UploadTask): FormatName | UploadRefusal {
  const format = task.from ?? formatFromName(task.name) ?? (task.name.toLowerCase().endsWith('.xml') ? sniffXmlFormat(task.bytes) : undefined);
  if (format === undefined) return { refused: `${task.name}: cannot tell the format from the name; choose one (from=md, text, json, akn, op, docx or pdf)` };
  return format;
}

async function read(task: UploadTask): Promise<Read | UploadRefusal> {
  const format = formatOf(task);
  if (typeof format !== 'string') return format;
  let loaded;
  try {
    // '-' with the format given: loadLetter reads nothing from disk and looks for no companion.
    loaded = await loadLetter('-', format, task.bytes);
  } catch (err) {
    if (err instanceof InputError || err instanceof UsageError) return { refused: `${task.name}: ${err.message.replace(/^-: /, '')}` };
    throw err;
  }
  if (!loaded.letter || Object.keys(task.metadata).length === 0) return { format, letter: loaded.letter, diagnostics: loaded.diagnostics, lines: loaded.lines };
  return { format, lines: loaded.lines, ...withMetadata(loaded.letter, loaded.diagnostics, loaded.lines, task.metadata) };
}

/**
 * The letter with the metadata filled in, checked again: the findings of the checks are
 * those of the corrected letter, and what the importer said about a field now given (no
 * date found) gives way to the note that says where the value came from.
 */
function withMetadata(letter: Letter, importDiagnostics: Diagnostic[], lines: Record<string, number> | undefined, overrides: MetadataOverrides): { letter: Letter; diagnostics: Diagnostic[] } {
  const before = new Set(validateLetter(letter).map(key));
  const applied = applyMetadata(letter, overrides);
  const given = new Set(applied.diagnostics.map((d) => d.pointer));
  const fromImport = importDiagnostics.filter((d) => !before.has(key(d)) && !(d.pointer !== undefined && given.has(d.pointer)));
  return { letter: applied.letter, diagnostics: [...fromImport, ...applied.diagnostics, ...locate(validateLetter(applied.letter), lines)] };
}

function key(d: Diagnostic): string {
  return `${d.severity}\u0000${d.pointer ?? ''}\u0000${d.message}`;
}

export async function inspectUpload(task: UploadTask): Promise<InspectResult | UploadRefusal> {
  const r = await read(task);
  if ('refused' in r) return r;
  const source = describeSource(task.bytes, r.format, r.letter, r.lines, r.diagnostics);
  return {
    format: r.format,
    ...(r.letter ? { summary: summarize(r.letter, r.diagnostics), letter: r.letter } : {}),
    ...(source ? { source } : {}),
    diagnostics: r.diagnostics,
  };
}

export async function convertUpload(task: ConvertUploadTask): Promise<ConvertResult | UploadRefusal> {
  const r = await read(task);
  if ('refused' in r) return r;
  const { format, letter, diagnostics } = r;
  if (!letter || hasErrors(diagnostics)) {
    const first = diagnostics.find((d) => d.severity === 'error');
    return { format, diagnostics, files: [], failure: first ? first.message : 'not a letter' };
  }
  const stem = downloadStem(task.name);
  const exported = await exportTargets(letter, task.targets, {});
  const files = exported.files.map((f) => ({ name: stem + f.extension, data: typeof f.data === 'string' ? new TextEncoder().encode(f.data) : f.data }));
  return { format, diagnostics: [...diagnostics, ...exported.diagnostics], files, ...(exported.failure !== undefined ? { failure: exported.failure } : {}) };
}

/** The upload's stem, kept to letters, digits, '.', '_' and '-', for Content-Disposition and the ZIP. */
export function downloadStem(name: string): string {
  const safe = stemOf(name).normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\w.-]+/g, '-').replace(/^[.-]+|-+$/g, '').slice(0, 80);
  return safe || 'brief';
}
