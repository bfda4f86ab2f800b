/**
 * The YAML front matter of authored Markdown: what it may say and how it maps onto the
 * model. Values are taken as written (numbers become text: `reference: 7562802`); the
 * schema checks them once the whole letter is built.
 */
import type { parseDocument } from 'yaml';
import type { Diagnostic } from '../model/diagnostics';
import { normalizeSpace } from '../model/text';
import type { Declared } from './recognise/recognise';

/**
 * yaml's parseDocument, loaded on first use: Markdown without front matter (extracted
 * letters) does not pay for loading yaml (some 70 modules, 10 to 25 ms of a start).
 */
export function parseYamlDocument(text: string): ReturnType<typeof parseDocument> {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const yaml = require('yaml') as typeof import('yaml');
  return yaml.parseDocument(text, { prettyErrors: false });
}

const KNOWN_KEYS = ['kind', 'chamber', 'date', 'reference', 'subject', 'letterhead', 'inquiry', 'signatories', 'footnotes', 'publication'];

type Plain = Record<string, unknown>;

/** Scalars to normalised text, recursively; dates written unquoted stay ISO text. */
function textify(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return normalizeSpace(value);
  if (Array.isArray(value)) return value.map(textify);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Plain).map(([k, v]) => [k, textify(v)]));
  }
  return value;
}

export function readDeclared(value: unknown, lineOf: (key: string) => number, diagnostics: Diagnostic[]): Declared | null {
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) {
    diagnostics.push({ severity: 'error', line: 2, message: 'front matter must be a mapping of keys (date:, subject:, …)' });
    return null;
  }
  const fm = textify(value) as Plain;
  for (const key of Object.keys(fm)) {
    if (!KNOWN_KEYS.includes(key)) {
      diagnostics.push({ severity: 'warning', line: lineOf(key), message: `front matter key "${key}" is not known and was ignored; known keys: ${KNOWN_KEYS.join(', ')}` });
    }
  }
  const declared: Declared = { metadata: {} };
  if (fm.kind !== undefined) declared.kind = fm.kind as Declared['kind'];
  if (fm.chamber !== undefined) declared.chamber = fm.chamber as Declared['chamber'];
  for (const key of ['date', 'reference', 'subject'] as const) {
    if (fm[key] !== undefined) declared.metadata![key] = fm[key] as string;
  }
  if (fm.letterhead !== undefined) declared.letterhead = fm.letterhead as Declared['letterhead'];
  if (fm.inquiry !== undefined) declared.inquiry = fm.inquiry as Declared['inquiry'];
  if (fm.signatories !== undefined) declared.signatories = fm.signatories as Declared['signatories'];
  if (fm.publication !== undefined) declared.publication = fm.publication as Declared['publication'];
  if (fm.footnotes !== undefined) {
    if (Array.isArray(fm.footnotes) && fm.footnotes.every((f) => f && typeof f === 'object' && 'id' in f && 'label' in f)) {
      declared.footnoteIds = fm.footnotes as Declared['footnoteIds'];
    } else {
      diagnostics.push({ severity: 'error', line: lineOf('footnotes'), message: 'front matter "footnotes" must be a list of { id, label }' });
    }
  }
  return declared;
}
