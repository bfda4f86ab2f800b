/**
 * Plain-text exporter: the letter in reading order, one paragraph a line with a blank line
 * between blocks, no page furniture, footnotes at the end. The letterhead is written as a
 * letter prints it ("Datum 18 juni 2026", "Onze referentie 7562802"), footnote marks as
 * superscript digits ("¹"), the inquiry as one "(Kamervragen: …)" line before the questions,
 * so the plain-text importer reads the result back.
 */
import { formatDutchDate } from '../model/dates';
import { answerLabel, questionLabel } from '../model/labels';
import type { ExportFiles } from '../formats';
import type { Diagnostic } from '../model/diagnostics';
import type { Block, Inline, Letter } from '../model/types';
import { allInlineSequences, blockArrays } from '../model/walk';
import { pointer } from '../model/diagnostics';
import { plainText } from '../model/text';
import { formatInquiryLine, inquiryLineProblem } from '../model/inquiry-line';

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** "¹²" for label "12"; "[*]" where the label is not a number. */
function mark(label: string): string {
  return /^\d+$/.test(label) ? [...label].map((d) => SUPERSCRIPT[Number(d)]).join('') : `[${label}]`;
}

export function exportText(letter: Letter): string {
  const labels = new Map((letter.footnotes ?? []).map((f) => [f.id, f.label]));
  const out: string[] = [];
  const inline = (nodes: readonly Inline[]): string =>
    nodes
      .map((n) => {
        if (n.type === 'text') return n.text;
        if (n.type === 'footnoteRef') return mark(labels.get(n.footnote) ?? n.footnote);
        return inline(n.content);
      })
      .join('');
  /** A block as lines; list items one a line, nested items indented. */
  const lines = (b: Block, prefix = ''): string[] => {
    switch (b.type) {
      case 'paragraph':
        return [prefix + inline(b.content)];
      case 'list':
        return b.items.flatMap((item) =>
          item.content.flatMap((c, k) => lines(c, k === 0 ? `${prefix}${item.label ?? '–'} ` : prefix + '  ')),
        );
      case 'blockquote':
        return b.content.flatMap((c) => lines(c, prefix + '> '));
      case 'table':
        return b.rows.map((row) => prefix + row.cells.map((c) => inline(c.content)).join(' | '));
    }
  };
  const group = (...ls: (string | undefined)[]) => {
    const kept = ls.filter((l): l is string => !!l);
    if (kept.length) out.push(kept.join('\n'));
  };
  const head = letter.letterhead;
  // Where no recipient names the chamber, the publication header does (as in an Aanhangsel).
  if (letter.chamber && !(head?.recipient ?? []).some((l) => /\b(?:eerste|tweede) kamer\b/i.test(l))) {
    group(letter.chamber === 'eerste-kamer' ? 'Eerste Kamer der Staten-Generaal' : 'Tweede Kamer der Staten-Generaal');
  }
  if (head?.returnAddress) group(`Retouradres ${head.returnAddress}`);
  group(...(head?.recipient ?? []));
  const sender = head?.sender;
  group(sender?.organisation, ...(sender?.units ?? []), ...(sender?.visitingAddress ?? []), ...(sender?.postalAddress ?? []), sender?.website);
  // A value that is a bare number ("Bijlage(n) 1") stays on the label's line: on a line of
  // its own it reads as a footnote number.
  for (const f of head?.fields ?? []) {
    if (/^\d+$/.test(f.value)) group(`${f.label} ${f.value}`);
    else group(f.label, f.value);
  }
  const { date, reference, subject } = letter.metadata;
  if (reference) group('Onze referentie', reference);
  group(`Datum ${formatDutchDate(date)}`, subject && `Betreft ${subject}`);
  for (const b of letter.coverLetter ?? []) group(...lines(b));
  for (const s of letter.signatories ?? []) {
    if (s.role) group(`${s.role},`);
    if (s.name) group(s.name);
  }
  // The inquiry has no place of its own in plain text; one labelled line carries it.
  const inquiryLine = letter.inquiry && formatInquiryLine(letter.inquiry);
  if (inquiryLine) group(inquiryLine);
  const qa = letter.questionsAndAnswers;
  if (qa) {
    if (qa.title) group(qa.title);
    for (const section of qa.sections) {
      if (section.heading) group(section.heading);
      for (const item of section.items) {
        group(item.type === 'question' ? questionLabel(item.numbers) : answerLabel(item.questions));
        for (const b of item.body) group(...lines(b));
      }
    }
  }
  for (const fn of letter.footnotes ?? []) {
    fn.content.forEach((b, k) => group(...lines(b, k === 0 ? `${mark(fn.label)} ` : '')));
  }
  return out.join('\n\n') + '\n';
}

/**
 * The text file, and what plain text cannot carry of the letter: link targets (a warning:
 * an address is lost), emphasis and the publication data (infos). See the README.
 */
export function exportTextFiles(letter: Letter): ExportFiles {
  const counts = { targets: 0, formatting: 0 };
  const count = (inlines: Inline[]): void => {
    for (const node of inlines) {
      if (node.type === 'link' && node.target) counts.targets++;
      if (node.type === 'emphasis' || node.type === 'strong' || node.type === 'superscript' || node.type === 'subscript') counts.formatting++;
      if ('content' in node) count(node.content);
    }
  };
  for (const visit of allInlineSequences(letter)) if (visit.isBlock) count(visit.inlines);
  const diagnostics: Diagnostic[] = [];
  const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (counts.targets > 0) diagnostics.push({ severity: 'warning', message: `plain text: ${plural(counts.targets, 'link target is', 'link targets are')} not written (the link text is); JSON, Markdown and the XML formats keep them` });
  if (counts.formatting > 0) diagnostics.push({ severity: 'info', message: `plain text: ${plural(counts.formatting, 'run', 'runs')} of emphasis, bold, superscript or subscript written as plain words` });
  const inquiryProblem = letter.inquiry && inquiryLineProblem(letter.inquiry);
  if (inquiryProblem) diagnostics.push({ severity: 'warning', pointer: '/inquiry', message: `plain text: the inquiry is written as a "(Kamervragen: …)" line, but ${inquiryProblem}, so it may not read back the same` });
  diagnostics.push(...ambiguities(letter));
  if (letter.publication) diagnostics.push({ severity: 'info', pointer: '/publication', message: 'plain text: the publication data (identifier, number, vergaderjaar) is not written' });
  return { data: exportText(letter), companions: [], diagnostics };
}

/** A paragraph that is only a label, as the importer reads labels: "Vraag 3", "Antwoord op vragen 1 en 2". */
const LABEL_LIKE = /^(?:vraag|vragen|antwoord)(?: op vragen?)?(?: \d+[a-z]?(?:(?:, | en )\d+[a-z]?)*)?[.:]?$/i;

/**
 * What plain text writes but cannot read back as the same structure: each is a warning
 * (or, for table header marks, an info) at its place in the letter.
 */
function ambiguities(letter: Letter): Diagnostic[] {
  const out: Diagnostic[] = [];
  const say = (at: string, message: string, severity: Diagnostic['severity'] = 'warning') => out.push({ severity, pointer: at, message: `plain text: ${message}` });
  for (const { blocks, at } of blockArrays(letter)) {
    blocks.forEach((b, k) => {
      const here = `${at}/${k}`;
      const before = blocks[k - 1];
      if (b.type === 'list' && before?.type === 'list' && before.style === b.style) say(here, `this ${b.style} list follows another one; written as text they read back as one list`);
      if (b.type === 'paragraph' && LABEL_LIKE.test(plainText(b.content))) say(here, `the paragraph "${plainText(b.content)}" reads as a question or answer label`);
      if (b.type === 'table') {
        if (b.rows.some((r) => r.header)) say(here, 'table header rows are written as ordinary rows', 'info');
        if (b.rows[0].cells.length < 2) say(here, 'a table of one column is written as lines of text and reads back as a paragraph');
        else if (b.rows.length < 2) say(here, 'a table of one row is written as one line of text and reads back as a paragraph');
        if (b.rows.some((r) => r.cells.some((c) => plainText(c.content).includes('|')))) say(here, 'a table cell holds "|", which separates cells in text');
      }
    });
  }
  (letter.questionsAndAnswers?.sections ?? []).forEach((section, k) => {
    if (k > 0 && !section.heading) say(pointer('questionsAndAnswers', 'sections', k), 'a section without a heading is written on after the one before, and reads back as part of it');
  });
  return out;
}