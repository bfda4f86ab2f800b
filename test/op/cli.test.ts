/** `kamerbrief convert --to op,diwoo` and back, in process (src/cli/main.ts), into a temporary folder. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { main } from '../../src/cli/main';
import { SAMPLES_DIR, SOURCE_LETTER } from '../support/samples';
import { referenceFile } from './support';
import { tempDir } from '../support/temp';

async function kamerbrief(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const stdout = jest.spyOn(process.stdout, 'write').mockImplementation((s) => (out.push(String(s)), true));
  const stderr = jest.spyOn(process.stderr, 'write').mockImplementation((s) => (err.push(String(s)), true));
  try {
    const code = await main(['node', 'kamerbrief', ...args]);
    return { code, stdout: out.join(''), stderr: err.join('') };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
    process.exitCode = undefined;
  }
}

describe('kamerbrief convert with op and diwoo', () => {
  let dir: string;
  beforeAll(() => {
    referenceFile('diwoo', 'diwoo-metadata.xsd');
    dir = tempDir('kb-op-cli-');
  });

  it('--op-form kamerstuk writes the letter as a Kamerstuk, which reads back with its questions; a bad form is a usage error', async () => {
    const out = tempDir('kb-op-kamerstuk-');
    const r = await kamerbrief('convert', path.join(SAMPLES_DIR, `${SOURCE_LETTER}.json`), '--to', 'op', '--op-form', 'kamerstuk', '--out', out);
    expect(r).toMatchObject({ code: 0 });
    const xml = fs.readFileSync(path.join(out, `${SOURCE_LETTER}.op.xml`), 'utf8');
    expect(xml).toContain('<kamerstuk>');
    expect(xml).not.toContain('<kamervragen>');
    const back = await kamerbrief('inspect', path.join(out, `${SOURCE_LETTER}.op.xml`), '--json');
    expect(JSON.parse(back.stdout).questions).toHaveLength(15);
    const bad = await kamerbrief('convert', path.join(SAMPLES_DIR, `${SOURCE_LETTER}.json`), '--to', 'op', '--op-form', 'motie', '--out', out);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('kamerbrief: --op-form motie: expected aanhangsel or kamerstuk\n');
    fs.rmSync(out, { recursive: true, force: true });
  });

  it('writes <stem>.op.xml, <stem>.metadata.xml and <stem>.diwoo.xml; the record is valid', async () => {
    const r = await kamerbrief('convert', path.join(SAMPLES_DIR, `${SOURCE_LETTER}.json`), '--to', 'op,diwoo', '--out', dir);
    expect(r).toMatchObject({ code: 0 });
    expect(fs.readdirSync(dir).sort()).toEqual([`${SOURCE_LETTER}.diwoo.xml`, `${SOURCE_LETTER}.metadata.xml`, `${SOURCE_LETTER}.op.xml`]);
    const v = await kamerbrief('validate', path.join(dir, `${SOURCE_LETTER}.diwoo.xml`));
    expect(v.code).toBe(0);
    expect(v.stdout).toContain('.diwoo.xml: valid');
  });

  it('reads the .op.xml back with the metadata.xml beside it', async () => {
    const back = path.join(dir, 'back');
    const r = await kamerbrief('convert', path.join(dir, `${SOURCE_LETTER}.op.xml`), '--to', 'json', '--out', back);
    expect(r.code).toBe(0);
    const letter = JSON.parse(fs.readFileSync(path.join(back, `${SOURCE_LETTER}.json`), 'utf8'));
    expect(letter.inquiry.reference).toBe('180760');
    expect(letter.metadata.subject).toBe('Antwoorden vragen over de Europese strategie voor asiel- en migratiebeheer COM(2026)45');
    expect(letter.coverLetter).toBeUndefined();
  });

  it('reads the real Aanhangsel by its root element, with its metadata.xml', async () => {
    const real = path.join(dir, 'real');
    fs.mkdirSync(real);
    for (const f of ['ah-tk-20202021-3235.xml', 'ah-tk-20202021-3235.metadata.xml']) fs.writeFileSync(path.join(real, f), referenceFile('op-xml', f));
    const r = await kamerbrief('convert', path.join(real, 'ah-tk-20202021-3235.xml'), '--to', 'json', '--out', path.join(real, 'out'));
    expect(r).toMatchObject({ code: 0 });
    const letter = JSON.parse(fs.readFileSync(path.join(real, 'out', 'ah-tk-20202021-3235.json'), 'utf8'));
    expect(letter.questionsAndAnswers.sections[0].items).toHaveLength(18);
    expect(letter.inquiry.reference).toBe('2021Z09739');
  });

  it('a hostile .op.xml ends with exit 1 and one clear line, no stack trace', async () => {
    const file = path.join(dir, 'hostile.op.xml');
    fs.writeFileSync(file, '<?xml version="1.0"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>\n<officiele-publicatie/>');
    const r = await kamerbrief('convert', file, '--to', 'json', '--out', path.join(dir, 'hostile'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/hostile\.op\.xml:2:\d+: error: not well-formed OP XML: a DOCTYPE \(DTD\) is not accepted/);
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });

  it('--to diwoo for a letter that names no ministry ends with exit 1 and says what is missing', async () => {
    const letter = JSON.parse(fs.readFileSync(path.join(SAMPLES_DIR, `${SOURCE_LETTER}.json`), 'utf8'));
    letter.signatories = [{ role: 'De Minister voor Ontwikkelingshulp', name: 'X' }];
    delete letter.letterhead.sender;
    const file = path.join(dir, 'zonder-ministerie.json');
    fs.writeFileSync(file, JSON.stringify(letter));
    const r = await kamerbrief('convert', file, '--to', 'diwoo', '--out', path.join(dir, 'none'));
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('DiWoo needs the responsible ministry as publisher');
    expect(r.stderr).not.toMatch(/\n\s+at /);
  });
});
