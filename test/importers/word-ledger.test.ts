/**
 * No silent loss: every word of every input (the corpus letters and the pdftotext
 * renderings of the corpus PDFs, the fixtures, generated letters) is found again in the
 * imported letter or in a diagnostic that names it. See test/support/word-ledger.ts.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import fc from 'fast-check';
import { exportText } from '../../src/exporters/text';
import { importMarkdown } from '../../src/importers/markdown';
import { importText } from '../../src/importers/text';
import { importPdf } from '../../src/importers/pdf';
import { ledger } from '../support/word-ledger';
import { realisticLetterArb } from '../support/realistic-letters';
import { ROOT } from '../support/samples';

const CORPUS = path.join(ROOT, '..', 'shared', 'corpus');
const FIXTURES = path.join(ROOT, 'test', 'fixtures');
const files = (dir: string, ext: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(ext)).sort().map((f) => path.join(dir, f)) : []);

function checkText(text: string): string[] {
  const r = importText(text);
  return ledger(text, r.letter, r.diagnostics).missing;
}

function checkMarkdown(md: string): string[] {
  const r = importMarkdown(md);
  return ledger(markdownWords(md), r.letter, r.diagnostics).missing;
}

/** Markdown as the reader sees it: front matter keys and HTML tags are syntax, not words. */
function markdownWords(md: string): string {
  const front = /^---\n([\s\S]*?)\n---\n/.exec(md);
  const body = front ? md.slice(front[0].length) : md;
  const values = front ? front[1].replace(/(^|[\s{,-])[A-Za-z]+:(?=\s)/gm, '$1') : '';
  return `${values}\n${body.replace(/<\/?[a-z][^<>]*>/g, ' ')}`;
}

describe('word ledger', () => {
  const corpusText = files(CORPUS, '.txt');
  it('has the corpus to read', () => {
    expect(corpusText.length).toBeGreaterThanOrEqual(9);
  });

  // The corpus manifest says which files are Markdown (pandoc's output of a Word letter).
  const manifest: { file: string; format: string }[] = JSON.parse(fs.readFileSync(path.join(CORPUS, 'manifest.json'), 'utf8'));
  const isMarkdown = (file: string) => manifest.some((e) => e.file === path.basename(file) && e.format.startsWith('markdown'));
  it.each([...corpusText, ...files(path.join(FIXTURES, 'text'), '.txt')].map((f) => [path.relative(ROOT, f), f]))('%s: every word is in the letter or a diagnostic', (_name, file) => {
    const source = fs.readFileSync(file, 'utf8');
    expect(isMarkdown(file) ? checkMarkdown(source) : checkText(source)).toEqual([]);
  });

  it.each([...files(path.join(FIXTURES, 'letters'), '.md'), ...files(path.join(FIXTURES, 'markdown'), '.md')].filter((f) => !f.endsWith('README.md')).map((f) => [path.relative(ROOT, f), f]))(
    '%s: every word is in the letter or a diagnostic',
    (_name, file) => {
      expect(checkMarkdown(fs.readFileSync(file, 'utf8'))).toEqual([]);
    },
  );

  const pdfs = files(path.join(CORPUS, 'pdf'), '.pdf');
  it.each(pdfs.map((f) => [path.basename(f), f]))('pdftotext of %s: every word is in the letter or a diagnostic', (_name, file) => {
    const r = spawnSync('pdftotext', [file, '-'], { encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(checkText(r.stdout)).toEqual([]);
  });

  // The layout reader: the PDF's words (as pdftotext reads its text layer) are in the letter
  // or in a diagnostic (each piece of furniture dropped is named).
  it.each(pdfs.map((f) => [path.basename(f), f]))('%s read by layout: every word is in the letter or a diagnostic', async (_name, file) => {
    // -layout keeps the hyphens at line ends (plain pdftotext joins "toegang-" + "overheid" itself).
    const words = spawnSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).stdout;
    const r = await importPdf(new Uint8Array(fs.readFileSync(file)));
    expect(ledger(words, r.letter, r.diagnostics).missing).toEqual([]);
  });

  it('200 generated letters through text: every word is in the letter or a diagnostic', () => {
    fc.assert(
      fc.property(realisticLetterArb, (letter) => {
        expect(checkText(exportText(letter))).toEqual([]);
      }),
      { numRuns: 200, seed: 20261209 },
    );
  });

  it('names the word a letter loses', () => {
    // The check itself: a word the letter does not hold, and no diagnostic names, is reported.
    const text = 'Datum 5 januari 2026\n\nHierbij de antwoorden.\n\nVraag 1\n\nWaarom?\n\nAntwoord op vraag 1\n\nDaarom.\n';
    const r = importText(text);
    expect(ledger(text, r.letter, r.diagnostics).missing).toEqual([]);
    expect(ledger(text + '\nzoekgeraakt\n', r.letter, r.diagnostics).missing).toEqual(['"zoekgeraakt" in "vraag 1 daarom zoekgeraakt"']);
    expect(ledger('verant-\nwoordelijk', { ...r.letter!, coverLetter: [{ type: 'paragraph', content: [{ type: 'text', text: 'verantwoordelijk' }] }] }, []).missing).toEqual([]);
  });
});
