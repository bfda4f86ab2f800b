/**
 * Stage 4 of the layout reader. In: the sorted zones of every page. Out: the letter. The
 * body segments become text lines in reading order (a blank line where the page leaves
 * more room than a line's pitch, the side column marked as such), the foot notes become
 * footnote definitions, and both go to the text importer's stages from lines on, and so to
 * the shared recogniser: the PDF supplies better evidence to the same rules. Diagnostics
 * name the page.
 */
import type { Diagnostic } from '../../model/diagnostics';
import type { FootnoteDefBlock, SourceBlock } from '../recognise/blocks';
import type { ImportResult } from '../result';
import { importTextLines, type TextLine } from '../text';
import { cleanLine } from '../text/lines';
import { SUPERSCRIPT_DIGIT, superscript } from '../text/note-marks';
import { UNREAD_MARK, type BodyColumn, type Segment } from './lines';
import type { FootNoteText, Zones } from './zones';

/**
 * Spacing accents that a PDF draws as glyphs of their own over or under a letter ("Yes¸ ilgöz"
 * for "Yeşilgöz"), written as the combining accent of the letter before them.
 */
const SPACING_ACCENTS: Record<string, string> = { '¸': '\u0327', '¨': '\u0308', '´': '\u0301', 'ˆ': '\u0302', '˜': '\u0303', '˘': '\u0306', 'ˇ': '\u030C', '˚': '\u030A', '˝': '\u030B', '˛': '\u0328' };
const SPACING_ACCENT = /(\p{L}) ?([¸¨´ˆ˜˘ˇ˚˝˛]) ?(?=\p{L})/gu;

/** Accents drawn apart put on their letter, then the text importer's cleaning of a line (ligatures, soft hyphens, spaces). */
export function cleanText(text: string): string {
  return cleanLine(text.replace(SPACING_ACCENT, (_m, letter: string, accent: string) => (letter + SPACING_ACCENTS[accent]).normalize('NFC')));
}

export function letterFromZones(zones: Zones, body: BodyColumn, pageCount: number): ImportResult {
  const diagnostics: Diagnostic[] = [];
  const lines: (TextLine | 'page')[] = [];
  const pageOfLine: number[] = [0];
  const push = (text: string, page: number) => {
    const line = pageOfLine.length;
    pageOfLine.push(page);
    lines.push({ text, line, page });
  };
  for (const f of zones.furniture) diagnostics.push({ severity: 'info', page: f.segment.page, message: `${f.why} is page furniture, not letter content` });
  const byPage = new Map<number, Segment[]>();
  for (const s of zones.body) byPage.set(s.page, [...(byPage.get(s.page) ?? []), s]);
  const pitch = linePitch(zones.body, body);
  const ordered = Array.from({ length: pageCount }, (_, k) => readingOrder(byPage.get(k + 1) ?? []));
  const resolved = resolveUnreadMarks(ordered.flat(), zones.notes.map((n) => n.label), diagnostics);
  for (let page = 1; page <= pageCount; page++) {
    if (page > 1) lines.push('page');
    const segs = ordered[page - 1];
    const tables = findTables(segs, pitch, diagnostics);
    let previous: Segment | undefined;
    for (const s of segs) {
      const table = tables.get(s);
      if (table === 'row') continue;
      if (table) {
        // A table as plain text writes it: a row a line, cells between " | ", set apart.
        push('', page);
        // A raised mark OCR could not read stays as OCR read it in a cell (no note pairing there).
        for (const row of table) push(row.cells.map((c) => cleanText(c.text.replace(UNREAD_MARK, '$1'))).join(' | '), page);
        push('', page);
        previous = undefined;
        continue;
      }
      const text = cleanText(resolved.get(s) ?? s.text);
      if (!text) continue;
      if (s.column === 'side') {
        if (previous && previous.column !== 'side') push('', page);
        push(text, page);
        previous = s;
        continue;
      }
      if (previous?.column === 'side') push('', page);
      // A line hung under the value of a label on the line above ("Onderwerp Beantwoording …"
      // with its next lines set from where the value starts) goes on in that line.
      if (previous && hangsUnder(previous, s, body, pitch) && lines.length > 0 && lines[lines.length - 1] !== 'page') {
        const last = lines[lines.length - 1] as TextLine;
        last.text += ' ' + text;
        previous = s;
        continue;
      }
      if (previous && previous.y - s.y > 1.45 * Math.max(pitch, s.size * 1.1)) push('', page);
      else if (previous && endsParagraph(previous, s, body)) push('', page);
      else if (previous && (previous.bold !== s.bold || Math.abs(previous.size - s.size) > Math.max(0.6, 0.15 * s.size)) && previous.y - s.y > 0.5 * s.size) push('', page);
      push(text, page);
      previous = s;
    }
  }
  // Notes get line numbers past the body's, on their page, for diagnostics.
  const notes: SourceBlock[] = zones.notes.map((n) => {
    pageOfLine.push(n.page);
    return noteBlock(n, pageOfLine.length - 1);
  });
  const result = importTextLines(lines, notes.length > 0 ? { notes } : {});
  const onPage = (d: Diagnostic): Diagnostic => {
    if (d.line === undefined) return d;
    const { line, column: _column, ...rest } = d;
    return { ...rest, page: pageOfLine[line] ?? pageOfLine[pageOfLine.length - 1] };
  };
  return { letter: result.letter, diagnostics: [...diagnostics, ...result.diagnostics.map(onPage)] };
}


/**
 * Tables: three lines or more in a row, a line's pitch or two apart, each cut by wide gaps
 * into the same number of parts (two or more), where every gap between two parts is open on
 * every line (the columns' text never crosses it, left or right aligned). The first line of
 * such a run maps to the rows of the table; the others to 'row'. Lines of wide gaps whose
 * gaps do not line up stay text, said in a diagnostic.
 */
function findTables(segs: Segment[], pitch: number, diagnostics: Diagnostic[]): Map<Segment, Segment[] | 'row'> {
  const out = new Map<Segment, Segment[] | 'row'>();
  const body = segs.filter((s) => s.column === 'body');
  let i = 0;
  while (i < body.length) {
    const first = body[i];
    if (first.cells.length < 2) {
      i++;
      continue;
    }
    const run = [first];
    for (let j = i + 1; j < body.length; j++) {
      const s = body[j];
      if (s.cells.length < 2 || run[run.length - 1].y - s.y > 2.5 * pitch) break;
      run.push(s);
    }
    const width = first.cells.length;
    const aligned =
      run.every((s) => s.cells.length === width && !s.cells.some((c) => c.text.includes('|'))) &&
      Array.from({ length: width - 1 }, (_, k) => Math.max(...run.map((s) => s.cells[k].right)) < Math.min(...run.map((s) => s.cells[k + 1].x))).every(Boolean);
    if (run.length >= 3 && aligned) {
      out.set(first, run);
      for (const s of run.slice(1)) out.set(s, 'row');
      diagnostics.push({ severity: 'info', page: first.page, message: `${run.length} lines in ${width} aligned columns read as a table ("${first.cells.map((c) => c.text).join(' | ')}" …)` });
    } else if (run.length >= 3) {
      diagnostics.push({ severity: 'warning', page: first.page, message: `${run.length} lines with wide gaps ("${first.text}" …) may be a table whose columns do not line up; kept as text in reading order` });
    }
    i += run.length;
  }
  return out;
}

/**
 * The numbers of the raised marks OCR did not read as digits, from the one order that
 * explains the letter: marks and notes ascend together, so each unread mark takes the number
 * of the next note after the last mark before it. Marks no note is left for stay the text OCR
 * read, and are named.
 */
const SUPERSCRIPTS = new RegExp(`[${SUPERSCRIPT_DIGIT}]`, 'u');
const MARK_OR_UNREAD = new RegExp(`${UNREAD_MARK.source}|[${SUPERSCRIPT_DIGIT}]+`, 'gu');

function resolveUnreadMarks(segs: Segment[], labels: string[], diagnostics: Diagnostic[]): Map<Segment, string> {
  const out = new Map<Segment, string>();
  let next = 0;
  for (const s of segs) {
    if (!s.text.includes('\uE000') && !SUPERSCRIPTS.test(s.text)) continue;
    const text = s.text.replace(MARK_OR_UNREAD, (m: string, unread: string | undefined) => {
      if (unread === undefined) {
        const value = [...m].map((c) => SUPERSCRIPT_DIGIT.indexOf(c)).join('');
        const at = labels.indexOf(value, next);
        if (at >= 0) next = at + 1;
        return m;
      }
      if (next >= labels.length) {
        diagnostics.push({ severity: 'warning', page: s.page, message: `raised "${unread}" looks like a note mark, but no note is left for it; kept as text` });
        return unread;
      }
      const label = labels[next++];
      diagnostics.push({ severity: 'info', page: s.page, message: `raised "${unread}" (as OCR read it) is the mark of note ${label}, the next note in order` });
      return superscript(label);
    });
    out.set(s, text);
  }
  return out;
}

/**
 * The body column top to bottom, then the side column: the letterhead's side column stands
 * beside the body's lines, not inside its paragraphs, and the text stages take a side
 * column that follows page 1's body into the letterhead (as poppler reads such a page).
 */
function readingOrder(segs: Segment[]): Segment[] {
  const sorted = [...segs].sort((a, b) => b.y - a.y || a.x - b.x);
  return [...sorted.filter((s) => s.column !== 'side'), ...sorted.filter((s) => s.column === 'side')];
}

/**
 * True when a line that ends a sentence was broken before the column's end although the next
 * line's first word would have fitted: the writer ended the paragraph there (justified or
 * ragged, the page shows it even where it leaves no extra space between paragraphs).
 */
function endsParagraph(above: Segment, s: Segment, body: BodyColumn): boolean {
  if (above.column !== s.column || Math.abs(above.size - s.size) > 0.3 || s.x > above.x + 1) return false;
  if (!/[.?!:;][»”"')\]⁰¹²³⁴⁵⁶⁷⁸⁹]*$/u.test(above.text)) return false;
  const word = s.text.split(' ')[0] ?? '';
  const wordWidth = ((s.right - s.x) * word.length) / Math.max(1, s.text.length);
  return above.right + wordWidth + 0.5 * s.size < body.right;
}

/**
 * True when a line is set well right of the body's left edge, a line's pitch under a line
 * that starts at the edge, in the same type: the hanging indent of a label's value.
 */
function hangsUnder(above: Segment, s: Segment, body: BodyColumn, pitch: number): boolean {
  return (
    Math.abs(above.x - (body.left + 2)) <= 2 &&
    s.x - above.x >= 3 * s.size &&
    s.x < above.right &&
    above.y - s.y <= 1.2 * pitch &&
    Math.abs(above.size - s.size) < 0.3 &&
    above.bold === s.bold &&
    !/^[-–•▪◦*]|^\d{1,2}[.)]|^[a-z][.)]\s/.test(s.text) &&
    !/^[-–•▪◦*]\s|^\d{1,2}[.)]\s|^[a-z][.)]\s/.test(above.text)
  );
}

/** The distance most body-size lines of the body column stand apart. */
function linePitch(segs: Segment[], body: BodyColumn): number {
  const gaps = new Map<number, number>();
  const column = segs.filter((s) => s.column === 'body' && Math.abs(s.size - body.size) < Math.max(0.6, 0.15 * body.size)).sort((a, b) => a.page - b.page || b.y - a.y);
  for (let i = 1; i < column.length; i++) {
    if (column[i].page !== column[i - 1].page) continue;
    const gap = Math.round((column[i - 1].y - column[i].y) * 2) / 2;
    if (gap > 0) gaps.set(gap, (gaps.get(gap) ?? 0) + 1);
  }
  // The median gap: OCR'd baselines scatter by a point or two, so there is no one mode.
  const sorted = [...gaps.entries()].sort((a, b) => a[0] - b[0]);
  const total = sorted.reduce((n, [, c]) => n + c, 0);
  let seen = 0;
  for (const [gap, count] of sorted) {
    seen += count;
    if (seen * 2 >= total) return gap;
  }
  return body.size * 1.2;
}

/** A note's lines joined as the text importer joins wrapped lines, as one paragraph. */
function noteBlock(note: FootNoteText, line: number): FootnoteDefBlock {
  let text = '';
  for (const raw of note.lines) {
    const line = cleanText(raw);
    if (!line) continue;
    if (text === '') text = line;
    else if (/(:\/\/|www\.|\/)\S*[-/]$/.test(text)) text += line; // an address goes on
    else if (/\p{L}-$/u.test(text) && /^\p{Ll}/u.test(line)) text = text.slice(0, -1) + line;
    else if (/-$/.test(text)) text += line;
    else text += ' ' + line;
  }
  return { kind: 'footnoteDef', label: note.label, line, content: [{ type: 'paragraph', content: [{ type: 'text', text }] }], mark: 'superscript' };
}
