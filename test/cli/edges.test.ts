/** Issue 18, point 6: the CLI's rough edges, each as a new user met it, through the built CLI. */
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { runCli } from '../support/cli';
import { ROOT, SOURCE_LETTER } from '../support/samples';
import { tempDir } from '../support/temp';

const sampleMd = path.join(ROOT, 'samples', `${SOURCE_LETTER}.md`);

describe('--report', () => {
  it('is checked before converting: a directory, or an existing file without --force, is refused and nothing is written', () => {
    const dir = tempDir('kb-edges-');
    const out = path.join(dir, 'out');
    const asDir = runCli(['convert', sampleMd, '--to', 'json', '--out', out, '--report', dir]);
    expect(asDir).toMatchObject({ status: 2, stderr: `kamerbrief: --report ${dir}: is a directory, expected a file name\n` });
    const report = path.join(dir, 'report.json');
    fs.writeFileSync(report, 'oud');
    const existing = runCli(['convert', sampleMd, '--to', 'json', '--out', out, '--report', report]);
    expect(existing).toMatchObject({ status: 2, stderr: `kamerbrief: --report ${report}: already exists (use --force to replace)\n` });
    expect(fs.existsSync(out)).toBe(false);
    expect(fs.readFileSync(report, 'utf8')).toBe('oud');
    expect(runCli(['convert', sampleMd, '--to', 'json', '--out', out, '--report', report, '--force']).status).toBe(0);
    expect(JSON.parse(fs.readFileSync(report, 'utf8')).totals).toMatchObject({ converted: 1, failed: 0 });
  });

  it('is written with --out - too, naming standard output as the output', () => {
    const report = path.join(tempDir('kb-edges-'), 'report.json');
    const r = runCli(['convert', sampleMd, '--to', 'json', '--out', '-', '--report', report]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).kind).toBe('answer-letter');
    const written = JSON.parse(fs.readFileSync(report, 'utf8'));
    expect(written.out).toBe('-');
    expect(written.files).toEqual([expect.objectContaining({ input: sampleMd, status: 'converted', outputs: ['-'], format: 'md' })]);
  });
});

describe('--out', () => {
  it('--to op --out - is refused: the metadata.xml would have nowhere to go', () => {
    const r = runCli(['convert', sampleMd, '--to', 'op', '--out', '-']);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('kamerbrief: --to op writes a .metadata.xml file beside its .op.xml, which standard output cannot hold; use --out <dir>\n');
  });

  it('an existing file, or a file on the way, is named in plain words', () => {
    const dir = tempDir('kb-edges-');
    const file = path.join(dir, 'afile');
    fs.writeFileSync(file, '');
    expect(runCli(['convert', sampleMd, '--to', 'json', '--out', file])).toMatchObject({ status: 2, stderr: `kamerbrief: --out ${file}: is a file, expected a directory (or - for standard output)\n` });
    expect(runCli(['convert', sampleMd, '--to', 'json', '--out', path.join(file, 'x')])).toMatchObject({ status: 2, stderr: `kamerbrief: --out ${path.join(file, 'x')}: ${file} is a file, not a directory\n` });
  });

  it('under /proc ends at once with the directory it could not make (it once spun in mkdir)', () => {
    const r = runCli(['convert', sampleMd, '--to', 'json', '--out', '/proc/kamerbrief-test/out'], undefined, ROOT, 20000);
    expect(r.status).not.toBeNull(); // not killed by the timeout
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/cannot (?:create the directory \/proc\/kamerbrief-test|be written in)/);
    expect(r.stderr).not.toContain('internal error');
  });
});

describe('a second run over an up-to-date output tree', () => {
  it('counts the inputs as up to date, not failed, and exits 0; an input changed since is refused as before', () => {
    const dir = tempDir('kb-edges-');
    const inputs = path.join(dir, 'in');
    fs.mkdirSync(inputs);
    for (const name of ['a.md', 'b.md']) fs.copyFileSync(sampleMd, path.join(inputs, name));
    const out = path.join(dir, 'out');
    expect(runCli(['convert', inputs, '--to', 'json,md', '--out', out]).status).toBe(0);
    const again = runCli(['convert', inputs, '--to', 'json,md', '--out', out, '--report', path.join(dir, 'r.json')]);
    expect(again.status).toBe(0);
    expect(again.stderr).toContain('0 converted, 2 up to date, 0 failed, 0 warnings\n');
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'r.json'), 'utf8')).files.map((f: { status: string }) => f.status)).toEqual(['up-to-date', 'up-to-date']);
    const later = new Date(Date.now() + 5000);
    fs.utimesSync(path.join(inputs, 'b.md'), later, later);
    const changed = runCli(['convert', inputs, '--to', 'json,md', '--out', out]);
    expect(changed.status).toBe(1);
    expect(changed.stderr).toContain(`${path.join(out, 'b.json')} already exists (use --force to replace)`);
    expect(changed.stderr).toContain('0 converted, 1 up to date, 1 failed');
  });
});

describe('validate', () => {
  it('validate out/* after converting to every format: the .metadata.xml is known as the op.xml\'s companion', () => {
    const out = tempDir('kb-edges-');
    expect(runCli(['convert', sampleMd, '--to', 'all', '--out', out]).status).toBe(0);
    const files = fs.readdirSync(out).map((f) => path.join(out, f));
    const r = runCli(['validate', ...files]);
    expect(r.status).toBe(0);
    const metadata = path.join(out, `${SOURCE_LETTER}.metadata.xml`);
    expect(r.stdout).toContain(`${metadata}: the .metadata.xml of ${path.join(out, `${SOURCE_LETTER}.op.xml`)}, checked when that file is read`);
    expect(r.stderr).toBe('');
  });

  it('--quiet prints no info lines, only problems', () => {
    const out = tempDir('kb-edges-');
    expect(runCli(['convert', sampleMd, '--to', 'text,op', '--out', out]).status).toBe(0);
    const files = [path.join(out, `${SOURCE_LETTER}.txt`), path.join(out, `${SOURCE_LETTER}.op.xml`)];
    expect(runCli(['validate', ...files]).stdout).toContain(': info: ');
    const quiet = runCli(['validate', '--quiet', ...files]);
    expect(quiet).toMatchObject({ status: 0, stdout: '' });
  });

  it('a directory is named as one', () => {
    const dir = tempDir('kb-edges-');
    expect(runCli(['validate', dir])).toMatchObject({ status: 1, stderr: `kamerbrief: ${dir}: is a directory; validate takes letter files (name them, e.g. ${dir}/*.json)\n` });
  });
});

describe('inputs that are not regular files', () => {
  it('inspect on a named pipe is refused at once instead of blocking', () => {
    const fifo = path.join(tempDir('kb-edges-'), 'brief.md');
    execFileSync('mkfifo', [fifo]);
    const r = runCli(['inspect', fifo], undefined, ROOT, 20000);
    expect(r).toMatchObject({ status: 1, stderr: `kamerbrief: ${fifo}: is not a regular file (a named pipe); expected a letter file, or - for standard input\n` });
  });
});
