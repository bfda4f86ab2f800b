/**
 * PDF import, in ms a page, for the corpus PDFs in ../shared/corpus/pdf/: kamerbrief's layout
 * reader in-process (dist/importers/pdf), next to the route it replaces, `pdftotext -layout`
 * as a process plus the text importer on its output. Each figure is the median of RUNS runs
 * (after one warm-up). Then the hostile PDFs of the importer's tests, each in a process of its
 * own: time to the refusal and peak memory (resident set, whole process).
 *
 *   npm run build && node bench/pdf-import.js [--runs N]
 */
'use strict';
const { execFileSync, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const ROOT = path.join(__dirname, '..');
const DIR = path.join(ROOT, '..', 'shared', 'corpus', 'pdf');
const RUNS = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const { importPdf } = require(path.join(ROOT, 'dist', 'importers', 'pdf'));
const { importText } = require(path.join(ROOT, 'dist', 'importers', 'text'));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;

async function corpus() {
  const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.pdf')).sort();
  const rows = [];
  for (const f of files) {
    const file = path.join(DIR, f);
    const bytes = new Uint8Array(fs.readFileSync(file));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))[1]);
    const direct = [];
    const viaText = [];
    for (let i = 0; i <= RUNS; i++) {
      let t0 = process.hrtime.bigint();
      await importPdf(bytes, { ocr: 'never' });
      if (i > 0) direct.push(ms(t0));
      t0 = process.hrtime.bigint();
      importText(execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }));
      if (i > 0) viaText.push(ms(t0));
    }
    rows.push({ f, pages, direct: median(direct) / pages, viaText: median(viaText) / pages });
  }
  console.log(`PDF import, ms a page (median of ${RUNS} runs, ${os.loadavg()[0].toFixed(1)} load average)`);
  console.log(`${'file'.padEnd(58)} pages  layout reader  pdftotext -layout + text import  ratio`);
  for (const r of rows) console.log(`${r.f.padEnd(58)} ${String(r.pages).padStart(5)}  ${r.direct.toFixed(1).padStart(13)}  ${r.viaText.toFixed(1).padStart(31)}  ${(r.direct / r.viaText).toFixed(2).padStart(5)}`);
  const all = (k) => rows.reduce((n, r) => n + r[k] * r.pages, 0) / rows.reduce((n, r) => n + r.pages, 0);
  console.log(`${'all pages'.padEnd(58)} ${String(rows.reduce((n, r) => n + r.pages, 0)).padStart(5)}  ${all('direct').toFixed(1).padStart(13)}  ${all('viaText').toFixed(1).padStart(31)}  ${(all('direct') / all('viaText')).toFixed(2).padStart(5)}`);
  console.log(all('direct') <= all('viaText') ? 'target met: the direct route is no slower' : 'target missed: the direct route is slower');
}

/** The hostile shapes, built with pdf-lib in a child process that then imports them. */
const HOSTILE = {
  'inflation bomb (65 MB of zeros in a 64 kB stream)': `
    const { PDFDocument, PDFName, StandardFonts } = require('pdf-lib'); const { zlibSync } = require('fflate');
    const doc = await PDFDocument.create(); const font = await doc.embedFont(StandardFonts.Helvetica);
    const page = doc.addPage([595, 842]); page.drawText('Vraag 1', { x: 72, y: 700, size: 10, font });
    page.node.set(PDFName.of('Contents'), doc.context.register(doc.context.stream(zlibSync(new Uint8Array(65 * 1024 * 1024), { level: 9 }), { Filter: 'FlateDecode' })));
    return doc.save();`,
  'structure tree 100,000 deep': `
    const { PDFDocument, PDFName, PDFNumber, StandardFonts } = require('pdf-lib');
    const doc = await PDFDocument.create(); const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage([595, 842]).drawText('Vraag 1', { x: 72, y: 700, size: 10, font });
    let inner = doc.context.obj({ Type: 'StructElem', S: 'Span', K: PDFNumber.of(0) });
    for (let i = 0; i < 100000; i++) inner = doc.context.obj({ Type: 'StructElem', S: 'Div', K: doc.context.register(inner) });
    const root = doc.context.obj({ Type: 'StructTreeRoot', K: doc.context.register(inner) });
    doc.catalog.set(PDFName.of('StructTreeRoot'), doc.context.register(root));
    return doc.save({ useObjectStreams: false });`,
  'recursive structure tree': `
    const { PDFDocument, PDFName, StandardFonts } = require('pdf-lib');
    const doc = await PDFDocument.create(); const font = await doc.embedFont(StandardFonts.Helvetica);
    doc.addPage([595, 842]).drawText('Vraag 1', { x: 72, y: 700, size: 10, font });
    const el = doc.context.obj({ Type: 'StructElem', S: 'Document' }); const ref = doc.context.register(el);
    el.set(PDFName.of('K'), doc.context.obj([ref, ref]));
    doc.catalog.set(PDFName.of('StructTreeRoot'), doc.context.register(doc.context.obj({ Type: 'StructTreeRoot', K: ref })));
    return doc.save();`,
  'truncated corpus PDF': `return require('fs').readFileSync(${JSON.stringify(path.join(DIR, '03-ah-tk-20232024-1292-huisvesting-evacues.pdf'))}).subarray(0, 10000);`,
};

function hostile() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-bench-pdf-'));
  try {
    console.log('\nHostile PDFs: the import alone, in a process of its own (time, peak resident memory of the process)');
    for (const [name, build] of Object.entries(HOSTILE)) {
      const file = path.join(dir, 'hostile.pdf');
      const made = spawnSync(process.execPath, ['-e', `(async () => { require('fs').writeFileSync(${JSON.stringify(file)}, await (async () => {${build}})()); })()`], { cwd: ROOT, encoding: 'utf8' });
      if (made.status !== 0) throw new Error(`building "${name}" failed: ${made.stderr}`);
      const rss = path.join(dir, 'rss');
      const script = `const t0 = process.hrtime.bigint(); require('./dist/importers/pdf').importPdf(new Uint8Array(require('fs').readFileSync(${JSON.stringify(file)})), { ocr: 'never' }).then((r) => { console.log(Number(process.hrtime.bigint() - t0) / 1e6, JSON.stringify(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)[0] ?? '')); });`;
      const run = spawnSync(process.execPath, ['-r', path.join(__dirname, 'peak-rss.js'), '-e', script], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, KAMERBRIEF_BENCH_RSS_FILE: rss } });
      if (run.status !== 0) throw new Error(`importing "${name}" failed: ${run.stderr}`);
      const [time, ...message] = run.stdout.trim().split(' ');
      const peak = Number(fs.readFileSync(rss, 'utf8').split(' ')[0]) / 1024;
      console.log(`  ${name.padEnd(50)} ${Number(time).toFixed(0).padStart(6)} ms  ${peak.toFixed(0).padStart(5)} MB  ${message.join(' ').slice(0, 110)}`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

corpus()
  .then(hostile)
  .catch((err) => {
    console.error(err.message);
    process.exit(1);
  });
