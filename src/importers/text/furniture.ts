/**
 * Furniture. In and out: lines and pages. Footers, page numbers and running heads are
 * blanked (the line stays, as the paragraph break it stood for), each with a diagnostic; a lone
 * number at a page foot that is its note's number is kept. Also the footer and page-number
 * patterns other stages ask about.
 */
import { parseDutchDate } from '../../model/dates';
import type { Diagnostic } from '../../model/diagnostics';
import { parseLabel } from '../recognise/labels';
import { PAGE_FURNITURE, PUBLICATION_HEADER, SENTENCE_END, SIDE_COLUMN_LABELS } from '../recognise/patterns';
import { LONE_LABEL } from './lists';
import { type TextLine, nearPageEdge, nextLine, pageEnd, pageStart } from './navigate';
import { endsLikeReference, hasMarkOn, spacedMark } from './note-marks';

/** Footers of Aanhangsel and Kamerstuk publications, wherever they stand. */
const FOOTERS: readonly RegExp[] = [
  /^ah-[te]k-\d{8}-\d+$/i,
  /^kst-\d+-\d+$/i,
  /^ISSN\s*\d{4}\s*-\s*\d{3}[\dX]$/i,
  /^['’]?s[- ]Gravenhage\s+\d{4}$/i,
  /^\d{6}[A-Z]$/,
  /^sdu uitgeverij\b.{0,3}$/i,
  /^(?:tweede|eerste) kamer, vergaderjaar \d{4}\s*[–-]\s*\d{4}, (?:aanhangsel|\d[\d ]*, nr\. \d+)(?:\s+\d{1,3})?$/i,
  /^(?:tweede|eerste) kamer, vergaderjaar \d{4}\s*[–-]\s*\d{4}, \d[\d ]*, nr\. \d+ \d+$/i,
];

/**
 * Footers that PDF text glues to the text around them ("ISSN 0921 - 7398’s-Gravenhage
 * 2023Tweede Kamer, vergaderjaar 2022–2023, Aanhangsel 1Antwoord 3"): each is cut out onto
 * a line of its own, with the page number that follows it.
 */
const GLUED_FOOTER = /ISSN\s*\d{4}\s*-\s*\d{3}[\dX]|['’]s-Gravenhage\s+\d{4}|(?:Tweede|Eerste) Kamer, vergaderjaar \d{4}\s*[–-]\s*\d{4}, Aanhangsel(?: \d{1,3}(?!\d))?|ah-tk-\d{8}-\d+/g;

export function splitGluedFooters(text: string): string[] {
  if (!GLUED_FOOTER.test(text)) return [text];
  GLUED_FOOTER.lastIndex = 0;
  const pieces: string[] = [];
  let last = 0;
  for (const m of text.matchAll(GLUED_FOOTER)) {
    if (m.index! > last) pieces.push(text.slice(last, m.index));
    pieces.push(m[0]);
    last = m.index! + m[0].length;
  }
  if (last < text.length) pieces.push(text.slice(last));
  return pieces.map((p) => p.trim()).filter(Boolean);
}

/** Page numbers in the glued forms PDF text gives them: "1Pagina1van2", "Pagina 2 van 5". */
const GLUED_PAGE_NUMBER = /^\d{0,3}\s*pagina\s*\d+\s*van\s*\d+\s*$/i;

/** A footer that stands at the foot of every page: "Tweede Kamer, vergaderjaar …, Aanhangsel", "…, 36 450, nr. 6". */
export function isPageFooter(text: string): boolean {
  return /^(?:tweede|eerste) kamer, vergaderjaar /i.test(text) && isFooter(text);
}

export function isFooter(text: string): boolean {
  return FOOTERS.some((re) => re.test(text)) || isWordedPageNumber(text);
}

/**
 * A footer or a page number in the run of lines around line i, as far as the first blank
 * line beyond the next (at most eight lines each way): where a running head stands in text
 * without form feeds, with the page number of the page it heads.
 */
function besideFurniture(lines: (TextLine | 'page')[], i: number, isFurniture: (k: number) => boolean): boolean {
  for (const step of [-1, 1]) {
    let blanks = 0;
    for (let k = i + step, n = 0; k >= 0 && k < lines.length && n < 8; k += step, n++) {
      const l = lines[k];
      if (l === 'page') break;
      if (!l.text) {
        if (++blanks > 1) break;
        continue;
      }
      if (isFurniture(k)) return true;
    }
  }
  return false;
}

/** A page number in a form no other line takes: "Pagina 2 van 5", "1Pagina1van2", "- 3 -" (not a bare "3"). */
function isWordedPageNumber(text: string): boolean {
  return GLUED_PAGE_NUMBER.test(text) || PAGE_FURNITURE.slice(0, 2).some((re) => re.test(text));
}

/**
 * Drops footers and page numbers, and lines that recur page after page (running heads:
 * the side column of a ministry letter, "Datum" with its date). A lone number is a page
 * number when it is the last (or first) text of a page; elsewhere it may be a footnote's
 * or a question's number and is kept.
 */
export function dropFurniture(lines: (TextLine | 'page')[], diagnostics: Diagnostic[]): (TextLine | 'page')[] {
  // Where on how many pages (or, without form feeds, how often) each line stands. A line
  // repeated word for word is a running head; one that differs only in its numbers
  // ("Pagina 3 van 7") only when it stands at the top or foot of its pages, since body
  // lines such as footnotes "Verordening (EU) 2024/1347" differ only in numbers too.
  const pages = new Set(lines.filter((l): l is TextLine => l !== 'page').map((l) => l.page)).size;
  const counts = new Map<string, Set<number>>();
  lines.forEach((l, i) => {
    if (l === 'page' || !l.text) return;
    const keys = [l.text];
    if (pages > 1 && nearPageEdge(lines, i)) keys.push(`#:${l.text.replace(/\d+/g, '#')}`);
    for (const key of keys) {
      if (!counts.has(key)) counts.set(key, new Set());
      counts.get(key)!.add(pages > 1 ? l.page : i);
    }
  });
  const timesSeen = (text: string, i: number) =>
    Math.max(counts.get(text)?.size ?? 0, pages > 1 && nearPageEdge(lines, i) ? (counts.get(`#:${text.replace(/\d+/g, '#')}`)?.size ?? 0) : 0);
  // The first occurrence in the letterhead (the lines above the first line of running
  // prose) is the letterhead itself, not a repeat.
  const firstSeen = new Set<string>();
  const firstProse = lines.findIndex(
    (l) => l !== 'page' && l.text.split(' ').length > 12 && !/^(?:datum|betreft|onderwerp|aan)\b/i.test(l.text),
  );
  // Without form feeds a repeat alone proves nothing: a letter may say "Zie de bijlage" under
  // three answers, a flattened table "ja" in many cells. There a running head must show itself
  // as one: a line of the letterhead repeated (its sender, "Datum", the date, "Ons kenmerk",
  // the reference), or one among page furniture (beside "Pagina 2 van 5", a footer, a page number).
  // The letterhead as one text: pdftotext may run its columns together ("Directoraat-Generaal
  // Migratie Bureau Internationale Migratie Turfmarkt"), the running head not.
  // The running head may also glue a label to its value ("Ons kenmerk4975504"): compared
  // without spaces too, where long enough not to match by chance.
  const letterheadText = ` ${lines.slice(0, Math.max(0, firstProse)).flatMap((l) => (l === 'page' ? [] : [l.text])).join(' ')} `;
  const letterheadCompact = letterheadText.replace(/\s+/g, '');
  const inLetterhead = (text: string) => {
    const compact = text.replace(/\s+/g, '');
    return (text.length >= 4 && letterheadText.includes(` ${text} `)) || (compact.length >= 12 && letterheadCompact.includes(compact));
  };
  // Each line is asked once whether it is a footer or a page number, however many repeats look round it.
  const furniture: (boolean | undefined)[] = [];
  const isFurniture = (k: number) => (furniture[k] ??= (lines[k] as TextLine).text !== '' && (isFooter((lines[k] as TextLine).text) || /^\d{1,3}$/.test((lines[k] as TextLine).text)));
  const showsAsRunningHead = (text: string, i: number) => inLetterhead(text) || besideFurniture(lines, i, isFurniture);
  const repeated = (text: string, i: number) => timesSeen(text, i) >= (pages >= 3 ? 3 : 2) && (pages > 1 || showsAsRunningHead(text, i));
  // A note may cite a paper in the words of a footer ("Tweede Kamer, vergaderjaar 2022–2023,
  // 36 200, nr. 5"): where the letter's own footer recurs, such a line that says otherwise
  // (and stands under a note number) is that note's text, not a footer.
  const paperOf = (text: string) => (isPageFooter(text) ? text.replace(/\s+\d{1,3}$/, '') : undefined);
  const papers = new Map<string, number>();
  for (const l of lines) if (l !== 'page' && paperOf(l.text)) papers.set(paperOf(l.text)!, (papers.get(paperOf(l.text)!) ?? 0) + 1);
  const ownPaper = [...papers].sort((a, b) => b[1] - a[1])[0];
  const citesAnotherPaper = (text: string, i: number) => {
    const paper = paperOf(text);
    if (!paper || !ownPaper || ownPaper[1] < 2 || paper === ownPaper[0] || papers.get(paper)! > 1) return false;
    let k = i - 1;
    while (k >= 0 && lines[k] !== 'page' && (lines[k] as TextLine).text === '') k--;
    return k >= 0 && lines[k] !== 'page' && /^\d{1,3}$/.test((lines[k] as TextLine).text);
  };
  const out: (TextLine | 'page')[] = [];
  const headRepeats = letterheadRepeatedOnTop(lines, firstProse);
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    if (l === 'page' || !l.text) {
      out.push(l);
      continue;
    }
    const key = l.text.replace(/\d+/g, '#');
    const letterhead = l.page === 1 && (firstProse < 0 || i < firstProse) && !firstSeen.has(key);
    firstSeen.add(key);
    let reason: string | undefined;
    if (isFooter(l.text) && !citesAnotherPaper(l.text, i)) reason = 'footer or page number';
    else if (/^\d{1,3}$/.test(l.text) && (atPageEdge(lines, i, 1) || atPageEdge(lines, i, -1))) {
      const mark = numberUnderItsNote(lines, i);
      if (mark) {
        diagnostics.push({
          severity: 'info',
          line: l.line,
          message: `"${l.text}" at the foot of the page kept as the number of the note above it, not a page number: the page prints its number otherwise, and the mark stands on line ${mark.line}`,
        });
        out.push(l);
        continue;
      }
      reason = 'page number';
    }
    else if (
      !letterhead &&
      repeated(l.text, i) &&
      l.text.split(' ').length <= 6 &&
      !SENTENCE_END.test(l.text) &&
      !parseLabel(l.text) &&
      !/^\d{1,3}\)?$/.test(l.text) &&
      !LONE_LABEL.test(l.text) && // list labels on lines of their own ("•", "a.") recur as labels do
      !/^(?:antwoord|vraag)/i.test(l.text)
    ) {
      reason = `running head, ${timesSeen(l.text, i)} times`;
    }
    else if (headRepeats.has(i)) reason = `running head of page ${l.page}: ${headRepeats.get(i)}`;
    // The publication's head repeated at the top of a later page ("Zitting 1971", "Aanhangsel
    // tot het Verslag …"), as the Handelingen print it.
    else if (l.page > 1 && PUBLICATION_HEADER.some((re) => re.test(l.text)) && atPageTop(lines, i)) reason = `page head of page ${l.page}`;
    if (reason) {
      diagnostics.push({ severity: 'info', line: l.line, message: `"${l.text}" dropped (${reason})` });
      out.push({ ...l, text: '' }); // keeps the paragraph break it stood for
      continue;
    }
    out.push(l);
  }
  return out;
}

/**
 * The running head of a page after the first that repeats what page 1's letterhead said: its
 * sender lines, the letter's date and reference, and the labels of those (Datum, Onze
 * referentie, Ons kenmerk). A letter of two pages prints it once, so repetition alone does
 * not show it. Read from the top of each later page down to the first line that is not such
 * a repeat; taken only when that run holds the date or the reference (a label counts only
 * with its value under it), or a page number in words. Returns line index -> what it repeats.
 */
function letterheadRepeatedOnTop(lines: (TextLine | 'page')[], firstProse: number): Map<number, string> {
  const found = new Map<number, string>();
  const firstBreak = lines.indexOf('page');
  if (firstBreak < 0) return found;
  // The letterhead: page 1 down to its first running prose, sentence or label; and the side
  // column beside the body (pdftotext -layout).
  let bodyStart = 0;
  while (bodyStart < firstBreak && bodyStart !== firstProse) {
    const t = (lines[bodyStart] as TextLine).text;
    if (SENTENCE_END.test(t) || parseLabel(t)) break;
    bodyStart++;
  }
  const head = new Set<string>();
  const values = new Map<string, string>(); // value as printed -> its label
  const dates = new Set<string>();
  const labelOf = (t: string) => SIDE_COLUMN_LABELS.find((e) => e.label.test(t));
  const textLines = lines.slice(0, firstBreak).filter((l): l is TextLine => l !== 'page' && l.text !== '');
  textLines.forEach((l, k) => {
    if ((l.side || l.line < ((lines[bodyStart] as TextLine | undefined)?.line ?? Infinity)) && !SENTENCE_END.test(l.text) && l.text.split(' ').length <= 8 && !parseLabel(l.text)) head.add(l.text);
    const inline = /^(datum|onze referentie|ons kenmerk|kenmerk)\s+(\S.*)$/i.exec(l.text);
    const label = labelOf(l.text);
    // A label's value is the next line; where pdftotext read the side column across the
    // recipient's lines, one of the next three (the running head prints label and value together).
    const following = label && (label.field === 'date' || label.field === 'reference') ? textLines.slice(k + 1, k + 4).map((n) => n.text) : [];
    for (const value of inline ? [inline[2]] : following.filter((t) => !labelOf(t))) {
      if (!values.has(value)) values.set(value, inline ? inline[1] : l.text);
      const iso = parseDutchDate(value);
      if (iso) dates.add(iso);
    }
  });
  if (values.size === 0) return found;
  const isValue = (t: string) => values.has(t) || (/^\d{1,2}\s+\p{L}+\s+\d{4}$/u.test(t) && dates.has(parseDutchDate(t) ?? ''));
  for (let start = firstBreak + 1; start < lines.length; start = pageEnd(lines, start) + 1) {
    const run = new Map<number, string>();
    let evidence = false;
    for (let j = start; j < lines.length && lines[j] !== 'page'; j++) {
      const t = (lines[j] as TextLine).text;
      if (!t) continue;
      if (isWordedPageNumber(t)) {
        evidence = true;
        continue;
      }
      if (isFooter(t)) continue;
      const label = labelOf(t);
      if (isValue(t)) {
        run.set(j, `the ${values.get(t) ?? 'Datum'} of page 1`);
        evidence = true;
      } else if (label && (label.field === 'date' || label.field === 'reference' || head.has(t)) && isValue(nextLine(lines, j))) {
        run.set(j, 'a label of page 1\'s side column');
      } else if (head.has(t) && !label) {
        run.set(j, 'a line of page 1\'s letterhead');
      } else break;
    }
    if (evidence) for (const [j, why] of run) found.set(j, why);
  }
  return found;
}

/** True when line i is among the first four text lines of its page. */
function atPageTop(lines: (TextLine | 'page')[], i: number): boolean {
  let above = 0;
  for (let j = i - 1; j >= 0 && lines[j] !== 'page'; j--) if ((lines[j] as TextLine).text && ++above >= 4) return false;
  return true;
}

/** True when only blank lines stand between line i and the page's start or end. */
export function atPageEdge(lines: (TextLine | 'page')[], i: number, step: 1 | -1): boolean {
  for (let j = i + step; j >= 0 && j < lines.length; j += step) {
    const l = lines[j];
    if (l === 'page') return true;
    if (l.text !== '' && !isFooter(l.text) && !PUBLICATION_HEADER.some((re) => re.test(l.text))) return false;
  }
  return true;
}

/**
 * A note whose number stands under its text at the foot of a page (as pdftotext reads a Word
 * note whose raised number sits lower in the stream than its text): "Kamerstuk 25424, nr. 670
 * (…)." then "1". The lone number at line i is that note's number, not a page number, when
 * - the block right above it, set apart by a blank line, reads like a note (a capital first,
 *   a reference's end last, no label);
 * - the page prints its page number in another form ("Pagina 5 van 4");
 * - the number stands as a mark in the text above on the same page ("justitie.1", "justitie. 1").
 * Returns the line of the mark.
 */
function numberUnderItsNote(lines: (TextLine | 'page')[], i: number): TextLine | undefined {
  const n = (lines[i] as TextLine).text;
  let top = i;
  while (top > 0 && lines[top - 1] !== 'page' && (lines[top - 1] as TextLine).text) top--;
  if (top === i || top === 0 || lines[top - 1] === 'page') return undefined;
  const note = lines.slice(top, i) as TextLine[];
  if (!/^\p{Lu}/u.test(note[0].text) || !endsLikeReference(note[note.length - 1].text) || note.some((l) => parseLabel(l.text))) return undefined;
  const start = pageStart(lines, top);
  const page = lines.slice(start, pageEnd(lines, i)) as TextLine[];
  if (!page.some((l) => isWordedPageNumber(l.text))) return undefined;
  return page.slice(0, top - start).find((l) => !l.side && (hasMarkOn(l.text, n) || spacedMark(n).test(l.text)));
}
