/**
 * Symbols Noto Sans lacks (issue 18, point 7): →, ≥, ≈, ✓, ☐ and Greek are drawn in the
 * fallback fonts (Noto Sans Math, Noto Sans Symbols 2), so such a letter writes a PDF that
 * passes the PDF/UA and PDF/A checkers and whose page text (pdftotext) holds those
 * characters; a character no font has still stops the export, and the CLI names the input
 * line. Needs pdftotext (poppler).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { checkPdfA } from '../../src/check/pdfa';
import { checkPdfUa } from '../../src/check/pdfua';
import { exportPdf } from '../../src/exporters/pdf';
import { importPdf } from '../../src/importers/pdf';
import type { Letter } from '../../src/model/types';
import { runCli } from '../support/cli';
import { loadSample, ROOT, SOURCE_LETTER } from '../support/samples';
import { tempDir } from '../support/temp';
import { pdftotext } from './poppler';

const SYMBOLS = 'De kosten → stijgen als x ≥ 3 en y ≈ 4,5 ✓ of ☐ open; α, β, γ, Ω en Δ; ǖ, ẞ, ŉ, ő, ţ.';

function withParagraph(text: string): Letter {
  const letter = loadSample();
  const item = letter.questionsAndAnswers!.sections[0].items[1];
  item.body.push({ type: 'paragraph', content: [{ type: 'text', text }] });
  return letter;
}

describe('symbols and Greek in the PDF', () => {
  const dir = tempDir('kb-pdf-symbols-');

  it('draws →, ≥, ≈, ✓, ☐, Greek and Latin diacritics, passes both checkers, and extracts them', async () => {
    const letter = withParagraph(SYMBOLS);
    const bytes = await exportPdf(letter);
    expect(await checkPdfUa(bytes)).toEqual([]);
    expect(await checkPdfA(bytes)).toEqual([]);
    const file = path.join(dir, 'symbols.pdf');
    fs.writeFileSync(file, bytes);
    expect(pdftotext(file).replace(/\s+/g, ' ')).toContain(SYMBOLS);
    const back = await importPdf(bytes, { embedded: false });
    expect(back.letter).toEqual(letter);
  });

  it('refuses a character no embedded font has, naming it and where it is', async () => {
    await expect(exportPdf(withParagraph('Een glimlach 😀.'))).rejects.toThrow(/no glyph for "😀" \(U\+1F600\) at \/questionsAndAnswers\/sections\/0\/items\/1\/body\/\d+\/content\/0\/text/);
  });

  it('the CLI names the input line of a character no font has', () => {
    const md = fs.readFileSync(path.join(ROOT, 'samples', `${SOURCE_LETTER}.md`), 'utf8').split('\n');
    const at = md.findIndex((l) => l.startsWith('Hierbij bied ik u'));
    expect(at).toBeGreaterThan(0);
    md[at] = `${md[at]} 😀`;
    const input = path.join(dir, 'emoji.md');
    fs.writeFileSync(input, md.join('\n'));
    const r = runCli(['convert', input, '--to', 'pdf', '--out', path.join(dir, 'out')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${input}:${at + 1}`);
    expect(r.stderr).toContain('no glyph for "😀" (U+1F600)');
    expect(r.stderr).not.toMatch(/internal error|    at /);
    expect(fs.existsSync(path.join(dir, 'out', 'emoji.pdf'))).toBe(false);
  });
});
