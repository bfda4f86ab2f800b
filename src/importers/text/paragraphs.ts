/**
 * Paragraphs. In: lines and pages (list labels joined to their texts). Out: source blocks
 * (paragraphs of lines, page breaks, lists) for the recogniser.
 */
import type { Diagnostic } from '../../model/diagnostics';
import type { SourceBlock } from '../recognise/blocks';
import { parseLabel } from '../recognise/labels';
import { PUBLICATION_HEADER, QA_TITLE, SENTENCE_END, SIDE_COLUMN_LABELS, SIGNATURE_ROLE } from '../recognise/patterns';
import { isFieldLine } from './columns';
import { groupLists, startsItem } from './lists';
import { type TextLine, nextIsSideOnly, nextLine, nextText } from './navigate';
import { TRAILING_SUPERSCRIPT_MARK } from './note-marks';
import { hyphenatedInLines, joinWrappedRuns } from './wrapping';

/**
 * How wide a full line of the letter runs, in characters: three in four of its lines (of
 * those with at least `minWords` words) are no wider.
 */
export function fullWidth(lines: (TextLine | 'page')[], minWords = 1): number {
  const widths = lines
    .filter((l): l is TextLine => l !== 'page' && l.text.length > 0 && l.text.split(' ').length >= minWords)
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
function textMeasure(lines: (TextLine | 'page')[]): number {
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
export function paragraphs(lines: (TextLine | 'page')[], diagnostics: Diagnostic[]): SourceBlock[] {
  const full = textMeasure(lines);
  const written = hyphenatedInLines(lines);
  const blocks: SourceBlock[] = [];
  let current: TextLine[] = [];
  // Side-column lines found beside a paragraph; they form a block of their own before it.
  let side: TextLine[] = [];
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
    const texts = joinWrappedRuns(current, (l, message) => diagnostics.push({ severity: 'info', line: l.line, message }), written);
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
    // A dash inside a bracket the line before opened ("(Volksgezondheid, Welzijn en Sport" /
    // "– Jeugd, Preventie en Sport)") goes on with it; it is no list item.
    const item = startsItem(l.text) && !(current.length > 0 && opensBracket(current[current.length - 1].text) && /^[-–]\s/.test(l.text));
    // A numbered paragraph of an old Handelingen item ("2. Is hij …", "2 en 3. De …") starts after a
    // sentence end that closes the header of the questions or answers or the numbered paragraph before.
    const numbered =
      current.length > 0 &&
      SENTENCE_END.test(current[current.length - 1].text) &&
      NUMBERED_PARAGRAPH.test(l.text) &&
      (NUMBERED_PARAGRAPH.test(current[0].text) || /^(?:vragen|antwoord) van\s/i.test(current[0].text));
    if (isLabel || header || opens || sideField || heading || item || numbered || /^\d{1,4}[.)]$/.test(l.text)) flush();
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

/** Words a Dutch sentence or heading does not end on: articles, prepositions, conjunctions. */
/** "2. Is hij …", "2 en 3. De …": a numbered paragraph, its number and a capital. */
const NUMBERED_PARAGRAPH = /^\d{1,2}(?: en \d{1,2})?\.\s+\p{Lu}/u;

/** True when the line leaves a bracket open: more "(" than ")". */
function opensBracket(text: string): boolean {
  let depth = 0;
  for (const c of text) depth += c === '(' ? 1 : c === ')' ? -1 : 0;
  return depth > 0;
}

const ENDS_ON_FUNCTION_WORD = /(?:^|\s)(?:de|het|een|der|des|van|voor|op|in|te|aan|bij|over|door|met|naar|uit|tot|om|en|of|dat|die|als|zoals)$/i;

/**
 * OCR sets a blank line inside a paragraph, most often before its last line. A blank line
 * does not end the paragraph when the wide line before it ends no sentence and the line
 * after it goes on: it starts in lower case, or the line before ends on a word no sentence
 * ends on ("… van Volt en PvdD over de" / "Europese strategie …").
 */
function goesOnOverBlank(current: TextLine[], lines: (TextLine | 'page')[], i: number, full: number, diagnostics: Diagnostic[]): boolean {
  const last = current[current.length - 1].text;
  const j = nextText(lines, i);
  if (j < 0) return false;
  const next = lines[j] as TextLine;
  if (next.side || SENTENCE_END.test(last) || last.length < full * 0.6 || parseLabel(last)) return false;
  if (parseLabel(next.text) || startsItem(next.text) || isFieldLine(next.text) || /^[\d⁰¹²³⁴⁵⁶⁷⁸⁹]/.test(next.text)) return false;
  const goesOn = /^\p{Ll}/u.test(next.text) || (ENDS_ON_FUNCTION_WORD.test(last) && /^\p{L}/u.test(next.text));
  if (goesOn) diagnostics.push({ severity: 'info', line: next.line, message: `blank line inside a paragraph passed over: "${last.split(' ').slice(-3).join(' ')}" goes on in "${next.text.split(' ').slice(0, 3).join(' ')}"` });
  return goesOn;
}
