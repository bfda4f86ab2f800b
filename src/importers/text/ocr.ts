/**
 * OCR repairs. In and out: lines and pages (furniture gone). Confusions OCR makes in letters
 * set in a sans-serif face, and footnote marks OCR read as other glyphs, put back where the
 * context leaves no doubt; each repair is a diagnostic.
 */
import type { Diagnostic } from '../../model/diagnostics';
import { parseLabel } from '../recognise/labels';
import { SENTENCE_END } from '../recognise/patterns';
import { startsEndnotes } from './foot-of-page';
import { type TextLine, nearPageEnd, nextText } from './navigate';
import { SUPERSCRIPT_DIGIT, gluedMark, memoized, superscript } from './note-marks';

/**
 * Confusions OCR makes in letters set in a sans-serif face, repaired where the context leaves
 * no doubt; each repair is a note with its line.
 * - A stray "_" between a list label or note number and its text ("a. _Het leven", "4 _Eerste"):
 *   the gap after the label, or a link's underline, read as a character.
 * - "Al" for the acronym "AI" (capital I read as l) inside a sentence, before a word in lower
 *   case ("van Al op", "Al-systemen"); "Al Jazeera", "Al-Qaida" and "Al" opening a sentence
 *   are left alone.
 * - A closing quote read as "!": after an opening quote in the same or the two lines before,
 *   "!" glued to a word and followed by a word in lower case ("'land van terugkeer! uitgebreid").
 */
export function ocrConfusions(lines: (TextLine | 'page')[], diagnostics: Diagnostic[]): (TextLine | 'page')[] {
  const out = [...lines];
  let openQuoteLine = -1; // index of the last line with an opening quote not yet closed
  let previous = ''; // the text line before, on this page
  for (let i = 0; i < out.length; i++) {
    const l = out[i];
    if (l === 'page') {
      openQuoteLine = -1;
      previous = '';
      continue;
    }
    if (!l.text || l.side) continue;
    let text = l.text;
    const underscore = /^((?:[ivxlcIVXLC]+|[a-zA-Z]|\d{1,3})[.),]?)\s+_\s*(?=\S)/.exec(text);
    if (underscore) {
      text = `${underscore[1]} ${text.slice(underscore[0].length)}`;
      diagnostics.push({ severity: 'info', line: l.line, message: `stray "_" after "${underscore[1]}" dropped (OCR)` });
    }
    // Inside a sentence: after a word and a space, or at the start of a line whose line above ends no sentence.
    const midSentenceStart = previous !== '' && !SENTENCE_END.test(previous) && !parseLabel(previous);
    text = text.replace(/(^|(?<=[\p{L},;:)] ))Al(?=[- ]\p{Ll})/gu, (match, start: string, offset: number) => {
      if (offset === 0 && !midSentenceStart) return match;
      diagnostics.push({ severity: 'info', line: l.line, message: `"Al" read as "AI" (OCR: capital I read as l) in "${text.slice(offset, offset + 20)}"` });
      return `${start}AI`;
    });
    if (openQuoteLine >= 0 && i - openQuoteLine > 6) openQuoteLine = -1;
    text = text.replace(/(['‘’!])/g, (c: string, _q: string, offset: number) => {
      const before = text[offset - 1] ?? ' ';
      const after = text[offset + 1] ?? '';
      const opens = /[\s(]/.test(before) && /\p{L}/u.test(after);
      const closes = /[\p{L}.,]/u.test(before) && !/\p{L}/u.test(after);
      if (c !== '!' && opens) openQuoteLine = i;
      else if (c !== '!' && closes) openQuoteLine = -1;
      else if (c === '!' && openQuoteLine >= 0 && /\p{L}/u.test(before)) {
        const rest = after === '' ? (nextText(out, i) >= 0 ? (out[nextText(out, i)] as TextLine).text : '') : text.slice(offset + 1);
        if (/^\s*\p{Ll}/u.test(rest)) {
          openQuoteLine = -1;
          diagnostics.push({ severity: 'info', line: l.line, message: `"!" after "${text.slice(Math.max(0, offset - 15), offset)}" read as a closing quote (OCR)` });
          return "'";
        }
      }
      return c;
    });
    if (text !== l.text) out[i] = { ...l, text };
    previous = text;
  }
  return out;
}

/**
 * Which digits OCR may have read a superscript mark as, by the glyph's shape: a stroke ("!")
 * is a 1, a hook on top ("?") a 2, 3 or 7, a small ring ("°") a round digit.
 */
const STAND_IN_DIGITS: Record<string, string> = { '!': '1', "'": '1', '?': '237', '°': '0235689', '®': '0235689', '“': '0123456789' };

/**
 * OCR reads small superscript footnote marks as other glyphs or loses them: "verordening.!",
 * "Kwalificatieverordening?,", "Asielprocedurerichtlijn? en", "Asielprocedurerichtlijn® en",
 * "Aanjaagteam)“ uit", "verordening.' Een", "2025° is". Where the letter
 * has numbered notes near the end of a page ("1 Verordening …"), the marks are placed in
 * order. Marks the text kept (superscript "¹", or "gevraagd.2") are anchors; between two
 * anchors, the glyphs that stand where ordinary text does not put them ("!" or "?" after a full
 * stop or comma, "?" before a comma or a word in lower case, "°" after a word or number that is
 * not a temperature, "!" before a word in lower case) are paired with the notes between, in
 * order and by shape (STAND_IN_DIGITS). A pairing is made only when exactly one fits; a note
 * left without a mark is taken all the same and reported.
 */
export function ocrFootnoteMarks(lines: (TextLine | 'page')[], diagnostics: Diagnostic[]): (TextLine | 'page')[] {
  const noteAt = new Map<number, number>(); // note number -> line index
  for (let i = 0, n = 1; i < lines.length; i++) {
    const l = lines[i];
    if (l === 'page' || l.side) continue;
    const m = /^(\d{1,3})(?:\s+|(?=\p{Lu}))\S/u.exec(l.text);
    if (m && Number(m[1]) === n && (nearPageEnd(lines, i) || startsEndnotes(lines, i))) {
      noteAt.set(n, i);
      n++;
    }
  }
  if (noteAt.size === 0) return lines;
  const noteLines = new Set(noteAt.values());
  const out = [...lines];
  // Also "'" after a full stop or comma, "®" after a word, and an opening "“" glued to the
  // end of a word or bracket: ordinary text puts none of them there.
  const standIn = /(?<=[.,;:])[!?'](?=\s|$)|(?<=\p{L})\?(?=[,;:]|\s+\p{Ll})|(?<=[\p{L}\d])[°®](?![CF])(?=[\s.,;:]|$)|(?<=\p{L})!(?=\s+\p{Ll})|(?<=[\p{L})])“(?=\s)/gu;
  const kept = memoized((key: string) => {
    const n = Number(key);
    return new RegExp(`${gluedMark(String(n)).source}|(?<![${SUPERSCRIPT_DIGIT}])${superscript(String(n))}(?![${SUPERSCRIPT_DIGIT}])`, 'u');
  });
  type Place = { line: number; col: number };
  const before = (a: Place, b: Place) => a.line < b.line || (a.line === b.line && a.col < b.col);
  /** The first kept mark of note n after `from`, before line `until`. */
  const keptMark = (n: number, from: Place, until: number): Place | undefined => {
    const mark = kept(String(n));
    for (let i = from.line; i < until; i++) {
      const l = out[i];
      if (l === 'page' || !l.text || l.side || noteLines.has(i)) continue;
      const offset = i === from.line ? from.col : 0;
      const m = mark.exec(l.text.slice(offset));
      if (m) return { line: i, col: offset + m.index + m[0].length };
    }
    return undefined;
  };
  const glyphsBetween = (from: Place, to: Place): (Place & { glyph: string })[] => {
    const found: (Place & { glyph: string })[] = [];
    for (let i = from.line; i <= Math.min(to.line, out.length - 1); i++) {
      const l = out[i];
      if (l === 'page' || !l.text || l.side || noteLines.has(i) || parseLabel(l.text)) continue;
      for (const m of l.text.matchAll(standIn)) {
        const place = { line: i, col: m.index! };
        if (!before(place, from) && before(place, to)) found.push({ ...place, glyph: m[0] });
      }
    }
    return found;
  };
  const numbers = [...noteAt.keys()];
  let cursor: Place = { line: 0, col: 0 };
  let k = 0;
  while (k < numbers.length) {
    // The next note whose mark the text kept, and the notes before it that lost theirs.
    let anchor: { index: number; place: Place } | undefined;
    for (let j = k; j < numbers.length && !anchor; j++) {
      const place = keptMark(numbers[j], cursor, noteAt.get(numbers[j])!);
      if (place) anchor = { index: j, place };
    }
    const gap = numbers.slice(k, anchor ? anchor.index : numbers.length);
    if (gap.length > 0 && gap.every((n) => n <= 9)) {
      const end: Place = anchor?.place ?? { line: noteAt.get(gap[gap.length - 1])!, col: 0 };
      const glyphs = glyphsBetween(cursor, end);
      const pairing = uniquePairing(gap, glyphs.map((g) => g.glyph));
      // Right to left, so that columns to the left stay valid.
      for (const [g, n] of [...(pairing ?? new Map<number, number>())].reverse()) {
        const { line, col, glyph } = glyphs[g];
        const l = out[line] as TextLine;
        out[line] = { ...l, text: l.text.slice(0, col) + superscript(String(n)) + l.text.slice(col + glyph.length) };
        diagnostics.push({ severity: 'info', line: l.line, message: `"${glyph}" after "${l.text.slice(Math.max(0, col - 20), col)}" read as the mark of note ${n} (OCR)` });
      }
      if (!pairing && glyphs.length > 0) {
        diagnostics.push({ severity: 'warning', line: (out[glyphs[0].line] as TextLine).line, message: `marks of notes ${gap.join(', ')} not placed: ${glyphs.length} glyph(s) OCR may have read them as, and no one way to pair them` });
      }
    }
    if (!anchor) break;
    cursor = anchor.place;
    k = anchor.index + 1;
  }
  return out;
}

/**
 * The one order-keeping pairing of glyphs with notes in which every glyph can be its note's
 * digit and as many as possible are paired; undefined when there is none or more than one.
 * Returns glyph index -> note number.
 */
function uniquePairing(notes: number[], glyphs: string[]): Map<number, number> | undefined {
  const size = Math.min(notes.length, glyphs.length);
  if (size === 0) return undefined;
  const found: Map<number, number>[] = [];
  const walk = (n: number, g: number, pairs: [number, number][]) => {
    if (found.length > 1) return;
    if (pairs.length === size) {
      found.push(new Map(pairs));
      return;
    }
    if (notes.length - n < size - pairs.length || glyphs.length - g < size - pairs.length) return;
    if (STAND_IN_DIGITS[glyphs[g]]?.includes(String(notes[n]))) walk(n + 1, g + 1, [...pairs, [g, notes[n]]]);
    if (notes.length - n > size - pairs.length) walk(n + 1, g, pairs); // note n lost its mark
    if (glyphs.length - g > size - pairs.length) walk(n, g + 1, pairs); // glyph g is no mark
  };
  walk(0, 0, []);
  return found.length === 1 ? found[0] : undefined;
}
