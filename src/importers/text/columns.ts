/**
 * Columns. In and out: lines and pages. splitColumns parts a -layout line into body and side
 * column (used while reading lines); the two stages put side-column text back where the
 * letterhead reader looks for it: a value that reading across the page took from its label,
 * and a page-1 side column that OCR gave after the body.
 */
import type { Diagnostic } from '../../model/diagnostics';
import { SENTENCE_END, SIDE_COLUMN_LABELS } from '../recognise/patterns';
import { MINISTRY, POSTBUS, POSTCODE, STREET, UNIT, WEBSITE } from '../recognise/letterhead';
import type { TextLine } from './navigate';

/** Where the side column starts in -layout text: a gap of three or more spaces, then text from this column on. */
const SIDE_COLUMN_FROM = 40;

/** Splits a -layout line into its body part and its side-column part. */
export function splitColumns(raw: string): { body: string; side?: string } {
  const m = /^(.*?\S)? {3,}(\S.*)$/.exec(raw.replace(/\t/g, '    '));
  if (!m) return { body: raw };
  const sideStart = raw.replace(/\t/g, '    ').length - m[2].length;
  if (sideStart < SIDE_COLUMN_FROM) return { body: raw };
  return { body: m[1] ?? '', side: m[2] };
}

/** A side-column label or field line: "Onze referentie", "Datum 18 juni 2026", "Betreft …". */
export function isFieldLine(text: string): boolean {
  return SIDE_COLUMN_LABELS.some((e) => e.label.test(text)) || /^(?:retouradres|datum|betreft|onderwerp|onze referentie|ons kenmerk)\b/i.test(text);
}

/**
 * Reading the page across (pdftotext without -layout) can take a side-column value away from
 * its label: page 1 prints "Onze referentie" with no value under it, and "7562802" stands
 * alone further down the page, after the body. Where the running heads of later pages print
 * the same label with one value right under it, and that value stands alone on page 1, it is
 * put back under its label. Nothing is taken from the running heads that page 1 does not print.
 */
export function sideValuesFromRunningHeads(lines: (TextLine | 'page')[], diagnostics: Diagnostic[]): (TextLine | 'page')[] {
  const out = [...lines];
  const firstPageEnd = out.indexOf('page');
  if (firstPageEnd < 0) return out;
  /** The next text line in the same column (body or side). */
  const below = (i: number): number => {
    const side = (out[i] as TextLine).side;
    for (let j = i + 1; j < out.length; j++) {
      const l = out[j];
      if (l === 'page') return -1;
      if (l.text && l.side === side) return j;
    }
    return -1;
  };
  for (let i = 0; i < firstPageEnd; i++) {
    const label = out[i] as TextLine;
    if (!SIDE_COLUMN_LABELS.some((e) => e.label.test(label.text))) continue;
    const next = below(i);
    if (next >= 0 && !isFieldLine((out[next] as TextLine).text)) continue; // it has its value
    const values = new Set<string>();
    let heads = 0;
    for (let j = firstPageEnd; j < out.length; j++) {
      const l = out[j];
      if (l === 'page' || l.text !== label.text) continue;
      heads++;
      const v = below(j);
      if (v >= 0) values.add((out[v] as TextLine).text);
    }
    // Printed so on two later pages, or on the one later page of a letter of two pages.
    const laterPages = out.filter((l) => l === 'page').length;
    if (heads < Math.min(2, laterPages) || values.size !== 1) continue;
    const [value] = values;
    const at = out.findIndex((l, k) => k > i && k < firstPageEnd && l !== 'page' && l.text === value);
    if (at < 0) continue;
    const found = out[at] as TextLine;
    out[at] = { ...found, text: '' };
    out.splice(i + 1, 0, { ...found, side: label.side });
    diagnostics.push({
      severity: 'info',
      line: found.line,
      message: `"${value}" put back under "${label.text}" (line ${label.line}): the running heads of later pages print it there`,
    });
  }
  return out;
}

/** The first line of running prose: more than twelve words, not a letterhead field. */
function firstProseLine(lines: (TextLine | 'page')[]): number {
  return lines.findIndex((l) => l !== 'page' && l.text.split(' ').length > 12 && !/^(?:datum|betreft|onderwerp|aan)\b/i.test(l.text));
}

/**
 * OCR reads a page in blocks and may give page 1's side column (sender units, addresses,
 * website, "Onze referentie" with its value) after the body, at the foot of the page. Such a
 * run of letterhead lines ending page 1 is moved up into the letterhead, before its first
 * field ("Datum …"), where the letterhead reader looks for it.
 */
export function sideColumnAfterBody(lines: (TextLine | 'page')[], diagnostics: Diagnostic[]): (TextLine | 'page')[] {
  const end = lines.includes('page') ? lines.indexOf('page') : lines.length;
  const prose = firstProseLine(lines);
  if (prose < 0 || prose > end) return lines;
  const laterPages = new Set(lines.slice(end).flatMap((l) => (l === 'page' ? [] : [l.text])));
  const letterheadLike = (k: number): boolean => {
    const t = (lines[k] as TextLine).text;
    if ([POSTCODE, POSTBUS, STREET, WEBSITE, UNIT, MINISTRY].some((re) => re.test(t)) || SIDE_COLUMN_LABELS.some((e) => e.label.test(t))) return true;
    // A running head of later pages (a unit's name), or the value under a label.
    const above = lines.slice(0, k).reverse().find((l): l is TextLine => l !== 'page' && l.text !== '');
    return (laterPages.has(t) && t.split(' ').length <= 6 && !SENTENCE_END.test(t)) || (!!above && SIDE_COLUMN_LABELS.some((e) => e.label.test(above.text)) && /^\S{1,30}$/.test(t));
  };
  const run: number[] = [];
  for (let k = end - 1; k > prose; k--) {
    const l = lines[k] as TextLine;
    if (!l.text) continue;
    if (l.side || !letterheadLike(k)) break;
    run.unshift(k);
  }
  const texts = run.map((k) => (lines[k] as TextLine).text);
  // What only a side column holds: a labelled field ("Onze referentie") or the sender's unit;
  // an address alone may be text of the letter. And the letterhead above has no sender yet.
  const sideColumn = texts.some((t) => SIDE_COLUMN_LABELS.some((e) => e.label.test(t)) || UNIT.test(t) || MINISTRY.test(t));
  const senderAbove = lines.slice(0, prose).filter((l) => l !== 'page' && POSTCODE.test(l.text)).length >= 2;
  if (run.length < 3 || !sideColumn || senderAbove) return lines;
  const field = lines.findIndex((l, k) => k < prose && l !== 'page' && isFieldLine(l.text) && !/^retouradres\b/i.test(l.text));
  const at = field >= 0 ? field : prose;
  const moved = run.map((k) => lines[k] as TextLine);
  const blank = (l: TextLine): TextLine => ({ ...l, text: '' });
  const out = lines.map((l, k) => (run.includes(k) ? blank(l as TextLine) : l));
  out.splice(at, 0, blank(moved[0]), ...moved, blank(moved[moved.length - 1]));
  diagnostics.push({
    severity: 'info',
    line: moved[0].line,
    message: `side column of page 1 found after the body (lines ${moved[0].line}-${moved[moved.length - 1].line}, "${texts[0]}" … "${texts[texts.length - 1]}") moved into the letterhead`,
  });
  return out;
}

/**
 * In -layout text the side column of page 1 stands beside the letterhead, and may hold a
 * sentence (an instruction to the reader) above the line where the body's letterhead fields
 * start ("Datum …", "Betreft …"); the letterhead reader stops at the first sentence, and would
 * lose the fields under it. A run of side-column lines (on consecutive input lines) that ends a
 * sentence and stands above the first body field of page 1 is moved below the block of those
 * fields, where reading without -layout gives it.
 */
export function sideSentencesBelowFields(lines: (TextLine | 'page')[], diagnostics: Diagnostic[]): (TextLine | 'page')[] {
  const end = lines.includes('page') ? lines.indexOf('page') : lines.length;
  const isBody = (l: TextLine | 'page'): boolean => l !== 'page' && !l.side && l.text !== '';
  const field = lines.findIndex((l, k) => k < end && isBody(l) && /^(?:datum|betreft|onderwerp)\s+\S/i.test((l as TextLine).text));
  if (field < 0) return lines;
  // The side run right above the field: side lines on consecutive input lines, blank body lines between.
  const run: number[] = [];
  for (let k = field - 1; k >= 0; k--) {
    const l = lines[k] as TextLine;
    if (isBody(l)) break;
    if (!l.side) continue;
    if (run.length > 0 && (lines[run[0]] as TextLine).line - l.line > 1) break;
    run.unshift(k);
  }
  if (run.length === 0) return lines;
  const texts = run.map((k) => (lines[k] as TextLine).text);
  if (!SENTENCE_END.test(texts[texts.length - 1]) || texts.some((t) => isFieldLine(t))) return lines;
  // The fields' block: body lines on consecutive input lines from the field on.
  let after = field;
  while (after + 1 < end && lines[after + 1] !== 'page' && (lines[after + 1] as TextLine).line - (lines[after] as TextLine).line <= 1 && (lines[after + 1] as TextLine).text !== '') after++;
  const moved = run.map((k) => lines[k] as TextLine);
  const blank = (l: TextLine): TextLine => ({ ...l, text: '', side: undefined });
  const out = lines.flatMap((l, k) => (run.includes(k) ? [] : k === after ? [l, blank(moved[0]), ...moved, blank(moved[moved.length - 1])] : [l]));
  diagnostics.push({
    severity: 'info',
    line: moved[0].line,
    message: `side column "${texts[0]}" … "${texts[texts.length - 1]}" (lines ${moved[0].line}-${moved[moved.length - 1].line}) read after the letterhead fields beside it`,
  });
  return out;
}
