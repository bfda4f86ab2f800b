/**
 * The PDF layout reader on PDFs made here: our own DOCX of the source letter printed by
 * LibreOffice reads back to the letter; an image-only rendering of a corpus PDF reads by OCR
 * with the person's counts (tesseract, as .ci/run installs it) and says what to install when
 * OCR is missing; hostile PDFs (an inflation bomb, recursive and deep structure trees,
 * encryption, truncation) get one-line errors or are read by layout, never an exception.
 * Needs soffice, pdftoppm, qpdf and tesseract with Dutch; without them it fails, saying so.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { zlibSync } from 'fflate';
import { PDFDocument, PDFName, PDFNumber, StandardFonts, type PDFDict } from 'pdf-lib';
import { exportDocx } from '../../src/exporters/docx';
import { importMarkdown } from '../../src/importers/markdown';
import { importPdf } from '../../src/importers/pdf';
import { MAX_INFLATED_BYTES } from '../../src/importers/pdf/inflation';
import { plainText } from '../../src/model/text';
import { summarize } from '../../src/model/summary';
import type { Block, Letter } from '../../src/model/types';
import { loadSample, ROOT } from '../support/samples';
import { tempDir } from '../support/temp';

function need(tool: string, pkg: string): void {
  if (spawnSync('sh', ['-c', `command -v ${tool}`]).status !== 0) throw new Error(`${tool} is not installed; this test needs it: apt-get install -y ${pkg} (.ci/run does this)`);
}

function run(cmd: string, args: string[]): void {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: 180_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr}`);
}

const blockText = (b: Block): string =>
  b.type === 'paragraph' ? plainText(b.content) : b.type === 'list' ? b.items.map((i) => i.content.map(blockText).join(' ')).join(' ') : b.type === 'blockquote' ? b.content.map(blockText).join(' ') : b.rows.map((r) => r.cells.map((c) => plainText(c.content)).join(' ')).join(' ');

/** Every question and answer as "q3: text", hyphens left out (a line may break at one). */
function items(letter: Letter): string[] {
  return (letter.questionsAndAnswers?.sections ?? []).flatMap((s) =>
    s.items.map((i) => `${i.type === 'question' ? `q${i.numbers.join(',')}` : `a${i.questions.join(',')}`}: ${i.body.map(blockText).join(' ').replace(/-/g, '')}`),
  );
}

const headings = (letter: Letter) => (letter.questionsAndAnswers?.sections ?? []).map((s) => s.heading ?? '');
const notes = (letter: Letter) => (letter.footnotes ?? []).map((f) => `${f.label}: ${f.content.map(blockText).join(' ')}`);

async function pdfOf(build: (doc: PDFDocument) => Promise<void> | void): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  await build(doc);
  return doc.save({ useObjectStreams: false });
}

async function pageWithText(doc: PDFDocument): Promise<void> {
  const font = await doc.embedFont(StandardFonts.Helvetica);
  doc.addPage([595, 842]).drawText('Vraag 1', { x: 72, y: 700, size: 10, font });
}

describe('our DOCX of the source letter, printed by LibreOffice', () => {
  const letter = loadSample();
  let read: Letter;

  beforeAll(async () => {
    need('soffice', 'libreoffice-writer-nogui');
    const dir = tempDir('kb-lo-pdf-');
    const docx = path.join(dir, 'brief.docx');
    fs.writeFileSync(docx, await exportDocx(letter, {}));
    run('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, docx]);
    const result = await importPdf(new Uint8Array(fs.readFileSync(path.join(dir, 'brief.pdf'))));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    read = result.letter!;
  }, 240_000);

  it('reads back its metadata, questions, answers, sections and notes', () => {
    const want = summarize(letter, []);
    const got = summarize(read, []);
    expect({ questions: got.questions, answers: got.answers, footnotes: got.footnotes }).toEqual({ questions: want.questions, answers: want.answers, footnotes: want.footnotes });
    expect(read.metadata).toEqual(letter.metadata);
    expect(headings(read)).toEqual(headings(letter));
    expect(items(read)).toEqual(items(letter));
    expect(notes(read).map((n) => n.replace(/-/g, ''))).toEqual(notes(letter).map((n) => n.replace(/-/g, '')));
    expect(read.signatories).toEqual(letter.signatories);
  });
});

describe('tables by their aligned columns', () => {
  it('reads a table of our DOCX printed by LibreOffice as the table it was', async () => {
    need('soffice', 'libreoffice-writer-nogui');
    const dir = tempDir('kb-lo-table-');
    const md = fs.readFileSync(path.join(ROOT, 'test', 'fixtures', 'markdown', 'tabel.md'), 'utf8');
    const letter = importMarkdown(md).letter!;
    fs.writeFileSync(path.join(dir, 'tabel.docx'), await exportDocx(letter, {}));
    run('soffice', [`-env:UserInstallation=file://${path.join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, path.join(dir, 'tabel.docx')]);
    const result = await importPdf(new Uint8Array(fs.readFileSync(path.join(dir, 'tabel.pdf'))));
    const table = result.letter!.questionsAndAnswers!.sections[0].items[1].body.find((b) => b.type === 'table');
    expect(table && table.type === 'table' && table.rows.map((r) => r.cells.map((c) => plainText(c.content)))).toEqual([
      ['Jaar', 'Eerste aanvragen', 'Nareizigers'],
      ['2023', '38.400', '10.100'],
      ['2024', '32.200', '11.900'],
      ['2025', '29.800', 'nog niet bekend'],
    ]);
  }, 120_000);

  it('keeps lines whose wide gaps do not line up as text, and says so', async () => {
    const bytes = await pdfOf(async (doc) => {
      const font = await doc.embedFont(StandardFonts.Helvetica);
      const page = doc.addPage([595, 842]);
      page.drawText('Datum 5 januari 2026', { x: 72, y: 760, size: 10, font });
      page.drawText('Vraag 1', { x: 72, y: 720, size: 10, font });
      // Lines that run the measure, so the body column is as wide as a letter's.
      page.drawText('Welke cijfers over de aanvragen per regio heeft de regering en kan zij die met de Kamer delen,', { x: 72, y: 706, size: 10, font });
      page.drawText('met de verdeling over de jaren en de regio’s waarin de meeste aanvragen werden gedaan?', { x: 72, y: 692, size: 10, font });
      page.drawText('Antwoord op vraag 1', { x: 72, y: 668, size: 10, font });
      // The second column of the first row starts left of where the first column of the second ends.
      const rows: [string, number, string][] = [['Noord', 130, '12'], ['Zuidwest en verder', 200, '7'], ['Oost', 300, '3']];
      rows.forEach(([a, x, b], k) => {
        page.drawText(a, { x: 72, y: 654 - 14 * k, size: 10, font });
        page.drawText(b, { x, y: 654 - 14 * k, size: 10, font });
      });
    });
    const result = await importPdf(bytes);
    expect(JSON.stringify(result.letter)).not.toContain('"table"');
    expect(result.diagnostics).toContainEqual({ severity: 'warning', page: 1, message: '3 lines with wide gaps ("Noord 12" …) may be a table whose columns do not line up; kept as text in reading order' });
  });
});

describe('a scanned letter (an image-only PDF of a corpus letter)', () => {
  const source = path.join(ROOT, '..', 'shared', 'corpus', 'pdf', '02-ah-tk-20232024-1076-sinterklaasintochten.pdf');
  let scan: Uint8Array;

  beforeAll(async () => {
    need('pdftoppm', 'poppler-utils');
    const dir = tempDir('kb-scan-');
    run('pdftoppm', ['-r', '300', '-gray', '-png', source, path.join(dir, 'page')]);
    scan = await pdfOf(async (doc) => {
      for (const f of fs.readdirSync(dir).filter((n) => n.endsWith('.png')).sort()) {
        const image = await doc.embedPng(fs.readFileSync(path.join(dir, f)));
        const [w, h] = [(image.width * 72) / 300, (image.height * 72) / 300];
        doc.addPage([w, h]).drawImage(image, { x: 0, y: 0, width: w, height: h });
      }
    });
  }, 120_000);

  it('reads by OCR with the counts a person read off it: 5 questions, 5 answers, 3 notes, the date', async () => {
    need('tesseract', 'tesseract-ocr tesseract-ocr-nld');
    const pages: number[] = [];
    const result = await importPdf(scan, { onOcrPage: (page) => pages.push(page) });
    expect(pages).toEqual([1, 2]);
    const s = summarize(result.letter!, result.diagnostics);
    expect({ questions: s.questions, answers: s.answers, footnotes: s.footnotes, date: s.metadata.date }).toEqual({
      questions: ['1', '2', '3', '4', '5'],
      answers: [['1'], ['2'], ['3'], ['4'], ['5']],
      footnotes: 3,
      date: '2024-02-20',
    });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // Every note is referenced: the marks OCR read as "'", "?" and "®" were paired in order.
    expect(result.diagnostics.filter((d) => /has no mark/.test(d.message))).toEqual([]);
    expect(result.diagnostics).toContainEqual({ severity: 'warning', page: 1, message: 'page 1 was read by OCR (tesseract): check its text' });
  }, 240_000);

  it('says which page needs OCR and what to install when tesseract is not there', async () => {
    const path = process.env.PATH;
    process.env.PATH = '/nonexistent';
    try {
      const result = await importPdf(scan);
      expect(result.letter).toBeUndefined();
      expect(result.diagnostics).toEqual([
        { severity: 'error', page: 1, message: 'this PDF has no text layer (a scan); reading it needs OCR, but tesseract is not installed (install the Debian packages tesseract-ocr, tesseract-ocr-nld and poppler-utils)' },
      ]);
    } finally {
      process.env.PATH = path;
    }
  });

  it('with --ocr never, says OCR is off', async () => {
    const result = await importPdf(scan, { ocr: 'never' });
    expect(result.diagnostics.map((d) => d.message)).toEqual(['this PDF has no text layer (a scan), and OCR is off (--ocr never); use --ocr auto with tesseract installed']);
  });
});

describe('hostile PDFs', () => {
  it('refuses a stream that inflates past the bound before any PDF library inflates it', async () => {
    const zeros = new Uint8Array(MAX_INFLATED_BYTES + 1024 * 1024);
    const bomb = await pdfOf(async (doc) => {
      await pageWithText(doc);
      const raw = doc.context.stream(zlibSync(zeros, { level: 9 }), { Filter: 'FlateDecode' });
      doc.getPages()[0].node.set(PDFName.of('Contents'), doc.context.register(raw));
    });
    expect(bomb.length).toBeLessThan(200 * 1024);
    const result = await importPdf(bomb);
    expect(result.diagnostics).toEqual([{ severity: 'error', message: "the PDF's compressed streams inflate to more than 64 MB; a letter needs far less (an inflation bomb?)" }]);
  });

  const treeRoot = (doc: PDFDocument, kid: (root: PDFDict) => PDFDict) => {
    const root = doc.context.obj({ Type: 'StructTreeRoot' }) as PDFDict;
    root.set(PDFName.of('K'), doc.context.register(kid(root)));
    doc.catalog.set(PDFName.of('StructTreeRoot'), doc.context.register(root));
  };

  it('reads a PDF whose structure tree is recursive by its layout (not ours), without an exception', async () => {
    const bytes = await pdfOf(async (doc) => {
      await pageWithText(doc);
      treeRoot(doc, () => {
        const element = doc.context.obj({ Type: 'StructElem', S: 'Document' }) as PDFDict;
        const ref = doc.context.register(element);
        element.set(PDFName.of('K'), doc.context.obj([ref, ref]));
        return element;
      });
    });
    const result = await importPdf(bytes);
    // Its page's text, read by layout: one question and no date.
    expect(summarize(result.letter!, []).questions).toEqual(['1']);
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.pointer)).toEqual(['/metadata/date']);
  });

  it('reads a PDF whose structure tree is 100,000 deep by its layout, without an exception', async () => {
    const bytes = await pdfOf(async (doc) => {
      await pageWithText(doc);
      treeRoot(doc, () => {
        let inner = doc.context.obj({ Type: 'StructElem', S: 'Span', K: PDFNumber.of(0) }) as PDFDict;
        for (let i = 0; i < 100_000; i++) inner = doc.context.obj({ Type: 'StructElem', S: 'Div', K: doc.context.register(inner) }) as PDFDict;
        return inner;
      });
    });
    const result = await importPdf(bytes);
    // Its page's text, read by layout: one question and no date.
    expect(summarize(result.letter!, []).questions).toEqual(['1']);
    expect(result.diagnostics.filter((d) => d.severity === 'error').map((d) => d.pointer)).toEqual(['/metadata/date']);
  }, 60_000);

  it('says a PDF encrypted with a password cannot be read, and reads one with an empty user password', async () => {
    need('qpdf', 'qpdf');
    const dir = tempDir('kb-enc-');
    const source = path.join(ROOT, '..', 'shared', 'corpus', 'pdf', '03-ah-tk-20232024-1292-huisvesting-evacues.pdf');
    run('qpdf', ['--encrypt', 'geheim', 'eigenaar', '256', '--', source, path.join(dir, 'locked.pdf')]);
    run('qpdf', ['--encrypt', '', 'eigenaar', '256', '--', source, path.join(dir, 'open.pdf')]);
    const locked = await importPdf(new Uint8Array(fs.readFileSync(path.join(dir, 'locked.pdf'))));
    expect(locked.diagnostics).toEqual([{ severity: 'error', message: 'the PDF is encrypted with a password; kamerbrief cannot read it (save it again without a password)' }]);
    const open = await importPdf(new Uint8Array(fs.readFileSync(path.join(dir, 'open.pdf'))));
    expect(summarize(open.letter!, []).questions.length).toBe(10);
  });

  it('says a truncated PDF is truncated', async () => {
    const whole = fs.readFileSync(path.join(ROOT, '..', 'shared', 'corpus', 'pdf', '03-ah-tk-20232024-1292-huisvesting-evacues.pdf'));
    const result = await importPdf(new Uint8Array(whole.subarray(0, whole.length / 2)));
    expect(result.diagnostics).toEqual([{ severity: 'error', message: 'not readable as a PDF: the PDF file is truncated or damaged: it does not end with "%%EOF"' }]);
  });

  it('refuses a PDF of more pages than a letter has', async () => {
    const bytes = await pdfOf((doc) => {
      for (let i = 0; i < 501; i++) doc.addPage([100, 100]);
    });
    const result = await importPdf(bytes);
    expect(result.diagnostics).toEqual([{ severity: 'error', message: 'the PDF has 501 pages; kamerbrief reads letters of at most 500 pages' }]);
  });
});
