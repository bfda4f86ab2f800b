/**
 * Divided words. In and out: lines and pages (notes taken out). A hyphen an OCR service left
 * inside a word is taken out where the letter writes the word whole elsewhere.
 */
import type { Diagnostic } from '../../model/diagnostics';
import type { TextLine } from './navigate';
import { KEEPS_HYPHEN } from './wrapping';

/**
 * Words an OCR service joined back into one line with their division hyphen left in
 * ("spoorwegver-binding", "in-ternationale", "Zuid-Neder-land"). A hyphen between two pieces
 * of letters, the second in lower case, is taken out only when the letter writes the whole
 * word elsewhere without one: a word is never made up, and a hyphen the letter always
 * writes ("auto-ongeluk", "Maastricht-Luik") stays.
 */
export function joinDividedWords(lines: (TextLine | 'page')[], diagnostics: Diagnostic[]): (TextLine | 'page')[] {
  // The whole words the divided ones would make; most letters have none, and then the text
  // is not read again.
  const wanted = new Set<string>();
  for (const l of lines) {
    if (l === 'page' || !l.text.includes('-')) continue;
    for (const token of dividedWords(l.text)) {
      const parts = token.split('-');
      for (let k = 1; k < parts.length; k++) if (!keepsHyphen(parts[k - 1]) && /^\p{Ll}/u.test(parts[k])) wanted.add((parts[k - 1] + parts[k]).toLowerCase());
    }
  }
  if (wanted.size === 0) return lines;
  const written = new Set<string>();
  for (const l of lines) {
    if (l === 'page') continue;
    // Words written with a hyphen somewhere in them ("veiligderde-landconcept") and addresses
    // ("(tuchtrechtbanken.nl)") are no evidence.
    for (const token of l.text.split(' ')) {
      if (token.includes('-') || ADDRESS.test(token)) continue;
      for (const w of token.match(LETTERS) ?? []) if (wanted.has(w.toLowerCase())) written.add(w.toLowerCase());
    }
  }
  if (written.size === 0) return lines;
  return lines.map((l) => {
    if (l === 'page' || !l.text.includes('-')) return l;
    let changed = false;
    const text = l.text.replace(DIVIDED_WORD, (token: string, at: number) => {
      if (inAddress(l.text, at)) return token;
      const parts = token.split('-');
      let out = parts[0];
      for (const part of parts.slice(1)) {
        const last = out.slice(out.lastIndexOf('-') + 1);
        if (!keepsHyphen(last) && /^\p{Ll}/u.test(part) && written.has((last + part).toLowerCase())) {
          diagnostics.push({ severity: 'info', line: l.line, message: `hyphen inside "${token}" taken out: the letter writes "${last + part}" elsewhere` });
          out += part;
          changed = true;
        } else out += '-' + part;
      }
      return out;
    });
    return changed ? { ...l, text } : l;
  });
}

/**
 * Dutch keeps the hyphen after an abbreviation ("EU-verband", "APS-verordening") and after
 * prefixes such as "non-" and "ex-": a letter that lost it elsewhere (pdftotext deletes
 * hyphens at line ends) is no evidence against it.
 */
function keepsHyphen(before: string): boolean {
  return before.length === 1 || /\p{Lu}/u.test(before.slice(1)) || /^\p{Lu}+$/u.test(before) || KEEPS_HYPHEN.test(`${before}-`);
}

/** The divided-looking words of a line that stand outside web and mail addresses. */
function dividedWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(DIVIDED_WORD)) if (!inAddress(text, m.index!)) out.push(m[0]);
  return out;
}

/** True when position `at` of a line is inside an address ("…/tuchtrecht-banken-vraagt…", "naam@…"): it is never rewritten. */
function inAddress(text: string, at: number): boolean {
  const start = text.lastIndexOf(' ', at) + 1;
  const end = text.indexOf(' ', at);
  return ADDRESS.test(text.slice(start, end < 0 ? text.length : end));
}

/** A run of letters; a token that is (part of) a web or mail address or a domain name. */
const LETTERS = /\p{L}+/gu;

const ADDRESS = /:\/\/|www\.|@|\/|\.(?:nl|com|org|eu|net|int|gov)\b/i;

/** Letters with a hyphen inside ("ver-binding"; "Zuid-Neder-land" whole), not at a line's end. */
const DIVIDED_WORD = /(?<![\p{L}-])\p{L}+(?:-\p{L}+)+(?![\p{L}-])/gu;
