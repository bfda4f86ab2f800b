/**
 * The house style's look in the PDF, as the DOCX has it (issue 19, points 3 and 4): no short
 * line before a paragraph's last one, the signatory's role with its comma, Datum and Betreft
 * with plain labels, the questions starting on a page of their own, "Pagina 1 van N" on
 * page 1. Read with `pdftotext -layout` (poppler; a missing tool fails the test).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exportPdf } from '../../src/exporters/pdf';
import { loadSample } from '../support/samples';
import { tempDir } from '../support/temp';
import { pdftotext } from './poppler';
import { allNodes, structureTree } from './structure-types';

/** The body text's paragraphs of a layout text: lines starting at the left margin, split at blank lines (the side column stands 3+ spaces right). */
function bodyParagraphs(layout: string): string[][] {
  const out: string[][] = [];
  let current: string[] = [];
  for (const line of layout.split('\n')) {
    const body = line.startsWith(' ') ? '' : line.split(/ {3,}/)[0].trimEnd();
    if (body === '') {
      if (current.length > 0) out.push(current);
      current = [];
    } else current.push(body);
  }
  if (current.length > 0) out.push(current);
  return out;
}

describe('the PDF typesets the letter in the house style', () => {
  const letter = loadSample();
  let bytes: Uint8Array;
  let file: string;
  let layout: string;
  beforeAll(async () => {
    bytes = await exportPdf(letter);
    file = path.join(tempDir('kb-typeset-'), 'seed.pdf');
    fs.writeFileSync(file, bytes);
    layout = pdftotext(file, ['-layout']);
  });

  it('never sets a short line before the last line of a paragraph', () => {
    const paragraphs = bodyParagraphs(layout).filter((p) => p.length >= 2);
    expect(paragraphs.length).toBeGreaterThan(30);
    const measure = Math.max(...paragraphs.flat().map((l) => l.length));
    // The recipient's address lines are short by nature: only lines of running text count.
    const short = paragraphs.filter((p) => p.length >= 3 || p[0].length > measure * 0.85).flatMap((p) => p.slice(0, -1).filter((l) => l.length < measure * 0.7));
    expect(short).toEqual([]);
  });

  it("prints the role with the closing's comma, and the role's text stays the letter's", async () => {
    const role = letter.signatories![0].role!;
    expect(role.endsWith(',')).toBe(false);
    expect(layout).toContain(`${role},`);
  });

  it('sets Datum and Betreft with plain labels, as DOCX does', async () => {
    const nodes = allNodes(await structureTree(bytes));
    const lines = nodes.filter((n) => n.type === 'Datum' || n.type === 'Betreft');
    expect(lines.map((n) => n.type).sort()).toEqual(['Betreft', 'Datum']);
    for (const line of lines) expect(allNodes(line).map((n) => n.type)).not.toContain('Strong');
  });

  it('starts the questions on a page of their own, and numbers page 1', () => {
    const title = letter.questionsAndAnswers!.title!;
    const page1 = pdftotext(file, ['-f', '1', '-l', '1']);
    const page2 = pdftotext(file, ['-f', '2', '-l', '2']);
    expect(page1.replace(/\s+/g, ' ')).not.toContain(title.slice(0, 40));
    expect(page2.replace(/\s+/g, ' ')).toContain(title.slice(0, 40));
    expect(page1).toMatch(/Pagina 1 van \d+/);
  });
});
