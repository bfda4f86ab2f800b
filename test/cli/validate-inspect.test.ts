import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../support/cli';
import { loadSample, SOURCE_LETTER } from '../support/samples';
import { tempDir } from '../support/temp';

const sample = `samples/${SOURCE_LETTER}.json`;

function tempFile(name: string, content: string | Buffer): string {
  const dir = tempDir('kamerbrief-');
  const file = path.join(dir, name);
  fs.writeFileSync(file, content);
  return file;
}

describe('kamerbrief validate', () => {
  it('accepts the golden sample with exit 0', () => {
    const r = runCli(['validate', sample]);
    expect(r.stdout).toBe(`${sample}: valid\n`);
    expect(r.status).toBe(0);
  });

  it('exits 1 and names file and JSON pointer for a broken letter', () => {
    const broken = loadSample() as unknown as { metadata: Record<string, unknown> };
    delete broken.metadata.date;
    const file = tempFile('kapot.json', JSON.stringify(broken, null, 2));
    const r = runCli(['validate', file]);
    expect(r.status).toBe(1);
    // Line 30 is where "metadata" opens in the pretty-printed sample without its date.
    expect(JSON.stringify(broken, null, 2).split('\n')[29]).toBe('  "metadata": {');
    expect(r.stdout).toContain(`${file}:30 at /metadata/date: error: Datum ("date") is missing\n`);
    expect(r.stdout).toContain(`${file}: invalid (1 error, 0 warnings)`);
    expect(r.stderr).toBe('');
  });

  it('gives line and column for malformed JSON, without a stack trace', () => {
    const file = tempFile('syntax.json', '{\n  "schemaVersion": "1.0",\n  "kind": \n}\n');
    const r = runCli(['validate', file]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(new RegExp(`^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:4:1: error: not valid JSON`, 'm'));
    expect(r.stdout + r.stderr).not.toMatch(/\n\s+at /);
  });

  it('says so for a binary file and an empty file', () => {
    const bin = tempFile('plaatje.json', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]));
    const empty = tempFile('leeg.json', '');
    const r = runCli(['validate', bin, empty]);
    expect(r.status).toBe(1);
    expect(r.stdout).toContain(`${bin}: error: this is a binary file, not text`);
    expect(r.stdout).toContain(`${empty}: error: the file is empty; expected a JSON letter`);
  });

  it('reads standard input with --from json', () => {
    const r = runCli(['validate', '-', '--from', 'json'], fs.readFileSync(sample));
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('-: valid\n');
  });

  it('exits 2 on usage errors and 1 on a missing file', () => {
    expect(runCli(['validate']).status).toBe(2);
    expect(runCli(['frobnicate']).status).toBe(2);
    expect(runCli(['validate', 'brief.unknown']).status).toBe(2);
    const missing = runCli(['validate', 'bestaat-niet.json']);
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe('kamerbrief: bestaat-niet.json: no such file\n');
  });
});

describe('kamerbrief inspect', () => {
  it('--json shows the counts and values of the source letter', () => {
    const r = runCli(['inspect', sample, '--json']);
    expect(r.status).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.metadata).toEqual({
      date: '2026-06-18',
      reference: '7562802',
      subject: 'Antwoorden vragen over de Europese strategie voor asiel- en migratiebeheer COM(2026)45',
      chamber: 'eerste-kamer',
    });
    expect(s.signatories).toEqual([{ role: 'De Minister van Asiel en Migratie', name: 'Bart van den Brink' }]);
    expect(s.inquiry).toMatchObject({ reference: '180760', submitted: '2026-05-06' });
    expect(s.questions).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14', '15']);
    expect(s.answers).toEqual([['1'], ['2'], ['3'], ['4'], ['5', '6'], ['7'], ['8'], ['9'], ['10'], ['11'], ['12'], ['13'], ['14', '15']]);
    expect(s.sections).toEqual([
      'Migratiediplomatie en inzet van drukmiddelen',
      'Terugkeerhubs en het veilig-derde-landconcept',
      'Digitalisering, AI en Grensbeheer',
      'Implementatie en evaluatie van het Europees asiel- en migratiepact',
      'Terugkeerbeleid en veiligheidssituatie in landen van herkomst',
    ]);
    expect(s.footnotes).toBe(5);
    expect(s.diagnostics).toEqual([]);
  });

  it('prints a readable summary by default', () => {
    const r = runCli(['inspect', sample]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Datum            18 juni 2026 (2026-06-18)');
    expect(r.stdout).toContain('Antwoorden       13 (samen: 5+6, 14+15)');
    expect(r.stdout).toContain('Kamervragen      kenmerk 180760, ingezonden 6 mei 2026, door fractie Volt, fractie PvdD');
  });

  it('exits 1 and reports errors on stderr for an invalid letter', () => {
    const broken = loadSample();
    broken.metadata.date = '2026-13-01';
    const file = tempFile('kapot.json', JSON.stringify(broken));
    const r = runCli(['inspect', file, '--json']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${file}:1 at /metadata/date: error: Datum: "2026-13-01" is not a real calendar date`);
  });
});
