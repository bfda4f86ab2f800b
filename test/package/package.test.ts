/**
 * The package as a user gets it: `npm pack` of the built repository, installed in an empty
 * directory, used from TypeScript (tsc type-checks a program against the shipped types) and
 * from JavaScript (require and import). Offline: the tarball's dependencies are installed by
 * `npm ci --offline` from a lock made of this repository's own lock, so from the npm cache
 * that this repository's `npm ci` filled.
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ROOT, SAMPLES_DIR, SOURCE_LETTER } from '../support/samples';
import { tempDir } from '../support/temp';

const TSC = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));

function run(command: string, args: string[], opts: SpawnSyncOptions = {}): string {
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...opts });
  if (r.error) throw r.error;
  if (r.status !== 0) throw new Error(`${command} ${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return String(r.stdout);
}

let project: string;

beforeAll(() => {
  if (!fs.existsSync(path.join(ROOT, 'dist', 'index.js'))) throw new Error('dist/index.js is missing; this test needs dist/: npm run build (npm test does it first)');
  const dir = tempDir('kb-pack-');
  // The build is dist/ as `npm test` made it: packing runs no scripts (prepare would build again).
  const tarball = run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir, ROOT], { cwd: dir });
  const file = JSON.parse(tarball)[0].filename as string;
  project = path.join(dir, 'project');
  fs.mkdirSync(project);
  const spec = `file:../${file}`;
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, 'package-lock.json'), 'utf8'));
  const packages: Record<string, unknown> = {
    '': { dependencies: { kamerbrief: spec } },
    'node_modules/kamerbrief': { version: pkg.version, resolved: spec, license: pkg.license, dependencies: pkg.dependencies, bin: pkg.bin, engines: pkg.engines },
  };
  for (const [key, entry] of Object.entries(lock.packages as Record<string, { dev?: boolean }>)) {
    if (key.startsWith('node_modules/') && !entry.dev) packages[key] = entry;
  }
  fs.writeFileSync(path.join(project, 'package.json'), JSON.stringify({ private: true, dependencies: { kamerbrief: spec } }));
  fs.writeFileSync(path.join(project, 'package-lock.json'), JSON.stringify({ name: 'project', lockfileVersion: 3, requires: true, packages }));
  run('npm', ['ci', '--offline', '--ignore-scripts', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: project });
}, 180_000);

const seedMarkdown = () => path.join(SAMPLES_DIR, `${SOURCE_LETTER}.md`);
const seedJson = () => JSON.parse(fs.readFileSync(path.join(SAMPLES_DIR, `${SOURCE_LETTER}.json`), 'utf8'));

describe('the packed package', () => {
  it('ships dist/ with the entry point and types that package.json names, and the schemas', () => {
    const installed = path.join(project, 'node_modules', 'kamerbrief');
    const manifest = JSON.parse(fs.readFileSync(path.join(installed, 'package.json'), 'utf8'));
    expect(manifest.exports['.']).toEqual({ types: './dist/index.d.ts', default: './dist/index.js' });
    for (const file of [manifest.main, manifest.types, manifest.exports['.'].types, manifest.exports['.'].default, 'schemas/answer-letter.schema.json', 'templates/rijksoverheid.json']) {
      expect(fs.existsSync(path.join(installed, file))).toBe(true);
    }
    expect(fs.existsSync(path.join(project, 'node_modules', '.bin', 'kamerbrief'))).toBe(true);
  });

  it('installs its command, which finds its house styles and schemas in the installed package', () => {
    const letter = path.join(SAMPLES_DIR, `${SOURCE_LETTER}.json`);
    expect(run(process.execPath, [path.join(project, 'node_modules', '.bin', 'kamerbrief'), 'validate', letter], { cwd: project })).toBe(`${letter}: valid\n`);
    run(process.execPath, [path.join(project, 'node_modules', '.bin', 'kamerbrief'), 'convert', letter, '--to', 'docx', '--template', 'plain', '--out', project], { cwd: project });
    expect(fs.readFileSync(path.join(project, `${SOURCE_LETTER}.docx`)).subarray(0, 2).toString('latin1')).toBe('PK');
  });

  it('is used from JavaScript with require: Markdown in, the letter, its summary and a DOCX out', () => {
    const program = `
      const kb = require('kamerbrief');
      const fs = require('node:fs');
      (async () => {
        const read = await kb.importLetter(fs.readFileSync(process.argv[2]), { fileName: 'brief.md' });
        const summary = kb.inspectLetter(read.letter);
        const docx = await kb.exportLetter(read.letter, 'docx');
        const schema = require('kamerbrief/schemas/answer-letter.schema.json');
        console.log(JSON.stringify({
          format: read.format, errors: read.diagnostics.filter((d) => d.severity === 'error').length,
          date: read.letter.metadata.date, questions: summary.questions.length,
          docx: Buffer.from(docx.data).subarray(0, 2).toString('latin1'),
          formats: kb.FORMATS.map((f) => f.name), schema: schema.title,
        }));
      })();`;
    fs.writeFileSync(path.join(project, 'use.cjs'), program);
    const out = JSON.parse(run(process.execPath, ['use.cjs', seedMarkdown()], { cwd: project }));
    const golden = seedJson();
    expect(out).toEqual({
      format: 'md',
      errors: 0,
      date: golden.metadata.date,
      questions: golden.questionsAndAnswers.sections.flatMap((s: { items: { type: string; numbers?: string[] }[] }) => s.items.flatMap((i) => (i.type === 'question' ? i.numbers : []))).length,
      docx: 'PK',
      formats: ['json', 'md', 'text', 'akn', 'op', 'diwoo', 'docx', 'pdf'],
      schema: 'AnswerLetter',
    });
  });

  it('is used from JavaScript with import (named exports of an ES module)', () => {
    const program = `
      import { importLetter, exportLetter, validateLetter, OUTPUT_FORMATS } from 'kamerbrief';
      import { readFileSync } from 'node:fs';
      const letter = JSON.parse(readFileSync(process.argv[2], 'utf8'));
      const problems = validateLetter(letter).filter((d) => d.severity === 'error');
      const akn = await exportLetter(letter, 'akn');
      const back = await importLetter(akn.data, { format: 'akn' });
      const broken = await importLetter('---\\ndate: 2026\\n', { format: 'md' });
      console.log(JSON.stringify({ problems: problems.length, subject: back.letter.metadata.subject, broken: broken.letter === undefined && broken.diagnostics[0].severity, outputs: OUTPUT_FORMATS.length }));`;
    fs.writeFileSync(path.join(project, 'use.mjs'), program);
    const out = JSON.parse(run(process.execPath, ['use.mjs', path.join(SAMPLES_DIR, `${SOURCE_LETTER}.json`)], { cwd: project }));
    expect(out).toEqual({ problems: 0, subject: seedJson().metadata.subject, broken: 'error', outputs: 8 });
  });

  it('type-checks a TypeScript program against its types, and refuses one that misuses them', () => {
    fs.writeFileSync(
      path.join(project, 'use.ts'),
      `import { importLetter, exportLetter, inspectLetter, validateLetter, FORMATS, LetterError, type Letter, type Diagnostic, type FormatName, type LetterSummary, type ExportFiles, type Question } from 'kamerbrief';
export async function toDocx(markdown: string): Promise<ExportFiles> {
  const { letter, diagnostics }: { letter?: Letter; diagnostics: Diagnostic[] } = await importLetter(markdown, { format: 'md' });
  if (!letter) throw new LetterError(diagnostics);
  const summary: LetterSummary = inspectLetter(letter);
  const first: Question | undefined = letter.questionsAndAnswers?.sections[0]?.items.find((i): i is Question => i.type === 'question');
  const names: FormatName[] = FORMATS.filter((f) => f.canExport).map((f) => f.name);
  const problems: Diagnostic[] = validateLetter(letter);
  void summary.questions; void first; void names; void problems;
  return exportLetter(letter, 'docx');
}
`,
    );
    fs.writeFileSync(path.join(project, 'misuse.ts'), `import { exportLetter, type Letter } from 'kamerbrief';\ndeclare const letter: Letter;\nvoid exportLetter(letter, 'rtf');\nconst date: number = letter.metadata.date;\nvoid date;\n`);
    const options = { strict: true, module: 'node16', moduleResolution: 'node16', target: 'ES2022', lib: ['ES2022'], types: [], noEmit: true };
    fs.writeFileSync(path.join(project, 'tsconfig.json'), JSON.stringify({ compilerOptions: options, files: ['use.ts'] }));
    fs.writeFileSync(path.join(project, 'tsconfig.misuse.json'), JSON.stringify({ compilerOptions: options, files: ['misuse.ts'] }));
    run(process.execPath, [TSC, '-p', 'tsconfig.json'], { cwd: project });
    const misuse = spawnSync(process.execPath, [TSC, '-p', 'tsconfig.misuse.json'], { cwd: project, encoding: 'utf8' });
    expect(misuse.status).not.toBe(0);
    expect(misuse.stdout).toMatch(/misuse\.ts\(3,\d+\): error TS2345: Argument of type '"rtf"'/);
    expect(misuse.stdout).toMatch(/misuse\.ts\(4,\d+\): error TS2322: Type 'string' is not assignable to type 'number'/);
  });
});
