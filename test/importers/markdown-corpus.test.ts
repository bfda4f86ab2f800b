/**
 * The real letters in ../shared/corpus/ that are Markdown (pandoc output of Word letters),
 * checked against the counts a person read off them (manifest.json). The corpus is read
 * from there, never copied into the project.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { importMarkdown } from '../../src/importers/markdown';
import { summarize } from '../../src/model/summary';
import { validateLetter } from '../../src/model/validate';
import { ROOT } from '../support/samples';

const CORPUS = path.join(ROOT, '..', 'shared', 'corpus');

interface ManifestEntry {
  file: string;
  format: string;
  date: string;
  reference: string | null;
  questionCount: number;
  answerCount: number;
  combinedAnswers: number[][];
  footnoteCount: number;
  themeHeadings: string[];
}

describe('Markdown letters of the shared corpus', () => {
  if (!fs.existsSync(path.join(CORPUS, 'manifest.json'))) {
    throw new Error(`the shared corpus is missing: expected ${CORPUS}/manifest.json (tests read it from ../shared beside the project)`);
  }
  const manifest = JSON.parse(fs.readFileSync(path.join(CORPUS, 'manifest.json'), 'utf8')) as ManifestEntry[];
  const markdownEntries = manifest.filter((m) => m.format.startsWith('markdown'));

  it('has at least one Markdown letter', () => {
    expect(markdownEntries.map((m) => m.file)).toContain('12-tk-brief-jenv-niet-noodnummer.txt');
  });

  it.each(markdownEntries.map((m) => [m.file, m] as const))('%s gives the counts of the manifest', (file, entry) => {
    const result = importMarkdown(fs.readFileSync(path.join(CORPUS, file), 'utf8'));
    expect(result.letter).toBeDefined();
    const letter = result.letter!;
    expect(validateLetter(letter).filter((d) => d.severity === 'error')).toEqual([]);
    const s = summarize(letter, result.diagnostics);
    expect(new Set(s.questions).size).toBe(entry.questionCount);
    expect(s.answers).toHaveLength(entry.answerCount);
    expect(s.answers.filter((a) => a.length > 1)).toEqual(entry.combinedAnswers.map((c) => c.map(String)));
    expect(s.footnotes).toBe(entry.footnoteCount);
    expect(s.metadata.date).toBe(entry.date);
    if (entry.reference && /^\d+$/.test(entry.reference)) expect(s.metadata.reference).toBe(entry.reference);
    expect(s.sections.filter((h) => h !== null)).toEqual(entry.themeHeadings);
  });
});
