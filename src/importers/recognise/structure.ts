/**
 * The structure of the letter: cover letter, signature, title, theme sections, questions and
 * answers, in the styles letters use (labels, numbered paragraphs, italics, no labels).
 */
import { parseDutchDate } from '../../model/dates';
import { labelFor } from '../../model/labels';
import type { Diagnostic } from '../../model/diagnostics';
import { normalizeSpace, plainText } from '../../model/text';
import type { Answer, Block, Inline, Inquiry, Question, Section, Signatory } from '../../model/types';
import { parseInquiryLine } from '../../model/inquiry-line';
import type { ListBlock, ParagraphBlock, SourceBlock } from './blocks';
import { dropPrefix, joinLines, lineText, unwrapFormatting } from './inlines';
import { parseLabel, type Label } from './labels';
import {
  AANHANGSEL_ANSWER_HEADER,
  PUBLICATION_HEADER,
  QA_TITLE,
  SENTENCE_END,
  ON_BEHALF,
  SIGNATURE_ROLE,
} from './patterns';
import { paragraph, paragraphText, sourceText, toBlock, type Item } from './source';
import { labelledRun, pipeTable } from './plain-blocks';


export interface Structure {
  /** Source line of each question and answer. */
  itemLines?: Map<Question | Answer, number>;
  coverLetter?: Block[];
  signatories?: Signatory[];
  title?: string;
  sections: Section[];
  answerHeader?: { date?: string; who?: string };
  mededeling?: boolean;
  /** The inquiry, where a "(Kamervragen: …)" line states it. */
  inquiry?: Inquiry;
}

/** A question or answer being built, with the evidence for diagnostics. */
export class QaBuilder {
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

  /** Set when the text gives every question its own bare "Antwoord". */
  answerEachQuestion = false;
  private lastQuestionNumbers: string[] = [];

  question(numbers: string[], line: number): void {
    this.flush();
    if (numbers.length === 0) numbers = [String(this.lastQuestionNumber + 1)];
    this.lastQuestionNumbers = numbers;
    const last = Number.parseInt(numbers[numbers.length - 1], 10);
    if (!Number.isNaN(last)) this.lastQuestionNumber = last;
    this.current = { type: 'question', numbers, body: [] };
    this.currentLine = line;
    this.openQuestions.push(...numbers);
  }

  answer(numbers: string[], line: number): void {
    this.flush();
    if (numbers.length === 0) {
      // A bare "Antwoord" answers the questions since the last answer; in a text where every
      // question has its own "Antwoord" (a nota naar aanleiding van het verslag), only the
      // last question (one whose answer lost its label is split off at the end).
      const open = this.answerEachQuestion ? this.lastQuestionNumbers.filter((n) => this.openQuestions.includes(n)) : this.openQuestions;
      numbers = open.length > 0 ? [...open] : [];
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
    return last?.type === 'paragraph' && /\?["'”’)]*$/.test(withoutNoteMark(plainText(last.content)));
  }

  get inQuestion(): boolean {
    return this.current?.type === 'question';
  }

  get hasItem(): boolean {
    return this.current !== undefined;
  }

  /** True when a question or answer is open and has no text yet. */
  get itemWithoutText(): boolean {
    return this.current !== undefined && this.current.body.length === 0;
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
export function isQaTitle(b: ParagraphBlock): boolean {
  const lines = b.lines.map((l) => normalizeSpace(lineText(l)));
  const first = /^\d{1,5}\.?$/.test(lines[0]) && lines.length > 1 ? lines[1] : lines[0];
  const title = first.replace(/^\d{1,5}\.\s+/, '');
  return QA_TITLE.test(title) && title.split(' ').length >= 4;
}

export function firstLine(b: SourceBlock): string {
  if (b.kind === 'paragraph') return normalizeSpace(lineText(b.lines[0]));
  return normalizeSpace(sourceText(b).split('\n')[0] ?? '');
}

/** A label on the first line of a paragraph, with the rest of the paragraph as text. */
export function labelOf(b: SourceBlock): { label: Label; rest?: Block } | undefined {
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

/** A note mark after the full stop ("…regering?¹", "…beleid.2") still ends a sentence: the text without it. */
function withoutNoteMark(text: string): string {
  return text.replace(/(?<=[.?!:;…]["'”’)]*)(?:[¹²³⁰⁴-⁹]+|\d{1,3})$/u, '');
}

export function isThemeHeading(b: SourceBlock, next: SourceBlock | undefined): boolean {
  if (b.kind !== 'paragraph' || b.lines.length > 2 || pipeTable(b)) return false;
  const text = withoutNoteMark(normalizeSpace(paragraphText(b)));
  if (text.split(' ').length > 14 || SENTENCE_END.test(text) || /[,]$/.test(text) || !/^[A-ZÀ-Ý0-9"'‘“]/.test(text)) return false;
  const nextLabel = next ? labelOf(next) : undefined;
  return nextLabel?.label.kind === 'question';
}

export function structureExtracted(blocks: Item[], diagnostics: Diagnostic[]): Structure {
  const result: Structure = { sections: [] };
  const cover: Block[] = [];
  const qa = new QaBuilder(diagnostics);
  qa.answerEachQuestion =
    blocks.filter((b) => {
      const l = labelOf(b)?.label;
      return l?.kind === 'answer' && l.numbers.length === 0;
    }).length >= 5;
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
    // The inquiry as the text exporter states it, one labelled line.
    const inquiry = b.kind === 'paragraph' ? parseInquiryLine(paragraphText(b)) : undefined;
    if (inquiry) {
      result.inquiry = inquiry;
      diagnostics.push({ severity: 'info', line: b.line, message: 'the "(Kamervragen: …)" line read as the inquiry' });
      continue;
    }
    if (b.kind === 'paragraph' && ON_BEHALF.test(first) && b.lines.length <= 3) {
      // "Mede namens de minister van …," over the role it signs for: one role, as printed.
      const next = blocks[i + 1];
      const rest = b.lines.length > 1 ? b.lines.slice(1) : next?.kind === 'paragraph' && next.lines.length <= 3 ? next.lines : [];
      const role = normalizeSpace(lineText(rest[0] ?? []));
      if (SIGNATURE_ROLE.test(role)) {
        if (b.lines.length === 1) i++;
        const after = blocks[i + 1];
        let name = rest.length > 1 ? normalizeSpace(rest.slice(1).map(lineText).join(' ')) : undefined;
        if (!name && after?.kind === 'paragraph' && isName(paragraphText(after))) {
          name = normalizeSpace(paragraphText(after));
          i++;
        }
        const signatory = { role: `${first} ${role.replace(/,$/, '')}` };
        signatories.push(name ? { ...signatory, name } : signatory);
        continue;
      }
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
    const run = labelledRun(blocks, i);
    if (run) i += run.length - 1;
    const block = run?.list ?? pipeTable(b) ?? toBlock(b);
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
    // A short line right under a label is that item's text ("Antwoord" / "Zie de bijlage"), never a theme.
    if ((isThemeHeading(b, blocks[i + 1]) && !qa.itemWithoutText) || (b.kind === 'heading' && !labelOf(b))) {
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
        if (split.lead) qa.add(ocrParagraph(split.lead, b.line, diagnostics));
        if (numberedRun.mode === 'off') numberedRun.mode = 'questions';
        if (!qa.started) qa.section(undefined);
        for (const item of items) {
          if (numberedRun.mode === 'questions') qa.question([String(item.number)], b.line);
          else qa.answer([String(item.number)], b.line);
          qa.add(ocrParagraph(item.text, b.line, diagnostics));
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
    const run = labelledRun(blocks, i);
    if (run) i += run.length - 1;
    const block = run?.list ?? pipeTable(b) ?? toBlock(b);
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
      block.type === 'paragraph' && // a list or table under a question goes with it

      !b.allEmphasis &&
      (isAnswerStyle(blocks, i) ||
        (qa.questionEndsWithQuestionMark &&
          !/\?\s*$/.test(withoutNoteMark(paragraphText(b).trim())) &&
          /^[A-ZÀ-Ý0-9"'‘“]/.test(paragraphText(b)) &&
          nextLabelKind(blocks, i + 1) !== 'answer'))
    ) {
      qa.answer([], b.line);
      diagnostics.push({ severity: 'info', line: b.line, message: 'paragraph after a question read as its answer (no label)' });
    }
    qa.add(block);
  }
  qa.flush();
  // Only where every question has its own "Antwoord": there a question without one lost it.
  if (qa.answerEachQuestion) splitUnansweredQuestions(qa, diagnostics);
  if (cover.length) result.coverLetter = cover;
  if (signatories.length) result.signatories = signatories;
  result.sections = qa.sections;
  result.itemLines = qa.lines;
  return result;
}

/**
 * A question that no answer covers, but that runs over more than one paragraph where the
 * others do not ask anything: its first paragraph is the question, the rest an answer that
 * lost its "Antwoord" label. (A question with context before it keeps "?" in its last part.)
 */
function splitUnansweredQuestions(qa: QaBuilder, diagnostics: Diagnostic[]): void {
  const answered = new Set(qa.sections.flatMap((s) => s.items.flatMap((it) => (it.type === 'answer' ? it.questions : []))));
  for (const section of qa.sections) {
    for (let k = 0; k < section.items.length; k++) {
      const item = section.items[k];
      if (item.type !== 'question' || item.numbers.some((n) => answered.has(n)) || item.body.length < 2) continue;
      const rest = item.body.slice(1);
      if (rest.some((b) => b.type === 'paragraph' && /\?/.test(plainText(b.content)))) continue;
      const answer: Answer = { type: 'answer', questions: [...item.numbers], body: rest };
      item.body = item.body.slice(0, 1);
      section.items.splice(k + 1, 0, answer);
      const line = qa.lines.get(item);
      if (line !== undefined) qa.lines.set(answer, line);
      diagnostics.push({ severity: 'info', line, message: `question ${item.numbers.join(', ')} has no answer label; the paragraphs after its first are read as its answer` });
    }
  }
}

/** The kind of the next question or answer label from block i on, if any. */
export function nextLabelKind(blocks: Item[], i: number): Label['kind'] | undefined {
  for (let j = i; j < blocks.length; j++) {
    const label = labelOf(blocks[j]);
    if (label) return label.label.kind;
  }
  return undefined;
}

/** In letters with italic questions, plain paragraphs after a question answer it. */
export function isAnswerStyle(blocks: Item[], i: number): boolean {
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
export function splitNumberedItems(
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
export function numberedParagraph(b: SourceBlock, next: SourceBlock | undefined): { number: string; rest: Inline[] } | undefined {
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
export function isNumberedQuestionList(b: ListBlock, next: SourceBlock | undefined): boolean {
  if (b.list.style !== 'decimal' || b.list.items.length !== 1) return false;
  const nextLabel = next ? labelOf(next) : undefined;
  return (nextLabel?.label.kind === 'answer' && nextLabel.label.numbers.length === 0) || /\?\s*$/.test(sourceText(b));
}

export function isName(text: string): boolean {
  const t = normalizeSpace(text);
  const words = t.split(' ');
  return words.length >= 1 && words.length <= 6 && /^[A-ZÀ-Ý]/.test(t) && !/[?!:;,]$/.test(t) && !/\.$/.test(t.replace(/\b[A-Z]\.$/, ''));
}

/** "minister De Vries (Financiën)" -> role "Minister van Financiën", name "De Vries". */
export function aanhangselSignatory(who: string): Signatory[] {
  // "heer Keyzer, Staatssecretaris van Verkeer en Waterstaat."
  const person = /^(?:de\s+)?(?:heer|mevrouw)\s+([^,]+),\s*(.+?)[.,]?$/i.exec(normalizeSpace(who));
  if (person) return [{ role: person[2], name: person[1] }];
  const m = /^(minister|staatssecretaris|minister-president)\s+(.+?)\s*\(([^)]+)\)$/i.exec(normalizeSpace(who));
  if (!m) return [{ role: normalizeSpace(who) }];
  return [{ role: `${m[1][0].toUpperCase()}${m[1].slice(1).toLowerCase()} van ${m[3]}`, name: m[2] }];
}

export function structureAuthored(blocks: Item[], diagnostics: Diagnostic[]): Structure {
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

/**
 * A paragraph of old Handelingen as OCR joined it: lettered items run on in it ("a. te
 * Maastricht …; b. te Luik …") are the list they were printed as, when the paragraph starts
 * with "a." and each next letter follows a semicolon in turn; otherwise the paragraph.
 */
function ocrParagraph(text: string, line: number, diagnostics: Diagnostic[]): Block {
  if (!/^a\.\s/.test(text)) return paragraph([{ type: 'text', text }]);
  const pieces = text.split(/(?<=;)\s+(?=[b-z]\.\s)/);
  const labels = pieces.map((_, k) => labelFor('lower-alpha', k));
  if (pieces.length < 2 || !pieces.every((piece, k) => piece.startsWith(`${labels[k]} `))) return paragraph([{ type: 'text', text }]);
  diagnostics.push({ severity: 'info', line, message: `items ${labels.join(', ')} run on in one paragraph read as a list` });
  return {
    type: 'list',
    style: 'lower-alpha',
    items: pieces.map((piece, k) => ({ label: labels[k], content: [paragraph([{ type: 'text', text: piece.slice(labels[k]!.length + 1) }])] })),
  };
}
