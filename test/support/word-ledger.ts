/**
 * The word ledger: every word of an input must be found again, in the imported letter or
 * quoted in a diagnostic that names it (a running head dropped, a duplicate removed). Words are
 * runs of letters and digits, compared in NFKC lower case (ligatures become letters); a
 * word divided at a line end ("verant-" / "woordelijk") may come back joined. The letter's
 * words are its text values and the words it prints (labels, "Datum", the Dutch date),
 * taken from its plain-text export; counts matter, so a paragraph dropped where it stood twice is
 * missed too.
 */
import { exportText } from '../../src/exporters/text';
import type { Diagnostic } from '../../src/model/diagnostics';
import type { Letter } from '../../src/model/types';

/** Runs of letters, and runs of digits: a note mark glued to a word ("1Brabants") is two words. */
export function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/\p{L}+|\p{N}+/gu) ?? [];
}

/**
 * Words the letter holds as structure rather than text: the wording of question and answer
 * labels (held as numbers: "Antwoord op vraag 14 en 15", "vragen 7 t/m 9", "10 tot en met
 * 12"), and the other names of letterhead labels ("Onderwerp" for Betreft, "Ons kenmerk"
 * for Onze referentie). Each once per place that holds it.
 */
function structureWords(letter: Letter): string[] {
  const out: string[] = [];
  for (const s of letter.questionsAndAnswers?.sections ?? []) {
    for (const item of s.items) out.push('vraag', 'vragen', 'antwoord', 'op', 'en', 't', 'm', 'tot', 'met', ...(item.type === 'question' ? item.numbers : item.questions).flatMap(words));
  }
  if (letter.metadata.subject) out.push('onderwerp');
  if (letter.metadata.reference) out.push('ons', 'kenmerk', 'referentie');
  return out;
}

function countAll(ws: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const w of ws) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

function stringsOf(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => stringsOf(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => stringsOf(v, out));
  return out;
}

export interface LedgerResult {
  /** Input words found nowhere, with a few words of context each. */
  missing: string[];
  total: number;
}

/** Checks the input's words against the letter and the diagnostics. */
export function ledger(input: string, letter: Letter | undefined, diagnostics: readonly Diagnostic[]): LedgerResult {
  // Words divided at a line end ("migratie-" / "beleid") are marked, to be tried joined.
  const tokens = input.normalize('NFKC').toLowerCase().match(/\p{L}+|\p{N}+|-[ \t]*\r?\n/gu) ?? [];
  const inputWords: string[] = [];
  const divided = new Set<number>();
  for (const t of tokens) {
    if (t.startsWith('-')) divided.add(inputWords.length - 1);
    else inputWords.push(t);
  }
  // Each word as often as the letter holds it: the more of its values (text and fields) and
  // its printed form (which adds the labels), not both added up.
  // A letter without its date (an error the importer reported) prints none.
  const printable = letter && !letter.metadata.date ? { ...letter, metadata: { ...letter.metadata, date: '0001-01-01' } } : letter;
  const found = countAll(printable ? words(exportText(printable)) : []);
  for (const [w, n] of countAll(letter ? words(stringsOf(letter).join(' ')) : [])) found.set(w, Math.max(n, found.get(w) ?? 0));
  for (const w of letter ? structureWords(letter) : []) found.set(w, (found.get(w) ?? 0) + 1);
  // A diagnostic names what it is about in quotes ('"’s-Gravenhage 2023" dropped'), once
  // whatever the count: each word quoted covers all its occurrences.
  const quoted = diagnostics.flatMap((d) => d.message.match(/"[^"]*"|“[^”]*”/g) ?? []);
  const named = new Set(words(quoted.join(' ')));
  const take = (w: string): boolean => {
    const n = found.get(w) ?? 0;
    if (n > 0) {
      found.set(w, n - 1);
      return true;
    }
    return named.has(w);
  };
  const missing: string[] = [];
  for (let i = 0; i < inputWords.length; i++) {
    const w = inputWords[i];
    // Divided at a line end, joined in the letter: "verant-" / "woordelijk". Tried first, so
    // that "migratie-" / "beleid" does not use up a "Migratie" the letter holds elsewhere.
    const joined = w + (inputWords[i + 1] ?? '');
    if (divided.has(i) && i + 1 < inputWords.length && (found.get(joined) ?? 0) > 0 && take(joined)) {
      i++;
      continue;
    }
    if (take(w)) continue;
    missing.push(`"${w}" in "${inputWords.slice(Math.max(0, i - 3), i + 4).join(' ')}"`);
  }
  return { missing, total: inputWords.length };
}
