/**
 * Fourteen letters written by a second author (test/fixtures/letters/, see its README), each
 * with the structure a correct importer must find, written by reading the letter.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { importMarkdown } from '../../src/importers/markdown';
import { allInlineSequences } from '../../src/model/walk';
import { plainText } from '../../src/model/text';
import type { Letter } from '../../src/model/types';
import { ROOT } from '../support/samples';

const DIR = path.join(ROOT, 'test', 'fixtures', 'letters');

interface Expected {
  kind: Letter['kind'];
  metadata: { date: string; reference?: string; subject?: string; chamber?: Letter['chamber'] };
  inquiry?: { reference?: string; submitted?: string };
  signatories?: { role?: string; name?: string }[];
  questions: string[];
  answers: string[][];
  sections: (string | null)[];
  footnotes: number;
  textIncludes: string[];
  textExcludes: string[];
}

const names = fs.readdirSync(DIR).filter((f) => f.endsWith('.md') && f !== 'README.md').sort();

/** The text of the cover letter, the questions and answers and the footnotes: no letterhead. */
function bodyText(letter: Letter): string {
  return [...allInlineSequences(letter)].filter((v) => v.isBlock).map((v) => plainText(v.inlines)).join('\n');
}

function occurrences(haystack: string, needle: string): number {
  let n = 0;
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) n++;
  return n;
}

describe('letters of a second author', () => {
  it('are all here', () => expect(names).toHaveLength(14));

  it.each(names)('%s imports with the structure its author wrote down', (name) => {
    const expected = JSON.parse(fs.readFileSync(path.join(DIR, name.replace(/\.md$/, '.expected.json')), 'utf8')) as Expected;
    const result = importMarkdown(fs.readFileSync(path.join(DIR, name), 'utf8'));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const letter = result.letter!;
    expect(letter.kind).toBe(expected.kind);
    const { chamber, ...metadata } = expected.metadata;
    expect(letter.metadata).toMatchObject(metadata);
    if (chamber) expect(letter.chamber).toBe(chamber);
    if (expected.inquiry) expect(letter.inquiry).toMatchObject(expected.inquiry);
    if (expected.signatories) expect(letter.signatories).toEqual(expected.signatories);
    const items = (letter.questionsAndAnswers?.sections ?? []).flatMap((s) => s.items);
    expect(items.flatMap((i) => (i.type === 'question' ? i.numbers : []))).toEqual(expected.questions);
    expect(items.flatMap((i) => (i.type === 'answer' ? [i.questions] : []))).toEqual(expected.answers);
    const headings = (letter.questionsAndAnswers?.sections ?? []).map((s) => s.heading).filter((h) => h !== undefined);
    expect(headings).toEqual(expected.sections.filter((h) => h !== null));
    expect(letter.footnotes?.length ?? 0).toBe(expected.footnotes);
    const text = bodyText(letter);
    for (const sentence of expected.textIncludes) expect({ sentence, times: occurrences(text, sentence) }).toEqual({ sentence, times: 1 });
    for (const furniture of expected.textExcludes) expect({ furniture, found: text.includes(furniture) }).toEqual({ furniture, found: false });
  });
});
