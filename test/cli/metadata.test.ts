/** A letter whose text has no date: shown with its error, converted with --metadata. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exportText } from '../../src/exporters/text';
import { runCli } from '../support/cli';
import { loadSample } from '../support/samples';
import { tempDir } from '../support/temp';

/** The sample letter as plain text, its "Datum" line gone (as when a converter drops a Word header). */
function undatedText(): string {
  const text = exportText(loadSample());
  const lines = text.split('\n');
  const dated = lines.filter((l) => /^Datum\b/.test(l));
  expect(dated).toEqual(['Datum 18 juni 2026']);
  const undated = lines.filter((l) => !/^Datum\b/.test(l)).join('\n');
  expect(undated).not.toMatch(/18 juni 2026/);
  return undated;
}

const ALL_EXTENSIONS = ['.akn.xml', '.diwoo.xml', '.docx', '.json', '.md', '.metadata.xml', '.op.xml', '.pdf', '.txt'];

describe('a letter without a date', () => {
  const dir = tempDir('kb-metadata-');
  const input = path.join(dir, 'zonder-datum.txt');
  fs.writeFileSync(input, undatedText());

  it('inspect shows the whole structure and the error, and exits 1', () => {
    const r = runCli(['inspect', input]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('Datum            (none found)\n');
    expect(r.stdout).toContain('Vragen           15: 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15\n');
    expect(r.stdout).toContain('Antwoorden       13 (samen: 5+6, 14+15)\n');
    expect(r.stdout).toContain('Onderdelen       5\n');
    expect(r.stdout).toContain('Voetnoten        5\n');
    expect(r.stdout).toContain(`${input}:1 at /metadata/date: error: no date found; expected a "Datum 18 juni 2026" line`);
    const json = JSON.parse(runCli(['inspect', input, '--json']).stdout);
    expect(json.metadata.date).toBe('');
    expect(json.diagnostics.filter((d: { pointer?: string }) => d.pointer === '/metadata/date')).toHaveLength(1);
  });

  it('convert without --metadata writes nothing, as before', () => {
    const out = path.join(dir, 'zonder');
    const r = runCli(['convert', input, '--to', 'json', '--out', out]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${input}: not converted (errors above)`);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('convert --metadata date=… --to all writes every format, with the date given', () => {
    const out = path.join(dir, 'alle');
    const r = runCli(['convert', input, '--metadata', 'date=2024-07-25', '--to', 'all', '--out', out, '--verbose']);
    expect(r.stderr).not.toContain('error');
    expect(r.status).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(ALL_EXTENSIONS.map((e) => `zonder-datum${e}`).sort());
    const letter = JSON.parse(fs.readFileSync(path.join(out, 'zonder-datum.json'), 'utf8'));
    expect(letter.metadata.date).toBe('2024-07-25');
    expect(letter.questionsAndAnswers.sections.flatMap((s: { items: unknown[] }) => s.items)).toHaveLength(28);
    expect(r.stderr).toContain('at /metadata/date: info: date set to "2024-07-25" from the metadata given (the letter had none)');
    expect(fs.readFileSync(path.join(out, 'zonder-datum.txt'), 'utf8')).toContain('\nDatum 25 juli 2024\n');
  });

  it('convert of several inputs (batch) and to standard output take -M too, also in the Dutch form', () => {
    const second = path.join(dir, 'tweede.txt');
    fs.writeFileSync(second, undatedText());
    const out = path.join(dir, 'batch');
    const r = runCli(['convert', input, second, '-M', 'date=25 juli 2024', '-M', 'chamber=tweede-kamer', '--to', 'json', '--out', out]);
    expect(r.status).toBe(0);
    for (const name of ['zonder-datum.json', 'tweede.json']) {
      const letter = JSON.parse(fs.readFileSync(path.join(out, name), 'utf8'));
      expect([letter.metadata.date, letter.chamber]).toEqual(['2024-07-25', 'tweede-kamer']);
    }
    const piped = runCli(['convert', '-', '--from', 'text', '--to', 'json', '-M', 'date=2024-07-25'], undatedText());
    expect(piped.status).toBe(0);
    expect(JSON.parse(piped.stdout).metadata.date).toBe('2024-07-25');
  });

  it('a bad pair is a usage error that names it, before any input is read', () => {
    const r = runCli(['convert', input, '--metadata', 'date=31 juni 2024', '--to', 'json', '--out', path.join(dir, 'nooit')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('kamerbrief: --metadata "date=31 juni 2024": date must be a real date, as 2024-07-25 or 25 juli 2024\n');
    expect(runCli(['convert', input, '-M', 'auteur=X', '--to', 'json', '--out', '-']).stderr).toContain('unknown key "auteur"');
  });
});
