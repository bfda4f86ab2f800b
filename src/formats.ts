/**
 * The formats kamerbrief reads and writes, and how an input's format is found from its
 * name (and, for `.xml`, its root element). Importers and exporters are loaded only when
 * used, so that a conversion does not pay for the code of formats it does not touch
 * (a Markdown-to-DOCX run never loads pdfkit or pdfjs).
 */
import type { Diagnostic } from './model/diagnostics';
import type { Letter } from './model/types';
import { locate, type ImportResult } from './importers/result';
import { decodeTextBytes } from './importers/encoding';
import { cleanLetterCharacters } from './model/characters';
import type { HouseStyle } from './templates/types';
import type { XsdSchema } from './check/xsd';

export type FormatName = 'json' | 'md' | 'text' | 'akn' | 'op' | 'diwoo' | 'docx' | 'pdf';

export type ExportData = string | Uint8Array;

/** What an exporter returns when it writes more than one file (OP XML and its metadata.xml). */
export interface ExportFiles {
  data: ExportData;
  /** Files written beside the main one: `<stem><extension>`. */
  companions: { extension: string; data: ExportData }[];
  /** What the format could not carry of the letter (warnings), so that nothing is left out unsaid. */
  diagnostics?: Diagnostic[];
}

export interface ExportOptions {
  /** The house style for paged formats (DOCX, PDF); the CLI loads it from `templates/`. */
  houseStyle?: HouseStyle;
  /** OP XML: an Aanhangsel publication (default) or a Kamerstuk in letter form. */
  opForm?: 'aanhangsel' | 'kamerstuk';
}

export interface ImportContext {
  /** Bytes of a file beside the input with the same stem and this extension, if there is one. */
  companion?: (extension: string) => Uint8Array | undefined;
  /** PDF: OCR of pages without words (auto, the default), never, or for every page. */
  ocr?: 'auto' | 'never' | 'always';
  /** PDF: told as OCR starts on each page (it takes seconds a page). */
  onOcrPage?: (page: number, done: number, all: number) => void;
}

export interface ValidateContext {
  /** The XML Schema of a format, read by the CLI from the reference folder. */
  xsd: (name: 'akn' | 'diwoo') => XsdSchema;
}

export type TextImporter = (source: string, context: ImportContext) => ImportResult;
export type BytesImporter = (bytes: Uint8Array, context: ImportContext) => ImportResult | Promise<ImportResult>;
export type Exporter = (letter: Letter, options: ExportOptions) => ExportData | ExportFiles | Promise<ExportData | ExportFiles>;
/** Checks a file of the format beyond what the model holds (XSD, PDF/UA). */
export type DocumentValidator = (bytes: Uint8Array, context: ValidateContext) => Promise<Diagnostic[]>;

interface FormatInfo {
  /** Extension of output files, with the dot. */
  extension: string;
  /** Extensions of the files the exporter writes beside the main one (ExportFiles.companions). */
  companionExtensions?: string[];
  /** Text formats are decoded as UTF-8 before their importer sees them. */
  textImporter?: () => TextImporter;
  bytesImporter?: () => BytesImporter;
  exporter?: () => Exporter;
  validator?: () => DocumentValidator;
}

/* eslint-disable @typescript-eslint/no-require-imports */
const FORMATS: Record<FormatName, FormatInfo> = {
  json: {
    extension: '.json',
    textImporter: () => require('./importers/json').importJson,
    exporter: () => require('./exporters/json').exportJson,
  },
  md: {
    extension: '.md',
    textImporter: () => require('./importers/markdown').importMarkdown,
    exporter: () => require('./exporters/markdown').exportMarkdown,
  },
  text: {
    extension: '.txt',
    textImporter: () => require('./importers/text').importText,
    exporter: () => require('./exporters/text').exportTextFiles,
  },
  akn: {
    extension: '.akn.xml',
    bytesImporter: () => require('./importers/akn').importAknBytes,
    exporter: () => require('./exporters/akn').exportAkn,
    validator: () => require('./check/akn').validateAknFile,
  },
  op: {
    extension: '.op.xml',
    companionExtensions: ['.metadata.xml'],
    bytesImporter: () => require('./importers/op').importOpBytes,
    exporter: () => require('./exporters/op').exportOpFiles,
  },
  diwoo: {
    extension: '.diwoo.xml',
    exporter: () => require('./exporters/diwoo').exportDiwooFiles,
    validator: () => require('./check/diwoo').validateDiwooFile,
  },
  docx: {
    extension: '.docx',
    bytesImporter: () => require('./importers/docx').importDocx,
    exporter: () => require('./exporters/docx').exportDocx,
  },
  pdf: {
    extension: '.pdf',
    bytesImporter: () => require('./importers/pdf').importPdf,
    exporter: () => require('./exporters/pdf').exportPdf,
    validator: () => require('./check/pdfua').validatePdfFile,
  },
};

export const FORMAT_NAMES = Object.keys(FORMATS) as FormatName[];
export const INPUT_FORMATS = FORMAT_NAMES.filter((f) => FORMATS[f].textImporter || FORMATS[f].bytesImporter);
export const OUTPUT_FORMATS = FORMAT_NAMES.filter((f) => FORMATS[f].exporter);
/** Extensions a directory walk picks up as inputs. */
export const INPUT_EXTENSIONS = ['.json', '.md', '.markdown', '.txt', '.xml', '.docx', '.pdf'];

export function isFormatName(name: string): name is FormatName {
  return Object.prototype.hasOwnProperty.call(FORMATS, name);
}

export function outputExtension(format: FormatName): string {
  return FORMATS[format].extension;
}

/** Extensions of every file a format may write for one letter: its own, then its companions'. */
export function outputExtensions(format: FormatName): string[] {
  return [FORMATS[format].extension, ...(FORMATS[format].companionExtensions ?? [])];
}

/**
 * Input format from the file name, or undefined when the name does not tell. A bare
 * `.xml` is told by its root element (`sniffXmlFormat`), which needs the bytes.
 */
export function formatFromName(file: string): FormatName | undefined {
  const lower = file.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'md';
  if (lower.endsWith('.txt')) return 'text';
  if (lower.endsWith('.akn.xml')) return 'akn';
  if (lower.endsWith('.op.xml')) return 'op';
  if (lower.endsWith('.diwoo.xml')) return 'diwoo';
  if (lower.endsWith('.docx')) return 'docx';
  if (lower.endsWith('.pdf')) return 'pdf';
  return undefined;
}

/** The format of an XML document from its root element, or undefined. */
export function sniffXmlFormat(bytes: Uint8Array): FormatName | undefined {
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 4096));
  // The first start tag that is not a declaration, comment or processing instruction.
  const root = /<([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)[\s/>]/.exec(head.replace(/<[?!][^>]*>/g, ''))?.[2];
  if (root === 'akomaNtoso') return 'akn';
  if (root === 'officiele-publicatie' || root === 'kamervragen' || root === 'kamerstuk') return 'op';
  if (root === 'DiWoo' || root === 'Document') return 'diwoo';
  return undefined;
}

/**
 * Where a text reads like Markdown (as pandoc writes a Word letter, often saved as .txt): the
 * first line that only Markdown has, and what it is; undefined when none. For a hint, never
 * to choose the importer: plain text may hold any of these by chance.
 */
export function markdownEvidence(text: string): { line: number; what: string } | undefined {
  const lines = text.slice(0, 65536).split('\n', 400);
  const signs: [RegExp, string][] = [
    [/^\|(?:\s*:?-{3,}:?\s*\|)+\s*$/, 'the rule under a pipe table\'s header'],
    [/^<table\b/i, 'an HTML table'],
    [/^#{1,6} \S/, 'a Markdown heading'],
    [/^\[\^[^\]\s]{1,20}\]:/, 'a Markdown footnote'],
  ];
  for (let k = 0; k < lines.length; k++) {
    for (const [re, what] of signs) if (re.test(lines[k])) return { line: k + 1, what };
  }
  if (lines[0] === '---' && lines.slice(1, 40).some((l) => /^(?:date|kind|subject):/.test(l))) return { line: 1, what: 'YAML front matter' };
  return undefined;
}

/** The input name without its format extension(s): "a/b.akn.xml" -> "b". */
export function stemOf(file: string): string {
  const base = file.split(/[\\/]/).pop() ?? file;
  return base.replace(/(\.(akn|op|diwoo))?\.(json|md|markdown|txt|xml|docx|pdf)$/i, '') || base;
}

export function canImport(format: FormatName): boolean {
  return INPUT_FORMATS.includes(format);
}

/** Reads one input of a known format into a letter. */
export async function importLetter(format: FormatName, bytes: Uint8Array, context: ImportContext = {}): Promise<ImportResult> {
  const info = FORMATS[format];
  let result: ImportResult;
  if (info.textImporter) {
    const decoded = decodeText(bytes);
    if (decoded.text === undefined) return { diagnostics: [decoded.diagnostic!] };
    result = info.textImporter()(decoded.text, context);
    if (decoded.notes) result = { ...result, diagnostics: [...decoded.notes, ...result.diagnostics] };
  } else if (info.bytesImporter) {
    result = await info.bytesImporter()(bytes, context);
  } else {
    throw new Error(`${format} has no importer`);
  }
  // No exporter may see a character XML cannot hold, whatever the input held (see model/characters).
  if (result.letter) {
    const cleaned = cleanLetterCharacters(result.letter);
    if (cleaned.length > 0) {
      // What was cleaned may leave a text empty ("\uFFFF" alone): the JSON importer checked
      // the letter before, so it is checked again (the CLI checks the other formats after this).
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const recheck = format === 'json' ? (require('./model/validate') as typeof import('./model/validate')).validateLetter(result.letter) : [];
      result = { ...result, diagnostics: [...result.diagnostics, ...locate([...cleaned, ...recheck], result.lines)] };
      if (recheck.some((d) => d.severity === 'error')) result = { diagnostics: result.diagnostics };
    }
  }
  return result;
}

/** Writes a letter in a format; always returns the main file and its companions. */
export async function exportLetter(format: FormatName, letter: Letter, options: ExportOptions = {}): Promise<ExportFiles> {
  const exporter = FORMATS[format].exporter;
  if (!exporter) throw new Error(`${format} has no exporter`);
  const out = await exporter()(letter, options);
  return typeof out === 'string' || out instanceof Uint8Array ? { data: out, companions: [] } : out;
}

export function validatorFor(format: FormatName): DocumentValidator | undefined {
  return FORMATS[format].validator?.();
}

/** Synchronous access for text formats, as tests and simple callers use them. */
export function textImporterFor(format: FormatName): TextImporter | undefined {
  return FORMATS[format].textImporter?.();
}

/**
 * Decodes the bytes of a text input (UTF-8, or UTF-16 by its byte order mark); binary
 * bytes give an error instead, invalid UTF-8 a warning naming its lines (importers/encoding).
 */
export function decodeText(bytes: Uint8Array): { text?: string; diagnostic?: Diagnostic; notes?: Diagnostic[] } {
  const decoded = decodeTextBytes(bytes);
  if (decoded.text === undefined) return { diagnostic: decoded.diagnostics[0] };
  return decoded.diagnostics.length > 0 ? { text: decoded.text, notes: decoded.diagnostics } : { text: decoded.text };
}
