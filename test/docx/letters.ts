/** Letters the DOCX suites share. */
import type { Letter } from '../../src/model/types';

const text = (t: string) => ({ type: 'text' as const, text: t });
const ref = (footnote: string) => ({ type: 'footnoteRef' as const, footnote });

/**
 * A letter whose first note is referenced from the cover letter and again from an answer,
 * and whose second note from a question and again from a table in the answer.
 */
export const noteReferencedTwice: Letter = {
  schemaVersion: '1.0',
  language: 'nl',
  kind: 'answer-letter',
  metadata: { date: '2026-06-18', subject: 'Proef' },
  coverLetter: [{ type: 'paragraph', content: [text('Zie de verordening.'), ref('fn1')] }],
  questionsAndAnswers: {
    sections: [
      {
        items: [
          { type: 'question', numbers: ['1'], body: [{ type: 'paragraph', content: [text('Wat zegt de richtlijn?'), ref('fn2')] }] },
          {
            type: 'answer',
            questions: ['1'],
            body: [
              { type: 'paragraph', content: [text('Hetzelfde als de verordening.'), ref('fn1'), text(' En verder:')] },
              { type: 'table', rows: [{ cells: [{ content: [text('Richtlijn')] }, { content: [text('artikel 3'), ref('fn2')] }] }] },
            ],
          },
        ],
      },
    ],
  },
  footnotes: [
    { id: 'fn1', label: '1', content: [{ type: 'paragraph', content: [text('Verordening (EU) 2024/1348.')] }] },
    { id: 'fn2', label: '2', content: [{ type: 'paragraph', content: [text('Richtlijn (EU) 2024/1346.')] }] },
  ],
};
