import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import PDFDocument from 'pdfkit';
import { checkPdfUa } from '../../src/check/pdfua';
import { exportPdf } from '../../src/exporters/pdf';
import { importPdf } from '../../src/importers/pdf';
import { importMarkdown } from '../../src/importers/markdown';
import type { Letter } from '../../src/model/types';
import { letterArb } from '../support/arbitrary';
import { loadSample, ROOT, sampleNames, SOURCE_LETTER } from '../support/samples';

/** A PDF takes ~0.1–1 s to write and check; fewer generated letters than for text formats. */
const RUNS = Number(process.env.KAMERBRIEF_PDF_RUNS ?? 40);
const SLOW = 300_000;

async function roundTrip(letter: Letter): Promise<{ bytes: Uint8Array; back?: Letter; problems: string[] }> {
  const bytes = await exportPdf(letter);
  const findings = await checkPdfUa(bytes);
  // The structure tree, not the letter the PDF carries: that path is what is checked here.
  const result = await importPdf(bytes, { embedded: false });
  const problems = [...findings.map((f) => `${f.rule}: ${f.message}`), ...result.diagnostics.filter((d) => d.severity !== 'info').map((d) => d.message)];
  return { bytes, back: result.letter, problems };
}

function markdownLetters(): [string, Letter][] {
  return ['markdown', 'letters'].flatMap((d) => {
    const dir = path.join(ROOT, 'test', 'fixtures', d);
    return fs
      .readdirSync(dir)
      .filter((f) => f.endsWith('.md') && f !== 'README.md')
      .sort()
      .map((f): [string, Letter] => [`${d}/${f}`, importMarkdown(fs.readFileSync(path.join(dir, f), 'utf8')).letter!]);
  });
}

describe('tagged PDF round trip and PDF/UA check', () => {
  it.each(sampleNames())('sample %s: no PDF/UA finding, importPdf(exportPdf(m)) equals m, same bytes every time', async (name) => {
    const letter = loadSample(name);
    const { bytes, back, problems } = await roundTrip(letter);
    expect(problems).toEqual([]);
    expect(back).toEqual(letter);
    expect(Buffer.from(await exportPdf(letter)).equals(Buffer.from(bytes))).toBe(true);
  }, SLOW);

  it('holds for the 27 Markdown test letters', async () => {
    const letters = markdownLetters();
    expect(letters).toHaveLength(27);
    for (const [name, letter] of letters) {
      const { back, problems } = await roundTrip(letter);
      expect({ name, problems }).toEqual({ name, problems: [] });
      expect(back).toEqual(letter);
    }
  }, SLOW);

  it(`holds for ${RUNS} generated letters`, async () => {
    await fc.assert(
      fc.asyncProperty(letterArb, async (letter) => {
        const { back, problems } = await roundTrip(letter);
        expect(problems).toEqual([]);
        expect(back).toEqual(letter);
      }),
      { numRuns: RUNS },
    );
  }, SLOW);

  it('writes a subject with &, <, quotes and characters outside Latin-1, and keeps it as the title', async () => {
    const letter = loadSample(SOURCE_LETTER);
    letter.metadata.subject = 'Vragen over “R&D” <subsidies> van Łódź, Győr en de € 5 miljoen';
    const { bytes, back, problems } = await roundTrip(letter);
    expect(problems).toEqual([]);
    expect(back).toEqual(letter);
    const latin1 = Buffer.from(bytes).toString('latin1');
    expect(latin1).toContain('<pdfuaid:part>1</pdfuaid:part>');
    expect(latin1).toMatch(/&lt;subsidies&gt;/);
  }, SLOW);

  it('refuses a character the font cannot draw, naming it and where it stands', async () => {
    const letter = loadSample(SOURCE_LETTER);
    letter.metadata.subject = 'Antwoorden 漢字';
    await expect(exportPdf(letter)).rejects.toThrow('cannot write the PDF: the embedded fonts (Noto Sans, Noto Sans Math, Noto Sans Symbols 2) have no glyph for "漢" (U+6F22) at /metadata/subject; PDF/UA forbids dropping it');
  });
});

describe('reading PDFs kamerbrief did not make', () => {
  it('reads an untagged PDF by its layout, and says what it lacks to be a letter', async () => {
    const doc = new PDFDocument();
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise((r) => doc.on('end', r));
    doc.text('Vraag 1');
    doc.end();
    await done;
    const r = await importPdf(new Uint8Array(Buffer.concat(chunks)));
    // The page's one line is read as question 1; the letter lacks a date, an error on it.
    expect(r.letter!.questionsAndAnswers!.sections[0].items.map((i) => i.type)).toEqual(['question']);
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => [d.pointer, d.message])).toEqual([['/metadata/date', expect.stringMatching(/^no date found/)]]);
  });

  it('says a file that is not a PDF is not one', async () => {
    const r = await importPdf(new TextEncoder().encode('Vraag 1\nWaarom?'));
    expect(r.diagnostics).toEqual([{ severity: 'error', message: 'not readable as a PDF: this is not a PDF file: it does not start with "%PDF-"' }]);
  });
});
