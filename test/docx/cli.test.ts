import * as fs from 'node:fs';
import * as path from 'node:path';
import { exportDocx } from '../../src/exporters/docx';
import { parseHouseStyle } from '../../src/templates/parse';
import { runCli } from '../support/cli';
import { loadSample, ROOT } from '../support/samples';
import { tempDir } from '../support/temp';

const SAMPLE = path.join(ROOT, 'samples', 'ek-asiel-migratiestrategie-2026.json');

describe('kamerbrief convert with DOCX', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('kb-cli-docx-');
  });

  it('writes DOCX and reads it back to the same letter', () => {
    const out = runCli(['convert', SAMPLE, '--to', 'docx', '--out', dir]);
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    const docx = path.join(dir, 'ek-asiel-migratiestrategie-2026.docx');
    const back = runCli(['convert', docx, '--to', 'json', '--out', path.join(dir, 'back')]);
    expect(back.status).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'back', 'ek-asiel-migratiestrategie-2026.json'), 'utf8'))).toEqual(loadSample());
  });

  it('writes the same bytes as the exporter that makes every part itself (the build keeps the house styles\' parts)', async () => {
    for (const template of ['rijksoverheid', 'plain']) {
      const out = path.join(dir, `same-${template}`);
      expect(runCli(['convert', SAMPLE, '--to', 'docx', '--template', template, '--out', out]).status).toBe(0);
      const style = parseHouseStyle(fs.readFileSync(path.join(ROOT, 'templates', `${template}.json`), 'utf8'), `${template}.json`);
      const made = await exportDocx(loadSample(), { houseStyle: style });
      expect(Buffer.compare(fs.readFileSync(path.join(out, 'ek-asiel-migratiestrategie-2026.docx')), Buffer.from(made))).toBe(0);
    }
  });

  it('takes --template plain, and refuses an unknown template with exit code 2', () => {
    expect(runCli(['convert', SAMPLE, '--to', 'docx', '--template', 'plain', '--out', path.join(dir, 'plain')]).status).toBe(0);
    expect(fs.readFileSync(path.join(dir, 'plain', 'ek-asiel-migratiestrategie-2026.docx')).subarray(0, 2).toString()).toBe('PK');
    const bad = runCli(['convert', SAMPLE, '--to', 'docx', '--template', 'huisstijl', '--out', dir]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--template huisstijl: no such house style; expected one of plain, rijksoverheid or a path to a .json file');
  });

  it('says a PDF named .docx is not a DOCX, without a stack trace', () => {
    const fake = path.join(dir, 'brief.docx');
    fs.writeFileSync(fake, '%PDF-1.7\n%%EOF\n');
    const out = runCli(['convert', fake, '--to', 'json', '--out', dir]);
    expect(out.status).toBe(1);
    expect(out.stderr).toContain('brief.docx: error: this is a PDF file, not a DOCX; read it with --from pdf (or name it .pdf)');
    expect(out.stderr).not.toMatch(/\n\s+at /);
  });
});
