/**
 * Footnote marks. The forms a mark takes in the text (glued to a word or a year, a
 * superscript, set apart by spaces) that the footnote stages ask about, and the stage that
 * lifts a mark pdftotext put on a line of its own back after its word. In and out (the stage):
 * lines and pages.
 */
import type { Diagnostic } from '../../model/diagnostics';
import { PLAIN_NOTE_MARK } from '../recognise/patterns';
import type { TextLine } from './navigate';
import { lastWord } from './wrapping';

export const SUPERSCRIPT_DIGIT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

export const superscript = (n: string) => [...n].map((d) => SUPERSCRIPT_DIGIT[Number(d)]).join('');

/** A superscript mark at the end of a line ("… januari.¹"). */
export const TRAILING_SUPERSCRIPT_MARK = new RegExp(`[${SUPERSCRIPT_DIGIT}]+$`, 'u');

export const { glued: gluedMark, year: yearMark, yearStop: yearStopMark } = PLAIN_NOTE_MARK;

/** Mark n kept as a superscript: "verordening.¹". */
export const superscriptMark = (n: string) => new RegExp(`\\S(?<![${SUPERSCRIPT_DIGIT}])${superscript(n)}(?![${SUPERSCRIPT_DIGIT}])`, 'u');

/** `f` with its answers kept by argument. */
export function memoized<T>(f: (key: string) => T): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    if (!answers.has(key)) answers.set(key, f(key));
    return answers.get(key)!;
  };
}

/** True when the text holds mark n in a form of its own: glued to a word or a year, or a superscript. */
export function hasMarkOn(text: string, n: string): boolean {
  return gluedMark(n).test(text) || yearMark(n).test(text) || yearStopMark(n).test(text) || superscriptMark(n).test(text);
}

/**
 * Mark n set apart by pdftotext as a word of its own: between two words in lower case ("vragen
 * 17 een"), or after the last word of a sentence at the end of a line ("justitie. 1"; a word of
 * four letters or more, so that "nr. 1" is no mark), or between such a word and the punctuation
 * after it ("werkhonden 1. De", as Word's raised mark comes out). Only the page of the mark's
 * note may read it so, since text prints such numbers too.
 */
export const spacedMark = (n: string) => new RegExp(`(\\p{Ll}) ${n} (?=\\p{Ll})|(\\p{Ll}{4}[.?!]["'”’)]?) ${n}$|(\\p{Ll}{4}) ${n}(?=[.,;:?!](?:\\s|$))`, 'u');

/** The line with its spaced mark n glued back to the word before it, and how the mark stood. */
export function glueSpacedMark(text: string, n: string): { text: string; how: string } {
  let how = '';
  const glued = text.replace(spacedMark(n), (_m, between: string | undefined, lineEnd: string | undefined, beforeStop: string | undefined) => {
    how = between !== undefined ? 'set apart by spaces' : lineEnd !== undefined ? 'set apart by a space at the end of the line' : 'set apart by a space before its punctuation';
    return between !== undefined ? `${between}${n} ` : `${lineEnd ?? beforeStop}${n}`;
  });
  return { text: glued, how };
}

/** Mark n glued to a word in lower case ("bestuur1"): no Dutch word ends on a digit otherwise. */
export const markAfterWord = (n: string, flags = '') => new RegExp(`(?<=\\p{Ll})${n}(?=[\\s.,;:?!»”")]|$)`, `u${flags}`);

/**
 * pdftotext may put a superscript mark on a line of its own ("1") or at the start of the
 * next line ("3 ingegaan op …"), with the note's text glued to its number further down
 * ("1Brabants Dagblad, …"). Where both are found, in order, the mark goes back to the end
 * of the line before it and the note gets a superscript label, as the page printed them.
 */
export function liftLoneMarks(lines: (TextLine | 'page')[], diagnostics: Diagnostic[]): (TextLine | 'page')[] {
  const out = [...lines];
  const textAt = (i: number) => (out[i] === 'page' ? '' : (out[i] as TextLine).text);
  let defFrom = 0;
  let markFrom = 0;
  for (let n = 1; n < 1000; n++) {
    const def = out.findIndex((l, i) => i >= defFrom && l !== 'page' && new RegExp(`^${n}(?=[A-Z«(“"'])`).test(l.text));
    if (def < 0) break;
    let mark = -1;
    for (let i = markFrom; i < def; i++) {
      if (new RegExp(`^${n}(?:\\s+\\p{Ll}.*)?$`, 'u').test(textAt(i))) {
        mark = i; // the last such line before the note
      }
    }
    if (mark < 0) break;
    let prev = mark - 1;
    while (prev >= 0 && !textAt(prev)) prev--;
    if (prev < 0 || out[prev] === 'page') break;
    const p = out[prev] as TextLine;
    out[prev] = { ...p, text: p.text + superscript(String(n)) };
    const m = out[mark] as TextLine;
    out[mark] = { ...m, text: m.text.slice(String(n).length).trim() };
    const d = out[def] as TextLine;
    out[def] = { ...d, text: `${superscript(String(n))} ${d.text.slice(String(n).length)}` };
    diagnostics.push({ severity: 'info', line: m.line, message: `footnote mark ${n} on a line of its own put back after "${lastWord(p.text)}"` });
    defFrom = def + 1;
    markFrom = mark + 1;
  }
  return out;
}

/** A note ends like a reference does: with a full stop, a bracket or an address. */
export function endsLikeReference(text: string): boolean {
  return /[.)]["'”’]*$|https?:|www\.|\.(?:pdf|nl|html?)\b/i.test(text);
}
