/**
 * Metadata a person supplies for a letter (pandoc's `-M key=value`): the date a converter
 * lost with the letterhead, a reference, the chamber, the kind. The command line and the web
 * page both parse the pairs here and put them into the letter here, so both say the same.
 */
import { pointer, type Diagnostic } from './diagnostics';
import { DUTCH_MONTHS, isIsoDate } from './dates';
import { normalizeSpace } from './text';
import type { Letter } from './types';

export type MetadataKey = 'date' | 'reference' | 'subject' | 'chamber' | 'kind';
export type MetadataOverrides = Partial<Record<MetadataKey, string>>;

export const METADATA_KEYS: readonly MetadataKey[] = ['date', 'reference', 'subject', 'chamber', 'kind'];
const CHAMBERS: readonly NonNullable<Letter['chamber']>[] = ['eerste-kamer', 'tweede-kamer'];
const KINDS: readonly Letter['kind'][] = ['answer-letter', 'postponement-notice'];

/** Where each key lives in the model. */
export function metadataPointer(key: MetadataKey): string {
  return key === 'chamber' || key === 'kind' ? pointer(key) : pointer('metadata', key);
}

function isMetadataKey(key: string): key is MetadataKey {
  return (METADATA_KEYS as readonly string[]).includes(key);
}

/** "2024-07-25" or "25 juli 2024" (the whole value) in ISO form; undefined when it is neither or no real date. */
export function parseDateValue(value: string): string | undefined {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return isIsoDate(value) ? value : undefined;
  const m = /^(\d{1,2}) (\p{L}+) (\d{4})$/u.exec(value);
  if (!m) return undefined;
  const month = DUTCH_MONTHS.indexOf(m[2].toLowerCase() as (typeof DUTCH_MONTHS)[number]) + 1;
  if (month === 0) return undefined;
  const iso = `${m[3]}-${String(month).padStart(2, '0')}-${m[1].padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : undefined;
}

/** The value in the model's form, or what was expected instead. */
function checkValue(key: MetadataKey, raw: string): { value: string } | { expected: string } {
  const value = normalizeSpace(raw);
  switch (key) {
    case 'date': {
      const iso = parseDateValue(value);
      return iso ? { value: iso } : { expected: 'a real date, as 2024-07-25 or 25 juli 2024' };
    }
    case 'chamber':
      return (CHAMBERS as readonly string[]).includes(value) ? { value } : { expected: `one of ${CHAMBERS.join(', ')}` };
    case 'kind':
      return (KINDS as readonly string[]).includes(value) ? { value } : { expected: `one of ${KINDS.join(', ')}` };
    case 'reference':
    case 'subject':
      return value ? { value } : { expected: 'a non-empty text' };
  }
}

/** Parses "key=value" pairs (pandoc's -M); errors name the pair and what was expected. */
export function parseMetadataPairs(pairs: readonly string[]): { overrides: MetadataOverrides; errors: string[] } {
  const overrides: MetadataOverrides = {};
  const errors: string[] = [];
  for (const pair of pairs) {
    const eq = pair.indexOf('=');
    if (eq < 0) {
      errors.push(`"${pair}": expected key=value, with key one of ${METADATA_KEYS.join(', ')}`);
      continue;
    }
    const key = pair.slice(0, eq).trim();
    if (!isMetadataKey(key)) {
      errors.push(`"${pair}": unknown key "${key}"; expected one of ${METADATA_KEYS.join(', ')}`);
      continue;
    }
    const checked = checkValue(key, pair.slice(eq + 1));
    if ('expected' in checked) {
      errors.push(`"${pair}": ${key} must be ${checked.expected}`);
      continue;
    }
    const earlier = overrides[key];
    if (earlier !== undefined && earlier !== checked.value) {
      errors.push(`"${pair}": ${key} is given twice (${earlier} before); give it once`);
      continue;
    }
    overrides[key] = checked.value;
  }
  return { overrides, errors };
}

function currentValue(letter: Letter, key: MetadataKey): string | undefined {
  if (key === 'chamber') return letter.chamber;
  if (key === 'kind') return letter.kind;
  return letter.metadata[key] || undefined;
}

/** Puts the overrides into the letter; each change is an info diagnostic with its JSON pointer. */
export function applyMetadata(letter: Letter, overrides: MetadataOverrides): { letter: Letter; diagnostics: Diagnostic[] } {
  const out: Letter = { ...letter, metadata: { ...letter.metadata } };
  const diagnostics: Diagnostic[] = [];
  for (const key of METADATA_KEYS) {
    const value = overrides[key];
    if (value === undefined) continue;
    const was = currentValue(letter, key);
    if (was === value) continue;
    if (key === 'chamber') out.chamber = value as NonNullable<Letter['chamber']>;
    else if (key === 'kind') out.kind = value as Letter['kind'];
    else out.metadata[key] = value;
    diagnostics.push({
      severity: 'info',
      pointer: metadataPointer(key),
      message: `${key} set to "${value}" from the metadata given (${was === undefined ? 'the letter had none' : `the letter had "${was}"`})`,
    });
  }
  return { letter: out, diagnostics };
}
