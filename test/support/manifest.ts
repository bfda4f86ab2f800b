/**
 * The counts a person read off each corpus letter (the manifest.json files under ../shared/corpus/), and
 * how a letter read by kamerbrief differs from them: one list of "questions: 5 (manifest: 6)"
 * findings, empty where every count, the combined answers and the date agree.
 */
import { summarize } from '../../src/model/summary';
import type { Letter } from '../../src/model/types';

export interface ManifestEntry {
  file: string;
  format: string;
  date: string;
  questionCount: number;
  answerCount: number;
  combinedAnswers: number[][];
  footnoteCount: number;
  signatory?: string;
}

/** What differs from the manifest; `errors` is the number of error findings the caller counted (0 expected). */
export function manifestProblems(entry: ManifestEntry, letter: Letter, errors: number): string[] {
  const s = summarize(letter, []);
  const got = {
    questions: new Set(s.questions).size,
    answers: s.answers.length,
    combined: JSON.stringify(s.answers.filter((a) => a.length > 1)),
    footnotes: s.footnotes,
    date: s.metadata.date,
    errors,
  };
  const want = {
    questions: entry.questionCount,
    answers: entry.answerCount,
    combined: JSON.stringify(entry.combinedAnswers.map((c) => c.map(String))),
    footnotes: entry.footnoteCount,
    date: entry.date,
    errors: 0,
  };
  return (Object.keys(want) as (keyof typeof want)[]).filter((k) => got[k] !== want[k]).map((k) => `${k}: ${got[k]} (manifest: ${want[k]})`);
}
