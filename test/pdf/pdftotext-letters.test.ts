/**
 * The short Markdown letters of test/fixtures/markdown/ through kamerbrief's own PDF exporter,
 * read back by plain `pdftotext` (poppler, no -layout) and the plain-text importer: each must
 * give back the letter's text exactly (see test/ocr/character-error-rate.ts for what text is
 * compared) and its structure: kind, date, reference, subject, signatories, the title, the
 * question numbers, what each answer covers, the theme headings and the number of notes.
 *
 * These letters are short and of short lines, so they try what the big source letter
 * (test/ocr) does not: the running head of page 2 printed only once, paragraph ends among short
 * lines, list labels that pdftotext reads ahead of their texts, a letterhead read across the
 * page. tabel.md is left out: pdftotext gives a table one cell a line, and the text importer
 * does not rebuild tables.
 *
 * Needs pdftotext (Debian: apt-get install poppler-utils); a missing tool fails the test.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exportPdf } from '../../src/exporters/pdf';
import { importMarkdown } from '../../src/importers/markdown';
import { importText } from '../../src/importers/text';
import { summarize } from '../../src/model/summary';
import type { Letter } from '../../src/model/types';
import { letterText } from '../ocr/character-error-rate';
import { tempDir } from '../support/temp';

const FIXTURES = path.join(__dirname, '..', 'fixtures', 'markdown');
/** Tables come out of pdftotext one cell a line; the text importer does not rebuild them. */
const LEFT_OUT = new Set(['tabel.md']);
const letters = fs
  .readdirSync(FIXTURES)
  .filter((f) => f.endsWith('.md') && !LEFT_OUT.has(f))
  .sort();

function pdftotext(file: string): string {
  const r = spawnSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
  if (r.error) throw new Error('pdftotext is needed for this test and was not found (Debian: apt-get install poppler-utils)');
  if (r.status !== 0) throw new Error(`pdftotext failed on ${file}: ${r.stderr}`);
  return r.stdout;
}

/** What must come back besides the text. */
function structure(letter: Letter) {
  const s = summarize(letter, []);
  return {
    kind: s.kind,
    date: s.metadata.date,
    reference: s.metadata.reference,
    subject: s.metadata.subject,
    signatories: s.signatories,
    title: s.title,
    questions: s.questions,
    answers: s.answers,
    sections: s.sections,
    footnotes: s.footnotes,
  };
}

describe('short letters through the PDF exporter and plain pdftotext', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('kb-pdftotext-');
  });

  it('the fixtures are there', () => {
    expect(letters.length).toBeGreaterThanOrEqual(12);
  });

  it.each(letters)('%s: text and structure come back', async (name) => {
    const original = importMarkdown(fs.readFileSync(path.join(FIXTURES, name), 'utf8')).letter!;
    expect(original).toBeDefined();
    const file = path.join(dir, name.replace(/\.md$/, '.pdf'));
    fs.writeFileSync(file, await exportPdf(original));
    const result = importText(pdftotext(file));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const back = result.letter!;
    expect(letterText(back)).toBe(letterText(original));
    expect(structure(back)).toEqual(structure(original));
  });
});
