/** What plain text cannot carry unambiguously, the text export says, at its place. */
import { exportTextFiles } from '../../src/exporters/text';
import type { Block, Letter } from '../../src/model/types';

const p = (text: string): Block => ({ type: 'paragraph', content: [{ type: 'text', text }] });
const bullets = (...texts: string[]): Block => ({ type: 'list', style: 'bullet', items: texts.map((t) => ({ content: [p(t)] })) });
const table = (rows: string[][], header = false): Block => ({
  type: 'table',
  rows: rows.map((cells, k) => ({ ...(header && k === 0 ? { header: true as const } : {}), cells: cells.map((c) => ({ content: [{ type: 'text' as const, text: c }] })) })),
});

function letter(cover: Block[], secondHeading?: string): Letter {
  return {
    schemaVersion: '1.0',
    language: 'nl',
    kind: 'answer-letter',
    metadata: { date: '2026-01-05' },
    coverLetter: cover,
    questionsAndAnswers: {
      sections: [
        { items: [{ type: 'question', numbers: ['1'], body: [p('Waarom?')] }, { type: 'answer', questions: ['1'], body: [p('Daarom.')] }] },
        { ...(secondHeading ? { heading: secondHeading } : {}), items: [{ type: 'question', numbers: ['2'], body: [p('Hoe?')] }, { type: 'answer', questions: ['2'], body: [p('Zo.')] }] },
      ],
    },
  };
}

const said = (l: Letter) => (exportTextFiles(l).diagnostics ?? []).map((d) => [d.severity, d.pointer, d.message]);

describe('the text export names what it cannot carry', () => {
  it('says nothing for a letter it carries whole', () => {
    expect(said(letter([p('Hierbij de antwoorden.'), bullets('Een.', 'Twee.'), p('Verder.'), bullets('Drie.', 'Vier.'), table([['A', 'B'], ['1', '2']])], 'Tweede deel'))).toEqual([]);
  });

  it('two lists of one style in a row, a label-like paragraph, tables text cannot mark, a section without heading', () => {
    expect(said(letter([bullets('Een.', 'Twee.'), bullets('Drie.'), p('Vraag 3'), table([['Kop', 'Kop 2'], ['a', 'b | c']], true), table([['Alleen']]), table([['A', 'B']])]))).toEqual([
      ['warning', '/coverLetter/1', 'plain text: this bullet list follows another one; written as text they read back as one list'],
      ['warning', '/coverLetter/2', 'plain text: the paragraph "Vraag 3" reads as a question or answer label'],
      ['info', '/coverLetter/3', 'plain text: table header rows are written as ordinary rows'],
      ['warning', '/coverLetter/3', 'plain text: a table cell holds "|", which separates cells in text'],
      ['warning', '/coverLetter/4', 'plain text: a table of one column is written as lines of text and reads back as a paragraph'],
      ['warning', '/coverLetter/5', 'plain text: a table of one row is written as one line of text and reads back as a paragraph'],
      ['warning', '/questionsAndAnswers/sections/1', 'plain text: a section without a heading is written on after the one before, and reads back as part of it'],
    ]);
  });
});
