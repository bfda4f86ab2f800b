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

function wrapAt(tail: string, next: string): 'space' | 'glue' | 'dehyphenate' {
  if (!tail.endsWith('-') || tail === '-' || tail.endsWith(' -') || tail.endsWith('--')) return 'space';
  if (/^(?:en|of|als|tot|noch|dan|and|or)$/.test(firstWord(next))) return 'space';
  if (/[\p{Lu}\d]-$/u.test(tail) || /^[\p{Lu}\d]/u.test(next) || KEEPS_HYPHEN.test(tail)) return 'glue';
  if (/\p{Ll}-$/u.test(tail) && /^\p{Ll}/u.test(next)) return 'dehyphenate';
  return 'space';
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
export function joinWrappedRuns(lines: readonly TextLine[], onJoin?: (line: TextLine, message: string) => void): TextLine[] {
  const runs: { first: TextLine; pieces: string[]; tail: string }[] = [];
  for (const l of lines) {
    const run = runs[runs.length - 1];
    const how = run ? wrapAt(run.tail, l.text) : 'space';
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
