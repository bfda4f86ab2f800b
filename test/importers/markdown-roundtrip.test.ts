import fc from 'fast-check';
import { exportJson } from '../../src/exporters/json';
import { exportMarkdown } from '../../src/exporters/markdown';
import { importJson } from '../../src/importers/json';
import { importMarkdown } from '../../src/importers/markdown';
import { validateLetter } from '../../src/model/validate';
import { letterArb } from '../support/arbitrary';
import { loadSample, sampleNames } from '../support/samples';

const RUNS = Number(process.env.KAMERBRIEF_PROPERTY_RUNS ?? 200);

describe('Markdown round trip', () => {
  it.each(sampleNames())('importMarkdown(exportMarkdown(m)) equals m for sample %s', (name) => {
    const letter = loadSample(name);
    const back = importMarkdown(exportMarkdown(letter));
    expect(back.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(back.letter).toEqual(letter);
  });

  it(`holds for ${RUNS} generated letters`, () => {
    fc.assert(
      fc.property(letterArb, (letter) => {
        expect(validateLetter(letter).filter((d) => d.severity === 'error')).toEqual([]);
        const markdown = exportMarkdown(letter);
        const back = importMarkdown(markdown);
        expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(back.letter).toEqual(letter);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('JSON round trip', () => {
  it(`importJson(exportJson(m)) equals m for ${RUNS} generated letters`, () => {
    fc.assert(
      fc.property(letterArb, (letter) => {
        const back = importJson(exportJson(letter));
        expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(back.letter).toEqual(letter);
      }),
      { numRuns: RUNS },
    );
  });
});
