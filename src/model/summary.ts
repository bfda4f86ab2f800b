/**
 * The summary that `kamerbrief inspect --json` prints. Its shape is a contract that
 * scripts rely on (DESIGN.md §4): add fields, never rename or remove them.
 */
import type { Diagnostic } from './diagnostics';
import type { Letter } from './types';
import { sectionItems } from './walk';

export interface LetterSummary {
  kind: Letter['kind'];
  metadata: { date: string; reference?: string; subject?: string; chamber?: Letter['chamber'] };
  signatories: { role?: string; name?: string }[];
  inquiry?: Letter['inquiry'];
  title?: string;
  questions: string[];
  answers: string[][];
  sections: (string | null)[];
  footnotes: number;
  diagnostics: Diagnostic[];
}

export function summarize(letter: Letter, diagnostics: Diagnostic[]): LetterSummary {
  const questions: string[] = [];
  const answers: string[][] = [];
  for (const { item } of sectionItems(letter)) {
    if (item.type === 'question') questions.push(...item.numbers);
    else answers.push([...item.questions]);
  }
  const { date, reference, subject } = letter.metadata;
  return {
    kind: letter.kind,
    metadata: { date, reference, subject, chamber: letter.chamber },
    signatories: (letter.signatories ?? []).map((s) => ({ ...s })),
    inquiry: letter.inquiry,
    title: letter.questionsAndAnswers?.title,
    questions,
    answers,
    sections: (letter.questionsAndAnswers?.sections ?? []).map((s) => s.heading ?? null),
    footnotes: letter.footnotes?.length ?? 0,
    diagnostics,
  };
}
