import fc from 'fast-check';
import { exportOp, exportOpFiles, type OpForm } from '../../src/exporters/op';
import { importOp, importOpBytes } from '../../src/importers/op';
import type { Letter } from '../../src/model/types';
import { letterArb } from '../support/arbitrary';
import { loadSample, sampleNames } from '../support/samples';
import { opCarried } from './support-projection';

const RUNS = Number(process.env.KAMERBRIEF_PROPERTY_RUNS ?? 200);
const bytes = (s: string | Uint8Array) => (typeof s === 'string' ? new TextEncoder().encode(s) : s);

/** Writes both files as the CLI does and reads them back as the CLI does. */
function roundTrip(letter: Letter, form: OpForm) {
  const files = exportOpFiles(letter, { form });
  const companion = files.companions.find((c) => c.extension === '.metadata.xml');
  return importOpBytes(bytes(files.data), { companion: (ext) => (ext === '.metadata.xml' && companion ? bytes(companion.data) : undefined) });
}

const errorsOf = (r: { diagnostics: { severity: string }[] }) => r.diagnostics.filter((d) => d.severity === 'error');

describe.each<OpForm>(['aanhangsel', 'kamerstuk'])('OP XML round trip, %s form', (form) => {
  it.each(sampleNames())('import(export(m)) equals what the format carries of sample %s', (name) => {
    const letter = loadSample(name);
    const back = roundTrip(letter, form);
    expect(back.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(back.letter).toEqual(opCarried(letter, form));
  });

  it(`holds for ${RUNS} generated letters`, () => {
    fc.assert(
      fc.property(letterArb, (letter) => {
        const back = roundTrip(letter, form);
        expect(errorsOf(back)).toEqual([]);
        expect(back.letter).toEqual(opCarried(letter, form));
      }),
      { numRuns: RUNS },
    );
  });
});

describe('OP XML content without its metadata.xml', () => {
  it(`importOp(exportOp(m)) keeps the questions and answers, date, chamber, inquiry and signatories of ${RUNS} generated letters`, () => {
    fc.assert(
      fc.property(letterArb, (letter) => {
        const back = importOp(exportOp(letter));
        expect(errorsOf(back)).toEqual([]);
        const expected = opCarried(letter);
        // metadata.xml alone carries the subject (DC.title) and the kenmerk (OVERHEIDop.vraagnummer).
        delete expected.metadata.subject;
        if (expected.inquiry) {
          delete expected.inquiry.reference;
          if (Object.keys(expected.inquiry).length === 0) delete expected.inquiry;
        }
        expect(back.letter).toEqual(expected);
      }),
      { numRuns: RUNS },
    );
  });
});
