#!/usr/bin/env node
/**
 * `npm run fuzz`: mutants of every input format through import, export to every format,
 * XSD checks and reading back (see harness.js). Prints the table of counts and every case
 * that was not clean; exit code 1 when there is one.
 *
 *   npm run fuzz -- [--per-format 2000] [--seed 1] [--formats md,json] [--threads 2] [--timeout 20000] [--memory 512]
 *   npm run fuzz -- --formats op --case 468 --save /tmp/mutants   (one case again; its input written there)
 */
'use strict';
const { runFuzz, formatTable } = require('./harness');

function options(argv) {
  const o = { perFormat: 2000, seed: 1, threads: 2, timeoutMs: 20000, memoryMb: 512 };
  for (let i = 0; i < argv.length; i += 2) {
    const [name, value] = [argv[i], argv[i + 1]];
    if (name === '--per-format') o.perFormat = Number(value);
    else if (name === '--seed') o.seed = Number(value);
    else if (name === '--formats') o.formats = value.split(',');
    else if (name === '--threads') o.threads = Number(value);
    else if (name === '--timeout') o.timeoutMs = Number(value);
    else if (name === '--memory') o.memoryMb = Number(value);
    else if (name === '--case') o.only = Number(value);
    else if (name === '--save') o.save = value;
    else throw new Error(`unknown option ${name}; see the top of bench/fuzz/run.js`);
  }
  return o;
}

(async () => {
  const o = options(process.argv.slice(2));
  const started = Date.now();
  let last = 0;
  const result = await runFuzz({
    ...o,
    onProgress: (done, total, counts, failures) => {
      if (Date.now() - last > 30000 || done === total) {
        last = Date.now();
        // The table so far, on standard error: a long run can be read while it goes on.
        process.stderr.write(`${done}/${total} cases, ${((Date.now() - started) / 1000).toFixed(0)} s, ${failures.length} not clean\n${formatTable(counts)}\n`);
      }
    },
  });
  console.log(`fuzz: seed ${o.seed}, ${o.perFormat} cases per input format, ${o.threads} threads, ${o.timeoutMs} ms and ${o.memoryMb} MB a case; seeds per format ${JSON.stringify(result.seeds)}; ${((Date.now() - started) / 1000).toFixed(0)} s`);
  console.log(formatTable(result.counts));
  for (const f of result.failures) console.log(`${f.outcome}: ${f.format} case ${f.index} (seed ${f.seed}; ${f.where}): ${String(f.message).slice(0, 400)}`);
  process.exitCode = result.failures.length > 0 ? 1 : 0;
})().catch((err) => {
  console.error(err);
  process.exitCode = 2;
});
