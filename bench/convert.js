#!/usr/bin/env node
/**
 * What conversion costs, per output format, on fixed generated letters (bench/letters.js):
 *
 *   single   one `kamerbrief convert one.md --to <format>` process, as a user runs it
 *            (start-up included); the median of several runs, on a 10-question letter
 *   batch    one `kamerbrief convert <dir> --to <format>` over 1,000 letters of 10 questions
 *            on the worker pool: wall time, letters per second, peak memory of the process
 *   growth   import (Markdown) plus export in this process, warm, for letters of 10, 100
 *            and 1,000 questions: milliseconds per question, and the 1,000 : 10 ratio
 *
 * Where pandoc (md -> docx) and LibreOffice (docx -> pdf) are installed it runs them on the
 * same letters, one process per letter as their users do, and prints the ratios against the
 * targets of issue 9.
 *
 * Then the seed letter (samples/, 23 KB, 11 pages), issue 19's measure: its Markdown import,
 * DOCX export and PDF export in this process, warm (median, and CPU time, which a busy
 * machine inflates less than wall time); a batch of `--seed` copies of it to DOCX and to PDF;
 * pandoc on it and LibreOffice on its DOCX, one process per letter; and issue 19's targets.
 * Prints a table, and writes every figure to bench/results/<time>.json.
 *
 *   node bench/convert.js [--letters 1000] [--external 100] [--office 20] [--runs 5] [--formats md,docx]
 *                         [--seed 300] [--only seed|generated]
 */
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { generateLetter } = require('./letters');

const ROOT = path.join(__dirname, '..');
const CLI = path.join(ROOT, 'dist', 'cli', 'main.js');
const { OUTPUT_FORMATS, importLetter, exportLetter, outputExtension } = require('../dist/formats');
const { exportMarkdown } = require('../dist/exporters/markdown');

/** Every format kamerbrief plans; those this build lacks are listed as not available. */
const PLANNED_FORMATS = ['json', 'md', 'text', 'akn', 'op', 'diwoo', 'docx', 'pdf'];
const SIZES = [10, 100, 1000];
/** Issue 9's targets. */
const TARGETS = { pandocDocxRatio: 20, officePdfRatio: 10, growthPerQuestion: 1.3, singleDocxVsPandoc: 1 };
/** Issue 19's targets, on the seed letter. */
const SEED_TARGETS = { pdfExportMs: 30, docxExportMs: 5, pandocDocxRatio: 20, officePdfRatio: 50 };
const SEED_LETTER = path.join(ROOT, 'samples', 'ek-asiel-migratiestrategie-2026.md');

function options(argv) {
  const o = { letters: 1000, external: 100, office: 20, runs: 5, formats: PLANNED_FORMATS, seed: 300, only: undefined };
  for (let i = 0; i < argv.length; i += 2) {
    const [name, value] = [argv[i].replace(/^--/, ''), argv[i + 1]];
    if (name === 'formats') o.formats = value.split(',');
    else if (name === 'only' && (value === 'seed' || value === 'generated')) o.only = value;
    else if (name in o) o[name] = Number(value);
    else throw new Error(`unknown option ${argv[i]}; see the top of bench/convert.js`);
  }
  return o;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs a command and returns its wall time in milliseconds; throws when it fails. */
function timed(command, args, opts = {}) {
  const start = process.hrtime.bigint();
  const r = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...opts });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.error) throw r.error;
  if (r.status !== 0 && !opts.allowFailure) throw new Error(`${path.basename(command)} ${args.slice(0, 4).join(' ')} … exited ${r.status}: ${(r.stderr || '').slice(0, 500)}`);
  return { ms, status: r.status, stderr: r.stderr };
}

/**
 * CPU milliseconds used so far by this process's finished children (and theirs), from
 * /proc/self/stat (cutime + cstime); undefined where there is no /proc. A busy machine
 * stretches wall time much more than CPU time, so the seed figures give both.
 */
function childCpuMs() {
  try {
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
    return ((Number(fields[13]) + Number(fields[14])) * 1000) / 100; // fields 16 and 17 of stat(5), at USER_HZ = 100
  } catch {
    return undefined;
  }
}

function installed(command, args) {
  const r = spawnSync(command, args, { encoding: 'utf8' });
  return r.status === 0 ? (r.stdout || '').split('\n')[0].trim() : undefined;
}

/** The inputs: `letters` letters of 10 questions in ten folders, and one letter of each size. */
function writeInputs(work, letters) {
  const batch = path.join(work, 'batch');
  const files = [];
  for (let k = 0; k < letters; k++) {
    const dir = path.join(batch, String(1995 + (k % 10)));
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `brief-${String(k).padStart(4, '0')}.md`);
    fs.writeFileSync(file, exportMarkdown(generateLetter(10, k + 1)));
    files.push(file);
  }
  const sized = {};
  for (const n of SIZES) {
    sized[n] = path.join(work, `letter-${n}q.md`);
    fs.writeFileSync(sized[n], exportMarkdown(generateLetter(n, 100000 + n)));
  }
  return { batch, files, sized };
}

function singleRun(format, input, work, runs) {
  const out = path.join(work, `single-${format}`);
  const times = [];
  for (let i = 0; i < runs; i++) times.push(timed(process.execPath, [CLI, 'convert', input, '--to', format, '--out', out, '--force']).ms);
  return median(times);
}

/**
 * What Node.js itself costs to start here, the floor under every `single` figure: `node -e 0`
 * (median). NODE_EXTRA_CA_CERTS makes Node read and parse a certificate bundle at every
 * start, before any script runs (about 30 ms on the build machine), although kamerbrief never
 * opens a network connection; where it is set, the start and a single DOCX conversion are
 * also timed without it, so that the table shows what the variable costs.
 */
function startupFloor(input, work, runs) {
  const medianRun = (env, args) => median(Array.from({ length: runs }, () => timed(process.execPath, args, { env }).ms));
  const floor = { nodeMs: medianRun(process.env, ['-e', '0']), extraCaCerts: process.env.NODE_EXTRA_CA_CERTS !== undefined };
  if (floor.extraCaCerts) {
    const { NODE_EXTRA_CA_CERTS: _, ...without } = process.env;
    floor.nodeWithoutCaMs = medianRun(without, ['-e', '0']);
    floor.singleDocxWithoutCaMs = medianRun(without, [CLI, 'convert', input, '--to', 'docx', '--out', path.join(work, 'single-docx-no-ca'), '--force']);
  }
  return floor;
}

function batchRun(format, batch, letters, work, prefix = '') {
  const out = path.join(work, `${prefix}batch-${format}`);
  const rssFile = path.join(work, `${prefix}rss-${format}`);
  const r = timed(process.execPath, ['-r', path.join(__dirname, 'peak-rss.js'), CLI, 'convert', batch, '--to', format, '--out', out], {
    env: { ...process.env, KAMERBRIEF_BENCH_RSS_FILE: rssFile },
    allowFailure: true,
  });
  const written = countFiles(out, outputExtension(format));
  const [rssKb, cpuUs] = fs.readFileSync(rssFile, 'utf8').split(' ').map(Number);
  return {
    seconds: r.ms / 1000,
    lettersPerSecond: written / (r.ms / 1000),
    converted: written,
    failed: letters - written,
    peakMb: rssKb / 1024,
    cpuMsPerLetter: cpuUs / 1000 / Math.max(written, 1),
    out,
  };
}

function countFiles(dir, extension) {
  if (!fs.existsSync(dir)) return 0;
  return fs.readdirSync(dir, { recursive: true }).filter((f) => String(f).endsWith(extension)).length;
}

/** Import plus export of one letter in this process, warm: median milliseconds. */
async function convertInProcess(format, bytes, runs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = process.hrtime.bigint();
    const { letter } = await importLetter('md', bytes, {});
    await exportLetter(format, letter, {});
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  return median(times);
}

async function growth(format, sized) {
  const bytes = Object.fromEntries(SIZES.map((n) => [n, fs.readFileSync(sized[n])]));
  await convertInProcess(format, bytes[10], 2); // loads the format's code
  const perQuestion = {};
  for (const n of SIZES) perQuestion[n] = (await convertInProcess(format, bytes[n], n >= 1000 ? 2 : 5)) / n;
  return { msPerQuestion: perQuestion, ratio: perQuestion[1000] / perQuestion[10] };
}

/** pandoc md -> docx, one process per letter, over the first `count` letters. */
function pandocRun(files, count, one, work, runs, name = 'pandoc') {
  const version = installed('pandoc', ['--version']);
  if (!version) return { available: false, note: 'pandoc is not installed (apt-get install pandoc)' };
  const out = path.join(work, name);
  fs.mkdirSync(out);
  const single = median(Array.from({ length: runs }, () => timed('pandoc', [one, '-o', path.join(out, 'one.docx')]).ms));
  const start = process.hrtime.bigint();
  const cpuStart = childCpuMs();
  files.slice(0, count).forEach((file, k) => timed('pandoc', [file, '-o', path.join(out, `${k}-${path.basename(file, '.md')}.docx`)]));
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const letters = Math.min(count, files.length);
  return { available: true, version, singleMs: single, letters, seconds, lettersPerSecond: letters / seconds, cpuMsPerLetter: cpuStart === undefined ? undefined : (childCpuMs() - cpuStart) / letters };
}

/** LibreOffice docx -> pdf, one process per letter, on kamerbrief's DOCX of the same letters. */
function officeRun(docxDir, count, work, prefix = '') {
  const soffice = ['soffice', 'libreoffice'].find((c) => installed(c, ['--version']));
  if (!soffice) return { available: false, note: 'LibreOffice is not installed (apt-get install libreoffice-writer-nogui)' };
  if (!docxDir) return { available: false, note: 'no DOCX of the letters to give LibreOffice (docx not converted)' };
  const docx = fs.readdirSync(docxDir, { recursive: true }).filter((f) => String(f).endsWith('.docx')).sort().slice(0, count).map((f) => path.join(docxDir, String(f)));
  const out = path.join(work, `${prefix}office`);
  // A profile of its own: LibreOffice refuses to start beside another instance's profile.
  const profile = `-env:UserInstallation=file://${path.join(work, `${prefix}office-profile`)}`;
  const convert = (file) => timed(soffice, [profile, '--headless', '--convert-to', 'pdf', '--outdir', out, file], { timeout: 120_000 });
  convert(docx[0]); // the first start creates the profile; not counted
  const start = process.hrtime.bigint();
  const cpuStart = childCpuMs();
  for (const file of docx) convert(file);
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpuMsPerLetter = cpuStart === undefined ? undefined : (childCpuMs() - cpuStart) / docx.length;
  return { available: true, version: installed(soffice, ['--version']), letters: docx.length, seconds, lettersPerSecond: docx.length / seconds, singleMs: (seconds * 1000) / docx.length, cpuMsPerLetter };
}

/** Wall and CPU milliseconds of `fn` (awaited), median over `runs` after `warm` uncounted runs. */
async function warmTimes(fn, runs, warm = 20) {
  for (let i = 0; i < warm; i++) await fn();
  const wall = [];
  const cpu = [];
  for (let i = 0; i < runs; i++) {
    const c = process.cpuUsage();
    const start = process.hrtime.bigint();
    await fn();
    wall.push(Number(process.hrtime.bigint() - start) / 1e6);
    const used = process.cpuUsage(c);
    cpu.push((used.user + used.system) / 1000);
  }
  return { ms: median(wall), cpuMs: median(cpu), minMs: Math.min(...wall) };
}

/**
 * Issue 19's measure: the seed letter in this process (warm), a batch of copies of it to
 * DOCX and PDF, and pandoc and LibreOffice on the same letter, one process per letter.
 */
async function seedRun(o, work) {
  const loadAverage = os.loadavg();
  const bytes = fs.readFileSync(SEED_LETTER);
  const { letter } = await importLetter('md', bytes, {});
  const inProcess = {
    mdImport: await warmTimes(() => importLetter('md', bytes, {}), 50),
    docxExport: await warmTimes(() => exportLetter('docx', letter, {}), 50),
    pdfExport: await warmTimes(() => exportLetter('pdf', letter, {}), 20, 5),
  };
  const batch = path.join(work, 'seed-batch');
  for (let k = 0; k < o.seed; k++) {
    const dir = path.join(batch, String(k % 10));
    fs.mkdirSync(dir, { recursive: true });
    fs.writeFileSync(path.join(dir, `brief-${String(k).padStart(4, '0')}.md`), bytes);
  }
  process.stderr.write(`seed letter: batch of ${o.seed} to docx and pdf\n`);
  const { out: docxOut, ...docxBatch } = batchRun('docx', batch, o.seed, work, 'seed-');
  const { out: _, ...pdfBatch } = batchRun('pdf', batch, o.seed, work, 'seed-');
  process.stderr.write('seed letter: pandoc and LibreOffice\n');
  const files = Array.from({ length: Math.min(o.external, 30) }, () => SEED_LETTER);
  const pandoc = pandocRun(files, files.length, SEED_LETTER, work, o.runs, 'seed-pandoc');
  const office = officeRun(docxOut, Math.min(o.office, 8), work, 'seed-');
  const ratio = (a, b) => (a !== undefined && b !== undefined ? a / b : undefined);
  const list = [
    { name: 'PDF export of the seed letter, in-process, ms', target: `<= ${SEED_TARGETS.pdfExportMs}`, value: inProcess.pdfExport.ms, at: (v) => v <= SEED_TARGETS.pdfExportMs },
    { name: 'DOCX export of the seed letter, in-process, ms', target: `<= ${SEED_TARGETS.docxExportMs}`, value: inProcess.docxExport.ms, at: (v) => v <= SEED_TARGETS.docxExportMs },
    { name: 'batch md -> docx, times pandoc per letter', target: `>= ${SEED_TARGETS.pandocDocxRatio}`, value: ratio(docxBatch.lettersPerSecond, pandoc.lettersPerSecond), note: pandoc.note, at: (v) => v >= SEED_TARGETS.pandocDocxRatio },
    { name: 'batch md -> pdf, times LibreOffice docx -> pdf', target: `>= ${SEED_TARGETS.officePdfRatio}`, value: ratio(pdfBatch.lettersPerSecond, office.lettersPerSecond), note: office.note, at: (v) => v >= SEED_TARGETS.officePdfRatio },
  ];
  const targets = list.map(({ at, ...t }) => ({ ...t, met: t.value === undefined ? undefined : at(t.value) }));
  const cpuRatios = [
    { name: 'pandoc md -> docx : batch md -> docx', value: ratio(pandoc.cpuMsPerLetter, docxBatch.cpuMsPerLetter) },
    { name: 'LibreOffice docx -> pdf : batch md -> pdf', value: ratio(office.cpuMsPerLetter, pdfBatch.cpuMsPerLetter) },
  ];
  return { letters: o.seed, loadAverage, inProcess, batch: { docx: docxBatch, pdf: pdfBatch }, pandoc, office, targets, cpuRatios };
}

function seedTable(seed) {
  const lines = [`seed letter (${path.relative(ROOT, SEED_LETTER)}), in this process, warm: median wall / median CPU / fastest`];
  const row = (label, t) => `  ${pad(label, 14)}${lpad(fixed(t.ms, 2), 8)} ms${lpad(fixed(t.cpuMs, 2), 8)} ms${lpad(fixed(t.minMs, 2), 8)} ms`;
  lines.push(row('md import', seed.inProcess.mdImport), row('docx export', seed.inProcess.docxExport), row('pdf export', seed.inProcess.pdfExport));
  for (const f of ['docx', 'pdf']) {
    const b = seed.batch[f];
    lines.push(`  batch md -> ${pad(f, 5)}${lpad(b.converted, 5)} letters in ${fixed(b.seconds, 2)} s = ${fixed(b.lettersPerSecond)} letters/s, CPU ${fixed(b.cpuMsPerLetter)} ms a letter (all threads), peak ${fixed(b.peakMb, 0)} MB` + (b.failed ? ` (${b.failed} not converted)` : ''));
  }
  const p = seed.pandoc;
  lines.push(p.available ? `  pandoc md -> docx: ${p.letters} letters one process each in ${fixed(p.seconds, 2)} s = ${fixed(p.lettersPerSecond)} letters/s, CPU ${fixed(p.cpuMsPerLetter)} ms a letter, ${fixed(p.singleMs, 0)} ms alone` : `  ${p.note}`);
  const lo = seed.office;
  lines.push(lo.available ? `  LibreOffice docx -> pdf: ${lo.letters} letters one process each in ${fixed(lo.seconds, 2)} s = ${fixed(lo.lettersPerSecond, 2)} letters/s, CPU ${fixed(lo.cpuMsPerLetter)} ms a letter` : `  ${lo.note}`);
  lines.push(`  load average at the start: ${seed.loadAverage.map((x) => fixed(x, 1)).join(' ')} on ${os.availableParallelism()} cores`);
  lines.push('targets (issue 19, seed letter):');
  for (const t of seed.targets) lines.push(`  ${t.met === undefined ? '?   ' : t.met ? 'met ' : 'MISS'} ${t.name}: ${t.value === undefined ? t.note : fixed(t.value, 2)} (target ${t.target})`);
  lines.push('the same in CPU time, which other jobs on the machine inflate less (their CPU per letter : ours):');
  for (const t of seed.cpuRatios) lines.push(`  ${t.name}: ${t.value === undefined ? 'not measured' : fixed(t.value, 2)}`);
  return lines.join('\n');
}

const fixed = (x, digits = 1) => (x === undefined ? '–' : x.toFixed(digits));
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

function table(results, o) {
  const lines = [];
  lines.push(`kamerbrief ${require('../package.json').version}, node ${process.version}, ${os.availableParallelism()} cores (${os.cpus()[0]?.model ?? 'cpu'}), ${o.letters} letters of 10 questions`);
  lines.push('');
  lines.push(`${pad('md ->', 7)}${lpad('single', 10)}${lpad(`batch ${o.letters}`, 13)}${lpad('letters/s', 11)}${lpad('peak MB', 9)}   ${pad('ms per question at 10 / 100 / 1000 q', 38)}${lpad('1000:10', 8)}`);
  for (const f of PLANNED_FORMATS.filter((x) => o.formats.includes(x))) {
    const r = results.formats[f];
    if (!r.available) {
      lines.push(`${pad(f, 7)}not available in this build`);
      continue;
    }
    const b = r.batch;
    const g = r.growth;
    lines.push(
      `${pad(f, 7)}${lpad(fixed(r.singleMs, 0) + ' ms', 10)}${lpad(fixed(b.seconds) + ' s', 13)}${lpad(fixed(b.lettersPerSecond), 11)}${lpad(fixed(b.peakMb, 0), 9)}   ` +
        `${pad(SIZES.map((n) => fixed(g.msPerQuestion[n], 2)).join(' / '), 38)}${lpad(fixed(g.ratio, 2), 8)}` +
        (b.failed ? `   (${b.failed} not converted)` : ''),
    );
  }
  lines.push('');
  const p = results.pandoc;
  lines.push(p.available ? `pandoc md -> docx: ${fixed(p.singleMs, 0)} ms a letter alone; ${p.letters} letters one process each in ${fixed(p.seconds)} s = ${fixed(p.lettersPerSecond)} letters/s (${p.version})` : p.note);
  const lo = results.office;
  lines.push(lo.available ? `LibreOffice docx -> pdf: ${lo.letters} letters one process each in ${fixed(lo.seconds)} s = ${fixed(lo.lettersPerSecond, 2)} letters/s, ${fixed(lo.singleMs, 0)} ms a letter (${lo.version})` : lo.note);
  const s = results.startup;
  lines.push(
    `node -e 0 (start-up alone): ${fixed(s.nodeMs, 0)} ms` +
      (s.extraCaCerts ? `; NODE_EXTRA_CA_CERTS is set: without it ${fixed(s.nodeWithoutCaMs, 0)} ms, and convert one.md --to docx ${fixed(s.singleDocxWithoutCaMs, 0)} ms` : ''),
  );
  lines.push('');
  lines.push('targets (issue 9):');
  for (const t of results.targets) lines.push(`  ${t.met === undefined ? '?   ' : t.met ? 'met ' : 'MISS'} ${t.name}: ${t.value === undefined ? t.note : fixed(t.value, 2)} (target ${t.target})`);
  return lines.join('\n');
}

function targets(results) {
  const f = results.formats;
  const p = results.pandoc;
  const lo = results.office;
  const docxBatch = f.docx?.available ? f.docx.batch.lettersPerSecond : undefined;
  const pdfBatch = f.pdf?.available ? f.pdf.batch.lettersPerSecond : undefined;
  const growthRatios = Object.entries(f).filter(([, r]) => r.available).map(([name, r]) => [name, r.growth.ratio]);
  const worst = growthRatios.sort((a, b) => b[1] - a[1])[0];
  const ratio = (a, b, note) => (a !== undefined && b !== undefined ? { value: a / b } : { note });
  const list = [
    { name: 'batch md -> docx, times pandoc per-letter throughput', target: `>= ${TARGETS.pandocDocxRatio}`, ...ratio(docxBatch, p.available ? p.lettersPerSecond : undefined, p.note ?? 'docx not measured'), at: (v) => v >= TARGETS.pandocDocxRatio },
    { name: 'batch md -> pdf, times LibreOffice docx -> pdf throughput', target: `>= ${TARGETS.officePdfRatio}`, ...ratio(pdfBatch, lo.available ? lo.lettersPerSecond : undefined, lo.note ?? 'pdf not measured'), at: (v) => v >= TARGETS.officePdfRatio },
    { name: `cost per question, 1000 : 10 questions (worst: ${worst?.[0]})`, target: `<= ${TARGETS.growthPerQuestion}`, value: worst?.[1], note: 'no format measured', at: (v) => v <= TARGETS.growthPerQuestion },
    { name: 'convert one.md --to docx, time : pandoc', target: `<= ${TARGETS.singleDocxVsPandoc}`, ...ratio(f.docx?.available ? f.docx.singleMs : undefined, p.available ? p.singleMs : undefined, p.note ?? 'docx not measured'), at: (v) => v <= TARGETS.singleDocxVsPandoc },
  ];
  return list.map(({ at, ...t }) => ({ ...t, met: t.value === undefined ? undefined : at(t.value) }));
}

async function main() {
  const o = options(process.argv.slice(2));
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kamerbrief-bench-'));
  try {
    const results = { date: new Date().toISOString(), node: process.version, cores: os.availableParallelism(), cpu: os.cpus()[0]?.model, letters: o.letters, formats: {} };
    const sections = [];
    if (o.only !== 'seed') sections.push(await generatedRun(o, work, results));
    if (o.only !== 'generated' && o.seed > 0) {
      process.stderr.write('seed letter: in this process\n');
      results.seed = await seedRun(o, work);
      sections.push(seedTable(results.seed));
    }
    process.stdout.write(sections.join('\n\n') + '\n');
    const dir = path.join(__dirname, 'results');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, `${results.date.replace(/[:.]/g, '-')}.json`);
    fs.writeFileSync(file, JSON.stringify(results, null, 2) + '\n');
    process.stdout.write(`\nfigures written to ${path.relative(process.cwd(), file)}\n`);
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** The generated letters (issue 9's measure): every format single, batch and growth, pandoc and LibreOffice. */
async function generatedRun(o, work, results) {
  process.stderr.write(`generating ${o.letters} letters and letters of ${SIZES.join(', ')} questions in ${work}\n`);
  const inputs = writeInputs(work, o.letters);
  for (const format of PLANNED_FORMATS.filter((x) => o.formats.includes(x))) {
    if (!OUTPUT_FORMATS.includes(format)) {
      results.formats[format] = { available: false };
      continue;
    }
    process.stderr.write(`${format}: single, batch of ${o.letters}, growth\n`);
    const singleMs = singleRun(format, inputs.sized[10], work, o.runs);
    const { out, ...batch } = batchRun(format, inputs.batch, o.letters, work);
    results.formats[format] = { available: true, singleMs, batch, growth: await growth(format, inputs.sized), out };
  }
  process.stderr.write('pandoc and LibreOffice on the same letters\n');
  results.pandoc = pandocRun(inputs.files, o.external, inputs.sized[10], work, o.runs);
  results.office = officeRun(results.formats.docx?.out, o.office, work);
  results.startup = startupFloor(inputs.sized[10], work, o.runs);
  for (const r of Object.values(results.formats)) delete r.out;
  results.targets = targets(results);
  return table(results, o);
}

main().catch((err) => {
  process.stderr.write(`bench: ${err.message}\n`);
  process.exitCode = 1;
});
