/**
 * Text export then import keeps a letter: over generated letters of realistic content
 * (sentences, lists, tables, notes, combined answers, postponement notices, every
 * letterhead field), title, sections, inquiry, cover letter, signatories, footnotes and
 * kind come back as they were; so do the date, reference, subject, chamber and letterhead.
 */
import fc from 'fast-check';
import { exportText } from '../../src/exporters/text';
import { importText } from '../../src/importers/text';
import type { Letter } from '../../src/model/types';
import { validateLetter } from '../../src/model/validate';
import { realisticLetterArb } from '../support/realistic-letters';

const RUNS = 300;

describe('text round trip over generated letters', () => {
  it(`keeps every part of ${RUNS} realistic letters`, () => {
    fc.assert(
      fc.property(realisticLetterArb, (letter: Letter) => {
        expect(validateLetter(letter)).toEqual([]);
        const r = importText(exportText(letter));
        expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        const back = r.letter!;
        expect(back.kind).toBe(letter.kind);
        expect(back.questionsAndAnswers?.title).toEqual(letter.questionsAndAnswers?.title);
        expect(back.questionsAndAnswers?.sections).toEqual(letter.questionsAndAnswers?.sections);
        expect(back.inquiry).toEqual(letter.inquiry);
        expect(back.coverLetter).toEqual(letter.coverLetter);
        expect(back.signatories).toEqual(letter.signatories);
        expect(back.footnotes).toEqual(letter.footnotes);
        expect(back.metadata).toEqual(letter.metadata);
        expect(back.chamber).toEqual(letter.chamber);
        expect(back.letterhead).toEqual(letter.letterhead);
        expect(back).toEqual(letter);
      }),
      { numRuns: RUNS, seed: 20261208 },
    );
  });
});
