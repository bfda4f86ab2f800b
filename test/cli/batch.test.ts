import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exportText } from '../../src/exporters/text';
import { OUTPUT_FORMATS, outputExtensions } from '../../src/formats';
import { runCli } from '../support/cli';
import { ROOT, SOURCE_LETTER } from '../support/samples';
import { BROKEN, filesBelow, writeBroken, writeLetters, type WrittenLetter } from './batch-letters';
import { tempDir } from '../support/temp';

const tmp = () => tempDir('kb-batch-');
const CLI = path.join(ROOT, 'dist', 'cli', 'main.js');
/** Every file one letter becomes with --to all: each output format's, and OP's metadata.xml. */
const EXTENSIONS = OUTPUT_FORMATS.flatMap(outputExtensions).sort();
const stemPath = (w: WrittenLetter) => w.relative.replace(/\.md$/, '');

interface FileReport {
  input: string;
  status: string;
  outputs: string[];
  reason?: string;
  diagnostics: { severity: string; message: string; line?: number }[];
}

describe('kamerbrief convert on a directory tree', () => {
  const dir = tmp();
  const input = path.join(dir, 'in');
  const letters = writeLetters(input, 24);
  writeBroken(input);
  // Not inputs: a hidden file, an OP companion, a file of another kind, a link loop.
  fs.writeFileSync(path.join(input, '2024', '.concept.md'), 'geen brief');
  fs.writeFileSync(path.join(input, '2024', 'brief-000.metadata.xml'), '<metadata/>');
  fs.writeFileSync(path.join(input, '2025', 'notities.odt'), 'x');
  fs.symlinkSync('..', path.join(input, '2026', 'juni', 'terug'));
  const r = runCli(['convert', 'in', '--to', 'all', '--out', 'out', '--report', 'report.json', '--jobs', '2'], undefined, dir);
  const report = JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8'));
  const byInput = new Map<string, FileReport>(report.files.map((f: FileReport) => [f.input, f]));

  it('writes every format of every good letter, mirroring the input tree, and nothing else', () => {
    const expected = letters.flatMap((w) => EXTENSIONS.map((ext) => stemPath(w) + ext)).sort();
    expect(filesBelow(path.join(dir, 'out'))).toEqual(expected);
    // Plain lines when standard error is not a terminal: one per file written.
    expect(r.stdout.trim().split('\n').sort()).toEqual(
      letters.flatMap((w) => EXTENSIONS.map((ext) => `${path.join('in', w.relative)} -> ${path.join('out', stemPath(w) + ext)}`)).sort(),
    );
  });

  it('writes outputs that hold the letter: JSON equal to it, Markdown equal to the input, text as the exporter writes it', () => {
    for (const w of letters) {
      const out = path.join(dir, 'out', stemPath(w));
      expect(JSON.parse(fs.readFileSync(out + '.json', 'utf8'))).toEqual(w.letter);
      expect(fs.readFileSync(out + '.md', 'utf8')).toBe(fs.readFileSync(path.join(input, w.relative), 'utf8'));
      expect(fs.readFileSync(out + '.txt', 'utf8')).toBe(exportText(w.letter));
    }
  });

  it('writes outputs that validate: AKN against its XSD, DiWoo against its XSD, PDF against PDF/UA, each read back as a valid letter', () => {
    const files = letters.filter((w) => w.relative.startsWith('2024')).flatMap((w) => ['.akn.xml', '.op.xml', '.diwoo.xml', '.docx', '.pdf'].map((ext) => path.join(dir, 'out', stemPath(w) + ext)));
    const v = runCli(['validate', '--quiet', ...files.filter((f) => EXTENSIONS.some((ext) => f.endsWith(ext)))]);
    expect(v.stderr).not.toMatch(/error/);
    expect(v.status).toBe(0);
  });

  it('reports each of the ten broken files with its reason, and goes on past them', () => {
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${letters.length} converted, ${BROKEN.length} failed, `);
    const failedBlock = r.stderr.slice(r.stderr.indexOf('\nfailed:\n'));
    for (const b of BROKEN) {
      const entry = byInput.get(path.join('in', b.relative))!;
      expect(entry.status).toBe('failed');
      expect(entry.reason).toMatch(b.reason);
      expect(entry.outputs).toEqual([]);
      expect(failedBlock).toContain(`  ${path.join('in', b.relative)}: ${entry.reason}`);
    }
  });

  it('writes a report with every input, its outputs, status and diagnostics with their lines', () => {
    expect(report.totals).toEqual({
      inputs: letters.length + BROKEN.length,
      converted: letters.length,
      upToDate: 0,
      failed: BROKEN.length,
      interrupted: 0,
      warnings: report.files.reduce((n: number, f: FileReport) => n + f.diagnostics.filter((d) => d.severity === 'warning').length, 0),
    });
    expect(report.interrupted).toBe(false);
    expect([...byInput.keys()].sort()).toEqual([...letters.map((w) => w.relative), ...BROKEN.map((b) => b.relative)].map((f) => path.join('in', f)).sort());
    const good = byInput.get(path.join('in', letters[0].relative))!;
    expect(good.status).toBe('converted');
    expect(good.outputs.sort()).toEqual(EXTENSIONS.map((ext) => path.join('out', stemPath(letters[0]) + ext)).sort());
    const orphan = byInput.get(path.join('in', 'kapot', 'antwoord-zonder-vraag.md'))!;
    expect(orphan.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', message: 'the answer covers question 4, but the letter has no question 4', line: 8 }));
  });

  it('leaves no temporary file behind', () => {
    expect(filesBelow(path.join(dir, 'out')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    expect(fs.readdirSync(dir).sort()).toEqual(['in', 'out', 'report.json']);
  });
});

describe('kamerbrief convert: what it will not write', () => {
  it('writes every other format of a letter one format refuses, and counts the letter as failed', () => {
    // No signatory or sender names a ministry: DiWoo (publisher required) refuses the letter.
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'brief.md'), '---\nkind: answer-letter\ndate: 2026-03-01\nsubject: Zonder ministerie\n---\n\nHierbij de antwoorden.\n\n### Vraag 1\n\nWaarom?\n\n### Antwoord op vraag 1\n\nDaarom.\n');
    const r = runCli(['convert', 'brief.md', '--to', 'json,diwoo,op', '--out', 'out', '--report', 'rapport.json'], undefined, dir);
    expect(r.status).toBe(1);
    expect(filesBelow(path.join(dir, 'out'))).toEqual(['brief.json', 'brief.metadata.xml', 'brief.op.xml']);
    expect(r.stderr).toContain('brief.md at /signatories: error: cannot write diwoo: DiWoo needs the responsible ministry as publisher');
    expect(r.stderr).toContain('brief.md: not converted to every format (errors above)');
    // What the Aanhangsel form leaves out is said, with the form that keeps it.
    expect(r.stderr).toContain('brief.md at /coverLetter: warning: OP XML (Aanhangsel): the cover letter (1 block) is not written; an Aanhangsel carries none (use --op-form kamerstuk');
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'rapport.json'), 'utf8'));
    expect(report.files[0]).toMatchObject({ status: 'failed', outputs: ['out/brief.json', 'out/brief.op.xml', 'out/brief.metadata.xml'].map((f) => path.join(...f.split('/'))) });
    expect(report.files[0].reason).toMatch(/^cannot write diwoo: /);
    const only = runCli(['convert', 'brief.md', '--to', 'diwoo', '--out', 'alleen'], undefined, dir);
    expect(only.status).toBe(1);
    expect(only.stderr).toContain('brief.md: not converted (errors above)');
    expect(fs.existsSync(path.join(dir, 'alleen'))).toBe(false);
    const kept = runCli(['convert', 'brief.md', '--to', 'op', '--op-form', 'kamerstuk', '--out', 'uit'], undefined, dir);
    expect(kept.status).toBe(0);
    expect(kept.stderr).not.toContain('cover letter');
  });

  it('with --force, names every earlier output it could not replace, and leaves it as it was', () => {
    const dir = tmp();
    const letter = (signatory: string) =>
      `---\nkind: answer-letter\ndate: 2026-03-01\nsubject: Vervangen\n${signatory}---\n\nHierbij de antwoorden.\n\n### Vraag 1\n\nWaarom?\n\n### Antwoord op vraag 1\n\nDaarom.\n`;
    fs.writeFileSync(path.join(dir, 'brief.md'), letter('signatories:\n  - name: A. Minister\n    role: Minister van Financiën\n'));
    const first = runCli(['convert', 'brief.md', '--to', 'json,diwoo,op', '--out', 'out'], undefined, dir);
    expect(first.stderr).not.toContain('error');
    expect(filesBelow(path.join(dir, 'out'))).toEqual(['brief.diwoo.xml', 'brief.json', 'brief.metadata.xml', 'brief.op.xml']);
    const earlier = fs.readFileSync(path.join(dir, 'out', 'brief.diwoo.xml'));

    // Now without a ministry: DiWoo refuses the letter, JSON and OP XML are replaced.
    fs.writeFileSync(path.join(dir, 'brief.md'), letter(''));
    const refused = runCli(['convert', 'brief.md', '--to', 'json,diwoo,op', '--out', 'out', '--force', '--report', 'rapport.json'], undefined, dir);
    expect(refused.status).toBe(1);
    const left = path.join('out', 'brief.diwoo.xml');
    expect(refused.stderr).toContain(`brief.md: warning: ${left} is left from an earlier run: this run could not write diwoo for this input, so the file does not reflect it`);
    expect(fs.readFileSync(path.join(dir, left))).toEqual(earlier);
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'out', 'brief.json'), 'utf8')).signatories).toBeUndefined();
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'rapport.json'), 'utf8'));
    expect(report.files[0].diagnostics).toContainEqual({ severity: 'warning', message: expect.stringContaining(`${left} is left from an earlier run`) });
    expect(refused.stderr).not.toMatch(/brief\.(json|op\.xml|metadata\.xml) is left/);

    // A letter with errors writes nothing: every earlier output is named, OP's metadata.xml too.
    fs.writeFileSync(path.join(dir, 'brief.md'), '### Antwoord op vraag 4\n\nZonder vraag.\n');
    const broken = runCli(['convert', 'brief.md', '--to', 'json,diwoo,op', '--out', 'out', '--force'], undefined, dir);
    expect(broken.status).toBe(1);
    for (const [file, format] of [['brief.json', 'json'], ['brief.diwoo.xml', 'diwoo'], ['brief.op.xml', 'op'], ['brief.metadata.xml', 'op']]) {
      expect(broken.stderr).toContain(`${path.join('out', file)} is left from an earlier run: this run could not write ${format} for this input`);
    }
    // Without --force nothing is converted over existing files, so nothing is left over to name.
    const unforced = runCli(['convert', 'brief.md', '--to', 'json', '--out', 'out'], undefined, dir);
    expect(unforced.stderr).not.toContain('is left from an earlier run');
  });

  it('replaces existing outputs only with --force, and without it converts nothing again', () => {
    const dir = tmp();
    const letters = writeLetters(path.join(dir, 'in'), 3, 7);
    expect(runCli(['convert', 'in', '--to', 'json,md', '--out', 'out'], undefined, dir).status).toBe(0);
    const target = path.join(dir, 'out', stemPath(letters[1]) + '.json');
    fs.writeFileSync(target, 'oud');
    // The inputs changed since: outputs newer than their input would be up to date instead.
    const later = new Date(Date.now() + 5000);
    for (const w of letters) fs.utimesSync(path.join(dir, 'in', w.relative), later, later);
    const again = runCli(['convert', 'in', '--to', 'json,md', '--out', 'out'], undefined, dir);
    expect(again.status).toBe(1);
    expect(again.stdout).toBe('');
    expect(again.stderr).toContain(`${path.join('in', letters[1].relative)}: not converted: ${path.join('out', stemPath(letters[1]))}.json already exists (use --force to replace)`);
    expect(again.stderr).toContain('0 converted, 3 failed, ');
    expect(fs.readFileSync(target, 'utf8')).toBe('oud');
    const forced = runCli(['convert', 'in', '--to', 'json,md', '--out', 'out', '--force'], undefined, dir);
    expect(forced.status).toBe(0);
    expect(forced.stderr).toContain('3 converted, 0 failed, ');
    expect(JSON.parse(fs.readFileSync(target, 'utf8'))).toEqual(letters[1].letter);
  });

  it('does not read its own outputs back when --out lies inside the directory converted', () => {
    const dir = tmp();
    const letters = writeLetters(path.join(dir, 'brieven'), 3, 13);
    const expected = letters.map((w) => path.join('uit', stemPath(w) + '.md')).sort();
    // The second run too converts three letters: uit/ is not read as input.
    for (const r of [1, 2].map(() => runCli(['convert', 'brieven', '--to', 'md', '--out', path.join('brieven', 'uit'), '--force'], undefined, dir))) {
      expect(r.status).toBe(0);
      expect(r.stderr).toMatch(/^3 converted, 0 failed, \d+ warnings?$/m);
    }
    expect(filesBelow(path.join(dir, 'brieven')).filter((f) => f.startsWith('uit'))).toEqual(expected);
  });

  it('refuses an output that a link in --out would take outside it', () => {
    const dir = tmp();
    writeLetters(path.join(dir, 'in'), 3, 11);
    fs.mkdirSync(path.join(dir, 'elders'));
    fs.mkdirSync(path.join(dir, 'out'));
    fs.symlinkSync(path.join(dir, 'elders'), path.join(dir, 'out', '2025'));
    const r = runCli(['convert', 'in', '--to', 'json', '--out', 'out'], undefined, dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${path.join('in', '2025', 'brief-001.md')}: not converted: the output ${path.join('out', '2025', 'brief-001.json')} would be outside out`);
    expect(fs.readdirSync(path.join(dir, 'elders'))).toEqual([]);
    expect(filesBelow(path.join(dir, 'out'))).toEqual([path.join('2024', 'brief-000.json'), path.join('2026', 'juni', 'brief-002.json')]);
  });

  it('refuses the second of two inputs that would write the same file, and an output over its own input', () => {
    const dir = tmp();
    fs.copyFileSync(path.join(ROOT, 'samples', `${SOURCE_LETTER}.md`), path.join(dir, 'brief.md'));
    fs.copyFileSync(path.join(ROOT, 'samples', `${SOURCE_LETTER}.json`), path.join(dir, 'brief.json'));
    const r = runCli(['convert', 'brief.json', 'brief.md', '--to', 'json', '--out', 'uit'], undefined, dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`brief.md: not converted: ${path.join('uit', 'brief.json')} is also the output of another input of the same name`);
    expect(r.stdout).toBe(`brief.json -> ${path.join('uit', 'brief.json')}\n`);
    const over = runCli(['convert', '.', '--to', 'md', '--out', '.', '--force'], undefined, dir);
    expect(over.status).toBe(1);
    expect(over.stderr).toContain(`brief.json: not converted: the output brief.md would replace another input`);
    expect(over.stderr).toContain(`brief.md: not converted: the output brief.md would replace the input`);
    expect(fs.readFileSync(path.join(dir, 'brief.md'))).toEqual(fs.readFileSync(path.join(ROOT, 'samples', `${SOURCE_LETTER}.md`)));
  });

  it('says so when a directory holds no letter, and refuses a bad --jobs as a usage error', () => {
    const dir = tmp();
    fs.mkdirSync(path.join(dir, 'leeg'));
    const empty = runCli(['convert', 'leeg', '--to', 'json', '--out', 'out'], undefined, dir);
    expect(empty.status).toBe(1);
    expect(empty.stderr).toContain('leeg: no letter files in this directory (expected .json, .md');
    const jobs = runCli(['convert', 'leeg', '--to', 'json', '--jobs', '0'], undefined, dir);
    expect(jobs.status).toBe(2);
    expect(jobs.stderr).toBe('kamerbrief: --jobs 0: expected a whole number of at least 1\n');
  });
});

describe('kamerbrief convert stopped with Ctrl-C', () => {
  it('stops handing out letters, exits 130, and leaves only complete outputs and no temporary file', async () => {
    const dir = tmp();
    const letters = writeLetters(path.join(dir, 'in'), 60, 3);
    const child = spawn(process.execPath, [CLI, 'convert', 'in', '--to', 'json,pdf', '--out', 'out', '--report', 'report.json', '--jobs', '2'], { cwd: dir });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    // Ctrl-C as soon as the first PDF is in place.
    for (let waited = 0; waited < 60_000 && !filesBelow(path.join(dir, 'out')).some((f) => f.endsWith('.pdf')); waited += 20) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(stderr).toContain('kamerbrief: interrupted; every file written is complete, no temporary file is left');

    const written = filesBelow(path.join(dir, 'out'));
    expect(written.filter((f) => !/\.(json|pdf)$/.test(f))).toEqual([]); // no temporary file
    const pdfs = written.filter((f) => f.endsWith('.pdf'));
    expect(pdfs.length).toBeGreaterThan(0);
    expect(pdfs.length).toBeLessThan(letters.length);
    for (const w of letters) {
      const base = path.join(dir, 'out', stemPath(w));
      // A letter's JSON is written just before its PDF: both or neither.
      expect(fs.existsSync(base + '.json')).toBe(fs.existsSync(base + '.pdf'));
      if (fs.existsSync(base + '.json')) expect(JSON.parse(fs.readFileSync(base + '.json', 'utf8'))).toEqual(w.letter);
    }
    const check = runCli(['validate', '--quiet', ...pdfs.map((f) => path.join(dir, 'out', f))]);
    expect(check.stderr).not.toMatch(/error/);
    expect(check.status).toBe(0);
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8'));
    expect(report.interrupted).toBe(true);
    expect(report.totals.converted).toBe(pdfs.length);
    expect(report.totals.interrupted).toBe(letters.length - pdfs.length);
  }, 120_000);
});

describe('kamerbrief convert on a terminal', () => {
  it('shows a progress bar on standard error instead of a line per file', () => {
    const dir = tmp();
    writeLetters(path.join(dir, 'in'), 12, 5);
    fs.writeFileSync(path.join(dir, 'in', 'kapot.md'), '# Boodschappen\n');
    // `script` runs the command on a pseudo-terminal, as a user's shell would.
    const r = spawnSync('script', ['-qec', `"${process.execPath}" "${CLI}" convert in --to json --out out`, '/dev/null'], { cwd: dir, encoding: 'utf8' });
    expect(r.status).toBe(1);
    const screen = r.stdout.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '');
    expect(screen).toMatch(/converting [█░]+ 13\/13 letters \| 1 failed/);
    expect(screen).toContain('kapot.md: not converted (errors above)');
    expect(screen).toContain('12 converted, 1 failed, ');
    expect(screen).not.toContain(' -> ');
    expect(filesBelow(path.join(dir, 'out'))).toHaveLength(12);
  });
});

describe('start-up cost', () => {
  const loadedModules = (to: string) => {
    const r = spawnSync(process.execPath, [CLI, 'convert', `samples/${SOURCE_LETTER}.md`, '--to', to, '--out', '-'], {
      cwd: ROOT,
      env: { ...process.env, KAMERBRIEF_DEBUG_MODULES: '1' },
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(r.status).toBe(0);
    return r.stderr.split('\n').filter((l) => l.startsWith('module: ')).map((l) => l.slice('module: '.length));
  };
  const uses = (modules: string[], pkg: string) => modules.some((m) => m.startsWith(`node_modules/${pkg}/`));

  it('a conversion loads the code of its own formats only', () => {
    const toJson = loadedModules('json');
    expect(toJson).toContain('dist/importers/markdown.js');
    for (const pkg of ['docx', 'pdfkit', 'pdfjs-dist', 'pdf-lib', 'fontkit', 'piscina', 'cli-progress']) expect(uses(toJson, pkg)).toBe(false);
    const toDocx = loadedModules('docx');
    expect(uses(toDocx, 'docx')).toBe(true);
    for (const pkg of ['pdfkit', 'pdfjs-dist', 'pdf-lib']) expect(uses(toDocx, pkg)).toBe(false);
    expect(toDocx.some((m) => m.startsWith('dist/importers/pdf') || m.startsWith('dist/exporters/pdf'))).toBe(false);
    expect(uses(loadedModules('pdf'), 'pdfkit')).toBe(true);
  });

  it('Markdown without front matter loads no YAML parser, and no schema compiler', () => {
    const toJson = loadedModules('json');
    expect(uses(toJson, 'yaml')).toBe(false);
    // the schema validators are compiled ahead of time (src/model/*-validator.generated.ts)
    expect(toJson.some((m) => m.startsWith('node_modules/ajv/dist/compile/') || m === 'node_modules/ajv/dist/2020.js')).toBe(false);
  });
});
