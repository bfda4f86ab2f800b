import * as fs from 'node:fs';
import * as path from 'node:path';
import { importDocx } from '../../src/importers/docx';
import type { Letter } from '../../src/model/types';
import { ROOT } from '../support/samples';

const CORPUS = path.join(ROOT, '..', 'shared', 'corpus', 'docx');

interface Entry {
  file: string;
  date: string;
  reference: string;
  questionCount: number;
  answerCount: number;
  combinedAnswers: number[][];
  footnoteCount: number;
  signatories: { role: string; name: string }[];
}
const manifest: Entry[] = JSON.parse(fs.readFileSync(path.join(CORPUS, 'manifest.json'), 'utf8'));

const items = (letter: Letter) => letter.questionsAndAnswers?.sections.flatMap((s) => s.items) ?? [];

describe.each(manifest.map((e) => [e.file, e] as const))('ministry Word letter %s', (_file, entry) => {
  const { letter, diagnostics } = importDocx(fs.readFileSync(path.join(CORPUS, entry.file)));

  it('imports without errors', () => {
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(letter).toBeDefined();
  });

  it('has the counts a person read off the letter', () => {
    const all = items(letter!);
    expect(all.filter((i) => i.type === 'question')).toHaveLength(entry.questionCount);
    const answers = all.flatMap((i) => (i.type === 'answer' ? [i] : []));
    expect(answers).toHaveLength(entry.answerCount);
    expect(answers.map((a) => a.questions.map(Number)).filter((n) => n.length > 1)).toEqual(entry.combinedAnswers);
    expect(letter!.footnotes ?? []).toHaveLength(entry.footnoteCount);
  });

  it('has its date, reference and signatories', () => {
    expect(letter!.metadata.date).toBe(entry.date);
    expect(letter!.metadata.reference).toBe(entry.reference);
    expect(letter!.signatories).toEqual(entry.signatories);
  });

  it('refers to every footnote from the text, none from the footnotes', () => {
    const refs: string[] = [];
    const walk = (x: unknown): void => {
      if (Array.isArray(x)) x.forEach(walk);
      else if (x && typeof x === 'object') {
        const o = x as Record<string, unknown>;
        if (o.type === 'footnoteRef') refs.push(String(o.footnote));
        Object.values(o).forEach(walk);
      }
    };
    walk(letter!.coverLetter ?? []);
    walk(letter!.questionsAndAnswers);
    expect([...new Set(refs)].sort()).toEqual((letter!.footnotes ?? []).map((f) => f.id).sort());
  });
});
