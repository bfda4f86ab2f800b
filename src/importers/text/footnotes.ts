/**
 * Footnotes. In: lines and pages (furniture gone, marks lifted). Out: the lines with the note
 * texts blanked and marks set apart glued back, and the footnote definitions (SourceBlock
 * footnoteDef) for the recogniser. The page feet are read by foot-of-page.ts.
 */
import { DUTCH_MONTHS } from '../../model/dates';
import type { Diagnostic } from '../../model/diagnostics';
import type { Block, Inline } from '../../model/types';
import type { SourceBlock } from '../recognise/blocks';
import { parseLabel } from '../recognise/labels';
import { SENTENCE_END } from '../recognise/patterns';
import { footOfPage, stackedNotes, startsEndnotes } from './foot-of-page';
import { groupLists, startsItem } from './lists';
import { type TextLine, nearPageEnd, nextText, pageEnd, pageStart, range } from './navigate';
import { glueSpacedMark, gluedMark, markAfterWord, memoized, spacedMark, superscript, superscriptMark, yearMark, yearStopMark } from './note-marks';
import { fullWidth } from './paragraphs';
import { joinHyphenated } from './wrapping';

/**
 * Footnote texts at the bottom of a page: "1 NRC.nl, 26 juni 2024, …", "1Brabants Dagblad
 * …", or a number on a line of its own with the text below it. A candidate counts only
 * when its number stands as a mark in the running text ("gevraagd.2") and the numbers
 * run in order: a numbered question or list item is not taken for a footnote.
 */
export function takeFootnotes(lines: (TextLine | 'page')[], diagnostics: Diagnostic[]): { rest: (TextLine | 'page')[]; defs: SourceBlock[] } {
  const textLines = lines.filter((l): l is TextLine => l !== 'page');
  const running = textLines.map((l) => l.text).join('\n');
  // "gevraagd.2", "Instellingsbesluit Actal 201112". Each answer is kept: the question is
  // asked for every candidate line, and searching the whole text again each time made
  // a page of many lone numbers quadratic.
  const plainMark = memoized((n: string) => gluedMark(n).test(running) || yearMark(n).test(running) || yearStopMark(n).test(running));
  // Notes numbered "1 …" whose marks the text kept as superscripts ("verordening.¹"), as in
  // pdftotext of a PDF that draws them with superscript glyphs.
  const superscriptMarked = memoized((n: string) => superscriptMark(n).test(running));
  const hasMark = (n: string) => superscriptMarked(n) || plainMark(n);
  const defs: SourceBlock[] = [];
  // A note is paired with marks of the form its number has in the text; one whose mark is
  // lost, with marks of the form the note before it has.
  const markOf = (n: string): 'superscript' | 'plain' => {
    if (superscriptMarked(n)) return 'superscript';
    const previous = defs[defs.length - 1];
    return plainMark(n) || previous?.kind !== 'footnoteDef' || previous.mark !== 'superscript' ? 'plain' : 'superscript';
  };
  const taken = new Set<number>();
  // Just past the last line a note was taken from: a second note series starts after it.
  let afterNotes = 0;
  const take = (used: number[]) => {
    for (const k of used) {
      taken.add(k);
      afterNotes = Math.max(afterNotes, k + 1);
    }
  };
  // Measured on running text (lines of six words or more), not on the cells of a table.
  const full = fullWidth(lines, 6);
  let expected = 1;
  // A note whose mark OCR lost, between notes that have theirs: note n - 1 is taken and the
  // next note, "n + 1 …" within the few lines below, has its mark.
  const markLostBetween = (i: number, n: number): boolean => {
    if (n < 2 || !defs.some((d) => d.kind === 'footnoteDef' && d.label === String(n - 1))) return false;
    for (let k = i + 1, seen = 0; k < lines.length && seen < 4; k++) {
      const l = lines[k];
      if (l === 'page') return false;
      if (!l.text) continue;
      seen++;
      const next = /^(\d{1,3})(?:\s+|(?=[A-Z]))\S/.exec(l.text);
      if (next) return Number(next[1]) === n + 1 && hasMark(next[1]);
    }
    return false;
  };
  let pageEndsDone = -1;
  // Where on the current page mark n stands set apart (see spaced below).
  let spacedHere: (n: string) => number | undefined = () => undefined;
  const rewrites = new Map<number, string>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l === 'page' || !l.text) continue;
    // First the foot of this page as a whole: numbers and texts in any order.
    if (i > pageEndsDone) {
      const end = pageEnd(lines, i);
      pageEndsDone = end;
      // pdftotext may set a mark apart as a word of its own ("vragen 17 een", "justitie. 1"):
      // on the page of its note, and only there, that is the mark.
      const spaced = (n: string): number | undefined => {
        const re = spacedMark(n);
        for (let k = i; k < end; k++) {
          const line = lines[k];
          if (line !== 'page' && !taken.has(k) && !parseLabel(line.text) && re.test(rewrites.get(k) ?? line.text)) return k;
        }
        return undefined;
      };
      spacedHere = spaced;
      const spacedOnPage = memoized(spaced);
      const notes = footOfPage(lines, end, expected, (n) => hasMark(n) || spacedOnPage(n) !== undefined, taken);
      if (notes) {
        for (const note of notes) {
          const at = hasMark(String(note.number)) ? undefined : spaced(String(note.number));
          if (at !== undefined) {
            const text = rewrites.get(at) ?? (lines[at] as TextLine).text;
            const glued = glueSpacedMark(text, String(note.number));
            rewrites.set(at, glued.text);
            diagnostics.push({ severity: 'info', line: (lines[at] as TextLine).line, message: `footnote mark ${note.number} ${glued.how} put back after its word` });
          }
          take(note.used);
          const content: Inline[] = [{ type: 'text', text: note.text }];
          defs.push({ kind: 'footnoteDef', label: String(note.number), mark: markOf(String(note.number)), line: note.line, content: [{ type: 'paragraph', content }] });
          diagnostics.push({ severity: 'info', line: note.line, message: `footnote ${note.number} taken from the foot of the page` });
        }
        expected += notes.length;
      }
      // A note whose number stands apart from its text, as under a flattened table.
      // A superscript n is in use when the text has one or a note of an earlier second series took it.
      const superscriptInUse = (n: string) => superscriptMarked(n) || defs.some((d) => d.kind === 'footnoteDef' && d.label === n && d.mark === 'superscript');
      const parted = notePartedFromItsNumber(lines, end, { taken, afterNotes, expected, full, superscriptInUse });
      if (parted) {
        take(parted.used);
        // A second series writes its marks as superscripts, so that they pair with its note
        // and not with note n of the first series.
        for (const k of parted.restarts ? parted.marks : []) {
          const line = lines[k] as TextLine;
          rewrites.set(k, (rewrites.get(k) ?? line.text).replace(markAfterWord(String(parted.number), 'g'), superscript(String(parted.number))));
          diagnostics.push({ severity: 'info', line: line.line, message: `footnote mark ${parted.number} written as "${superscript(String(parted.number))}": it is a mark of the note series that starts again at 1` });
        }
        const content = noteBlocks(parted.used.slice(1).map((k) => lines[k] as TextLine), diagnostics);
        defs.push({ kind: 'footnoteDef', label: String(parted.number), mark: parted.restarts ? 'superscript' : 'plain', line: parted.line, content });
        diagnostics.push({
          severity: 'info',
          line: parted.line,
          message:
            `footnote ${parted.number}${parted.restarts ? ' of a series that starts again at 1' : ''} taken from the foot of the page: ` +
            `its number stands apart on line ${parted.line}, its text (in the smaller type of notes) from line ${(lines[parted.used[1]] as TextLine).line}`,
        });
        expected = parted.number + 1;
      }
    }
    if (taken.has(i)) continue;
    const m = /^(\d{1,3})(?:\s+|(?=[A-Z]))(\S.*)$/.exec(l.text) ?? /^(\d{1,3})$/.exec(l.text);
    if (!m || Number(m[1]) !== expected) continue;
    // A mark set apart on this page ("werkhonden 1. De") counts for a note that stands on it.
    const spacedAt = hasMark(m[1]) ? undefined : spacedHere(m[1]);
    if (!(hasMark(m[1]) || spacedAt !== undefined || markLostBetween(i, expected))) continue;
    // "1 januari." is a date the line happened to start with, not note 1.
    if (WRAPPED_DATE.test(l.text)) continue;
    // Numbers stacked above their texts ("1", "2", then "Instellingsbesluit …", "Kamerstuk
    // …"): paired one to one when there are as many texts as numbers.
    const stacked = m[2] ? undefined : stackedNotes(lines, i, expected, hasMark);
    if (stacked) {
      for (const note of stacked) {
        take(note.used);
        const content: Inline[] = [{ type: 'text', text: note.text }];
        defs.push({ kind: 'footnoteDef', label: String(note.number), mark: markOf(String(note.number)), line: note.line, content: [{ type: 'paragraph', content }] });
        diagnostics.push({ severity: 'info', line: note.line, message: `footnote ${note.number} taken from the foot of the page (numbers stacked above the texts)` });
      }
      expected += stacked.length;
      continue;
    }
    // The text: the rest of this line (or the next non-empty line), and lines after it up
    // to a blank line, the next footnote or the page end.
    const parts: string[] = [];
    let j = i;
    if (m[2]) parts.push(m[2]);
    else {
      j = nextText(lines, i);
      if (j < 0) continue;
      parts.push((lines[j] as TextLine).text);
    }
    const used = [i, j];
    for (let k = j + 1; k < lines.length; k++) {
      const n = lines[k];
      if (n === 'page' || !n.text || /^\d{1,3}(?:\s|$|(?=[A-Z]))/.test(n.text)) break;
      parts.push(n.text);
      used.push(k);
    }
    // A footnote stands low on its page: after it, at most a few lines before the page ends;
    // or it opens the endnotes at the end of the letter.
    if (!nearPageEnd(lines, used[used.length - 1]) && !startsEndnotes(lines, i)) continue;
    take(used);
    if (spacedAt !== undefined) {
      const glued = glueSpacedMark(rewrites.get(spacedAt) ?? (lines[spacedAt] as TextLine).text, m[1]);
      rewrites.set(spacedAt, glued.text);
      diagnostics.push({ severity: 'info', line: (lines[spacedAt] as TextLine).line, message: `footnote mark ${m[1]} ${glued.how} put back after its word` });
    }
    const content: Inline[] = [{ type: 'text', text: joinHyphenated(parts) }];
    defs.push({ kind: 'footnoteDef', label: m[1], mark: markOf(m[1]), line: l.line, content: [{ type: 'paragraph', content }] });
    diagnostics.push({ severity: 'info', line: l.line, message: `footnote ${m[1]} taken from the foot of the page` });
    expected++;
  }
  const rest = lines.map((l, i) => (l === 'page' ? l : taken.has(i) ? { ...l, text: '' } : rewrites.has(i) ? { ...l, text: rewrites.get(i)! } : l));
  return { rest, defs };
}

/** A line that starts with a day of a month ("1 januari.", "12 maart 2026 …"): a date wrapped to the line start, never a note. */
const WRAPPED_DATE = new RegExp(`^\\d{1,2} (?:${DUTCH_MONTHS.join('|')})(?!\\p{L})`, 'u');

/**
 * A note whose number pdftotext set apart from its text, as it does under a table it has
 * flattened: the number n stands alone on a line inside the page (not at its edge, where it
 * would be a page number), and the note's text, without its number, is the block that ends
 * the page above its footer. n is the next note number, or 1 when a second series starts (an
 * annex that numbers its notes anew). Taken, for the page that ends at `end`, only when
 * - words after the last note taken carry n as a mark ("bestuur1"), on this page or the one
 *   before, and the page holds no other lone n;
 * - the block is set apart by a blank line, starts with a capital, ends a sentence, holds no
 *   label, and is set in the smaller type of notes: its widest line runs a quarter wider than
 *   the letter's full lines;
 * - for a second series, no superscript n is in use yet (its marks become those, so that they
 *   pair with its note and not with note n of the first series).
 */
function notePartedFromItsNumber(
  lines: (TextLine | 'page')[],
  end: number,
  notes: { taken: Set<number>; afterNotes: number; expected: number; full: number; superscriptInUse: (n: string) => boolean },
): { number: number; line: number; used: number[]; marks: number[]; restarts: boolean } | undefined {
  const { taken, afterNotes, expected } = notes;
  const text = (k: number) => (lines[k] === 'page' ? '' : (lines[k] as TextLine).text);
  const start = pageStart(lines, end - 1);
  // The block that ends the page, set apart by a blank line above it.
  let bottom = end - 1;
  while (bottom >= start && !text(bottom)) bottom--;
  let top = bottom;
  while (top - 1 >= start && text(top - 1)) top--;
  if (bottom < start || top - 1 < start || top <= afterNotes) return undefined;
  const block = range(top, bottom + 1);
  const texts = block.map(text);
  if (!/^\p{Lu}/u.test(texts[0]) || !SENTENCE_END.test(texts[texts.length - 1]) || texts.some((t) => parseLabel(t))) return undefined;
  if (!texts.some((t) => t.length > notes.full * 1.25)) return undefined;
  // Marks stand on this page or the one before.
  const from = Math.max(start > 0 ? pageStart(lines, start - 2) : 0, afterNotes);
  for (const n of expected > 1 ? [expected, 1] : [expected]) {
    const restarts = n !== expected;
    if (restarts && notes.superscriptInUse(String(n))) continue;
    const lone = range(Math.max(start, afterNotes), top - 1).filter((k) => !taken.has(k) && text(k) === String(n));
    if (lone.length !== 1) continue;
    const mark = markAfterWord(String(n));
    const marks = range(from, lone[0]).filter((k) => !taken.has(k) && mark.test(text(k)));
    if (marks.length === 0) continue;
    return { number: n, line: (lines[lone[0]] as TextLine).line, used: [lone[0], ...block], marks, restarts };
  }
  return undefined;
}

/**
 * A note's lines as blocks: wrapped lines joined, and items that follow its first sentence
 * ("a. …", "b. …") as the list they were printed as.
 */
function noteBlocks(lines: TextLine[], diagnostics: Diagnostic[]): Block[] {
  // Items start anew; other lines go on the text before them.
  const groups: TextLine[][] = [];
  for (const l of lines) {
    if (groups.length > 0 && !startsItem(l.text)) groups[groups.length - 1].push(l);
    else groups.push([l]);
  }
  const runs = groups.map((g) => ({ ...g[0], text: joinHyphenated(g.map((l) => l.text)) }));
  const blocks = groupLists(
    runs.map((r): SourceBlock => ({ kind: 'paragraph', line: r.line, lines: [[{ type: 'text', text: r.text }]] })),
    diagnostics,
  );
  return blocks.map((b): Block => (b.kind === 'list' ? b.list : { type: 'paragraph', content: b.kind === 'paragraph' ? b.lines[0] : [] }));
}
