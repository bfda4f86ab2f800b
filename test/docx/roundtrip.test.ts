import fc from 'fast-check';
import { exportDocx } from '../../src/exporters/docx';
import { importDocx } from '../../src/importers/docx';
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Block, Letter, List, ListItem } from '../../src/model/types';
import { parseHouseStyle } from '../../src/templates/parse';
import { letterArb } from '../support/arbitrary';
import { loadSample, ROOT, sampleNames } from '../support/samples';
import { noteReferencedTwice } from './letters';

const plain = parseHouseStyle(fs.readFileSync(path.join(ROOT, 'templates', 'plain.json'), 'utf8'), 'plain.json');

// A DOCX export and import takes some 50 ms (docx builds and zips the whole package), ten
// times a Markdown round trip, so this suite runs fewer generated letters by default.
const RUNS = Number(process.env.KAMERBRIEF_PROPERTY_RUNS ?? 60);

describe('DOCX round trip', () => {
  it.each(sampleNames())('importDocx(exportDocx(m)) equals m for sample %s', async (name) => {
    const letter = loadSample(name);
    const back = importDocx(await exportDocx(letter, {}));
    expect(back.diagnostics).toEqual([]);
    expect(back.letter).toEqual(letter);
  });

  it('holds for lists deeper than Word has levels and for labelled items that open with a table or a list', async () => {
    const item = (text: string, nested?: List): ListItem => ({ label: 'a.', content: nested ? [{ type: 'paragraph', content: [{ type: 'text', text }] }, nested] : [{ type: 'paragraph', content: [{ type: 'text', text }] }] });
    let deep: List = { type: 'list', style: 'lower-alpha', items: [item('niveau 12')] };
    for (let level = 11; level >= 1; level--) deep = { type: 'list', style: 'lower-alpha', items: [item(`niveau ${level}`, deep)] };
    const table: Block = { type: 'table', rows: [{ cells: [{ content: [{ type: 'text', text: 'cel' }] }] }] };
    const odd: List = {
      type: 'list',
      style: 'decimal',
      items: [
        { label: '1.', content: [table, { type: 'paragraph', content: [{ type: 'text', text: 'na de tabel' }] }] },
        { label: '2.', content: [{ type: 'list', style: 'bullet', items: [{ content: [{ type: 'paragraph', content: [{ type: 'text', text: 'binnen' }] }] }] }] },
      ],
    };
    const letter: Letter = { schemaVersion: '1.0', language: 'nl', kind: 'answer-letter', metadata: { date: '2026-03-04' }, coverLetter: [deep, odd] };
    const back = importDocx(await exportDocx(letter, {}));
    expect(back.diagnostics).toEqual([]);
    expect(back.letter).toEqual(letter);
  });

  it.each([
    ['rijksoverheid', undefined],
    ['plain', plain],
  ])('holds for a note referenced twice, in the cover letter and in an answer (%s)', async (_name, houseStyle) => {
    const back = importDocx(await exportDocx(noteReferencedTwice, { houseStyle }));
    expect(back.diagnostics).toEqual([]);
    expect(back.letter).toEqual(noteReferencedTwice);
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
