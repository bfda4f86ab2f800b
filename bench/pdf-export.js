#!/usr/bin/env node
/**
 * In-process PDF export of the seed letter (samples/ek-asiel-migratiestrategie-2026.md), warm:
 * the median and the fastest of 20 runs after 5 warm-up runs (issue 19's target: 30 ms). On a
 * shared machine the fastest run is the steadier figure. Needs `npm run build` first.
 *
 *   node bench/pdf-export.js [path/to/a/built/kamerbrief]   (default: this checkout)
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(process.argv[2] ?? path.join(__dirname, '..'));
const { importLetter, exportLetter } = require(path.join(root, 'dist', 'formats'));

(async () => {
  const source = fs.readFileSync(path.join(__dirname, '..', 'samples', 'ek-asiel-migratiestrategie-2026.md'));
  const { letter } = await importLetter('md', source, { fileName: 'seed.md' });
  for (let i = 0; i < 5; i++) await exportLetter('pdf', letter);
  const times = [];
  for (let i = 0; i < 20; i++) {
    const start = process.hrtime.bigint();
    await exportLetter('pdf', letter);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  times.sort((a, b) => a - b);
  console.log(`PDF export of the seed letter, in process: median ${times[10].toFixed(1)} ms, fastest ${times[0].toFixed(1)} ms (${root})`);
})().catch((err) => {
  console.error(err);
  process.exit(1);
});
