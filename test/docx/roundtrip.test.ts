import fc from 'fast-check';
import { exportDocx } from '../../src/exporters/docx';
import { importDocx } from '../../src/importers/docx';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseHouseStyle } from '../../src/templates/parse';
import { letterArb } from '../support/arbitrary';
import { loadSample, ROOT, sampleNames } from '../support/samples';

const plain = parseHouseStyle(fs.readFileSync(path.join(ROOT, 'templates', 'plain.json'), 'utf8'), 'plain.json');

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

  it(`holds with the plain house style, for the samples and ${Math.ceil(RUNS / 4)} generated letters`, async () => {
    for (const name of sampleNames()) {
      const letter = loadSample(name);
      expect(importDocx(await exportDocx(letter, { houseStyle: plain })).letter).toEqual(letter);
    }
    await fc.assert(
      fc.asyncProperty(letterArb, async (letter) => {
        const back = importDocx(await exportDocx(letter, { houseStyle: plain }));
        expect(back.diagnostics).toEqual([]);
        expect(back.letter).toEqual(letter);
      }),
      { numRuns: Math.ceil(RUNS / 4) },
    );
  }, 120_000);
});
