/**
 * Hard-wrapped lines joined: in, lines of one text; out, the text with end-of-line hyphens
 * undone where a word runs over the line end. Used by the paragraphs, footnotes and
 * divided-words stages; no stage of its own.
 */
import type { TextLine } from './navigate';

/**
 * How a line that ends in "-" continues on the next: an end-of-line hyphenation to undo
 * ("migratie-" + "beleid"), a hyphen that belongs to the word ("VN-" + "Verdrag", "EU-" +
 * "recht", "niet-" + "eenvoudige"), or a dangling hyphen before a conjunction ("asiel-" +
 * "en migratiebeheer"). `tail` is the end of the text so far: its last word, at most.
 */
export const KEEPS_HYPHEN = /(?:^|\s)(?:niet|ex|oud|anti|non|semi|vice|pre|post|co|zuid|noord|oost|west|midden)-$/i;

function wrapAt(tail: string, next: string, written?: ReadonlySet<string>): 'space' | 'glue' | 'dehyphenate' {
  if (!tail.endsWith('-') || tail === '-' || tail.endsWith(' -') || tail.endsWith('--')) return 'space';
  if (/^(?:en|of|als|tot|noch|dan|and|or)$/.test(firstWord(next))) return 'space';
  if (/[\p{Lu}\d]-$/u.test(tail) || /^[\p{Lu}\d]/u.test(next) || KEEPS_HYPHEN.test(tail)) return 'glue';
  // A compound the letter writes with this hyphen inside a line ("veilig-derde-landconcept")
  // keeps it where a line happens to break there.
  if (written && written.has(hyphenPair(tail.slice(0, -1), next))) return 'glue';
  if (/\p{Ll}-$/u.test(tail) && /^\p{Ll}/u.test(next)) return 'dehyphenate';
  return 'space';
}

const pairKey = (left: string, right: string) => `${left}-${right}`.toLowerCase();

/** The hyphen pair a line break would cut: the letters before it and the letters after it. */
function hyphenPair(before: string, next: string): string {
  const left = /\p{L}+$/u.exec(before)?.[0] ?? '';
  const right = /^\p{L}+/u.exec(next)?.[0] ?? '';
  return pairKey(left, right);
}

/** Every "letters-letters" pair written inside a line of the text, for keeping compounds' hyphens at line ends. */
export function hyphenatedInLines(lines: readonly (TextLine | 'page')[]): Set<string> {
  const pairs = new Set<string>();
  for (const l of lines) {
    if (l === 'page' || !l.text.includes('-')) continue;
    for (const m of l.text.matchAll(/(?<=\p{L})-(?=\p{L})/gu)) {
      const at = m.index!;
      const left = /\p{L}+$/u.exec(l.text.slice(Math.max(0, at - 64), at))?.[0] ?? '';
      const right = /^\p{L}+/u.exec(l.text.slice(at + 1, at + 65))?.[0] ?? '';
      pairs.add(pairKey(left, right));
    }
  }
  return pairs;
}

/** The first and last word of a text, without splitting all of it (a paragraph may run to thousands of lines). */
function firstWord(text: string): string {
  const space = text.indexOf(' ');
  return space < 0 ? text : text.slice(0, space);
}

export function lastWord(text: string): string {
  return text.slice(text.lastIndexOf(' ') + 1);
}

/**
 * The end of a word to decide a join by: a word runs on over many lines only in hostile
 * input. A longer one is marked cut ("…"), so that "niet-" at its end is no prefix of its own.
 */
function cutWord(word: string): string {
  return word.length > 64 ? `…${word.slice(-64)}` : word;
}

/**
 * Lines joined where a word runs over the line end, in time linear in their length: the
 * runs of lines that form one text each (a new run where the next line starts with a
 * space), with each join said through `onJoin` ("end-of-line hyphen removed: …").
 */
export function joinWrappedRuns(lines: readonly TextLine[], onJoin?: (line: TextLine, message: string) => void, written?: ReadonlySet<string>): TextLine[] {
  const runs: { first: TextLine; pieces: string[]; tail: string }[] = [];
  for (const l of lines) {
    const run = runs[runs.length - 1];
    const how = run ? wrapAt(run.tail, l.text, written) : 'space';
    if (!run || how === 'space') {
      runs.push({ first: l, pieces: [l.text], tail: cutWord(lastWord(l.text)) });
      continue;
    }
    const word = (how === 'dehyphenate' ? run.tail.slice(0, -1) : run.tail) + firstWord(l.text);
    onJoin?.(l, how === 'dehyphenate' ? `end-of-line hyphen removed: "${word}"` : `hyphenated word kept whole: "${word}"`);
    if (how === 'dehyphenate') run.pieces[run.pieces.length - 1] = run.pieces[run.pieces.length - 1].slice(0, -1);
    run.pieces.push(l.text);
    run.tail = cutWord(l.text.includes(' ') ? lastWord(l.text) : word);
  }
  return runs.map((r) => ({ ...r.first, text: r.pieces.join('') }));
}

/** Joins the wrapped lines of one text (a note) into one, a space where no word runs over. */
export function joinHyphenated(parts: string[]): string {
  return joinWrappedRuns(parts.map((text) => ({ text, line: 0 }) as TextLine))
    .map((r) => r.text)
    .join(' ');
}
