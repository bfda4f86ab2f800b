import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../support/cli';
import { ROOT, SOURCE_LETTER } from '../support/samples';
import { tempDir } from '../support/temp';

describe('kamerbrief with PDF', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('kb-pdf-cli-');
  });

  it('converts the sample to PDF, checks it for PDF/UA, and reads it back to the golden JSON', () => {
    const md = path.join(ROOT, 'samples', `${SOURCE_LETTER}.md`);
    const pdf = path.join(dir, `${SOURCE_LETTER}.pdf`);
    const r = runCli(['convert', md, '--to', 'pdf', '--out', dir]);
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe(`${md} -> ${pdf}\n`);
    expect(fs.readFileSync(pdf).subarray(0, 8).toString('latin1')).toBe('%PDF-1.7');
    const valid = runCli(['validate', pdf]);
    // Read from the letter the PDF carries (PDF/A-3), which validate names.
    expect(valid.stdout).toBe(`${pdf}: info: read from the letter the PDF carries (letter.json, PDF/A-3 associated file)\n${pdf}: valid\n`);
    const back = path.join(dir, 'back');
    expect(runCli(['convert', pdf, '--to', 'json', '--out', back]).status).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(back, `${SOURCE_LETTER}.json`), 'utf8'))).toEqual(JSON.parse(fs.readFileSync(path.join(ROOT, 'samples', `${SOURCE_LETTER}.json`), 'utf8')));
  });

  it('writes the plain house style too', () => {
    const md = path.join(ROOT, 'samples', `${SOURCE_LETTER}.md`);
    const out = path.join(dir, 'plain');
    expect(runCli(['convert', md, '--to', 'pdf', '--template', 'plain', '--out', out]).status).toBe(0);
    expect(runCli(['validate', path.join(out, `${SOURCE_LETTER}.pdf`)]).status).toBe(0);
  });

  it('refuses a letter with a character the font lacks, naming it, and writes nothing', () => {
    const json = JSON.parse(fs.readFileSync(path.join(ROOT, 'samples', `${SOURCE_LETTER}.json`), 'utf8'));
    json.metadata.subject = 'Antwoorden 漢字';
    const input = path.join(dir, 'han.json');
    fs.writeFileSync(input, JSON.stringify(json));
    const r = runCli(['convert', input, '--to', 'pdf', '--out', path.join(dir, 'han')]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('no glyph for "漢" (U+6F22) at /metadata/subject');
    expect(r.stderr).not.toMatch(/internal error|    at /);
    expect(fs.existsSync(path.join(dir, 'han', 'han.pdf'))).toBe(false);
  });
});
