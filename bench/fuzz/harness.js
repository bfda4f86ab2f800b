/**
 * The fuzz harness: seeded, repeatable, in process on worker threads (piscina), each case
 * with a time and a memory limit. Seeds are real letters (the sample and the Markdown
 * fixtures) in every input format, written by kamerbrief's own exporters, plus the DOCX
 * and text fixtures. `runFuzz` returns, per input format, how many mutants were rejected
 * cleanly, accepted, gave an internal error, hung (or ran out of memory), or were accepted
 * and then written as an invalid output (not well-formed, not valid against the XSD, or not
 * readable back); and every case that was not clean, with what to repeat it by.
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { Piscina } = require('piscina');
const { exportLetter, importLetter, INPUT_FORMATS } = require('../../dist/formats');

const ROOT = path.join(__dirname, '..', '..');
const SEED_LETTERS = [
  'samples/ek-asiel-migratiestrategie-2026.md',
  'test/fixtures/letters/vragen-7-tm-9.md',
  'test/fixtures/letters/geneste-lijsten.md',
  'test/fixtures/letters/voetnoten-beide-vormen.md',
  'test/fixtures/letters/tabel.md',
  'test/fixtures/letters/uitstelbericht.md',
];
const EXTRA_SEEDS = { docx: ['test/fixtures/docx/handgeschreven.pandoc.docx', 'test/fixtures/docx/gecombineerde-vraag.pandoc.docx'] };

/** The seed inputs of every input format: `{ [format]: [{ name, bytes, companion }] }`. */
async function buildSeeds(formats) {
  const seeds = Object.fromEntries(formats.map((f) => [f, []]));
  for (const file of SEED_LETTERS) {
    const letter = (await importLetter('md', fs.readFileSync(path.join(ROOT, file)))).letter;
    if (!letter) throw new Error(`fuzz seed ${file} is no letter`);
    for (const format of formats) {
      const out = await exportLetter(format, letter);
      const bytes = typeof out.data === 'string' ? new TextEncoder().encode(out.data) : out.data;
      const companion = out.companions.find((c) => c.extension === '.metadata.xml');
      seeds[format].push({
        name: `${path.basename(file, '.md')} as ${format}`,
        bytes,
        companion: companion && (typeof companion.data === 'string' ? new TextEncoder().encode(companion.data) : companion.data),
      });
    }
  }
  for (const [format, files] of Object.entries(EXTRA_SEEDS)) {
    if (!seeds[format]) continue;
    for (const file of files) seeds[format].push({ name: path.basename(file), bytes: fs.readFileSync(path.join(ROOT, file)) });
  }
  return seeds;
}

const OUTCOMES = ['rejected', 'accepted', 'internal', 'hang', 'invalid'];
/** Documents per XSD call: xmllint-wasm compiles the schema once per call. */
const XSD_BATCH = 400;

/**
 * Runs `perFormat` cases of every input format (or `formats`), from `seed`. Options:
 * `timeoutMs` and `memoryMb` per case, `threads`, `onProgress(done, total, counts, failures)`,
 * `only` (one case number), `save` (a directory for the mutants' bytes), `outputs` (the
 * formats to write, by default every output format).
 */
async function runFuzz({ perFormat = 2000, seed = 1, formats = INPUT_FORMATS, timeoutMs = 20000, memoryMb = 512, threads = 2, onProgress, only, save, outputs } = {}) {
  const seeds = await buildSeeds(formats);
  const pool = new Piscina({
    filename: path.join(__dirname, 'worker.js'),
    minThreads: threads,
    maxThreads: threads,
    workerData: { seeds },
    resourceLimits: { maxOldGenerationSizeMb: memoryMb, maxYoungGenerationSizeMb: 64 },
  });
  const counts = Object.fromEntries(formats.map((f) => [f, Object.fromEntries([...OUTCOMES, 'refused by a writer'].map((o) => [o, 0]))]));
  const failures = [];
  const xsdQueue = { akn: new Map(), diwoo: new Map() }; // xml -> cases that wrote it
  const total = only === undefined ? perFormat * formats.length : formats.length;
  let done = 0;

  const runCase = async (format, index) => {
    const signal = AbortSignal.timeout(timeoutMs);
    let result;
    try {
      result = await pool.run({ kind: 'case', format, index, seed, save, outputs }, { signal });
    } catch (err) {
      const hang = signal.aborted || /out of memory|ERR_WORKER_OUT_OF_MEMORY|terminated/i.test(String(err && (err.code || err.message)));
      result = { outcome: hang ? 'hang' : 'internal', where: `case ${index}`, message: String(err && err.message) };
    }
    counts[format][result.outcome]++;
    if (result.mutant) {
      fs.mkdirSync(save, { recursive: true });
      fs.writeFileSync(path.join(save, `${format}-${index}.${format}`), result.mutant);
      if (result.companion) fs.writeFileSync(path.join(save, `${format}-${index}.metadata.xml`), result.companion);
    }
    if (result.refusals) counts[format]['refused by a writer']++;
    if (result.outcome === 'accepted') {
      for (const [schema, xml] of Object.entries(result.xsd ?? {})) {
        const cases = xsdQueue[schema].get(xml) ?? [];
        cases.push({ format, index, where: result.where });
        xsdQueue[schema].set(xml, cases);
      }
    } else if (result.outcome !== 'rejected') failures.push({ format, index, seed, outcome: result.outcome, where: result.where, message: result.message });
    onProgress?.(++done, total, counts, failures);
  };

  // Cases interleaved across formats, a window of them in flight, so every worker keeps busy.
  const order = [];
  for (let index = 0; index < perFormat; index++) for (const format of formats) if (only === undefined || only === index) order.push([format, index]);
  let next = 0;
  await Promise.all(Array.from({ length: threads * 2 }, async () => {
    while (next < order.length) {
      const [format, index] = order[next++];
      await runCase(format, index);
    }
  }));

  // XSD checks of every distinct AKN and DiWoo document written, in batches.
  for (const [schema, byXml] of Object.entries(xsdQueue)) {
    const docs = [...byXml.keys()].map((xml, k) => ({ name: `doc${k}.xml`, xml }));
    const cases = [...byXml.values()];
    const batches = [];
    for (let k = 0; k < docs.length; k += XSD_BATCH) batches.push(docs.slice(k, k + XSD_BATCH).map((d, j) => ({ ...d, k: k + j })));
    await Promise.all(batches.map(async (batch) => {
      const invalid = await pool.run({ kind: 'xsd', schema, docs: batch.map(({ name, xml }) => ({ name, xml })) });
      for (const d of batch) {
        if (invalid[d.name] === undefined) continue;
        for (const c of cases[d.k]) {
          counts[c.format].accepted--;
          counts[c.format].invalid++;
          failures.push({ format: c.format, index: c.index, seed, outcome: 'invalid', where: c.where, message: `${schema} not valid against its XSD: ${invalid[d.name]}` });
        }
      }
    }));
  }
  await pool.destroy();
  return { counts, failures, seeds: Object.fromEntries(Object.entries(seeds).map(([f, s]) => [f, s.length])) };
}

/** The table of counts, one line per format and a total. */
function formatTable(counts) {
  const columns = ['rejected', 'accepted', 'internal', 'hang', 'invalid', 'refused by a writer'];
  const heads = ['rejected cleanly', 'accepted', 'internal errors', 'hangs', 'invalid outputs', '(accepted, one writer refused)'];
  const rows = Object.entries(counts).map(([format, c]) => [format, ...columns.map((k) => String(c[k]))]);
  const totals = ['total', ...columns.map((k) => String(Object.values(counts).reduce((n, c) => n + c[k], 0)))];
  const all = [['format', ...heads], ...rows, totals];
  const widths = all[0].map((_, i) => Math.max(...all.map((r) => r[i].length)));
  return all.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ')).join('\n');
}

module.exports = { runFuzz, formatTable, buildSeeds };
