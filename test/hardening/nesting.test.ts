/**
 * Issue 18, point 2: Markdown and JSON nested or sized past what any letter is are refused
 * before they are parsed, with the line; none ends in a stack overflow. (Their time and
 * memory are measured in bench/hostile-shapes.js, not here.)
 */
import { importMarkdown } from '../../src/importers/markdown';
import { importJson } from '../../src/importers/json';
import { joinLines } from '../../src/importers/recognise/inlines';
import type { Inline } from '../../src/model/types';

const HEAD = '---\nkind: answer-letter\ndate: 2026-01-01\n---\n\nHierbij.\n\n### Vraag 1\n\nWaarom?\n\n### Antwoord op vraag 1\n\n';
const HEAD_LINES = HEAD.split('\n').length - 1;

function onlyError(result: { letter?: unknown; diagnostics: { severity: string; line?: number; message: string }[] }) {
  expect(result.letter).toBeUndefined();
  expect(result.diagnostics).toHaveLength(1);
  expect(result.diagnostics[0].severity).toBe('error');
  return result.diagnostics[0];
}

describe('Markdown past its bounds is refused before marked sees it', () => {
  it('100,000 nested "- " levels on one line', () => {
    expect(onlyError(importMarkdown(HEAD + '- '.repeat(100000) + 'item\n'))).toMatchObject({ line: HEAD_LINES + 1, message: expect.stringContaining('nested more than 100 levels') });
  });

  it('100,000 nested ">" levels', () => {
    expect(onlyError(importMarkdown(HEAD + '>'.repeat(100000) + ' citaat\n'))).toMatchObject({ line: HEAD_LINES + 1, message: expect.stringContaining('nested more than 100 levels') });
  });

  it('lists indented two columns deeper each line: refused at the line that opens the 101st level', () => {
    const lines = Array.from({ length: 3000 }, (_, d) => ' '.repeat(d * 2) + '- item');
    expect(onlyError(importMarkdown(HEAD + lines.join('\n') + '\n'))).toMatchObject({ line: HEAD_LINES + 101 });
  });

  it('a deep list that closes again is read: nesting is counted, not indentation', () => {
    const chain = (n: number) => Array.from({ length: n }, (_, d) => ' '.repeat(d * 2) + '- item').join('\n');
    const result = importMarkdown(HEAD + [chain(40), chain(40), chain(40)].join('\n\n') + '\n');
    expect(result.letter).toBeDefined();
  });

  it('a paragraph of 10 MB on one line', () => {
    expect(onlyError(importMarkdown(HEAD + 'woord '.repeat(1800000) + '\n'))).toMatchObject({ line: HEAD_LINES + 1, message: expect.stringContaining('a paragraph of more than 1048576 characters') });
  });

  it('100,000 footnotes', () => {
    const text = HEAD + Array.from({ length: 100000 }, (_, i) => `Zin ${i}.[^${i}]`).join('\n\n') + '\n\n' + Array.from({ length: 100000 }, (_, i) => `[^${i}]: Noot ${i}.`).join('\n\n');
    expect(onlyError(importMarkdown(text)).message).toContain('more than 20000 footnote marks');
  });

  it('front matter nested 100,000 brackets deep', () => {
    expect(onlyError(importMarkdown('---\ndate: ' + '['.repeat(100000) + ']'.repeat(100000) + '\n---\n\nTekst.\n'))).toMatchObject({ line: 2, message: expect.stringContaining('front matter nested more than 50') });
  });

  it('a letter of ordinary depth still reads, lists and quotes nested a few levels', () => {
    const result = importMarkdown(HEAD + '- a\n  - b\n    - c\n\n> citaat\n> > binnen\n');
    expect(result.letter).toBeDefined();
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });
});

describe('JSON nested past its bound', () => {
  it('arrays and objects nested 100,000 deep are refused with line and column', () => {
    expect(onlyError(importJson('['.repeat(100000) + ']'.repeat(100000)))).toMatchObject({ line: 1, column: 513, message: expect.stringContaining('nested more than 512 deep') });
    expect(onlyError(importJson('{"a":'.repeat(100000) + '1' + '}'.repeat(100000))).message).toContain('nested more than 512 deep');
  });

  it('brackets inside strings do not count', () => {
    expect(importJson(JSON.stringify({ text: '['.repeat(2000) })).diagnostics[0].message).not.toContain('nested');
  });
});

describe('joinLines', () => {
  it('joins a line of 300,000 nodes (more than a call takes arguments)', () => {
    const line: Inline[] = Array.from({ length: 300000 }, (_, k) => (k % 2 ? { type: 'footnoteRef', footnote: 'fn1' } : { type: 'text', text: 'a' }));
    const joined = joinLines([line, line]);
    // Each line ends in a reference; the space between them merges into the next line's first text.
    expect(joined).toHaveLength(600000);
    expect(joined[300000]).toEqual({ type: 'text', text: ' a' });
  });
});
