/**
 * Plain-text importer: pdftotext output (with or without -layout), OCR, HTML stripped to
 * text. Its front end rebuilds what the text lost: paragraphs from hard-wrapped lines,
 * words from end-of-line hyphenation, pages from form feeds; it drops page furniture
 * that stands on lines of its own, takes footnote texts from the page bottoms, and then
 * hands the blocks to the structure recogniser that the Markdown importer uses too.
 * Every change to the text is a diagnostic with its line.
 */
import { DUTCH_MONTHS, parseDutchDate } from '../model/dates';
import type { Diagnostic } from '../model/diagnostics';
import type { Block, Inline, List } from '../model/types';
import type { ParagraphBlock, SourceBlock } from './recognise/blocks';
import { leadingLabel, listStyleFromStart } from './recognise/lists';
import { labelFor, questionLabel } from '../model/labels';
import { parseLabel, parseNumberList } from './recognise/labels';
import { PAGE_FURNITURE, PLAIN_NOTE_MARK, PUBLICATION_HEADER, QA_TITLE, SENTENCE_END, SIDE_COLUMN_LABELS, SIGNATURE_ROLE } from './recognise/patterns';
import { MINISTRY, POSTBUS, POSTCODE, STREET, UNIT, WEBSITE } from './recognise/letterhead';
import { recognise } from './recognise/recognise';
import type { ImportResult } from './result';

export const MAX_TEXT_CHARS = 32 * 1024 * 1024;

interface Line {
  text: string;
  /** 1-based line in the input. */
  line: number;
  page: number;
  /** Text that stood in the side column, right of the body (pdftotext -layout). */
  side?: boolean;
}

/** Where the side column starts in -layout text: a gap of three or more spaces, then text from this column on. */
const SIDE_COLUMN_FROM = 40;

/** Splits a -layout line into its body part and its side-column part. */
function splitColumns(raw: string): { body: string; side?: string } {
  const m = /^(.*?\S)? {3,}(\S.*)$/.exec(raw.replace(/\t/g, '    '));
  if (!m) return { body: raw };
  const sideStart = raw.replace(/\t/g, '    ').length - m[2].length;
  if (sideStart < SIDE_COLUMN_FROM) return { body: raw };
  return { body: m[1] ?? '', side: m[2] };
}

const LIGATURES: Record<string, string> = { 'ﬀ': 'ff', 'ﬁ': 'fi', 'ﬂ': 'fl', 'ﬃ': 'ffi', 'ﬄ': 'ffl', 'ﬅ': 'st', 'ﬆ': 'st' };

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

function splitGluedFooters(text: string): string[] {
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

export function importText(source: string): ImportResult {
  if (source.length > MAX_TEXT_CHARS) {
    return { diagnostics: [{ severity: 'error', message: `the file is too large (${source.length} characters; at most ${MAX_TEXT_CHARS})` }] };
  }
  if (source.trim() === '') return { diagnostics: [{ severity: 'error', line: 1, message: 'the file is empty; expected the text of a letter' }] };
  const diagnostics: Diagnostic[] = [];
  const lines = readLines(source, diagnostics);
  const letters = (source.match(/\p{L}/gu) ?? []).length;
  if (letters < source.replace(/\s/g, '').length * 0.5) {
    return { diagnostics: [{ severity: 'error', line: 1, message: 'this does not read as text: fewer than half of its characters are letters' }] };
  }
  // Margin numbers first: one at the top of a page would otherwise be taken for a page number.
  const body = liftLoneMarks(
    dropFurniture(sideValuesFromRunningHeads(sideColumnAfterBody(marginNumbers(lines, diagnostics), diagnostics), diagnostics), diagnostics),
    diagnostics,
  );
  const { rest, defs } = takeFootnotes(ocrFootnoteMarks(ocrConfusions(body, diagnostics), diagnostics), diagnostics);
  const blocks = [...paragraphs(joinLoneListLabels(pairStackedListLabels(joinDividedWords(rest, diagnostics), diagnostics), diagnostics), diagnostics), ...defs];
  const result = recognise(blocks);
  return { letter: result.letter, diagnostics: [...diagnostics, ...result.diagnostics].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)), lines: result.lines };
}

/* ---------- words divided inside a line ---------- */

/**
 * Words an OCR service joined back into one line with their division hyphen left in
 * ("spoorwegver-binding", "in-ternationale", "Zuid-Neder-land"). A hyphen between two pieces
 * of letters, the second in lower case, is taken out only when the letter writes the whole
 * word elsewhere without one: a word is never made up, and a hyphen the letter always
 * writes ("auto-ongeluk", "Maastricht-Luik") stays.
 */
function joinDividedWords(lines: (Line | 'page')[], diagnostics: Diagnostic[]): (Line | 'page')[] {
  // The whole words the divided ones would make; most letters have none, and then the text
  // is not read again.
  const wanted = new Set<string>();
  for (const l of lines) {
    if (l === 'page' || !l.text.includes('-')) continue;
    for (const token of dividedWords(l.text)) {
      const parts = token.split('-');
      for (let k = 1; k < parts.length; k++) if (!keepsHyphen(parts[k - 1]) && /^\p{Ll}/u.test(parts[k])) wanted.add((parts[k - 1] + parts[k]).toLowerCase());
    }
  }
  if (wanted.size === 0) return lines;
  const written = new Set<string>();
  for (const l of lines) {
    if (l === 'page') continue;
    // Words written with a hyphen somewhere in them ("veiligderde-landconcept") and addresses
    // ("(tuchtrechtbanken.nl)") are no evidence.
    for (const token of l.text.split(' ')) {
      if (token.includes('-') || ADDRESS.test(token)) continue;
      for (const w of token.match(LETTERS) ?? []) if (wanted.has(w.toLowerCase())) written.add(w.toLowerCase());
    }
  }
  if (written.size === 0) return lines;
  return lines.map((l) => {
    if (l === 'page' || !l.text.includes('-')) return l;
    let changed = false;
    const text = l.text.replace(DIVIDED_WORD, (token: string, at: number) => {
      if (inAddress(l.text, at)) return token;
      const parts = token.split('-');
      let out = parts[0];
      for (const part of parts.slice(1)) {
        const last = out.slice(out.lastIndexOf('-') + 1);
        if (!keepsHyphen(last) && /^\p{Ll}/u.test(part) && written.has((last + part).toLowerCase())) {
          diagnostics.push({ severity: 'info', line: l.line, message: `hyphen inside "${token}" taken out: the letter writes "${last + part}" elsewhere` });
          out += part;
          changed = true;
        } else out += '-' + part;
      }
      return out;
    });
    return changed ? { ...l, text } : l;
  });
}

/**
 * Dutch keeps the hyphen after an abbreviation ("EU-verband", "APS-verordening") and after
 * prefixes such as "non-" and "ex-": a letter that lost it elsewhere (pdftotext deletes
 * hyphens at line ends) is no evidence against it.
 */
function keepsHyphen(before: string): boolean {
  return before.length === 1 || /\p{Lu}/u.test(before.slice(1)) || /^\p{Lu}+$/u.test(before) || KEEPS_HYPHEN.test(`${before}-`);
}

/** The divided-looking words of a line that stand outside web and mail addresses. */
function dividedWords(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(DIVIDED_WORD)) if (!inAddress(text, m.index!)) out.push(m[0]);
  return out;
}

/** True when position `at` of a line is inside an address ("…/tuchtrecht-banken-vraagt…", "naam@…"): it is never rewritten. */
function inAddress(text: string, at: number): boolean {
  const start = text.lastIndexOf(' ', at) + 1;
  const end = text.indexOf(' ', at);
  return ADDRESS.test(text.slice(start, end < 0 ? text.length : end));
}

/** A run of letters; a token that is (part of) a web or mail address or a domain name. */
const LETTERS = /\p{L}+/gu;
const ADDRESS = /:\/\/|www\.|@|\/|\.(?:nl|com|org|eu|net|int|gov)\b/i;

/** Letters with a hyphen inside ("ver-binding"; "Zuid-Neder-land" whole), not at a line's end. */
const DIVIDED_WORD = /(?<![\p{L}-])\p{L}+(?:-\p{L}+)+(?![\p{L}-])/gu;

/* ---------- characters and lines ---------- */

function readLines(source: string, diagnostics: Diagnostic[]): (Line | 'page')[] {
  const out: (Line | 'page')[] = [];
  let page = 1;
  let ligatures = 0;
  source
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((raw, i) => {
      const parts = raw.split('\f');
      parts.forEach((part, k) => {
        if (k > 0) {
          page++;
          out.push('page');
        }
        const columns = splitColumns(part);
        const clean = (t: string) =>
          t
            .replace(/[ﬀﬁﬂﬃﬄﬅﬆ]/g, (c) => {
              ligatures++;
              return LIGATURES[c];
            })
            .replace(/\u00AD/g, '')
            // Hyphen and non-breaking hyphen (kamerbrief's own PDFs draw one inside words).
            .replace(/[\u2010\u2011]/g, '-')
            .replace(/[\s\u00A0\u2000-\u200B\u202F\u205F\u3000]+/g, ' ')
            .trim();
        const text = clean(columns.body);
        const pieces = splitGluedFooters(text);
        if (pieces.length > 1) diagnostics.push({ severity: 'info', line: i + 1, message: `footer glued to the text cut out: "${pieces.join('" | "')}"` });
        for (const piece of pieces.length ? pieces : ['']) out.push({ text: piece, line: i + 1, page });
        if (columns.side !== undefined) {
          diagnostics.push({ severity: 'info', line: i + 1, message: `side column "${clean(columns.side)}" set apart from the text beside it` });
          out.push({ text: clean(columns.side), line: i + 1, page, side: true });
        }
      });
    });
  if (ligatures) diagnostics.push({ severity: 'info', line: 1, message: `${ligatures} ligature${ligatures === 1 ? '' : 's'} (ﬁ, ﬂ, …) written as letters` });
  return out;
}

/* ---------- furniture ---------- */

function isFooter(text: string): boolean {
  return FOOTERS.some((re) => re.test(text)) || isWordedPageNumber(text);
}

/**
 * A footer or a page number in the run of lines around line i, as far as the first blank
 * line beyond the next (at most eight lines each way): where a running head stands in text
 * without form feeds, with the page number of the page it heads.
 */
function besideFurniture(lines: (Line | 'page')[], i: number, isFurniture: (k: number) => boolean): boolean {
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
function dropFurniture(lines: (Line | 'page')[], diagnostics: Diagnostic[]): (Line | 'page')[] {
  // Where on how many pages (or, without form feeds, how often) each line stands. A line
  // repeated word for word is a running head; one that differs only in its numbers
  // ("Pagina 3 van 7") only when it stands at the top or foot of its pages, since body
  // lines such as footnotes "Verordening (EU) 2024/1347" differ only in numbers too.
  const pages = new Set(lines.filter((l): l is Line => l !== 'page').map((l) => l.page)).size;
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
  const isFurniture = (k: number) => (furniture[k] ??= (lines[k] as Line).text !== '' && (isFooter((lines[k] as Line).text) || /^\d{1,3}$/.test((lines[k] as Line).text)));
  const showsAsRunningHead = (text: string, i: number) => inLetterhead(text) || besideFurniture(lines, i, isFurniture);
  const repeated = (text: string, i: number) => timesSeen(text, i) >= (pages >= 3 ? 3 : 2) && (pages > 1 || showsAsRunningHead(text, i));
  const out: (Line | 'page')[] = [];
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
    if (isFooter(l.text)) reason = 'footer or page number';
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
function letterheadRepeatedOnTop(lines: (Line | 'page')[], firstProse: number): Map<number, string> {
  const found = new Map<number, string>();
  const firstBreak = lines.indexOf('page');
  if (firstBreak < 0) return found;
  // The letterhead: page 1 down to its first running prose, sentence or label; and the side
  // column beside the body (pdftotext -layout).
  let bodyStart = 0;
  while (bodyStart < firstBreak && bodyStart !== firstProse) {
    const t = (lines[bodyStart] as Line).text;
    if (SENTENCE_END.test(t) || parseLabel(t)) break;
    bodyStart++;
  }
  const head = new Set<string>();
  const values = new Map<string, string>(); // value as printed -> its label
  const dates = new Set<string>();
  const labelOf = (t: string) => SIDE_COLUMN_LABELS.find((e) => e.label.test(t));
  const textLines = lines.slice(0, firstBreak).filter((l): l is Line => l !== 'page' && l.text !== '');
  textLines.forEach((l, k) => {
    if ((l.side || l.line < ((lines[bodyStart] as Line | undefined)?.line ?? Infinity)) && !SENTENCE_END.test(l.text) && l.text.split(' ').length <= 8 && !parseLabel(l.text)) head.add(l.text);
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
      const t = (lines[j] as Line).text;
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

/** True when line i is among the first or last six text lines of its page. */
function nearPageEdge(lines: (Line | 'page')[], i: number): boolean {
  const within = (step: 1 | -1) => {
    let n = 0;
    for (let j = i + step; j >= 0 && j < lines.length; j += step) {
      const l = lines[j];
      if (l === 'page') return true;
      if (l.text && ++n >= 6) return false;
    }
    return true;
  };
  return within(1) || within(-1);
}

/** True when only blank lines stand between line i and the page's start or end. */
function atPageEdge(lines: (Line | 'page')[], i: number, step: 1 | -1): boolean {
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
function numberUnderItsNote(lines: (Line | 'page')[], i: number): Line | undefined {
  const n = (lines[i] as Line).text;
  let top = i;
  while (top > 0 && lines[top - 1] !== 'page' && (lines[top - 1] as Line).text) top--;
  if (top === i || top === 0 || lines[top - 1] === 'page') return undefined;
  const note = lines.slice(top, i) as Line[];
  if (!/^\p{Lu}/u.test(note[0].text) || !endsLikeReference(note[note.length - 1].text) || note.some((l) => parseLabel(l.text))) return undefined;
  const start = pageStart(lines, top);
  const page = lines.slice(start, pageEnd(lines, i)) as Line[];
  if (!page.some((l) => isWordedPageNumber(l.text))) return undefined;
  return page.slice(0, top - start).find((l) => !l.side && (hasMarkOn(l.text, n) || spacedMark(n).test(l.text)));
}

/* ---------- side-column values ---------- */

/** A side-column label or field line: "Onze referentie", "Datum 18 juni 2026", "Betreft …". */
function isFieldLine(text: string): boolean {
  return SIDE_COLUMN_LABELS.some((e) => e.label.test(text)) || /^(?:retouradres|datum|betreft|onderwerp|onze referentie|ons kenmerk)\b/i.test(text);
}

/**
 * Reading the page across (pdftotext without -layout) can take a side-column value away from
 * its label: page 1 prints "Onze referentie" with no value under it, and "7562802" stands
 * alone further down the page, after the body. Where the running heads of later pages print
 * the same label with one value right under it, and that value stands alone on page 1, it is
 * put back under its label. Nothing is taken from the running heads that page 1 does not print.
 */
function sideValuesFromRunningHeads(lines: (Line | 'page')[], diagnostics: Diagnostic[]): (Line | 'page')[] {
  const out = [...lines];
  const firstPageEnd = out.indexOf('page');
  if (firstPageEnd < 0) return out;
  /** The next text line in the same column (body or side). */
  const below = (i: number): number => {
    const side = (out[i] as Line).side;
    for (let j = i + 1; j < out.length; j++) {
      const l = out[j];
      if (l === 'page') return -1;
      if (l.text && l.side === side) return j;
    }
    return -1;
  };
  for (let i = 0; i < firstPageEnd; i++) {
    const label = out[i] as Line;
    if (!SIDE_COLUMN_LABELS.some((e) => e.label.test(label.text))) continue;
    const next = below(i);
    if (next >= 0 && !isFieldLine((out[next] as Line).text)) continue; // it has its value
    const values = new Set<string>();
    let heads = 0;
    for (let j = firstPageEnd; j < out.length; j++) {
      const l = out[j];
      if (l === 'page' || l.text !== label.text) continue;
      heads++;
      const v = below(j);
      if (v >= 0) values.add((out[v] as Line).text);
    }
    // Printed so on two later pages, or on the one later page of a letter of two pages.
    const laterPages = out.filter((l) => l === 'page').length;
    if (heads < Math.min(2, laterPages) || values.size !== 1) continue;
    const [value] = values;
    const at = out.findIndex((l, k) => k > i && k < firstPageEnd && l !== 'page' && l.text === value);
    if (at < 0) continue;
    const found = out[at] as Line;
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
function firstProseLine(lines: (Line | 'page')[]): number {
  return lines.findIndex((l) => l !== 'page' && l.text.split(' ').length > 12 && !/^(?:datum|betreft|onderwerp|aan)\b/i.test(l.text));
}

/**
 * OCR reads a page in blocks and may give page 1's side column (sender units, addresses,
 * website, "Onze referentie" with its value) after the body, at the foot of the page. Such a
 * run of letterhead lines ending page 1 is moved up into the letterhead, before its first
 * field ("Datum …"), where the letterhead reader looks for it.
 */
function sideColumnAfterBody(lines: (Line | 'page')[], diagnostics: Diagnostic[]): (Line | 'page')[] {
  const end = lines.includes('page') ? lines.indexOf('page') : lines.length;
  const prose = firstProseLine(lines);
  if (prose < 0 || prose > end) return lines;
  const laterPages = new Set(lines.slice(end).flatMap((l) => (l === 'page' ? [] : [l.text])));
  const letterheadLike = (k: number): boolean => {
    const t = (lines[k] as Line).text;
    if ([POSTCODE, POSTBUS, STREET, WEBSITE, UNIT, MINISTRY].some((re) => re.test(t)) || SIDE_COLUMN_LABELS.some((e) => e.label.test(t))) return true;
    // A running head of later pages (a unit's name), or the value under a label.
    const above = lines.slice(0, k).reverse().find((l): l is Line => l !== 'page' && l.text !== '');
    return (laterPages.has(t) && t.split(' ').length <= 6 && !SENTENCE_END.test(t)) || (!!above && SIDE_COLUMN_LABELS.some((e) => e.label.test(above.text)) && /^\S{1,30}$/.test(t));
  };
  const run: number[] = [];
  for (let k = end - 1; k > prose; k--) {
    const l = lines[k] as Line;
    if (!l.text) continue;
    if (l.side || !letterheadLike(k)) break;
    run.unshift(k);
  }
  const texts = run.map((k) => (lines[k] as Line).text);
  // What only a side column holds: a labelled field ("Onze referentie") or the sender's unit;
  // an address alone may be text of the letter. And the letterhead above has no sender yet.
  const sideColumn = texts.some((t) => SIDE_COLUMN_LABELS.some((e) => e.label.test(t)) || UNIT.test(t) || MINISTRY.test(t));
  const senderAbove = lines.slice(0, prose).filter((l) => l !== 'page' && POSTCODE.test(l.text)).length >= 2;
  if (run.length < 3 || !sideColumn || senderAbove) return lines;
  const field = lines.findIndex((l, k) => k < prose && l !== 'page' && isFieldLine(l.text) && !/^retouradres\b/i.test(l.text));
  const at = field >= 0 ? field : prose;
  const moved = run.map((k) => lines[k] as Line);
  const blank = (l: Line): Line => ({ ...l, text: '' });
  const out = lines.map((l, k) => (run.includes(k) ? blank(l as Line) : l));
  out.splice(at, 0, blank(moved[0]), ...moved, blank(moved[moved.length - 1]));
  diagnostics.push({
    severity: 'info',
    line: moved[0].line,
    message: `side column of page 1 found after the body (lines ${moved[0].line}-${moved[moved.length - 1].line}, "${texts[0]}" … "${texts[texts.length - 1]}") moved into the letterhead`,
  });
  return out;
}

/* ---------- margin numbers ---------- */

/**
 * A nota naar aanleiding van het verslag numbers its questions in the margin ("12", "5, 6 en
 * 7" on a line of their own) and starts each answer with a bare "Antwoord". Where a text does
 * that, the margin number that stands last before each "Antwoord" (and counts on from the
 * previous one) becomes the label "Vraag 12". Lone numbers that are not followed by an answer
 * (page numbers, note numbers) are left alone.
 */
function marginNumbers(lines: (Line | 'page')[], diagnostics: Diagnostic[]): (Line | 'page')[] {
  const isBareAnswer = (t: string) => /^antwoord\s*:?$/i.test(t);
  const bareAnswers = lines.filter((l) => l !== 'page' && isBareAnswer(l.text)).length;
  if (bareAnswers < 5) return lines;
  const out = [...lines];
  let expected = 1;
  let candidate: { at: number; numbers: string[] } | undefined;
  for (let i = 0; i < out.length; i++) {
    const l = out[i];
    if (l === 'page' || !l.text) continue;
    const label = parseLabel(l.text);
    if (label?.kind === 'question' && label.numbers.length > 0) {
      // A printed "Vraag 36": the count goes on from there.
      expected = Number.parseInt(label.numbers[label.numbers.length - 1], 10) + 1;
      candidate = undefined;
      continue;
    }
    const list = /^\d{1,3}(?:(?:,\s*|\s+en\s+)\d{1,3})*$/.test(l.text) ? parseNumberList(l.text) : undefined;
    // A number at the foot of a page is its page number, not a margin number.
    if (list && Number(list.numbers[0]) === expected && !atPageEdge(out, i, 1)) {
      candidate = { at: i, numbers: list.numbers };
      continue;
    }
    if (isBareAnswer(l.text) && candidate) {
      const c = out[candidate.at] as Line;
      const text = questionLabel(candidate.numbers);
      out[candidate.at] = { ...c, text };
      diagnostics.push({ severity: 'info', line: c.line, message: `margin number "${c.text}" read as "${text}"` });
      expected = Number(candidate.numbers[candidate.numbers.length - 1]) + 1;
      candidate = undefined;
    } else if (isBareAnswer(l.text) && expected > 1 && nextMarginNumber(out, i) === expected + 1) {
      // The number of this question is missing from the text, the next one is there: the
      // paragraph right above "Antwoord" (back to the last sentence end) is question `expected`.
      let start = i - 1;
      while (start > 0) {
        const prev = out[start - 1];
        if (prev === 'page' || !prev.text || /[.!:]["')]*$/.test(prev.text)) break;
        start--;
      }
      const at = out[start] as Line;
      out.splice(start, 0, { ...at, text: questionLabel([String(expected)]) });
      diagnostics.push({ severity: 'warning', line: at.line, message: `question ${expected} has no number in the text; the paragraph from line ${at.line} to "Antwoord" is taken as it` });
      expected++;
      i++;
    }
  }
  return out;
}

/** The first lone number after line i, before the next "Antwoord". */
function nextMarginNumber(lines: (Line | 'page')[], i: number): number | undefined {
  for (let j = i + 1; j < lines.length; j++) {
    const l = lines[j];
    if (l === 'page' || !l.text) continue;
    if (/^antwoord\s*:?$/i.test(l.text)) return undefined;
    const m = /^(\d{1,3})(?:(?:,\s*|\s+en\s+)\d{1,3})*$/.exec(l.text);
    if (m) return Number(m[1]);
  }
  return undefined;
}

/* ---------- OCR confusions ---------- */

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
function ocrConfusions(lines: (Line | 'page')[], diagnostics: Diagnostic[]): (Line | 'page')[] {
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
        const rest = after === '' ? (nextText(out, i) >= 0 ? (out[nextText(out, i)] as Line).text : '') : text.slice(offset + 1);
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
function ocrFootnoteMarks(lines: (Line | 'page')[], diagnostics: Diagnostic[]): (Line | 'page')[] {
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
  const kept = (n: number) =>
    new RegExp(`${gluedMark(String(n)).source}|(?<![${SUPERSCRIPT_DIGIT}])${superscript(String(n))}(?![${SUPERSCRIPT_DIGIT}])`, 'u');
  type Place = { line: number; col: number };
  const before = (a: Place, b: Place) => a.line < b.line || (a.line === b.line && a.col < b.col);
  /** The first kept mark of note n after `from`, before line `until`. */
  const keptMark = (n: number, from: Place, until: number): Place | undefined => {
    const mark = kept(n);
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
        const l = out[line] as Line;
        out[line] = { ...l, text: l.text.slice(0, col) + superscript(String(n)) + l.text.slice(col + glyph.length) };
        diagnostics.push({ severity: 'info', line: l.line, message: `"${glyph}" after "${l.text.slice(Math.max(0, col - 20), col)}" read as the mark of note ${n} (OCR)` });
      }
      if (!pairing && glyphs.length > 0) {
        diagnostics.push({ severity: 'warning', line: (out[glyphs[0].line] as Line).line, message: `marks of notes ${gap.join(', ')} not placed: ${glyphs.length} glyph(s) OCR may have read them as, and no one way to pair them` });
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

/* ---------- footnotes ---------- */

const SUPERSCRIPT_DIGIT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const superscript = (n: string) => [...n].map((d) => SUPERSCRIPT_DIGIT[Number(d)]).join('');
/** A superscript mark at the end of a line ("… januari.¹"). */
const TRAILING_SUPERSCRIPT_MARK = new RegExp(`[${SUPERSCRIPT_DIGIT}]+$`, 'u');

const { glued: gluedMark, year: yearMark, yearStop: yearStopMark } = PLAIN_NOTE_MARK;
/** Mark n kept as a superscript: "verordening.¹". */
const superscriptMark = (n: string) => new RegExp(`\\S(?<![${SUPERSCRIPT_DIGIT}])${superscript(n)}(?![${SUPERSCRIPT_DIGIT}])`, 'u');

/** `f` with its answers kept by argument. */
function memoized<T>(f: (key: string) => T): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    if (!answers.has(key)) answers.set(key, f(key));
    return answers.get(key)!;
  };
}

/** True when the text holds mark n in a form of its own: glued to a word or a year, or a superscript. */
function hasMarkOn(text: string, n: string): boolean {
  return gluedMark(n).test(text) || yearMark(n).test(text) || yearStopMark(n).test(text) || superscriptMark(n).test(text);
}

/**
 * Mark n set apart by pdftotext as a word of its own: between two words in lower case ("vragen
 * 17 een"), or after the last word of a sentence at the end of a line ("justitie. 1"; a word of
 * four letters or more, so that "nr. 1" is no mark). Only the page of the mark's note may read
 * it so, since text prints such numbers too.
 */
const spacedMark = (n: string) => new RegExp(`(\\p{Ll}) ${n} (?=\\p{Ll})|(\\p{Ll}{4}[.?!]["'”’)]?) ${n}$`, 'u');

/** The line with its spaced mark n glued back to the word before it, and how the mark stood. */
function glueSpacedMark(text: string, n: string): { text: string; how: string } {
  let how = '';
  const glued = text.replace(spacedMark(n), (_m, between: string | undefined, lineEnd: string | undefined) => {
    how = between !== undefined ? 'set apart by spaces' : 'set apart by a space at the end of the line';
    return between !== undefined ? `${between}${n} ` : `${lineEnd}${n}`;
  });
  return { text: glued, how };
}

/**
 * pdftotext may put a superscript mark on a line of its own ("1") or at the start of the
 * next line ("3 ingegaan op …"), with the note's text glued to its number further down
 * ("1Brabants Dagblad, …"). Where both are found, in order, the mark goes back to the end
 * of the line before it and the note gets a superscript label, as the page printed them.
 */
function liftLoneMarks(lines: (Line | 'page')[], diagnostics: Diagnostic[]): (Line | 'page')[] {
  const out = [...lines];
  const textAt = (i: number) => (out[i] === 'page' ? '' : (out[i] as Line).text);
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
    const p = out[prev] as Line;
    out[prev] = { ...p, text: p.text + superscript(String(n)) };
    const m = out[mark] as Line;
    out[mark] = { ...m, text: m.text.slice(String(n).length).trim() };
    const d = out[def] as Line;
    out[def] = { ...d, text: `${superscript(String(n))} ${d.text.slice(String(n).length)}` };
    diagnostics.push({ severity: 'info', line: m.line, message: `footnote mark ${n} on a line of its own put back after "${lastWord(p.text)}"` });
    defFrom = def + 1;
    markFrom = mark + 1;
  }
  return out;
}

/**
 * Footnote texts at the bottom of a page: "1 NRC.nl, 26 juni 2024, …", "1Brabants Dagblad
 * …", or a number on a line of its own with the text below it. A candidate counts only
 * when its number stands as a mark in the running text ("gevraagd.2") and the numbers
 * run in order: a numbered question or list item is not taken for a footnote.
 */
function takeFootnotes(lines: (Line | 'page')[], diagnostics: Diagnostic[]): { rest: (Line | 'page')[]; defs: SourceBlock[] } {
  const textLines = lines.filter((l): l is Line => l !== 'page');
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
      const spacedOnPage = memoized(spaced);
      const notes = footOfPage(lines, end, expected, (n) => hasMark(n) || spacedOnPage(n) !== undefined, taken);
      if (notes) {
        for (const note of notes) {
          const at = hasMark(String(note.number)) ? undefined : spaced(String(note.number));
          if (at !== undefined) {
            const text = rewrites.get(at) ?? (lines[at] as Line).text;
            const glued = glueSpacedMark(text, String(note.number));
            rewrites.set(at, glued.text);
            diagnostics.push({ severity: 'info', line: (lines[at] as Line).line, message: `footnote mark ${note.number} ${glued.how} put back after its word` });
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
          const line = lines[k] as Line;
          rewrites.set(k, (rewrites.get(k) ?? line.text).replace(markAfterWord(String(parted.number), 'g'), superscript(String(parted.number))));
          diagnostics.push({ severity: 'info', line: line.line, message: `footnote mark ${parted.number} written as "${superscript(String(parted.number))}": it is a mark of the note series that starts again at 1` });
        }
        const content = noteBlocks(parted.used.slice(1).map((k) => lines[k] as Line), diagnostics);
        defs.push({ kind: 'footnoteDef', label: String(parted.number), mark: parted.restarts ? 'superscript' : 'plain', line: parted.line, content });
        diagnostics.push({
          severity: 'info',
          line: parted.line,
          message:
            `footnote ${parted.number}${parted.restarts ? ' of a series that starts again at 1' : ''} taken from the foot of the page: ` +
            `its number stands apart on line ${parted.line}, its text (in the smaller type of notes) from line ${(lines[parted.used[1]] as Line).line}`,
        });
        expected = parted.number + 1;
      }
    }
    if (taken.has(i)) continue;
    const m = /^(\d{1,3})(?:\s+|(?=[A-Z]))(\S.*)$/.exec(l.text) ?? /^(\d{1,3})$/.exec(l.text);
    if (!m || Number(m[1]) !== expected || !(hasMark(m[1]) || markLostBetween(i, expected))) continue;
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
      parts.push((lines[j] as Line).text);
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
    const content: Inline[] = [{ type: 'text', text: joinHyphenated(parts) }];
    defs.push({ kind: 'footnoteDef', label: m[1], mark: markOf(m[1]), line: l.line, content: [{ type: 'paragraph', content }] });
    diagnostics.push({ severity: 'info', line: l.line, message: `footnote ${m[1]} taken from the foot of the page` });
    expected++;
  }
  const rest = lines.map((l, i) => (l === 'page' ? l : taken.has(i) ? { ...l, text: '' } : rewrites.has(i) ? { ...l, text: rewrites.get(i)! } : l));
  return { rest, defs };
}

/** Mark n glued to a word in lower case ("bestuur1"): no Dutch word ends on a digit otherwise. */
const markAfterWord = (n: string, flags = '') => new RegExp(`(?<=\\p{Ll})${n}(?=[\\s.,;:?!»”")]|$)`, `u${flags}`);

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
  lines: (Line | 'page')[],
  end: number,
  notes: { taken: Set<number>; afterNotes: number; expected: number; full: number; superscriptInUse: (n: string) => boolean },
): { number: number; line: number; used: number[]; marks: number[]; restarts: boolean } | undefined {
  const { taken, afterNotes, expected } = notes;
  const text = (k: number) => (lines[k] === 'page' ? '' : (lines[k] as Line).text);
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
    return { number: n, line: (lines[lone[0]] as Line).line, used: [lone[0], ...block], marks, restarts };
  }
  return undefined;
}

/** Index of the first line of the page that line i is on. */
function pageStart(lines: (Line | 'page')[], i: number): number {
  let j = Math.max(i, 0);
  while (j > 0 && lines[j - 1] !== 'page') j--;
  return j;
}

/**
 * A note's lines as blocks: wrapped lines joined, and items that follow its first sentence
 * ("a. …", "b. …") as the list they were printed as.
 */
function noteBlocks(lines: Line[], diagnostics: Diagnostic[]): Block[] {
  // Items start anew; other lines go on the text before them.
  const groups: Line[][] = [];
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

/** The integers from `from` up to, not including, `to`. */
function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

/** A note ends like a reference does: with a full stop, a bracket or an address. */
function endsLikeReference(text: string): boolean {
  return /[.)]["'”’]*$|https?:|www\.|\.(?:pdf|nl|html?)\b/i.test(text);
}

/** Index just past the last line of the page that line i is on. */
function pageEnd(lines: (Line | 'page')[], i: number): number {
  let j = i;
  while (j < lines.length && lines[j] !== 'page') j++;
  return j;
}

/** A note taken from the foot of a page: its number, its text, its number's line and the lines it used. */
interface FootNote {
  number: number;
  text: string;
  line: number;
  used: number[];
}

/** Reads notes from the foot of the page that ends at `end`, numbered on from `first`, each with its mark in the text. */
type FootReader = (lines: (Line | 'page')[], end: number, first: number, hasMark: (n: string) => boolean, taken: Set<number>) => FootNote[] | undefined;

/**
 * The notes at the foot of a page, read back from its end: note numbers on lines of their
 * own (in any order, as pdftotext may give them) and note texts (a text starts with a capital
 * or a digit; a line starting with "(" or in lower case goes on the text before). Reading
 * stops at body text (a line in lower case that does not continue a note) or at a blank line
 * once the numbers and texts match. Taken only when the numbers run on from `first`, each
 * has its mark in the text, and there are as many texts as numbers.
 * Numbers stacked over the block of their texts are found first (`stackAtFoot`).
 */
function footOfPage(...[lines, end, first, hasMark, taken]: Parameters<FootReader>): FootNote[] | undefined {
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
      numbers.push({ n: Number(l.text), at: k });
      continue;
    }
    if (parseLabel(l.text)) break; // a question or answer label is never part of a note
    const continues = /^[(\p{Ll}]/u.test(l.text);
    // Body text above the notes: stop there.
    if ((balanced() || (numbers.length === 0 && textsUp.length === 0)) && !endsLikeReference(l.text) && (continues || pendingUp.length === 0)) break;
    if (continues) {
      pendingUp.push(k);
      continue;
    }
    if (/^[\p{Lu}\d]/u.test(l.text) && (endsLikeReference(l.text) || pendingUp.length > 0)) {
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
    text: joinHyphenated(texts[k].at.map((a) => (lines[a] as Line).text)),
    line: (lines[x.at] as Line).line,
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
  if (under.some((j) => /^\d{1,3}\s+\S/.test((lines[j] as Line).text))) return undefined;
  const above = (lines[k] as Line).text;
  if (numbers.length === 1 && endsLikeReference(above) && blockUnderNumber(lines, k)) return undefined;
  return stackOverTexts(lines, numbers, under.reverse(), first, hasMark);
};

/**
 * True when the block of lines that ends at line i stands under a lone number (blank lines
 * between allowed): a note's text under its number, as where numbers and note texts take
 * turns at a page foot; not body text, which stands under a label or other text.
 */
function blockUnderNumber(lines: (Line | 'page')[], i: number): boolean {
  let k = i;
  while (k > 0 && lines[k - 1] !== 'page' && (lines[k - 1] as Line).text !== '') k--;
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
  lines: (Line | 'page')[],
  numbers: { n: number; at: number }[],
  under: number[],
  first: number,
  hasMark: (n: string) => boolean,
): FootNote[] | undefined {
  const stackTop = numbers.reduce((top, x) => Math.min(top, x.at), Infinity);
  const numberAt = new Set(numbers.map((x) => x.at));
  // One stack: no text between the numbers, all of them above the texts.
  if (numbers.some((x) => x.at > under[0]) || range(stackTop, under[0]).some((k) => lines[k] !== 'page' && (lines[k] as Line).text !== '' && !numberAt.has(k))) return undefined;
  const texts: number[][] = [];
  for (const k of under) {
    // A blank line parts two notes; a capital starts one after a line that ends like a
    // reference ("… nr. 6.", "… nr. 26"), not after "… over de"; an address always does. (Cells of a
    // table, one to a line with blank lines between, make more texts than numbers: no stack.)
    const text = (lines[k] as Line).text;
    const lastAt = texts.length > 0 ? texts[texts.length - 1][texts[texts.length - 1].length - 1] : -1;
    const previous = lastAt >= 0 ? (lines[lastAt] as Line).text : '';
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
    text: joinHyphenated(texts[k].map((a) => (lines[a] as Line).text)),
    line: (lines[x.at] as Line).line,
    used: [x.at, ...texts[k]],
  }));
}

/** Two or more note numbers on lines of their own, then exactly as many lines of note text. */
function stackedNotes(
  lines: (Line | 'page')[],
  i: number,
  first: number,
  hasMark: (n: string) => boolean,
): FootNote[] | undefined {
  const numbers: number[] = [i];
  let j = nextText(lines, i);
  while (j >= 0 && (lines[j] as Line).text === String(first + numbers.length) && hasMark(String(first + numbers.length))) {
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
  return numbers.map((at, n) => ({ number: first + n, text: (lines[texts[n]] as Line).text, line: (lines[at] as Line).line, used: [at, texts[n]] }));
}

/** True when the blank body line at i only stands beside side-column text (the paragraph goes on). */
function nextIsSideOnly(lines: (Line | 'page')[], i: number): boolean {
  const next = lines[i + 1];
  return next !== undefined && next !== 'page' && !!next.side;
}

function nextLine(lines: (Line | 'page')[], i: number): string {
  const j = nextText(lines, i);
  return j < 0 ? '' : (lines[j] as Line).text;
}

function nextText(lines: (Line | 'page')[], i: number): number {
  for (let j = i + 1; j < lines.length; j++) {
    const l = lines[j];
    if (l === 'page') return -1;
    if (l.text) return j;
  }
  return -1;
}

/**
 * True when line i starts a list of notes that runs to the end of the letter: endnotes, which
 * may fill more than the foot of a page. After it come only its own lines and notes numbered
 * on from it (n + 1, n + 2, …), and no question or answer label.
 */
function startsEndnotes(lines: (Line | 'page')[], i: number): boolean {
  const first = /^(\d{1,3})(?:\s|$)/.exec((lines[i] as Line).text);
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

function nearPageEnd(lines: (Line | 'page')[], i: number): boolean {
  let textLines = 0;
  for (let j = i + 1; j < lines.length; j++) {
    const l = lines[j];
    if (l === 'page') return true;
    if (l.text) textLines++;
    if (textLines > 12) return false;
  }
  return true;
}

/* ---------- paragraphs ---------- */

/**
 * How a line that ends in "-" continues on the next: an end-of-line hyphenation to undo
 * ("migratie-" + "beleid"), a hyphen that belongs to the word ("VN-" + "Verdrag", "EU-" +
 * "recht", "niet-" + "eenvoudige"), or a dangling hyphen before a conjunction ("asiel-" +
 * "en migratiebeheer"). `tail` is the end of the text so far: its last word, at most.
 */
const KEEPS_HYPHEN = /(?:^|\s)(?:niet|ex|oud|anti|non|semi|vice|pre|post|co|zuid|noord|oost|west|midden)-$/i;

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
function lastWord(text: string): string {
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
function joinWrappedRuns(lines: readonly Line[], onJoin?: (line: Line, message: string) => void): Line[] {
  const runs: { first: Line; pieces: string[]; tail: string }[] = [];
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
function joinHyphenated(parts: string[]): string {
  return joinWrappedRuns(parts.map((text) => ({ text, line: 0 }) as Line))
    .map((r) => r.text)
    .join(' ');
}

/**
 * How wide a full line of the letter runs, in characters: three in four of its lines (of
 * those with at least `minWords` words) are no wider.
 */
function fullWidth(lines: (Line | 'page')[], minWords = 1): number {
  const widths = lines
    .filter((l): l is Line => l !== 'page' && l.text.length > 0 && l.text.split(' ').length >= minWords)
    .map((l) => l.text.length)
    .sort((a, b) => a - b);
  return widths.length ? widths[Math.floor(widths.length * 0.75)] : 80;
}

/**
 * How wide a full line of running text is, for telling a paragraph's short last line. In a
 * letter of many short lines (labels, one-line questions and answers) three in four lines
 * fall short of the measure, so the measure is also read from lines that wrapped: a line of
 * six words or more that ends no sentence and goes on, on the next line, in lower case ran
 * into the measure. The wider of the two estimates counts.
 */
function textMeasure(lines: (Line | 'page')[]): number {
  const wrapped: number[] = [];
  for (let i = 0; i + 1 < lines.length; i++) {
    const l = lines[i];
    const next = lines[i + 1];
    if (l === 'page' || next === 'page' || l.side || next.side || !l.text || !/^\p{Ll}/u.test(next.text)) continue;
    if (!SENTENCE_END.test(l.text) && l.text.split(' ').length >= 6) wrapped.push(l.text.length);
  }
  wrapped.sort((a, b) => a - b);
  const all = fullWidth(lines);
  return wrapped.length ? Math.max(all, wrapped[Math.floor(wrapped.length / 2)]) : all;
}

/**
 * Groups lines into paragraphs: a blank line, a page break, a label line ("Vraag 1") or a
 * short line that ends a sentence ends a paragraph. Hyphenated line ends are joined.
 */
function paragraphs(lines: (Line | 'page')[], diagnostics: Diagnostic[]): SourceBlock[] {
  const full = textMeasure(lines);
  const blocks: SourceBlock[] = [];
  let current: Line[] = [];
  // Side-column lines found beside a paragraph; they form a block of their own before it.
  let side: Line[] = [];
  let at = 0;
  // Side-column lines that run on beside the next paragraph stay one block with the rest of their run.
  const sideRunsOn = () => {
    const next = lines[at + 1];
    return next !== undefined && next !== 'page' && !!next.side && next.text !== '';
  };
  const flush = (pageEnds = false) => {
    if (side.length > 0 && (pageEnds || !sideRunsOn())) {
      blocks.push({ kind: 'paragraph', line: side[0].line, lines: side.map((l) => [{ type: 'text', text: l.text }]) });
      side = [];
    }
    if (current.length === 0) return;
    // Lines stay lines (the recogniser reads labels and letterheads by line), except where a
    // word runs over the line end.
    const texts = joinWrappedRuns(current, (l, message) => diagnostics.push({ severity: 'info', line: l.line, message }));
    blocks.push({ kind: 'paragraph', line: current[0].line, lines: texts.map((t) => [{ type: 'text', text: t.text }]) });
    current = [];
  };
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    at = i;
    if (l === 'page') {
      flush(true);
      blocks.push({ kind: 'break', line: 0 });
      continue;
    }
    if (l.side) {
      if (l.text) side.push(l);
      continue;
    }
    if (!l.text) {
      if (current.length === 0) flush();
      else if (!nextIsSideOnly(lines, i) && !goesOnOverBlank(current, lines, i, full, diagnostics)) flush();
      continue;
    }
    const isLabel = !!parseLabel(l.text) || SIDE_COLUMN_LABELS.some((e) => e.label.test(l.text));
    const header = PUBLICATION_HEADER.some((re) => re.test(l.text));
    // A title ("Vragen van het lid …") or answer header ("Antwoord van minister …") starts a
    // block; so does the publication number on the line above a title.
    const underNumber = current.length === 1 && /^\d{1,5}$/.test(current[0].text);
    const opens =
      (QA_TITLE.test(l.text.replace(/^\d{1,5}\.\s+/, '')) && !underNumber) ||
      /^(?:antwoord|mededeling) van\s/i.test(l.text) ||
      (/^\d{1,5}$/.test(l.text) && QA_TITLE.test(nextLine(lines, i))) ||
      /^[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s/.test(l.text) ||
      SIGNATURE_ROLE.test(l.text);
    // Side-column fields with their value ("Datum 18 juni 2026", "Onze referentie 7562802")
    // and the return address start blocks of their own.
    const sideField = /^(?:retouradres|datum|betreft|onderwerp|onze referentie|ons kenmerk)\b/i.test(l.text);
    // A short line right above "Vraag 1" is a theme heading, even when no blank line sets it apart.
    const afterSentence = current.length === 0 || SENTENCE_END.test(current[current.length - 1].text);
    const heading = afterSentence && l.text.split(' ').length <= 12 && !SENTENCE_END.test(l.text) && parseLabel(nextLine(lines, i))?.kind === 'question';
    if (isLabel || header || opens || sideField || heading || startsItem(l.text) || /^\d{1,4}[.)]$/.test(l.text)) flush();
    current.push(l);
    // A question number on a line of its own ("1.") belongs with the text below it.
    // A sentence may end in a superscript note mark ("… per 1 januari.¹").
    const ends = SENTENCE_END.test(l.text.replace(TRAILING_SUPERSCRIPT_MARK, '')) && l.text.length < full * 0.85 && !/^\d{1,4}[.)]$/.test(l.text);
    // The subject ("Betreft …") runs on to its last, shorter line.
    const subjectEnds = /^(?:datum\b.*\s)?(?:betreft|onderwerp)\b/i.test(current[0].text) && l.text.length < full * 0.85;
    // A note ("¹ Verordening …") ends at its first line that does not fill the width.
    const noteEnds = /^[⁰¹²³⁴⁵⁶⁷⁸⁹]+\s/.test(current[0].text) && l.text.length < full * 0.85;
    if (isLabel || header || ends || subjectEnds || noteEnds) flush();
  }
  flush(true);
  return groupLists(blocks, diagnostics);
}

const BULLET = /^([-–•*])\s+/;

/** Words a Dutch sentence or heading does not end on: articles, prepositions, conjunctions. */
const ENDS_ON_FUNCTION_WORD = /(?:^|\s)(?:de|het|een|der|des|van|voor|op|in|te|aan|bij|over|door|met|naar|uit|tot|om|en|of|dat|die|als|zoals)$/i;

/**
 * OCR sets a blank line inside a paragraph, most often before its last line. A blank line
 * does not end the paragraph when the wide line before it ends no sentence and the line
 * after it goes on: it starts in lower case, or the line before ends on a word no sentence
 * ends on ("… van Volt en PvdD over de" / "Europese strategie …").
 */
function goesOnOverBlank(current: Line[], lines: (Line | 'page')[], i: number, full: number, diagnostics: Diagnostic[]): boolean {
  const last = current[current.length - 1].text;
  const j = nextText(lines, i);
  if (j < 0) return false;
  const next = lines[j] as Line;
  if (next.side || SENTENCE_END.test(last) || last.length < full * 0.6 || parseLabel(last)) return false;
  if (parseLabel(next.text) || startsItem(next.text) || isFieldLine(next.text) || /^[\d⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(next.text)) return false;
  const goesOn = /^\p{Ll}/u.test(next.text) || (ENDS_ON_FUNCTION_WORD.test(last) && /^\p{L}/u.test(next.text));
  if (goesOn) diagnostics.push({ severity: 'info', line: next.line, message: `blank line inside a paragraph passed over: "${last.split(' ').slice(-3).join(' ')}" goes on in "${next.text.split(' ').slice(0, 3).join(' ')}"` });
  return goesOn;
}

/**
 * List labels set in a column of their own come out of pdftotext on lines of their own: "i.",
 * then (after a blank line) "als er een band …", "ii.", … A run of two or more such labels
 * that reads as a list from its start ("i.", "ii.", "iii."; "a.", "b."; bullets "•") is put
 * back in front of the text under each. Dashes alone are left: tables print them in empty cells.
 */
function joinLoneListLabels(lines: (Line | 'page')[], diagnostics: Diagnostic[]): (Line | 'page')[] {
  const out = [...lines];
  const isLone = (t: string) => /^(?:(?:[ivxlcIVXLC]+|[a-zA-Z])[.)]|•)$/.test(t);
  // The text under the label: not another label (labels stacked, or a bullet in front of a
  // labelled item, pair with nothing for certain).
  const lone = (i: number) => {
    const l = out[i];
    // The label first: looking for the next text from every line would be quadratic over a
    // long run of blank lines.
    if (l === 'page' || !isLone(l.text)) return false;
    const j = nextText(out, i);
    return j >= 0 && !isLone((out[j] as Line).text) && !startsItem((out[j] as Line).text);
  };
  const labels: number[] = [];
  for (let i = 0; i < out.length; i++) if (lone(i)) labels.push(i);
  const runs: number[][] = [];
  for (const at of labels) {
    const run = runs[runs.length - 1];
    const text = (k: number) => (out[k] as Line).text;
    // The next label follows within a few lines of text (one item's text), on the same page.
    const close = run && at - run[run.length - 1] <= 12 && !out.slice(run[run.length - 1], at).includes('page');
    const fits = run && close && (text(at) === '•' ? text(run[0]) === text(at) : listStyleFromStart([...run, at].map(text)) !== undefined);
    if (fits) run.push(at);
    else runs.push([at]);
  }
  for (const run of runs) {
    if (run.length < 2) continue;
    for (const at of run) {
      const label = out[at] as Line;
      const j = nextText(out, at);
      const item = out[j] as Line;
      out[j] = { ...item, text: `${label.text} ${item.text}` };
      out[at] = { ...label, text: '' };
      diagnostics.push({ severity: 'info', line: label.line, message: `list label "${label.text}" on a line of its own put in front of its text (line ${item.line})` });
    }
  }
  return out;
}

/** A line that starts with a day of a month ("1 januari.", "12 maart 2026 …"): a date wrapped to the line start, never a note. */
const WRAPPED_DATE = new RegExp(`^\\d{1,2} (?:${DUTCH_MONTHS.join('|')})(?!\\p{L})`, 'u');

/** Word's deepest list nesting: labels that would open a tenth level read as no list. */
const MAX_LIST_DEPTH = 9;

/** A list label on a line of its own: "1.", "a)", "iv.", a bullet. */
const LONE_LABEL = /^(?:(?:[ivxlcIVXLC]+|[a-zA-Z]|\d{1,2})[.)]|[•◦▪])$/;

/**
 * True when the labels, in the order they stand, read as one list, nested or not: each label
 * goes on an open list (the next label of it, or the same bullet) or opens a list inside the
 * innermost one ("1.", "a.", "i.", "A.", "I.", a bullet).
 */
function readsAsNestedList(labels: string[]): boolean {
  // Each open list: its first label, how many it has, and its style once a second label set it.
  const open: { first: string; count: number; style?: List['style'] }[] = [];
  const goesOn = (list: (typeof open)[number], label: string): List['style'] | undefined => {
    if (/^[•◦▪]$/.test(label)) return list.first === label ? 'bullet' : undefined;
    if (list.count === 1) return listStyleFromStart([list.first, label]);
    return list.style && list.style !== 'bullet' && labelFor(list.style, list.count, 1, list.first.slice(-1)) === label ? list.style : undefined;
  };
  for (const label of labels) {
    let depth = open.length - 1;
    while (depth >= 0 && !goesOn(open[depth], label)) depth--;
    if (depth >= 0) {
      open[depth].style = goesOn(open[depth], label);
      open[depth].count++;
      open.length = depth + 1;
    } else if (/^(?:[1aiAI][.)]|[•◦▪])$/.test(label) && open.length < MAX_LIST_DEPTH) open.push({ first: label, count: 1 });
    // Deeper than Word nests lists, or no list at all. (The bound also keeps hostile input
    // linear: every label walks the open lists.)
    else return false;
  }
  return true;
}

/**
 * pdftotext reads the column of list labels ahead of the texts beside them where a list is
 * nested or its labels stand apart: "2." then "a." then "twee extra uren …", "b.", "één extra
 * uur …", and only then the text of item 2; bullets likewise ("•", "•", "taalhuizen, met", "•",
 * …). Where labels on lines of their own stack up (two with no text between), the labels and
 * the texts that follow are paired as read: each text block (set apart by a blank line or a
 * label) takes the label read last that is still open. Taken only when every label finds a
 * text on the same page, no text that needs one is left without, no text brings a label of its
 * own, and the labels read as one (nested) list; each label then goes in front of its text.
 */
function pairStackedListLabels(lines: (Line | 'page')[], diagnostics: Diagnostic[]): (Line | 'page')[] {
  const out = [...lines];
  const isLone = (l: Line | 'page') => l !== 'page' && !l.side && LONE_LABEL.test(l.text);
  for (let i = 0; i < out.length; i++) {
    if (!isLone(out[i])) continue;
    const open: number[] = [];
    const pairs: [number, number][] = [];
    let stacked = false;
    let valid = true;
    let afterText = false; // the line before (no blank between) was item text
    let afterLabel = false; // the text line before (blank lines aside) was a label
    let j = i;
    for (; j < out.length; j++) {
      const l = out[j];
      if (l === 'page') break;
      if (l.side) continue;
      if (!l.text) {
        afterText = false;
        continue;
      }
      if (LONE_LABEL.test(l.text)) {
        if (afterLabel) stacked = true;
        open.push(j);
        afterText = false;
        afterLabel = true;
        continue;
      }
      afterLabel = false;
      if (afterText) continue; // the item's text, wrapped
      if (open.length === 0) break; // the list has ended
      if (startsItem(l.text) || /^\d{1,3}[.)]\s/.test(l.text) || parseLabel(l.text) || isFieldLine(l.text)) {
        valid = false;
        break;
      }
      pairs.push([open.pop()!, j]);
      afterText = true;
    }
    if (open.length > 0) valid = false;
    if (valid && stacked && pairs.length >= 2 && readsAsNestedList(pairs.map(([k]) => k).sort((a, b) => a - b).map((k) => (out[k] as Line).text))) {
      for (const [k, t] of pairs) {
        const label = out[k] as Line;
        const item = out[t] as Line;
        out[t] = { ...item, text: `${label.text} ${item.text}` };
        out[k] = { ...label, text: '' };
        diagnostics.push({ severity: 'info', line: label.line, message: `list label "${label.text}" read ahead of its text by pdftotext put in front of it (line ${item.line})` });
      }
    }
    i = Math.max(i, j - 1);
  }
  return out;
}

/** A line that starts a list item: "a. …", "ii. …", "– …". Decimal "1." is left to the recogniser (numbered questions). */
function startsItem(text: string): boolean {
  const label = leadingLabel(text);
  return (label !== undefined && !/^\d/.test(label)) || BULLET.test(text);
}

/** Runs of paragraphs that start with labels in sequence, or with the same bullet, become lists. */
function groupLists(blocks: SourceBlock[], diagnostics: Diagnostic[]): SourceBlock[] {
  const out: SourceBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const run: ParagraphBlock[] = [];
    for (let j = i; j < blocks.length; j++) {
      const b = blocks[j];
      if (b.kind !== 'paragraph' || !startsItem(firstText(b))) break;
      run.push(b);
    }
    const bullets = run.map((b) => BULLET.exec(firstText(b))?.[1]);
    const labels = run.map((b) => leadingLabel(firstText(b)) ?? '');
    let list: List | undefined;
    if (run.length >= 2 && bullets.every((x) => x && x === bullets[0])) {
      list = { type: 'list', style: 'bullet', items: run.map((b) => ({ content: [itemParagraph(b, bullets[0]!.length)] })) };
    } else {
      const style = run.length >= 2 ? listStyleFromStart(labels) : undefined;
      if (style) list = { type: 'list', style, items: run.map((b, k) => ({ label: labels[k], content: [itemParagraph(b, labels[k].length)] })) };
    }
    if (list) {
      diagnostics.push({ severity: 'info', line: run[0].line, message: `${run.length} lines read as a ${list.style} list` });
      out.push({ kind: 'list', line: run[0].line, list });
      i += run.length - 1;
    } else out.push(blocks[i]);
  }
  return nestInDecimalList(out, diagnostics);
}

/**
 * Items numbered "1.", "2.", … with a list under one of them ("1. Meer lesuren …:", "a. …",
 * "b. …", "2. …") are one decimal list that holds the other. A run of numbered paragraphs
 * alone is left as it is: numbered questions read so too.
 */
function nestInDecimalList(blocks: SourceBlock[], diagnostics: Diagnostic[]): SourceBlock[] {
  const out: SourceBlock[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const items: List['items'] = [];
    let nested = false;
    let j = i;
    while (j < blocks.length) {
      const b = blocks[j];
      const label = b.kind === 'paragraph' ? leadingLabel(firstText(b)) : undefined;
      if (b.kind !== 'paragraph' || label !== `${items.length + 1}.`) break;
      const item: List['items'][number] = { label, content: [itemParagraph(b, label.length)] };
      j++;
      while (j < blocks.length && blocks[j].kind === 'list') {
        item.content.push((blocks[j++] as Extract<SourceBlock, { kind: 'list' }>).list);
        nested = true;
      }
      items.push(item);
    }
    if (items.length >= 2 && nested) {
      diagnostics.push({ severity: 'info', line: blocks[i].line, message: `${items.length} numbered items with a list under them read as a decimal list` });
      out.push({ kind: 'list', line: blocks[i].line, list: { type: 'list', style: 'decimal', items } });
      i = j - 1;
    } else out.push(blocks[i]);
  }
  return out;
}

function firstText(b: ParagraphBlock): string {
  const first = b.lines[0]?.[0];
  return first?.type === 'text' ? first.text : '';
}

/** The item's text without its label. */
function itemParagraph(b: ParagraphBlock, labelLength: number): Block {
  const text = b.lines.map((l) => (l[0]?.type === 'text' ? l[0].text : '')).join(' ');
  return { type: 'paragraph', content: [{ type: 'text', text: text.slice(labelLength).trim() }] };
}
