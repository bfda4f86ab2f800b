/**
 * JSON exporter: the canonical model, two-space indented, one trailing newline, keys in
 * the order the schema lists them (so that output is stable whatever built the letter).
 */
import type { Letter } from '../model/types';

const KEY_ORDER = [
  'schemaVersion', 'language', 'kind', 'chamber', 'letterhead', 'metadata', 'inquiry', 'signatories',
  'coverLetter', 'questionsAndAnswers', 'footnotes', 'publication',
  'returnAddress', 'recipient', 'sender', 'fields', 'organisation', 'units', 'visitingAddress', 'postalAddress', 'website',
  'date', 'reference', 'subject', 'submitted', 'askers', 'addressee', 'role', 'name', 'faction',
  'title', 'sections', 'heading', 'items', 'identifier', 'number', 'vergaderjaar',
  'type', 'id', 'label', 'value', 'numbers', 'questions', 'style', 'header', 'cells', 'rows', 'target', 'text', 'footnote', 'content', 'body',
];
const RANK = new Map(KEY_ORDER.map((k, i) => [k, i]));

function ordered(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(ordered);
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).sort(
      ([a], [b]) => (RANK.get(a) ?? KEY_ORDER.length) - (RANK.get(b) ?? KEY_ORDER.length),
    );
    return Object.fromEntries(entries.map(([k, v]) => [k, ordered(v)]));
  }
  return value;
}

export function exportJson(letter: Letter): string {
  return JSON.stringify(ordered(letter), null, 2) + '\n';
}
