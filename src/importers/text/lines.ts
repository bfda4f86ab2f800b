/**
 * Stage 1, lines and pages. In: the source text. Out: its lines (TextLine) with 'page' at each
 * form feed; ligatures written as letters, soft hyphens and odd spaces normalised, footers
 * glued to the text cut onto lines of their own, and the side column of -layout text split
 * off as lines of its own (columns.ts).
 */
import type { Diagnostic } from '../../model/diagnostics';
import { splitColumns } from './columns';
import { isPageFooter, splitGluedFooters } from './furniture';
import type { TextLine } from './navigate';
import { isRunOn, splitRunOn } from './run-on';

const LIGATURES: Record<string, string> = { 'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st' };

/**
 * One line's characters as the stages read them: ligatures as letters (each told to
 * `onLigature`), soft hyphens out, hyphen and non-breaking hyphen as "-" (kamerbrief's own
 * PDFs drew one inside words), every kind of space as one space. Also the PDF front end's.
 */
export function cleanLine(t: string, onLigature?: () => void): string {
  return t
    .replace(/[ﬀﬁﬂﬃﬄﬅﬆ]/g, (c) => {
      onLigature?.();
      return LIGATURES[c];
    })
    .replace(/\u00AD/g, '')
    .replace(/[\u2010\u2011]/g, '-')
    .replace(/[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+/g, ' ')
    .trim();
}

export function readLines(source: string, diagnostics: Diagnostic[]): (TextLine | 'page')[] {
  const out: (TextLine | 'page')[] = [];
  let page = 1;
  let ligatures = 0;
  const rawLines = source.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  // A text that lost its line breaks: each of its lines is a page, cut into lines (run-on.ts).
  const runOn = isRunOn(rawLines);
  if (runOn) diagnostics.push({ severity: 'info', line: 1, message: 'the text has lost its line breaks: its lines are read as pages, cut at labels, headers and sentence ends' });
  let pageHasText = false;
  rawLines.forEach((raw, i) => {
      const parts = raw.split('\f');
      parts.forEach((part, k) => {
        if (k > 0 || (runOn && pageHasText && part.trim())) {
          page++;
          out.push('page');
          pageHasText = false;
        }
        if (part.trim()) pageHasText = true;
        const columns = runOn ? { body: part } : splitColumns(part);
        const clean = (t: string) =>
          cleanLine(t, () => {
            ligatures++;
          });
        const text = clean(columns.body);
        // Run-on text is cut again after the footers came out: a label may follow one ("… Aanhangsel 1Antwoord 3 …").
        const pieces = runOn ? splitRunOn(text).flatMap(splitGluedFooters).flatMap(splitRunOn) : splitGluedFooters(text);
        if (pieces.length > 1) diagnostics.push({ severity: 'info', line: i + 1, message: `footer glued to the text cut out: "${pieces.join('" | "')}"` });
        for (const piece of pieces.length ? pieces : ['']) {
          out.push({ text: piece, line: i + 1, page });
          // Each cut line a paragraph of its own: a sentence ends its paragraph here.
          if (runOn) out.push({ text: '', line: i + 1, page });
        }
        if (columns.side !== undefined) {
          diagnostics.push({ severity: 'info', line: i + 1, message: `side column "${clean(columns.side)}" set apart from the text beside it` });
          out.push({ text: clean(columns.side), line: i + 1, page, side: true });
        }
      });
    });
  if (ligatures) diagnostics.push({ severity: 'info', line: 1, message: `${ligatures} ligature${ligatures === 1 ? '' : 's'} (ﬁ, ﬂ, …) written as letters` });
  return page > 1 ? out : pagesAtFooters(out, diagnostics);
}

/**
 * Text without form feeds (an extractor or a copy dropped them): where a publication footer
 * ("Tweede Kamer, vergaderjaar 2023–2024, Aanhangsel") recurs, each one ends a page, with the
 * lone page number under it; the page structure the footnote and furniture stages read comes
 * back. A footer printed once (the ISSN block of page 1) ends no page.
 */
function pagesAtFooters(lines: (TextLine | 'page')[], diagnostics: Diagnostic[]): (TextLine | 'page')[] {
  const key = (t: string) => t.replace(/\d+/g, '#');
  const counts = new Map<string, number>();
  for (const l of lines) if (l !== 'page' && isPageFooter(l.text)) counts.set(key(l.text), (counts.get(key(l.text)) ?? 0) + 1);
  if (![...counts.values()].some((n) => n >= 2)) return lines;
  const out: (TextLine | 'page')[] = [];
  let page = 1;
  let breaks = 0;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i] as TextLine;
    out.push(page === l.page ? l : { ...l, page });
    if (!isPageFooter(l.text) || (counts.get(key(l.text)) ?? 0) < 2) continue;
    // The page number under the footer, blank lines between, stays on its page.
    let j = i + 1;
    while (j < lines.length && (lines[j] as TextLine).text === '') j++;
    if (j < lines.length && /^\d{1,3}$/.test((lines[j] as TextLine).text)) {
      for (let k = i + 1; k <= j; k++) out.push({ ...(lines[k] as TextLine), page });
      i = j;
    }
    if (i + 1 < lines.length) {
      out.push('page');
      page++;
      breaks++;
    }
  }
  diagnostics.push({ severity: 'info', line: 1, message: `no form feeds: ${breaks} page break${breaks === 1 ? '' : 's'} read from the publication footers that end the pages` });
  return out;
}
