/**
 * The PDF's page text is the letter's text: what `pdftotext` (poppler) reads from the content
 * stream, with no structure tree, holds every paragraph of the seed letter character for
 * character (white space aside), its hyphens as "-" (never U+2011), and no line ends in a
 * hyphen that an extractor would take for word division.
 *
 * Needs pdftotext (Debian: apt-get install poppler-utils); a missing tool fails the test.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exportPdf } from '../../src/exporters/pdf';
import { breaksAfterHyphen } from '../../src/exporters/pdf/layout-control';
import { plainText } from '../../src/model/text';
import type { Block, Letter } from '../../src/model/types';
import { loadSample } from '../support/samples';
import { tempDir } from '../support/temp';
import { pdftotext } from './poppler';

/** Every paragraph's plain text (footnote marks left out), in the order of the letter. */
function paragraphs(letter: Letter): string[] {
  const out: string[] = [];
  const walk = (blocks: Block[]) => {
    for (const b of blocks) {
      if (b.type === 'paragraph') out.push(plainText(b.content));
      else if (b.type === 'list') b.items.forEach((i) => walk(i.content));
      else if (b.type === 'blockquote') walk(b.content);
    }
  };
  walk(letter.coverLetter ?? []);
  for (const s of letter.questionsAndAnswers?.sections ?? []) for (const item of s.items) walk(item.body);
  for (const f of letter.footnotes ?? []) walk(f.content);
  return out;
}

const oneLine = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Footnote marks are drawn as superscript digits; the paragraphs above leave them out. */
const withoutMarks = (text: string) => text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]+/g, '');

describe('the PDF page text is the letter text', () => {
  const letter = loadSample();
  let text: string;
  beforeAll(async () => {
    const file = path.join(tempDir('kb-pdftext-'), 'seed.pdf');
    fs.writeFileSync(file, await exportPdf(letter));
    text = pdftotext(file);
  });

  it('draws the letter hyphen-minus, never a non-breaking hyphen', () => {
    const hyphens = paragraphs(letter).join(' ').split('-').length - 1;
    expect(hyphens).toBeGreaterThan(40);
    expect(text).not.toMatch(/\u2011/);
    expect(text.split('-').length - 1).toBeGreaterThanOrEqual(hyphens);
  });

  it('holds every paragraph exactly, and no line ends in a hyphen', () => {
    const page = oneLine(withoutMarks(text));
    const missing = paragraphs(letter).filter((p) => !page.includes(withoutMarks(oneLine(p))));
    expect(missing).toEqual([]);
    expect(text.split('\n').filter((l) => /-\s*$/.test(l))).toEqual([]);
  });

  it('no line breaks after a hyphen, in a compound or before a space', () => {
    expect(breaksAfterHyphen('VN-Verdrag', 3)).toBe(true);
    expect(breaksAfterHyphen('asiel- en', 7)).toBe(true);
    expect(breaksAfterHyphen('asiel en', 6)).toBe(false);
  });
});
