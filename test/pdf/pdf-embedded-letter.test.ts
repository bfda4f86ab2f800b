/**
 * `convert seed.pdf --to json` gives the letter the PDF carries (its canonical JSON, a
 * PDF/A-3 associated file) exactly; where that file is damaged, the letter is read from the
 * structure tree instead, with a warning saying so.
 */
import { PDFDocument, PDFName, PDFArray, PDFDict } from 'pdf-lib';
import { exportPdf } from '../../src/exporters/pdf';
import { importPdf } from '../../src/importers/pdf';
import { loadSample } from '../support/samples';

describe('the letter a kamerbrief PDF carries', () => {
  const letter = loadSample();
  let bytes: Uint8Array;
  beforeAll(async () => {
    bytes = await exportPdf(letter);
  }, 60_000);

  it('is what the importer reads, exactly', async () => {
    const back = await importPdf(bytes);
    expect(back.diagnostics).toContainEqual({ severity: 'info', message: 'read from the letter the PDF carries (letter.json, PDF/A-3 associated file)' });
    expect(back.letter).toEqual(letter);
  });

  it('where it is damaged, the structure tree gives the letter, and a warning says why', async () => {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    const af = doc.catalog.lookup(PDFName.of('AF'), PDFArray);
    const spec = af.lookup(0, PDFDict);
    const ef = spec.lookup(PDFName.of('EF'), PDFDict);
    ef.set(PDFName.of('F'), doc.context.register(doc.context.stream(new TextEncoder().encode('{"schemaVersion": "1.0", "kind": 7}'))));
    const damaged = await doc.save({ useObjectStreams: false });
    const back = await importPdf(damaged);
    expect(back.diagnostics).toContainEqual({ severity: 'warning', message: "the embedded letter.json is not a valid letter; the letter is read from the PDF's structure tree instead" });
    expect(back.letter).toEqual(letter);
  }, 60_000);
});
