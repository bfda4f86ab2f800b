/**
 * The structure recogniser: turns the neutral block stream of a front end into an answer
 * letter. It lifts out page furniture, joins blocks cut by page breaks, pairs footnote
 * marks with their definitions, reads the letterhead, and finds the cover letter, the
 * signature, the questions-and-answers title, theme sections, questions and answers.
 * Every decision that changes or drops text is reported as a diagnostic with its line.
 */
import { parseDutchDate } from '../../model/dates';
import type { Diagnostic } from '../../model/diagnostics';
import type { Inquiry, Letter, Signatory } from '../../model/types';
import type { ImportResult } from '../result';
import { extractFootnoteDefs, resolveFootnotes } from './footnotes';
import { findChamber, findInquiry } from './metadata';
import { dropFurniture, joinAcrossBreaks, letterheadEnd } from './pages';
import { blockText, paragraph, toSourceLines, type Item } from './source';
import { structureAuthored, structureExtracted, type Structure } from './structure';
import type { SourceBlock } from './blocks';
import { lineText } from './inlines';
import { mergeLetterheads, parseLetterhead, type SourceLine } from './letterhead';
import { POSTPONEMENT, PUBLICATION_HEADER } from './patterns';

/** What authored Markdown states in its front matter; structure then comes from headings only. */
export interface Declared {
  kind?: Letter['kind'];
  chamber?: Letter['chamber'];
  letterhead?: Letter['letterhead'];
  metadata?: Partial<Letter['metadata']>;
  inquiry?: Inquiry;
  publication?: Letter['publication'];
  signatories?: Signatory[];
  /** Footnote ids for labels, where they are not the default "fn" + label. */
  footnoteIds?: { id: string; label: string }[];
}

export interface RecogniseOptions {
  /** Present for authored Markdown (front matter): metadata is taken from it, not guessed. */
  declared?: Declared;
  /**
   * Lines of the running head of later pages, where the source keeps it apart from the text
   * (a Word page header). Page furniture, not read as text; but its fields (Datum, Ons
   * kenmerk) give what the letterhead of page 1 leaves out.
   */
  runningHead?: SourceLine[];
  /**
   * Lines of the letterhead's side column where the source keeps it apart from the text (a
   * Word table anchored in the page margin): read as letterhead, with what page 1 has above
   * the text.
   */
  sideColumn?: SourceLine[];
}


export function recognise(input: SourceBlock[], options: RecogniseOptions = {}): ImportResult {
  const diagnostics: Diagnostic[] = [];
  const authored = options.declared !== undefined;
  const declared = options.declared ?? {};

  // 1. Footnote definitions out of the stream.
  const { blocks: withoutDefs, defs } = extractFootnoteDefs(input, !authored, diagnostics);

  // 2. Letterhead (extracted letters only).
  let body: Item[] = withoutDefs;
  let head: ReturnType<typeof parseLetterhead> | undefined;
  let publicationHeader = false;
  if (!authored) {
    const end = letterheadEnd(body);
    const lines = toSourceLines(body.slice(0, end));
    const kept = lines.filter((l) => {
      if (PUBLICATION_HEADER.some((re) => re.test(l.text))) {
        publicationHeader = true;
        diagnostics.push({ severity: 'info', line: l.line, message: `publication header "${l.text}" is not letter content` });
        return false;
      }
      return true;
    });
    const side = options.sideColumn?.length ? parseLetterhead(options.sideColumn) : undefined;
    if (kept.length > 0 || side) {
      const top = kept.length > 0 ? parseLetterhead(kept) : undefined;
      head = top && side ? mergeLetterheads(top, side) : (top ?? side)!;
      diagnostics.push(...head.diagnostics);
      body = [
        ...head.leftover.map((l): Item => {
          diagnostics.push({ severity: 'warning', line: l.line, message: `letterhead line "${l.text}" not understood; kept as text of the letter` });
          return { kind: 'paragraph', line: l.line, lines: [[{ type: 'text', text: l.text }]] };
        }),
        ...body.slice(end),
      ];
    } else {
      body = body.slice(end);
    }
  }

  // 3. Page furniture: running heads repeated on every page, page numbers.
  if (!authored) body = dropFurniture(body, head, diagnostics);

  // 4. Blocks cut by a page break.
  if (!authored) body = joinAcrossBreaks(body, diagnostics);

  // 5. Structure.
  const structure = authored ? structureAuthored(body, diagnostics) : structureExtracted(body, diagnostics);

  // 6. Footnotes: ids, marks in the text.
  const footnotes = resolveFootnotes(structure, defs, declared.footnoteIds, diagnostics);

  // 7. Metadata.
  const metadata: Letter['metadata'] = { date: '' };
  const running = !authored && options.runningHead?.length ? parseLetterhead(options.runningHead) : undefined;
  const fromRunningHead = (what: string, value: string | undefined) => {
    if (value !== undefined) diagnostics.push({ severity: 'info', line: 1, message: `${what} "${value}" taken from the running head of later pages; page 1 does not state it` });
    return value;
  };
  let date = declared.metadata?.date ?? head?.date ?? structure.answerHeader?.date ?? fromRunningHead('date', running?.date);
  if (!date && !authored) {
    // A Kamerstuk states when it was received on a line of its own: "Ontvangen 27 maart 2024".
    for (const b of input.slice(0, 40)) {
      const m = b.kind === 'paragraph' ? /^ontvangen\s+(\d{1,2}\s+\p{L}+\s+\d{4})\.?$/imu.exec(b.lines.map(lineText).join('\n')) : null;
      if (m && (date = parseDutchDate(m[1]))) break;
    }
  }
  if (!date && !authored && structure.title) {
    // A publication of questions only (no answer yet) is dated by the questions.
    const submitted = /\((?:ingezonden)\s+([^)]+)\)/i.exec(structure.title);
    date = submitted ? parseDutchDate(submitted[1]) : undefined;
    if (date) diagnostics.push({ severity: 'warning', line: 1, message: `no date of the letter found; the date the questions were submitted (${date}) is used` });
  }
  if (date) metadata.date = date;
  const reference = declared.metadata?.reference ?? head?.reference ?? fromRunningHead('reference', running?.reference);
  if (reference) metadata.reference = reference;
  const subject = declared.metadata?.subject ?? head?.subject;
  if (subject) metadata.subject = subject;
  if (!date) {
    diagnostics.push({
      severity: 'error',
      line: 1,
      pointer: '/metadata/date',
      message: authored
        ? 'the front matter has no date; expected "date: YYYY-MM-DD"'
        : 'no date found; expected a "Datum 18 juni 2026" line in the letterhead or "(ontvangen …)" after the questions',
    });
  }

  const letter: Letter = {
    schemaVersion: '1.0',
    language: 'nl',
    kind: 'answer-letter',
    metadata,
  };
  const allText = [
    ...(structure.coverLetter ?? []).map((b) => blockText(b)),
    structure.title ?? '',
    ...(head?.letterhead.recipient ?? []),
  ].join('\n');
  const questionCount = structure.sections.reduce((n, s) => n + s.items.length, 0);
  const answerCount = structure.sections.reduce((n, s) => n + s.items.filter((i) => i.type === 'answer').length, 0);
  // An Aanhangsel "Mededeling van …" in place of the answers is the notice, also where it
  // prints the questions it is about (as OP XML's kamervraagomschrijving type="mededeling");
  // so is a letter without answers that says, where a notice says it, that they come later
  // or came in another letter.
  const notice = answerCount === 0 && (structure.mededeling === true || saysAnswersComeLater(structure));
  letter.kind = declared.kind ?? (notice ? 'postponement-notice' : 'answer-letter');
  if (!authored && questionCount === 0 && letter.kind === 'answer-letter') {
    // Without questions, answers or a notice's wording this is some other text: refused as
    // such, saying what was looked for, rather than passed off as a letter.
    return { diagnostics: [...diagnostics.filter((d) => d.pointer !== '/metadata/date'), { severity: 'error', line: 1, message: NOT_AN_ANSWER_LETTER }] };
  }
  const chamber = declared.chamber ?? findChamber(allText, publicationHeader ? input : []);
  if (chamber) letter.chamber = chamber;
  const letterhead = declared.letterhead ?? head?.letterhead;
  if (letterhead && Object.keys(letterhead).length > 0) letter.letterhead = letterhead;
  const inquiry = declared.inquiry ?? (authored ? undefined : (structure.inquiry ?? findInquiry(structure, allText)));
  if (inquiry) letter.inquiry = inquiry;
  const signatories = declared.signatories ?? structure.signatories;
  if (signatories && signatories.length > 0) letter.signatories = signatories;
  if (structure.coverLetter && structure.coverLetter.length > 0) letter.coverLetter = structure.coverLetter;
  const sections = structure.sections.filter((s) => s.items.length > 0);
  if (sections.length > 0) {
    letter.questionsAndAnswers = { sections };
    if (structure.title) letter.questionsAndAnswers = { title: structure.title, sections };
  } else if (structure.title) {
    // A title with no questions under it is text of the letter, not lost.
    (letter.coverLetter ??= []).push(paragraph([{ type: 'text', text: structure.title }]));
  }
  if (footnotes.length > 0) letter.footnotes = footnotes;
  if (declared.publication) letter.publication = declared.publication;
  if (!authored && head && Object.keys(head.letterhead).length > 0) {
    if (!subject) diagnostics.push({ severity: 'warning', line: 1, pointer: '/metadata/subject', message: 'no subject found: expected a "Betreft" (or "Onderwerp") line in the letterhead' });
    if (!reference) diagnostics.push({ severity: 'warning', line: 1, pointer: '/metadata/reference', message: 'no reference found: expected "Onze referentie" or "Ons kenmerk" in the letterhead' });
  }
  const lines: Record<string, number> = {};
  sections.forEach((s, si) =>
    s.items.forEach((item, ii) => {
      const line = structure.itemLines?.get(item);
      if (line !== undefined) lines[`/questionsAndAnswers/sections/${si}/items/${ii}`] = line;
    }),
  );
  return { letter, diagnostics, lines };
}

/** What the recogniser looked for, for a text it refuses. */
const NOT_AN_ANSWER_LETTER =
  'this is not an answer letter: no questions or answers found (looked for labels such as "Vraag 1" and "Antwoord op vraag 1", ' +
  'numbered questions under "Vragen van …" with answers under "Antwoord van …") and no postponement notice ' +
  '(looked for "Mededeling" or, at the start of the letter, wording that the answers come later or came in another letter)';

/** How many blocks of the letter's opening a notice states its point in. */
const NOTICE_OPENING_BLOCKS = 3;

/**
 * A notice says so at its start: in its title or in the first blocks of its text. The same
 * words deep in a longer text (a manual that explains notices) do not make it one.
 */
function saysAnswersComeLater(structure: Structure): boolean {
  const opening = [structure.title ?? '', ...(structure.coverLetter ?? []).slice(0, NOTICE_OPENING_BLOCKS).map((b) => blockText(b))];
  return opening.some((text) => POSTPONEMENT.test(text));
}

export { mapBlock } from './source';
export { parseAskers } from './metadata';
