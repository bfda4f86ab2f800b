/**
 * Readers of the foot of one page for the footnotes stage. In: the lines, the page's end, the
 * note number expected next and which numbers have a mark in the text. Out: the notes found
 * (number, text, line, the lines used) or undefined when the foot does not read as notes.
 */
import { parseLabel } from '../recognise/labels';
import { SENTENCE_END } from '../recognise/patterns';
import { isFooter } from './furniture';
import { type TextLine, nearPageEnd, nextText, range } from './navigate';
import { endsLikeReference } from './note-marks';
import { joinHyphenated } from './wrapping';

/** A note taken from the foot of a page: its number, its text, its number's line and the lines it used. */
interface FootNote {
  number: number;
  text: string;
  line: number;
  used: number[];
}

/** Reads notes from the foot of the page that ends at `end`, numbered on from `first`, each with its mark in the text. */
type FootReader = (lines: (TextLine | 'page')[], end: number, first: number, hasMark: (n: string) => boolean, taken: Set<number>) => FootNote[] | undefined;

/** A note ends like a reference, or on the number of a parliamentary paper ("…, 31 839, nr. 1024"). */
function endsLikeNote(text: string): boolean {
  return endsLikeReference(text) || /\bnr\.?\s?\d+$/i.test(text);
}

/**
 * The notes at the foot of a page, read back from its end: note numbers on lines of their
 * own (in any order, as pdftotext may give them) and note texts (a text starts with a capital
 * or a digit; a line starting with "(" or in lower case goes on the text before). Reading
 * stops at body text (a line in lower case that does not continue a note) or at a blank line
 * once the numbers and texts match. Taken only when the numbers run on from `first`, each
 * has its mark in the text, and there are as many texts as numbers.
 * Numbers stacked over the block of their texts are found first (`stackAtFoot`).
 */
export function footOfPage(...[lines, end, first, hasMark, taken]: Parameters<FootReader>): FootNote[] | undefined {
  const stacked = stackAtFoot(lines, end, first, hasMark, taken);
  if (stacked) return stacked;
  const numbers: { n: number; at: number }[] = [];
  // Both found bottom up, and kept so (turned round at the end): putting each in front
  // was quadratic on a long page.
  const textsUp: { at: number[] }[] = [];
  let pendingUp: number[] = []; // continuation lines seen before (below) their start
  const balanced = () => numbers.length > 0 && numbers.length === textsUp.length && pendingUp.length === 0;
  for (let k = end - 1; k >= 0; k--) {
    const l = lines[k];
    if (l === 'page') break;
    if (taken.has(k)) continue;
    if (!l.text) {
      if (balanced()) break;
      continue;
    }
    if (/^\d{1,3}$/.test(l.text)) {
      // An address right under a number is a note of its own ("9" / "www.…"), not the end of
      // the note above.
      if (pendingUp.length > 0 && /^(?:https?:|www\.)/i.test((lines[pendingUp[pendingUp.length - 1]] as TextLine).text)) {
        textsUp.push({ at: pendingUp.reverse() });
        pendingUp = [];
      }
      numbers.push({ n: Number(l.text), at: k });
      continue;
    }
    if (parseLabel(l.text)) break; // a question or answer label is never part of a note
    const continues = /^[(\p{Ll}]/u.test(l.text);
    // Body text above the notes: stop there.
    if ((balanced() || (numbers.length === 0 && textsUp.length === 0)) && !endsLikeNote(l.text) && (continues || pendingUp.length === 0)) break;
    if (continues) {
      pendingUp.push(k);
      continue;
    }
    // A number read below waits for its text: the line above it is that text, however it ends
    // (pdftotext may read a page's note numbers and texts in turns, one number out of place).
    const awaited = numbers.length > textsUp.length;
    // A line in capitals goes on the line above it where that one ends no note nor sentence
    // ("… van Tweede Kamerlid" / "Wassenberg (PvdD) …").
    const above = k > 0 && lines[k - 1] !== 'page' ? (lines[k - 1] as TextLine).text : '';
    if (above && !taken.has(k - 1) && !/^\d{1,3}$/.test(above) && !endsLikeNote(above) && !SENTENCE_END.test(above) && !parseLabel(above)) {
      pendingUp.push(k);
      continue;
    }
    if (/^[\p{Lu}\d]/u.test(l.text) && (endsLikeNote(l.text) || pendingUp.length > 0 || awaited)) {
      textsUp.push({ at: [k, ...pendingUp.reverse()] });
      pendingUp = [];
      continue;
    }
    break;
  }
  if (numbers.length === 0 || numbers.length !== textsUp.length || pendingUp.length > 0 && textsUp.length === 0) return undefined;
  const texts = textsUp.reverse();
  // Lines in lower case above the first text were body text, not a note.
  const sorted = [...numbers].sort((a, b) => a.n - b.n);
  if (!sorted.every((x, k) => x.n === first + k && hasMark(String(x.n)))) return undefined;
  return sorted.map((x, k) => ({
    number: x.n,
    text: joinHyphenated(texts[k].at.map((a) => (lines[a] as TextLine).text)),
    line: (lines[x.at] as TextLine).line,
    used: [x.at, ...texts[k].at],
  }));
}

/**
 * The page's foot as numbers stacked above the lines under them (pdftotext read the column
 * of numbers, then the column of texts): the lines from the page end up to the stack are the
 * notes, whatever their case, and what stands above the stack is body text.
 * One number is such a stack too, unless what stands above it is the note before, under
 * its own number (numbers and texts taking turns).
 */
const stackAtFoot: FootReader = (lines, end, first, hasMark, taken) => {
  const under: number[] = [];
  let k = end - 1;
  for (; k >= 0; k--) {
    const l = lines[k];
    if (l === 'page' || (l.text && !taken.has(k) && parseLabel(l.text))) return undefined;
    if (taken.has(k) || !l.text) continue;
    if (/^\d{1,3}$/.test(l.text)) break;
    under.push(k);
  }
  const numbers: { n: number; at: number }[] = [];
  for (; k >= 0; k--) {
    const l = lines[k];
    if (l === 'page') return undefined; // nothing above the numbers: no body text to tell them from
    if (taken.has(k) || !l.text) continue;
    if (!/^\d{1,3}$/.test(l.text)) break;
    numbers.push({ n: Number(l.text), at: k });
  }
  if (k < 0 || under.length === 0 || numbers.length === 0) return undefined;
  // A note printed with its number ("2 Zie het rapport …") is read by the other readers.
  if (under.some((j) => /^\d{1,3}\s+\S/.test((lines[j] as TextLine).text))) return undefined;
  const above = (lines[k] as TextLine).text;
  if (numbers.length === 1 && endsLikeReference(above) && blockUnderNumber(lines, k)) return undefined;
  return stackOverTexts(lines, numbers, under.reverse(), first, hasMark);
};

/**
 * True when the block of lines that ends at line i stands under a lone number (blank lines
 * between allowed): a note's text under its number, as where numbers and note texts take
 * turns at a page foot; not body text, which stands under a label or other text.
 */
function blockUnderNumber(lines: (TextLine | 'page')[], i: number): boolean {
  let k = i;
  while (k > 0 && lines[k - 1] !== 'page' && (lines[k - 1] as TextLine).text !== '') k--;
  for (k--; k >= 0; k--) {
    const l = lines[k];
    if (l === 'page') return false;
    if (l.text) return /^\d{1,3}$/.test(l.text);
  }
  return false;
}

/**
 * Notes whose numbers stand in one stack above their texts (see stackAtFoot): the lines under
 * the stack, one note each when there are as many as numbers, otherwise split at blank lines
 * and where a line starts an address, or with a capital or a digit after a line that ends
 * like a reference (the first line starts a note whatever its case).
 */
function stackOverTexts(
  lines: (TextLine | 'page')[],
  numbers: { n: number; at: number }[],
  under: number[],
  first: number,
  hasMark: (n: string) => boolean,
): FootNote[] | undefined {
  const stackTop = numbers.reduce((top, x) => Math.min(top, x.at), Infinity);
  const numberAt = new Set(numbers.map((x) => x.at));
  // One stack: no text between the numbers, all of them above the texts.
  if (numbers.some((x) => x.at > under[0]) || range(stackTop, under[0]).some((k) => lines[k] !== 'page' && (lines[k] as TextLine).text !== '' && !numberAt.has(k))) return undefined;
  const texts: number[][] = [];
  for (const k of under) {
    // A blank line parts two notes; a capital starts one after a line that ends like a
    // reference ("… nr. 6.", "… nr. 26"), not after "… over de"; an address always does. (Cells of a
    // table, one to a line with blank lines between, make more texts than numbers: no stack.)
    const text = (lines[k] as TextLine).text;
    const lastAt = texts.length > 0 ? texts[texts.length - 1][texts[texts.length - 1].length - 1] : -1;
    const previous = lastAt >= 0 ? (lines[lastAt] as TextLine).text : '';
    const afterBlank = lastAt >= 0 && k > lastAt + 1;
    const startsNote =
      texts.length === 0 || under.length === numbers.length || afterBlank || (/^[\p{Lu}\d]/u.test(text) && (endsLikeReference(previous) || /\d$/.test(previous))) || /^(?:https?:|www\.)/i.test(text);
    if (startsNote) texts.push([k]);
    else texts[texts.length - 1].push(k);
  }
  const sorted = [...numbers].sort((a, b) => a.n - b.n);
  if (texts.length !== numbers.length || !sorted.every((x, k) => x.n === first + k && hasMark(String(x.n)))) return undefined;
  return sorted.map((x, k) => ({
    number: x.n,
    text: joinHyphenated(texts[k].map((a) => (lines[a] as TextLine).text)),
    line: (lines[x.at] as TextLine).line,
    used: [x.at, ...texts[k]],
  }));
}

/** Two or more note numbers on lines of their own, then exactly as many lines of note text. */
export function stackedNotes(
  lines: (TextLine | 'page')[],
  i: number,
  first: number,
  hasMark: (n: string) => boolean,
): FootNote[] | undefined {
  const numbers: number[] = [i];
  let j = nextText(lines, i);
  while (j >= 0 && (lines[j] as TextLine).text === String(first + numbers.length) && hasMark(String(first + numbers.length))) {
    numbers.push(j);
    j = nextText(lines, j);
  }
  if (numbers.length < 2 || j < 0) return undefined;
  const texts: number[] = [];
  for (let k = j; k < lines.length; k++) {
    const l = lines[k];
    if (l === 'page' || !l.text || isFooter(l.text)) break;
    texts.push(k);
  }
  if (texts.length !== numbers.length || !nearPageEnd(lines, texts[texts.length - 1])) return undefined;
  return numbers.map((at, n) => ({ number: first + n, text: (lines[texts[n]] as TextLine).text, line: (lines[at] as TextLine).line, used: [at, texts[n]] }));
}

/**
 * True when line i starts a list of notes that runs to the end of the letter: endnotes, which
 * may fill more than the foot of a page. After it come only its own lines and notes numbered
 * on from it (n + 1, n + 2, …), and no question or answer label.
 */
export function startsEndnotes(lines: (TextLine | 'page')[], i: number): boolean {
  const first = /^(\d{1,3})(?:\s|$)/.exec((lines[i] as TextLine).text);
  if (!first) return false;
  let next = Number(first[1]) + 1;
  let notes = 1;
  for (let k = i + 1; k < lines.length; k++) {
    const l = lines[k];
    if (l === 'page' || !l.text) continue;
    if (parseLabel(l.text)) return false;
    const m = /^(\d{1,3})(?:\s|$)/.exec(l.text);
    if (!m) continue; // the note's text, wrapped
    if (Number(m[1]) !== next) return false;
    next++;
    notes++;
  }
  return notes >= 2;
}
