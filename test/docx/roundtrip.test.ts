import fc from 'fast-check';
import { exportDocx } from '../../src/exporters/docx';
import { importDocx } from '../../src/importers/docx';
import { letterArb } from '../support/arbitrary';
import { loadSample, sampleNames } from '../support/samples';

// A DOCX export and import takes some 20 ms (docx builds and zips the whole package), ten
// times a Markdown round trip, so this suite runs fewer generated letters by default.
const RUNS = Number(process.env.KAMERBRIEF_PROPERTY_RUNS ?? 60);

describe('DOCX round trip', () => {
  it.each(sampleNames())('importDocx(exportDocx(m)) equals m for sample %s', async (name) => {
    const letter = loadSample(name);
    const back = importDocx(await exportDocx(letter, {}));
    expect(back.diagnostics).toEqual([]);
    expect(back.letter).toEqual(letter);
  });

  it(`holds for ${RUNS} generated letters`, async () => {
    await fc.assert(
      fc.asyncProperty(letterArb, async (letter) => {
        const back = importDocx(await exportDocx(letter, {}));
        expect(back.diagnostics).toEqual([]);
        expect(back.letter).toEqual(letter);
      }),
      { numRuns: RUNS },
    );
  }, 120_000);
});
