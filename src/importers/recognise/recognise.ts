/**
 * The structure recogniser: turns the neutral block stream of a front end into an answer
 * letter. It lifts out page furniture, joins blocks cut by page breaks, pairs footnote
 * marks with their definitions, reads the letterhead, and finds the cover letter, the
 * signature, the questions-and-answers title, theme sections, questions and answers.
 * Every decision that changes or drops text is reported as a diagnostic with its line.
 */
import { parseDutchDate } from '../../model/dates';
import type { Diagnostic } from '../../model/diagnostics';
import { normalizeInlines, normalizeSpace, plainText } from '../../model/text';
import type {
  Answer,
  Asker,
  Block,
  Footnote,
  Inline,
  Inquiry,
  Letter,
  Question,
  Section,
  Signatory,
} from '../../model/types';
import type { ImportResult } from '../result';
import type { ListBlock, ParagraphBlock, SourceBlock } from './blocks';
import { dropPrefix, joinLines, joinWithSpace, lineText, replaceMarks, unwrapFormatting } from './inlines';
import { parseLabel, type Label } from './labels';
import { parseLetterhead, type SourceLine } from './letterhead';
import {
  AANHANGSEL_ANSWER_HEADER,
  PAGE_FURNITURE,
  PAREN_FOOTNOTE_DEF,
  POSTPONEMENT,
  PUBLICATION_HEADER,
  QA_TITLE,
  SENTENCE_END,
  SIDE_COLUMN_LABELS,
  SIGNATURE_ROLE,
  SUPERSCRIPT_DIGITS,
  SUPERSCRIPT_FOOTNOTE_DEF,
} from './patterns';

/** What authored Markdown states in its front matter; structure then comes from headings only. */
export interface Declared {
  kind?: Letter['kind'];
  chamber?: Letter['chamber'];
  letterhead?: Letter['letterhead'];
  metadata?: Partial<Letter['metadata']>;
  inquiry?: Inquiry;
  signatories?: Signatory[];
  /** Footnote ids for labels, where they are not the default "fn" + label. */
  footnoteIds?: { id: string; label: string }[];
}

export interface RecogniseOptions {
  /** Present for authored Markdown (front matter): metadata is taken from it, not guessed. */
  declared?: Declared;
}

/** A unit of body content with the evidence of where it came from. */
type Item = SourceBlock & { breakBefore?: boolean };

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
    if (kept.length > 0) {
      head = parseLetterhead(kept);
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
  let date = declared.metadata?.date ?? head?.date ?? structure.answerHeader?.date;
  if (!date && !authored && structure.title) {
    // A publication of questions only (no answer yet) is dated by the questions.
    const submitted = /\((?:ingezonden)\s+([^)]+)\)/i.exec(structure.title);
    date = submitted ? parseDutchDate(submitted[1]) : undefined;
    if (date) diagnostics.push({ severity: 'warning', line: 1, message: `no date of the letter found; the date the questions were submitted (${date}) is used` });
  }
  if (date) metadata.date = date;
  const reference = declared.metadata?.reference ?? head?.reference;
  if (reference) metadata.reference = reference;
  const subject = declared.metadata?.subject ?? head?.subject;
  if (subject) metadata.subject = subject;
  if (!date) {
    diagnostics.push({
      severity: 'error',
      line: 1,
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
  letter.kind =
    declared.kind ?? (questionCount === 0 && (POSTPONEMENT.test(allText) || structure.mededeling) ? 'postponement-notice' : 'answer-letter');
  const chamber = declared.chamber ?? findChamber(allText, publicationHeader ? input : []);
  if (chamber) letter.chamber = chamber;
  const letterhead = declared.letterhead ?? head?.letterhead;
  if (letterhead && Object.keys(letterhead).length > 0) letter.letterhead = letterhead;
  const inquiry = declared.inquiry ?? (authored ? undefined : findInquiry(structure, allText));
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
  if (!date) return { diagnostics };
  if (!authored && head && Object.keys(head.letterhead).length > 0) {
    if (!subject) diagnostics.push({ severity: 'warning', line: 1, message: 'no subject found: expected a "Betreft" (or "Onderwerp") line in the letterhead' });
    if (!reference) diagnostics.push({ severity: 'warning', line: 1, message: 'no reference found: expected "Onze referentie" or "Ons kenmerk" in the letterhead' });
  }
  if (!authored && questionCount === 0 && !letter.coverLetter) {
    diagnostics.push({ severity: 'warning', line: 1, message: 'this does not read as an answer letter: no questions, answers or letter text found' });
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

/* ---------- helpers on blocks ---------- */

function paragraph(content: Inline[]): Block {
  return { type: 'paragraph', content };
}

function paragraphText(b: ParagraphBlock): string {
  return b.lines.map(lineText).join('\n');
}

function blockText(b: Block): string {
  switch (b.type) {
    case 'paragraph':
      return plainText(b.content);
    case 'list':
      return b.items.map((i) => i.content.map(blockText).join(' ')).join(' ');
    case 'blockquote':
      return b.content.map(blockText).join(' ');
    case 'table':
      return b.rows.map((r) => r.cells.map((c) => plainText(c.content)).join(' ')).join(' ');
  }
}

function sourceText(b: SourceBlock): string {
  switch (b.kind) {
    case 'paragraph':
      return paragraphText(b);
    case 'heading':
      return plainText(b.content);
    case 'list':
      return blockText(b.list);
    case 'blockquote':
      return b.content.map(blockText).join('\n');
    case 'table':
      return blockText(b.table);
    case 'footnoteDef':
      return b.content.map(blockText).join(' ');
    case 'break':
      return '';
  }
}

function toBlock(b: SourceBlock): Block | undefined {
  switch (b.kind) {
    case 'paragraph': {
      const content = joinLines(b.lines);
      return content.length > 0 ? paragraph(content) : undefined;
    }
    case 'heading':
      return b.content.length > 0 ? paragraph(b.content) : undefined;
    case 'list':
      return b.list;
    case 'blockquote':
      return { type: 'blockquote', content: b.content };
    case 'table':
      return b.table;
    default:
      return undefined;
  }
}

function toSourceLines(blocks: SourceBlock[]): SourceLine[] {
  const out: SourceLine[] = [];
  blocks.forEach((b, group) => {
    if (b.kind === 'paragraph') {
      b.lines.forEach((l, k) => {
        const text = normalizeSpace(lineText(l));
        const strong = l.length > 0 && l.every((n) => n.type === 'strong' || (n.type === 'text' && n.text.trim() === ''));
        if (text) out.push({ text, line: b.line + k, group, strong });
      });
    } else if (b.kind === 'blockquote' || b.kind === 'heading') {
      sourceText(b)
        .split('\n')
        .forEach((t, k) => {
          const text = normalizeSpace(t);
          if (text) out.push({ text, line: b.line + k, group });
        });
    } else if (b.kind === 'table') {
      // Letterheads made with tables (Word): each row is "label value".
      b.table.rows.forEach((r, k) => {
        const text = normalizeSpace(r.cells.map((c) => plainText(c.content)).join(' '));
        if (text) out.push({ text, line: b.line + k, group: group * 1000 + k });
      });
    }
  });
  return out;
}

/* ---------- 1. footnote definitions ---------- */

interface Def {
  label: string;
  /** How the mark looks in the text: GFM "[^1]", superscript "¹", or "1)". */
  mark: 'gfm' | 'superscript' | 'paren' | 'plain' | 'star';
  content: Block[];
  line: number;
}

function extractFootnoteDefs(
  blocks: SourceBlock[],
  pageBottomDefs: boolean,
  diagnostics: Diagnostic[],
): { blocks: Item[]; defs: Def[] } {
  const defs: Def[] = [];
  const out: Item[] = [];
  // Paren marks ("vraag? 1)") count only when such a mark stands in the running text.
  const bodyText = blocks.filter((b) => b.kind === 'paragraph').map(sourceText).join('\n');
  let pendingBreak = false;
  for (const b of blocks) {
    if (b.kind === 'footnoteDef') {
      defs.push({ label: b.label, mark: b.mark ?? 'gfm', content: b.content, line: b.line });
      pendingBreak = true;
      continue;
    }
    if (b.kind === 'paragraph' && pageBottomDefs) {
      const found = superscriptDefs(b) ?? parenDefs(b, bodyText) ?? starDefs(b, bodyText);
      if (found) {
        for (const d of found) {
          defs.push(d);
          diagnostics.push({ severity: 'info', line: d.line, message: `footnote ${d.label} definition taken out of the running text` });
        }
        pendingBreak = true;
        continue;
      }
    }
    if (b.kind === 'list' && pageBottomDefs) {
      const found = parenListDefs(b, bodyText);
      if (found) {
        defs.push(...found);
        for (const d of found) diagnostics.push({ severity: 'info', line: d.line, message: `footnote ${d.label}) definition taken out of the running text` });
        pendingBreak = true;
        continue;
      }
    }
    out.push(pendingBreak ? { ...b, breakBefore: true } : b);
    pendingBreak = false;
  }
  return { blocks: out, defs };
}

/** "1) Geen spoed …" read by Markdown as a list: footnotes, when each mark "… 1)" is in the text. */
function parenListDefs(b: ListBlock, bodyText: string): Def[] | undefined {
  const items = b.list.items;
  if (b.list.style !== 'decimal' || !items.every((it) => /^\d{1,3}\)$/.test(it.label ?? ''))) return undefined;
  const labels = items.map((it) => it.label!.slice(0, -1));
  if (!labels.every((n) => new RegExp(`\\S\\s${n}\\)`).test(bodyText))) return undefined;
  return items.map((it, k) => ({ label: labels[k], mark: 'paren' as const, content: it.content, line: b.line + k }));
}

function superscriptDefs(b: ParagraphBlock): Def[] | undefined {
  if (!SUPERSCRIPT_FOOTNOTE_DEF.test(lineText(b.lines[0]).trim())) return undefined;
  const defs: Def[] = [];
  b.lines.forEach((line, k) => {
    const text = lineText(line).trim();
    const m = SUPERSCRIPT_FOOTNOTE_DEF.exec(text);
    const prefix = text.length - lineText(line).trimStart().length;
    if (m) {
      const label = [...m[1]].map((c) => String(SUPERSCRIPT_DIGITS.indexOf(c))).join('');
      const content = dropPrefix(line, prefix + text.indexOf(m[2]));
      defs.push({ label, mark: 'superscript', content: [paragraph(content)], line: b.line + k });
    } else {
      const last = defs[defs.length - 1].content[0];
      if (last.type === 'paragraph') last.content = joinWithSpace(last.content, line);
    }
  });
  return defs;
}

/** "* Ter inzage gelegd …": a note marked with asterisks, when "rapport*" stands in the text. */
function starDefs(b: ParagraphBlock, bodyText: string): Def[] | undefined {
  const first = lineText(b.lines[0]).trim();
  const m = /^(\*{1,3})\s+(\S.*)$/.exec(first);
  if (!m || b.lines.length > 3) return undefined;
  const stars = m[1].replace(/\*/g, '\\*');
  if (!new RegExp(`[\\p{L}\\d.,;:)]${stars}(?![*])`, 'u').test(bodyText)) return undefined;
  const content = dropPrefix(joinLines(b.lines), first.indexOf(m[2]));
  return [{ label: m[1], mark: 'star', content: [paragraph(content)], line: b.line }];
}

/**
 * Notes under the text marked "1)" in it: "1) Geen spoed …" or "1. Argos, …", one or more
 * in a paragraph, each possibly running over more lines. Taken only when every note's mark
 * stands after a word in the running text ("vraagt? 1)", "gedrag2)").
 */
function parenDefs(b: ParagraphBlock, bodyText: string): Def[] | undefined {
  const start = (line: Inline[]) => PAREN_FOOTNOTE_DEF.exec(lineText(line).trim());
  const hasMark = (n: string) => new RegExp(`\\S\\s?${n}\\)`).test(bodyText);
  const first = start(b.lines[0]);
  if (!first || !hasMark(first[1])) return undefined;
  const defs: Def[] = [];
  for (const [k, line] of b.lines.entries()) {
    const m = start(line);
    if (m && hasMark(m[1]) && (defs.length === 0 || Number(m[1]) === Number(defs[defs.length - 1].label) + 1)) {
      const text = lineText(line);
      defs.push({ label: m[1], mark: 'paren', content: [paragraph(dropPrefix(line, text.indexOf(m[2])))], line: b.line + k });
    } else {
      const last = defs[defs.length - 1].content[0];
      if (last.type === 'paragraph') last.content = joinWithSpace(last.content, line);
    }
  }
  return defs;
}

/* ---------- 2. letterhead ---------- */

/**
 * Index of the first block after the letterhead: the first block that reads as body text
 * (a long line, a sentence, a salutation), a label, the questions' title or a list.
 */
function letterheadEnd(blocks: SourceBlock[]): number {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.kind === 'heading' || b.kind === 'list') return i;
    if (b.kind !== 'paragraph') continue;
    const first = normalizeSpace(lineText(b.lines[0]));
    if (parseLabel(first) || isQaTitle(b)) return i;
    const isSide = SIDE_COLUMN_LABELS.some((e) => e.label.test(first)) || /^(?:datum|betreft|onderwerp|onze referentie|ons kenmerk|retouradres)\s/i.test(first);
    if (isSide || /^>?\s*retouradres/i.test(first)) continue;
    const text = normalizeSpace(paragraphText(b));
    const long = b.lines.some((l) => lineText(l).trim().split(/\s+/).length > 12);
    if (long || SENTENCE_END.test(text) || /,$/.test(text)) return i;
  }
  return blocks.length;
}

/* ---------- 3. furniture ---------- */

function dropFurniture(
  blocks: Item[],
  head: ReturnType<typeof parseLetterhead> | undefined,
  diagnostics: Diagnostic[],
): Item[] {
  const counts = new Map<string, number>();
  for (const b of blocks) if (b.kind === 'paragraph') counts.set(paragraphText(b), (counts.get(paragraphText(b)) ?? 0) + 1);
  const senderLines = new Set(head?.senderLines ?? []);
  const known = new Set([head?.printedDate, head?.date, head?.reference].filter((x): x is string => !!x));
  const out: Item[] = [];
  let pendingBreak = false;
  for (const b of blocks) {
    if (b.kind === 'break') {
      pendingBreak = true;
      continue;
    }
    if (b.kind === 'paragraph') {
      const reason = furnitureReason(b, counts, senderLines, known);
      if (reason) {
        diagnostics.push({ severity: 'info', line: b.line, message: `running head "${paragraphText(b).replace(/\n/g, ' / ')}" dropped (${reason})` });
        pendingBreak = true;
        continue;
      }
    }
    out.push(pendingBreak ? { ...b, breakBefore: true } : b);
    pendingBreak = false;
  }
  return out;
}

function furnitureReason(
  b: ParagraphBlock,
  counts: Map<string, number>,
  senderLines: Set<string>,
  known: Set<string>,
): string | undefined {
  const lines = b.lines.map((l) => normalizeSpace(lineText(l))).filter(Boolean);
  if (lines.length === 0) return undefined;
  // Side-column fields repeated on every page: "Datum" / "18 juni 2026", "Onze referentie" / "7562802".
  let i = 0;
  let allSide = true;
  let sawSenderOnly = true;
  while (i < lines.length) {
    const line = lines[i];
    if (PAGE_FURNITURE.some((re) => re.test(line))) {
      i++;
      sawSenderOnly = false;
      continue;
    }
    if (senderLines.has(line) || joinsSenderLine(lines, i, senderLines)) {
      i += joinsSenderLine(lines, i, senderLines) ? 2 : 1;
      continue;
    }
    const isLabel = SIDE_COLUMN_LABELS.some((e) => e.label.test(line));
    if (isLabel && lines[i + 1] !== undefined && (known.has(lines[i + 1]) || parseDutchDate(lines[i + 1]) || /^[A-Z0-9][\w./-]{2,30}$/.test(lines[i + 1]))) {
      i += 2;
      sawSenderOnly = false;
      continue;
    }
    const inline = /^(datum|onze referentie|ons kenmerk|kenmerk)\s+(.+)$/i.exec(line);
    if (inline && (known.has(inline[2]) || parseDutchDate(inline[2]))) {
      i++;
      sawSenderOnly = false;
      continue;
    }
    allSide = false;
    break;
  }
  if (allSide) return sawSenderOnly ? 'the sender column of page 1, repeated' : 'side column or page number';
  // Repetition: an identical short non-sentence block that recurs is a running head.
  const text = paragraphText(b);
  if (
    (counts.get(text) ?? 0) >= 2 &&
    lines.length <= 6 &&
    lines.every((l) => l.split(' ').length <= 8) &&
    !SENTENCE_END.test(text) &&
    !parseLabel(lines[0])
  ) {
    return `repeated ${counts.get(text)} times`;
  }
  return undefined;
}

/** "Directoraat-Generaal" + "Migratie" on two lines is the sender line "Directoraat-Generaal Migratie". */
function joinsSenderLine(lines: string[], i: number, senderLines: Set<string>): boolean {
  return i + 1 < lines.length && senderLines.has(`${lines[i]} ${lines[i + 1]}`);
}

/* ---------- 4. page-break continuation ---------- */

function joinAcrossBreaks(blocks: Item[], diagnostics: Diagnostic[]): Item[] {
  const out: Item[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    if (b.breakBefore && prev && prev.kind === 'paragraph' && b.kind === 'paragraph') {
      const prevText = paragraphText(prev).trim();
      const nextText = paragraphText(b).trim();
      if (!SENTENCE_END.test(prevText) && /^[a-zà-ÿ]/.test(nextText) && !parseLabel(prevText.split('\n').pop() ?? '')) {
        diagnostics.push({ severity: 'info', line: b.line, message: `paragraph continued after a page break joined to the one at line ${prev.line}` });
        out[out.length - 1] = { ...prev, lines: [...prev.lines, ...b.lines] };
        continue;
      }
    }
    if (b.breakBefore && prev && prev.kind === 'list' && b.kind === 'list' && prev.list.style === b.list.style) {
      diagnostics.push({ severity: 'info', line: b.line, message: `list continued after a page break joined to the one at line ${prev.line}` });
      out[out.length - 1] = { ...prev, list: { ...prev.list, items: [...prev.list.items, ...b.list.items] } };
      continue;
    }
    out.push(b);
  }
  return out;
}

/* ---------- 5. structure ---------- */

interface Structure {
  /** Source line of each question and answer. */
  itemLines?: Map<Question | Answer, number>;
  coverLetter?: Block[];
  signatories?: Signatory[];
  title?: string;
  sections: Section[];
  answerHeader?: { date?: string; who?: string };
  mededeling?: boolean;
}

/** A question or answer being built, with the evidence for diagnostics. */
class QaBuilder {
  sections: Section[] = [];
  /** Source line of each question and answer, for diagnostics found later. */
  readonly lines = new Map<Question | Answer, number>();
  private current: Question | Answer | undefined;
  private currentLine = 0;
  /** Questions since the last answer: an answer without numbers covers these. */
  private openQuestions: string[] = [];
  private lastQuestionNumber = 0;

  constructor(private readonly diagnostics: Diagnostic[]) {}

  get started(): boolean {
    return this.sections.length > 0;
  }

  section(heading: string | undefined): void {
    this.flush();
    this.sections.push(heading ? { heading, items: [] } : { items: [] });
  }

  question(numbers: string[], line: number): void {
    this.flush();
    if (numbers.length === 0) numbers = [String(this.lastQuestionNumber + 1)];
    const last = Number.parseInt(numbers[numbers.length - 1], 10);
    if (!Number.isNaN(last)) this.lastQuestionNumber = last;
    this.current = { type: 'question', numbers, body: [] };
    this.currentLine = line;
    this.openQuestions.push(...numbers);
  }

  answer(numbers: string[], line: number): void {
    this.flush();
    if (numbers.length === 0) {
      numbers = this.openQuestions.length > 0 ? [...this.openQuestions] : [];
      if (numbers.length === 0) {
        this.diagnostics.push({ severity: 'warning', line, message: 'an answer without a number follows no question; kept as answer to the previous question' });
        numbers = [String(Math.max(1, this.lastQuestionNumber))];
      }
    }
    this.current = { type: 'answer', questions: numbers, body: [] };
    this.currentLine = line;
    this.openQuestions = [];
  }

  /** True when a question is open and has body text (an unlabelled answer may follow). */
  get inQuestionWithBody(): boolean {
    return this.current?.type === 'question' && this.current.body.length > 0;
  }

  /** True when the open question's last block is a paragraph ending in "?". */
  get questionEndsWithQuestionMark(): boolean {
    if (this.current?.type !== 'question') return false;
    const last = this.current.body[this.current.body.length - 1];
    return last?.type === 'paragraph' && /\?["'”’)]*$/.test(plainText(last.content));
  }

  get inQuestion(): boolean {
    return this.current?.type === 'question';
  }

  get hasItem(): boolean {
    return this.current !== undefined;
  }

  add(block: Block): void {
    if (!this.current) throw new Error('no question or answer to add to');
    this.current.body.push(block);
  }

  flush(): void {
    if (!this.current) return;
    if (this.current.body.length === 0) {
      const what = this.current.type === 'question' ? `question ${this.current.numbers.join(', ')}` : `answer to ${this.current.questions.join(', ')}`;
      this.diagnostics.push({ severity: 'warning', line: this.currentLine, message: `${what} has no text; its label is kept as its text` });
      const label = this.current.type === 'question' ? 'Vraag' : 'Antwoord';
      this.current.body.push(paragraph([{ type: 'text', text: label }]));
    }
    if (this.sections.length === 0) this.sections.push({ items: [] });
    this.sections[this.sections.length - 1].items.push(this.current);
    this.lines.set(this.current, this.currentLine);
    this.current = undefined;
  }
}

/** "Vragen van het lid …", possibly under the Aanhangsel number ("2367"). */
function isQaTitle(b: ParagraphBlock): boolean {
  const lines = b.lines.map((l) => normalizeSpace(lineText(l)));
  const first = /^\d{1,5}\.?$/.test(lines[0]) && lines.length > 1 ? lines[1] : lines[0];
  const title = first.replace(/^\d{1,5}\.\s+/, '');
  return QA_TITLE.test(title) && title.split(' ').length >= 4;
}

function firstLine(b: SourceBlock): string {
  if (b.kind === 'paragraph') return normalizeSpace(lineText(b.lines[0]));
  return normalizeSpace(sourceText(b).split('\n')[0] ?? '');
}

/** A label on the first line of a paragraph, with the rest of the paragraph as text. */
function labelOf(b: SourceBlock): { label: Label; rest?: Block } | undefined {
  if (b.kind === 'heading') {
    const label = parseLabel(plainText(b.content));
    return label ? { label } : undefined;
  }
  if (b.kind !== 'paragraph') return undefined;
  // Converters leave stray emphasis markers around labels ("**  \nAntwoord op vragen 7, 8, en 9**").
  const stray = /^[*_\s]+|[*_\s]+$/g;
  const skip = b.lines.findIndex((l) => plainText(l).replace(stray, '') !== '');
  if (skip < 0) return undefined;
  const label = parseLabel(plainText(unwrapFormatting(b.lines[skip])).replace(stray, ''));
  if (!label) return undefined;
  let restLines = b.lines.slice(skip + 1);
  if (label.rest !== undefined) {
    const full = lineText(b.lines[skip]);
    restLines = [dropPrefix(b.lines[skip], full.length - label.rest.length), ...restLines];
  }
  const content = joinLines(restLines);
  return content.length > 0 ? { label, rest: paragraph(content) } : { label };
}

function isThemeHeading(b: SourceBlock, next: SourceBlock | undefined): boolean {
  if (b.kind !== 'paragraph' || b.lines.length > 2) return false;
  const text = normalizeSpace(paragraphText(b));
  if (text.split(' ').length > 14 || SENTENCE_END.test(text) || /[,]$/.test(text) || !/^[A-ZÀ-Ý0-9"'‘“]/.test(text)) return false;
  const nextLabel = next ? labelOf(next) : undefined;
  return nextLabel?.label.kind === 'question';
}

function structureExtracted(blocks: Item[], diagnostics: Diagnostic[]): Structure {
  const result: Structure = { sections: [] };
  const cover: Block[] = [];
  const qa = new QaBuilder(diagnostics);
  const signatories: Signatory[] = [];
  /** Reads "Antwoord van minister … (ontvangen …)": who answered and when; false if it is not one. */
  const readAnswerHeader = (text: string, line: number): boolean => {
    const ah = AANHANGSEL_ANSWER_HEADER.exec(text);
    if (!ah) return false;
    result.answerHeader = { who: ah[1], date: parseDutchDate(ah[2]) };
    result.mededeling = /^mededeling/i.test(text);
    signatories.push(...aanhangselSignatory(ah[1]));
    diagnostics.push({ severity: 'info', line, message: `"${text}" read as who answered and when` });
    if (ah[3]) {
      // Text after the header: the answer itself when an answer is open, else letter text.
      if (qa.hasItem) qa.add(paragraph([{ type: 'text', text: ah[3] }]));
      else cover.push(paragraph([{ type: 'text', text: ah[3] }]));
    }
    return true;
  };
  let i = 0;
  // Cover letter and signature, up to the title or the first label or theme heading.
  for (; i < blocks.length; i++) {
    const b = blocks[i];
    const first = firstLine(b);
    const numberedQuestion = (b.kind === 'list' && isNumberedQuestionList(b, blocks[i + 1])) || !!numberedParagraph(b, blocks[i + 1]);
    const titled = b.kind === 'paragraph' && isQaTitle(b);
    if (!titled && (labelOf(b) || numberedQuestion || isThemeHeading(b, blocks[i + 1]) || (b.kind === 'heading' && signatories.length > 0))) break;
    if (b.kind === 'paragraph' && titled) {
      const lines = b.lines.map((l) => normalizeSpace(lineText(l)));
      if (/^\d{1,5}\.?$/.test(lines[0])) {
        // The number of the Aanhangsel publication ("2367") above the title.
        diagnostics.push({ severity: 'info', line: b.line, message: `publication number "${lines[0]}" is not letter content` });
        lines.shift();
      }
      // The title runs up to "(ingezonden …)."; an answer header may follow in the same block.
      const text = lines.join(' ');
      const split = /^(.*?\((?:ingezonden|ontvangen)[^)]*\)\.?)\s+((?:antwoord|mededeling)\s+van\s.*)$/i.exec(text);
      // OCR runs the first question on after the title: "(Ingezonden 2 februari 1988) 1 Zijn …".
      const runOn = split ? null : /^(.*?\((?:ingezonden|ontvangen)[^)]*\)\.?)\s+(1\.?\s+\p{Lu}.*)$/iu.exec(text);
      result.title = normalizeSpace(split ? split[1] : runOn ? runOn[1] : text);
      let headerText = split?.[2];
      let headerLine = b.line;
      i++;
      if (runOn) {
        diagnostics.push({ severity: 'info', line: b.line, message: 'question 1 runs on after the title; taken apart' });
        blocks.splice(i, 0, { kind: 'paragraph', line: b.line, lines: [[{ type: 'text', text: runOn[2] }]] });
        break;
      }
      if (!headerText && blocks[i]?.kind === 'paragraph') {
        headerText = normalizeSpace(paragraphText(blocks[i] as ParagraphBlock));
        headerLine = blocks[i].line;
        if (AANHANGSEL_ANSWER_HEADER.test(headerText)) i++;
      }
      if (headerText) readAnswerHeader(headerText, headerLine);
      break;
    }
    if (b.kind === 'paragraph' && b.lines.length <= 3 && PUBLICATION_HEADER.some((re) => re.test(first))) {
      diagnostics.push({ severity: 'info', line: b.line, message: `publication header "${normalizeSpace(paragraphText(b))}" is not letter content` });
      continue;
    }
    if (b.kind === 'paragraph' && SIGNATURE_ROLE.test(first) && b.lines.length <= 3) {
      const role = first.replace(/,$/, '');
      let name = b.lines.length > 1 ? normalizeSpace(b.lines.slice(1).map(lineText).join(' ')) : undefined;
      const next = blocks[i + 1];
      if (!name && next && next.kind === 'paragraph' && isName(paragraphText(next))) {
        name = normalizeSpace(paragraphText(next));
        i++;
      }
      signatories.push(name ? { role, name } : { role });
      continue;
    }
    const block = toBlock(b);
    if (block) cover.push(block);
  }
  // Questions and answers.
  const numberedRun: { mode: 'off' | 'questions' | 'answers'; next: number } = { mode: 'off', next: 1 };
  for (; i < blocks.length; i++) {
    const b = blocks[i];
    const labelled = labelOf(b);
    if (labelled) {
      if (labelled.label.repaired) diagnostics.push({ severity: 'info', line: b.line, message: `label "${firstLine(b)}" read with OCR repairs as ${labelled.label.kind} ${labelled.label.numbers.join(', ')}` });
      if (!qa.started) qa.section(undefined);
      if (labelled.label.kind === 'question') qa.question(labelled.label.numbers, b.line);
      else qa.answer(labelled.label.numbers, b.line);
      if (labelled.rest) qa.add(labelled.rest);
      continue;
    }
    if (isThemeHeading(b, blocks[i + 1]) || (b.kind === 'heading' && !labelOf(b))) {
      qa.section(normalizeSpace(sourceText(b)));
      continue;
    }
    if (b.kind === 'break') continue;
    // "Mededeling": a notice instead of answers (the questions were answered elsewhere or
    // will be later). What follows it is the letter's text, not an answer.
    if (b.kind === 'paragraph' && /^mededeling\.?$/i.test(firstLine(b))) {
      result.mededeling = true;
      qa.flush();
      diagnostics.push({ severity: 'info', line: b.line, message: '"Mededeling": the text under it is kept as the text of the letter, not as an answer' });
      const rest = joinLines(b.lines.slice(1));
      if (rest.length) cover.push(paragraph(rest));
      for (i++; i < blocks.length && !labelOf(blocks[i]); i++) {
        const block = toBlock(blocks[i]);
        if (block) cover.push(block);
      }
      i--;
      continue;
    }
    // Italic questions with plain answers: an all-italic paragraph after an answer is a question.
    if (b.kind === 'paragraph' && b.allEmphasis && (!qa.inQuestion || !qa.hasItem)) {
      if (!qa.started) qa.section(undefined);
      qa.question([], b.line);
      qa.add(paragraph(unwrapFormatting(joinLines(b.lines))));
      continue;
    }
    // "Antwoord van minister … (ontvangen …)" further down than right under the title.
    if (b.kind === 'paragraph' && !result.answerHeader && numberedRun.mode === 'off' && readAnswerHeader(normalizeSpace(paragraphText(b)), b.line)) {
      continue;
    }
    // Handelingen of old: questions "1. …", "2. …" under the title, then "ANTWOORD van …
    // (Ingezonden …)", then answers "1. …", "2. …"; OCR runs items on inline ("…? 4. Is …").
    if (b.kind === 'paragraph' && result.title && (numberedRun.mode !== 'off' || (!qa.started && /^1\.?\s+\p{Lu}/u.test(firstLine(b))))) {
      const text = normalizeSpace(paragraphText(b));
      if (numberedRun.mode === 'questions' && readAnswerHeader(text, b.line)) {
        // Numbered answers follow.
        numberedRun.mode = 'answers';
        numberedRun.next = 1;
        continue;
      }
      const split = splitNumberedItems(text, numberedRun.next, numberedRun.mode !== 'off' && qa.hasItem);
      if (split) {
        const items = split.items;
        if (split.lead) qa.add(paragraph([{ type: 'text', text: split.lead }]));
        if (numberedRun.mode === 'off') numberedRun.mode = 'questions';
        if (!qa.started) qa.section(undefined);
        for (const item of items) {
          if (numberedRun.mode === 'questions') qa.question([String(item.number)], b.line);
          else qa.answer([String(item.number)], b.line);
          qa.add(paragraph([{ type: 'text', text: item.text }]));
          if (item.unnumbered) diagnostics.push({ severity: 'warning', line: b.line, message: `item ${item.number} has no printed number (lost in OCR?); numbered by its place` });
          else if (items.length > 1) diagnostics.push({ severity: 'info', line: b.line, message: `item ${item.number} found running on inline` });
        }
        numberedRun.next = items[items.length - 1].number + 1;
        continue;
      }
      // A question whose number OCR lost: between question N-1 and N+1, by its place.
      if (numberedRun.mode === 'questions' && qa.questionEndsWithQuestionMark && /\?\s*$/.test(text) && /^\p{Lu}/u.test(text)) {
        const after = splitNumberedItems(text, numberedRun.next + 1, true);
        diagnostics.push({ severity: 'warning', line: b.line, message: `question ${numberedRun.next} has no printed number (lost in OCR?); numbered by its place` });
        qa.question([String(numberedRun.next)], b.line);
        qa.add(paragraph([{ type: 'text', text: after?.lead ?? text }]));
        numberedRun.next++;
        for (const item of after?.items ?? []) {
          qa.question([String(item.number)], b.line);
          qa.add(paragraph([{ type: 'text', text: item.text }]));
          numberedRun.next = item.number + 1;
        }
        continue;
      }
    }
    // Numbered questions in text: "1." over (or before) the question, then "Antwoord".
    const numbered = numberedParagraph(b, blocks[i + 1]);
    if (numbered) {
      if (!qa.started) qa.section(undefined);
      qa.question([numbered.number], b.line);
      qa.add(paragraph(numbered.rest));
      continue;
    }
    // Numbered questions: "1. Kan de minister …?" followed by an answer.
    if (b.kind === 'list' && isNumberedQuestionList(b, blocks[i + 1])) {
      if (!qa.started) qa.section(undefined);
      qa.question([b.list.items[0].label!.replace(/[.)]$/, '')], b.line);
      for (const content of b.list.items[0].content) qa.add(content);
      continue;
    }
    const block = toBlock(b);
    if (!block) continue;
    if (!qa.hasItem) {
      if (qa.started) {
        diagnostics.push({ severity: 'warning', line: b.line, message: 'text between the title and the first question; kept in the cover letter' });
      }
      cover.push(block);
      continue;
    }
    // Plain text after a question that already has its text: an unlabelled answer, where
    // the questions are set apart by italics, or where the question ended with "?" and
    // this paragraph asks nothing.
    if (
      qa.inQuestionWithBody &&
      b.kind === 'paragraph' &&
      !b.allEmphasis &&
      (isAnswerStyle(blocks, i) ||
        (qa.questionEndsWithQuestionMark &&
          !/\?\s*$/.test(paragraphText(b)) &&
          /^[A-ZÀ-Ý0-9"'‘“]/.test(paragraphText(b)) &&
          nextLabelKind(blocks, i + 1) !== 'answer'))
    ) {
      qa.answer([], b.line);
      diagnostics.push({ severity: 'info', line: b.line, message: 'paragraph after a question read as its answer (no label)' });
    }
    qa.add(block);
  }
  qa.flush();
  if (cover.length) result.coverLetter = cover;
  if (signatories.length) result.signatories = signatories;
  result.sections = qa.sections;
  result.itemLines = qa.lines;
  return result;
}

/** The kind of the next question or answer label from block i on, if any. */
function nextLabelKind(blocks: Item[], i: number): Label['kind'] | undefined {
  for (let j = i; j < blocks.length; j++) {
    const label = labelOf(blocks[j]);
    if (label) return label.label.kind;
  }
  return undefined;
}

/** In letters with italic questions, plain paragraphs after a question answer it. */
function isAnswerStyle(blocks: Item[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const b = blocks[j];
    if (b.kind === 'paragraph') return !!b.allEmphasis;
    if (b.kind !== 'break') return false;
  }
  return false;
}

/**
 * "N. text" where N is the number expected next, with any later items that run on inline
 * after a sentence end ("…voorkomen? 4. Is de bewindsman …"); undefined when the paragraph
 * does not start with the expected number.
 */
function splitNumberedItems(
  text: string,
  expected: number,
  runOn: boolean,
): { lead?: string; items: { number: number; text: string; unnumbered?: boolean }[] } | undefined {
  // "4. Is …", or in OCR "4 Is …" without the dot.
  const itemStart = (n: number) => new RegExp(`(^|[?.!:;]\\s+)${n}\\.?\\s+(?=\\p{Lu})`, 'u');
  const first = itemStart(expected).exec(text);
  // The first item starts the paragraph, or (for an item already under way) runs on inline.
  if (!first || (first.index > 0 && !runOn)) return undefined;
  const lead = first.index > 0 ? text.slice(0, first.index + first[1].length).trim() : undefined;
  const items: { number: number; text: string; unnumbered?: boolean }[] = [];
  let n = expected;
  let rest = text.slice(first.index + first[0].length);
  for (;;) {
    const next = itemStart(n + 1).exec(rest);
    if (next && next.index > 0) {
      items.push({ number: n, text: rest.slice(0, next.index + next[1].length).trim() });
      rest = rest.slice(next.index + next[0].length);
      n++;
      continue;
    }
    // OCR lost number n+1 but n+2 follows: item n+1 starts at the first question after item n.
    const skip = itemStart(n + 2).exec(rest);
    const question = skip ? /\?\s+(?=\p{Lu})/u.exec(rest.slice(0, skip.index)) : null;
    if (!skip || !question) break;
    items.push({ number: n, text: rest.slice(0, question.index + 1).trim() });
    items.push({ number: n + 1, text: rest.slice(question.index + question[0].length, skip.index + skip[1].length).trim(), unnumbered: true });
    rest = rest.slice(skip.index + skip[0].length);
    n += 2;
  }
  items.push({ number: n, text: rest.trim() });
  return { lead, items };
}

/**
 * A paragraph that starts with a question number ("1." on its own line, or "1. Hoe …?")
 * and is followed by an "Antwoord" label without a number: a numbered question.
 */
function numberedParagraph(b: SourceBlock, next: SourceBlock | undefined): { number: string; rest: Inline[] } | undefined {
  if (b.kind !== 'paragraph') return undefined;
  const first = lineText(b.lines[0]).trim();
  const m = /^(\d{1,4})[.)](?:\s+(\S.*))?$/.exec(first);
  if (!m) return undefined;
  const nextLabel = next ? labelOf(next) : undefined;
  if (!(nextLabel?.label.kind === 'answer' && nextLabel.label.numbers.length === 0)) return undefined;
  const rest = m[2] ? joinLines([dropPrefix(b.lines[0], first.indexOf(m[2])), ...b.lines.slice(1)]) : joinLines(b.lines.slice(1));
  return rest.length ? { number: m[1], rest } : undefined;
}

/** "1. Hoe vaak …?" (a one-item decimal list) followed by an "Antwoord" label, or ending in "?". */
function isNumberedQuestionList(b: ListBlock, next: SourceBlock | undefined): boolean {
  if (b.list.style !== 'decimal' || b.list.items.length !== 1) return false;
  const nextLabel = next ? labelOf(next) : undefined;
  return (nextLabel?.label.kind === 'answer' && nextLabel.label.numbers.length === 0) || /\?\s*$/.test(sourceText(b));
}

function isName(text: string): boolean {
  const t = normalizeSpace(text);
  const words = t.split(' ');
  return words.length >= 1 && words.length <= 6 && /^[A-ZÀ-Ý]/.test(t) && !/[?!:;,]$/.test(t) && !/\.$/.test(t.replace(/\b[A-Z]\.$/, ''));
}

/** "minister De Vries (Financiën)" -> role "Minister van Financiën", name "De Vries". */
function aanhangselSignatory(who: string): Signatory[] {
  // "heer Keyzer, Staatssecretaris van Verkeer en Waterstaat."
  const person = /^(?:de\s+)?(?:heer|mevrouw)\s+([^,]+),\s*(.+?)[.,]?$/i.exec(normalizeSpace(who));
  if (person) return [{ role: person[2], name: person[1] }];
  const m = /^(minister|staatssecretaris|minister-president)\s+(.+?)\s*\(([^)]+)\)$/i.exec(normalizeSpace(who));
  if (!m) return [{ role: normalizeSpace(who) }];
  return [{ role: `${m[1][0].toUpperCase()}${m[1].slice(1).toLowerCase()} van ${m[3]}`, name: m[2] }];
}

function structureAuthored(blocks: Item[], diagnostics: Diagnostic[]): Structure {
  const result: Structure = { sections: [] };
  const cover: Block[] = [];
  const qa = new QaBuilder(diagnostics);
  for (const b of blocks) {
    if (b.kind === 'heading') {
      const text = normalizeSpace(plainText(b.content));
      const label = b.level >= 3 ? parseLabel(text) : undefined;
      if (label) {
        if (!qa.started) qa.section(undefined);
        if (label.kind === 'question') qa.question(label.numbers, b.line);
        else qa.answer(label.numbers, b.line);
        continue;
      }
      if (b.level === 1 && !qa.started && result.title === undefined) {
        result.title = text;
        continue;
      }
      if (b.level === 2) {
        qa.section(text);
        continue;
      }
      diagnostics.push({ severity: 'warning', line: b.line, message: `heading "${text}" is not a title (#), theme (##) or Vraag/Antwoord label (###); kept as a paragraph` });
    }
    if (b.kind === 'break') {
      if (b.thematic && qa.started) qa.section(undefined);
      continue;
    }
    const block = toBlock(b);
    if (!block) continue;
    if (qa.hasItem) qa.add(block);
    else {
      if (qa.started || result.title !== undefined) {
        diagnostics.push({ severity: 'warning', line: b.line, message: 'text after the title but before the first "### Vraag"; kept in the cover letter' });
      }
      cover.push(block);
    }
  }
  qa.flush();
  if (cover.length) result.coverLetter = cover;
  result.sections = qa.sections;
  result.itemLines = qa.lines;
  return result;
}

/* ---------- 6. footnotes ---------- */

function resolveFootnotes(
  structure: Structure,
  defs: Def[],
  declaredIds: Declared['footnoteIds'],
  diagnostics: Diagnostic[],
): Footnote[] {
  if (defs.length === 0) {
    return [];
  }
  // Ids: "fn" + label, made unique; or, where the front matter lists { id, label }, the
  // definition's key is the id.
  const used = new Set<string>();
  const footnotes: (Footnote & { mark: Def['mark']; key: string })[] = defs.map((d) => {
    const entry = declaredIds?.find((x) => x.id === d.label);
    let id: string;
    if (entry && !used.has(entry.id)) {
      id = entry.id;
      used.add(id);
      return { id, label: entry.label, content: d.content, mark: d.mark, key: d.label };
    } else {
      const base = /^[A-Za-z0-9_-]+$/.test(d.label) ? `fn${d.label}` : `fn${defs.indexOf(d) + 1}`;
      id = base;
      for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    }
    used.add(id);
    return { id, label: d.label, content: d.content, mark: d.mark, key: d.label };
  });
  // Marks are paired with definitions of the same kind and key (label), in order.
  const queues = new Map<string, string[]>();
  for (const f of footnotes) {
    const key = `${f.mark}:${f.key}`;
    queues.set(key, [...(queues.get(key) ?? []), f.id]);
  }
  const seen = new Map<string, number>();
  const take = (key: string): string | undefined => {
    const ids = queues.get(key);
    if (!ids) return undefined;
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return ids[Math.min(n, ids.length - 1)];
  };
  const superscript = new RegExp(`[${SUPERSCRIPT_DIGITS}]+`, 'g');
  const hasPlain = defs.some((d) => d.mark === 'plain');
  const findMarks = (text: string) => {
    const marks: { index: number; length: number; label: string }[] = [];
    for (const m of text.matchAll(superscript)) {
      if (m.index === 0 && text === m[0]) continue;
      marks.push({ index: m.index!, length: m[0].length, label: 'superscript:' + [...m[0]].map((c) => SUPERSCRIPT_DIGITS.indexOf(c)).join('') });
    }
    for (const m of text.matchAll(/(\S)( ?)(\d{1,3})\)/g)) {
      if (!/[\p{L}?.!,;:]/u.test(m[1])) continue;
      marks.push({ index: m.index! + 1, length: m[0].length - 1, label: `paren:${m[3]}` });
    }
    for (const m of text.matchAll(/(?<=[\p{L}\d.,;:)])(\*{1,3})(?![*])/gu)) {
      marks.push({ index: m.index!, length: m[0].length, label: `star:${m[1]}` });
    }
    if (hasPlain) {
      // "gevraagd.2", "verleidelijk»»1?": digits glued to a word or closing punctuation.
      for (const m of text.matchAll(/(?<=[\p{L}.,;?!»”"')])(\d{1,3})(?=[\s.,;:?!»”")]|$)/gu)) {
        marks.push({ index: m.index!, length: m[0].length, label: `plain:${m[1]}` });
      }
    }
    return marks.sort((a, b) => a.index - b.index);
  };
  // Front ends give GFM references ("[^1]") as footnoteRef nodes holding the key.
  const resolveKeys = (inlines: Inline[]): Inline[] =>
    inlines.map((n) =>
      n.type === 'footnoteRef'
        ? { ...n, footnote: take(`gfm:${n.footnote}`) ?? n.footnote }
        : 'content' in n
          ? ({ ...n, content: resolveKeys(n.content) } as Inline)
          : n,
    );
  const resolveInlines = (inlines: Inline[]): Inline[] =>
    normalizeInlines(replaceMarks(resolveKeys(inlines), findMarks, (label) => take(label)));
  const mapBlocks = (blocks: Block[]): Block[] => blocks.map((b) => mapBlock(b, resolveInlines));
  if (structure.coverLetter) structure.coverLetter = mapBlocks(structure.coverLetter);
  for (const s of structure.sections) for (const item of s.items) item.body = mapBlocks(item.body);
  for (const f of footnotes) f.content = mapBlocks(f.content);
  for (const [key, ids] of queues) {
    if ((seen.get(key) ?? 0) === 0) {
      diagnostics.push({ severity: 'warning', line: defs.find((d) => `${d.mark}:${d.label}` === key)?.line, message: `footnote ${key.slice(key.indexOf(':') + 1)} (${ids.join(', ')}) has no mark in the text` });
    }
  }
  return footnotes.map(({ id, label, content }) => ({ id, label, content }));
}

/** Applies a function to every inline sequence of a block. */
export function mapBlock(b: Block, f: (inlines: Inline[]) => Inline[]): Block {
  switch (b.type) {
    case 'paragraph':
      return { ...b, content: f(b.content) };
    case 'list':
      return { ...b, items: b.items.map((it) => ({ ...it, content: it.content.map((c) => mapBlock(c, f)) })) };
    case 'blockquote':
      return { ...b, content: b.content.map((c) => mapBlock(c, f)) };
    case 'table':
      return { ...b, rows: b.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ content: f(c.content) })) })) };
  }
}

/* ---------- 7. metadata ---------- */

function findChamber(text: string, header: SourceBlock[]): Letter['chamber'] | undefined {
  const all = text + '\n' + header.slice(0, 5).map(sourceText).join('\n');
  const m = /\b(eerste|tweede)\s+kamer\b/i.exec(all);
  return m ? (m[1].toLowerCase() === 'eerste' ? 'eerste-kamer' : 'tweede-kamer') : undefined;
}

function findInquiry(structure: Structure, text: string): Inquiry | undefined {
  const inquiry: Inquiry = {};
  const all = `${text}\n${structure.title ?? ''}`;
  const submitted = /ingezonden\s+(?:op\s+)?(\d{1,2}\s+\p{L}+\s+\d{4})/iu.exec(all);
  if (submitted) {
    const iso = parseDutchDate(submitted[1]);
    if (iso) inquiry.submitted = iso;
  }
  const tkNumber = /\b(\d{4}Z\d{5})\b/.exec(all);
  const kenmerk = /\bkenmerk\s+([A-Z0-9][\w./-]*\d)/i.exec(all);
  if (tkNumber) inquiry.reference = tkNumber[1];
  else if (kenmerk) inquiry.reference = kenmerk[1];
  const askers = parseAskers(structure.title ?? '') ?? parseAskers(text);
  if (askers) inquiry.askers = askers;
  const to = /\bvragen\b.{0,200}?\baan\s+(de\s+(?:minister|staatssecretaris|minister-president)[^()]*?)\s+over\b/i.exec((structure.title ?? '').slice(0, 500));
  if (to) inquiry.addressee = normalizeSpace(to[1]);
  return Object.keys(inquiry).length > 0 ? inquiry : undefined;
}

/**
 * "Vragen van de leden van de fracties van Volt en PvdD over …" -> factions;
 * "Vragen van het lid Jansen (GroenLinks-PvdA) aan …" -> member with faction;
 * "Kamervragen van de leden Temmink en Van Nispen (beiden SP) …" -> members.
 */
export function parseAskers(text: string): Asker[] | undefined {
  const head = text.slice(0, 500);
  const m = /vragen van (het lid|de leden van de fracties? van|de fracties? van|de leden|de fractie)\s+(.+?)(?:\s+aan\s|\s+over\s|\s*\(ingezonden|\.|$)/i.exec(head);
  if (!m) return undefined;
  const who = m[1].toLowerCase();
  const parts = m[2].split(/,\s*|\s+en\s+/).map((p) => p.trim()).filter(Boolean);
  if (who.includes('fractie')) return parts.map((p) => ({ faction: p.replace(/^(?:de|het)\s+/i, '') }));
  const shared = /\((?:beiden|allen|beide)\s+([^)]+)\)\s*$/i.exec(m[2]);
  return parts.map((p) => {
    const own = /^(.+?)\s*\(([^)]+)\)$/.exec(p);
    if (own && !/^(?:beiden|allen|beide)\s/i.test(own[2])) return { name: own[1], faction: own[2] };
    const name = p.replace(/\s*\((?:beiden|allen|beide)\s+[^)]+\)$/i, '');
    return shared ? { name, faction: shared[1] } : { name };
  });
}
