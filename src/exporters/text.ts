/**
 * Plain-text exporter: the letter in reading order, one paragraph a line, no page
 * furniture, footnotes at the end ("[1] …"). For reading, searching and diffing; it is
 * not meant to be imported back exactly.
 */
import { formatDutchDate } from '../model/dates';
import { answerLabel, questionLabel } from '../model/labels';
import type { Block, Inline, Letter } from '../model/types';

export function exportText(letter: Letter): string {
  const labels = new Map((letter.footnotes ?? []).map((f) => [f.id, f.label]));
  const lines: string[] = [];
  const inline = (nodes: readonly Inline[]): string =>
    nodes
      .map((n) => {
        if (n.type === 'text') return n.text;
        if (n.type === 'footnoteRef') return `[${labels.get(n.footnote) ?? n.footnote}]`;
        return inline(n.content);
      })
      .join('');
  const block = (b: Block, prefix = ''): void => {
    switch (b.type) {
      case 'paragraph':
        lines.push(prefix + inline(b.content));
        break;
      case 'list':
        b.items.forEach((item) => {
          const label = item.label ?? '–';
          item.content.forEach((c, k) => block(c, k === 0 ? `${prefix}${label} ` : prefix + '  '));
        });
        break;
      case 'blockquote':
        b.content.forEach((c) => block(c, prefix + '> '));
        break;
      case 'table':
        for (const row of b.rows) lines.push(prefix + row.cells.map((c) => inline(c.content)).join(' | '));
        break;
    }
  };
  const { date, reference, subject } = letter.metadata;
  lines.push(`Datum: ${formatDutchDate(date)}`);
  if (reference) lines.push(`Onze referentie: ${reference}`);
  if (subject) lines.push(`Betreft: ${subject}`);
  lines.push('');
  for (const b of letter.coverLetter ?? []) block(b);
  for (const s of letter.signatories ?? []) {
    if (s.role) lines.push(`${s.role},`);
    if (s.name) lines.push(s.name);
  }
  const qa = letter.questionsAndAnswers;
  if (qa) {
    lines.push('');
    if (qa.title) lines.push(qa.title, '');
    for (const section of qa.sections) {
      if (section.heading) lines.push(section.heading, '');
      for (const item of section.items) {
        lines.push(item.type === 'question' ? questionLabel(item.numbers) : answerLabel(item.questions));
        item.body.forEach((b) => block(b));
        lines.push('');
      }
    }
  }
  if (letter.footnotes) {
    lines.push('');
    for (const fn of letter.footnotes) fn.content.forEach((b, k) => block(b, k === 0 ? `[${fn.label}] ` : '    '));
  }
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}
