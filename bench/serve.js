#!/usr/bin/env node
/**
 * Load test of `kamerbrief serve`: the seed letter, Markdown -> DOCX, posted to
 * /api/convert?to=docx on loopback by autocannon, against a server with 2 workers. Bounded:
 * a fixed number of requests (and a time cap), as many connections as workers (more only add
 * queueing to the latency). Prints p50 and p99 latency
 * and throughput, next to pandoc converting the same letter as one process per letter (as
 * its users run it), and the targets of issue 20 (p50 <= 15 ms, >= 20x pandoc's throughput).
 * Writes the figures to bench/results/serve-<time>.json.
 *
 *   node bench/serve.js [--requests 2000] [--connections 2] [--seconds 60] [--pandoc 30]
 */
'use strict';
const { spawn, spawnSync } = require('node:child_process');
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const autocannon = require('autocannon');

const ROOT = path.join(__dirname, '..');
const SEED = path.join(ROOT, 'samples', 'ek-asiel-migratiestrategie-2026.md');
const TARGETS = { p50Ms: 15, pandocRatio: 20 };

function option(name, fallback) {
  const k = process.argv.indexOf(`--${name}`);
  return k > 0 ? Number(process.argv[k + 1]) : fallback;
}

/**
 * CPU seconds (user + system) a process has used so far, from /proc (Linux); undefined
 * elsewhere. On a shared machine wall time says how busy the others are; CPU time does not.
 */
function cpuSeconds(pid) {
  try {
    const fields = fs.readFileSync(`/proc/${pid}/stat`, 'utf8').replace(/^.*\) /, '').split(' ');
    const ticks = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;
    return (Number(fields[11]) + Number(fields[12])) / ticks;
  } catch {
    return undefined;
  }
}

function startServer() {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'cli', 'main.js'), 'serve', '--port', '0', '--jobs', '2', '--queue', '1000'], { stdio: ['ignore', 'ignore', 'pipe'] });
  return new Promise((resolve, reject) => {
    let err = '';
    child.stderr.setEncoding('utf8');
    child.stderr.on('data', (chunk) => {
      err += chunk;
      const m = /listening on (http:\/\/\S+?)\/? /.exec(err);
      if (m) resolve({ child, url: m[1] });
    });
    child.on('exit', () => reject(new Error(`the server ended: ${err}`)));
  });
}

/** One multipart body, built once and sent by every request. */
function multipart(file) {
  const boundary = '----kamerbrief-bench';
  const head = `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${path.basename(file)}"\r\nContent-Type: text/markdown\r\n\r\n`;
  return { boundary, body: Buffer.concat([Buffer.from(head), fs.readFileSync(file), Buffer.from(`\r\n--${boundary}--\r\n`)]) };
}

function load(url, { boundary, body }, amount, connections, seconds) {
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: `${url}/api/convert?to=docx`,
        method: 'POST',
        headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
        body,
        connections,
        amount,
        // The bound in time: autocannon stops at whichever comes first.
        duration: seconds,
        timeout: 30,
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    instance.on('error', reject);
  });
}

/** CPU seconds of this process's children that have ended (the pandoc runs), from /proc. */
function childrenCpuSeconds() {
  try {
    const fields = fs.readFileSync('/proc/self/stat', 'utf8').replace(/^.*\) /, '').split(' ');
    const ticks = Number(spawnSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).stdout) || 100;
    return (Number(fields[13]) + Number(fields[14])) / ticks;
  } catch {
    return undefined;
  }
}

/** pandoc md -> docx, one process per letter, in sequence. */
function pandoc(count, work) {
  const version = spawnSync('pandoc', ['--version'], { encoding: 'utf8' });
  if (version.status !== 0) return { available: false, note: 'pandoc is not installed (apt-get install pandoc)' };
  const out = path.join(work, 'pandoc.docx');
  spawnSync('pandoc', [SEED, '-o', out]); // first run warms the file cache; not counted
  const cpuBefore = childrenCpuSeconds();
  const start = process.hrtime.bigint();
  for (let k = 0; k < count; k++) {
    const r = spawnSync('pandoc', [SEED, '-o', out]);
    if (r.status !== 0) throw new Error(`pandoc failed: ${r.stderr}`);
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const cpu = childrenCpuSeconds();
  const cpuMsPerLetter = cpu === undefined || cpuBefore === undefined ? undefined : ((cpu - cpuBefore) * 1000) / count;
  return { available: true, version: version.stdout.split('\n')[0], letters: count, seconds, lettersPerSecond: count / seconds, msPerLetter: (seconds * 1000) / count, cpuMsPerLetter };
}

async function main() {
  const requests = option('requests', 2000);
  const connections = option('connections', 2);
  const seconds = option('seconds', 60);
  const pandocLetters = option('pandoc', 30);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'kb-bench-serve-'));
  const server = await startServer();
  try {
    const body = multipart(SEED);
    // Warm-up: every worker loads the Markdown importer and the DOCX exporter once.
    await load(server.url, body, 50, connections, 30);
    const cpuBefore = cpuSeconds(server.child.pid);
    const r = await load(server.url, body, requests, connections, seconds);
    const cpuAfter = cpuSeconds(server.child.pid);
    const failed = r.non2xx + r.errors + r.timeouts;
    const served = { requests: r.requests.total, failed, seconds: r.duration, p50Ms: r.latency.p50, p99Ms: r.latency.p99, meanMs: r.latency.mean, perSecond: r.requests.total / r.duration, cpuMsPerLetter: cpuBefore === undefined || cpuAfter === undefined ? undefined : ((cpuAfter - cpuBefore) * 1000) / r.requests.total };
    const external = pandoc(pandocLetters, work);
    const ratio = external.available ? served.perSecond / external.lettersPerSecond : undefined;
    const report = { date: new Date().toISOString(), host: { cpus: os.cpus().length, node: process.version }, workers: 2, connections, served, pandoc: external, ratio, targets: TARGETS };

    const lines = [
      `kamerbrief serve, seed letter md -> docx, 2 workers, ${connections} connections, loopback`,
      `  requests     ${served.requests} in ${served.seconds.toFixed(1)} s (${failed} failed)`,
      `  latency      p50 ${served.p50Ms} ms, p99 ${served.p99Ms} ms (target p50 <= ${TARGETS.p50Ms} ms: ${served.p50Ms <= TARGETS.p50Ms ? 'met' : 'NOT met'})`,
      `  throughput   ${served.perSecond.toFixed(1)} letters/s`,
      external.available
        ? `  pandoc       ${external.lettersPerSecond.toFixed(2)} letters/s (${external.msPerLetter.toFixed(0)} ms a letter, one process each; ${external.version})`
        : `  pandoc       ${external.note}`,
      ratio !== undefined ? `  ratio        ${ratio.toFixed(1)}x pandoc (target >= ${TARGETS.pandocRatio}x: ${ratio >= TARGETS.pandocRatio ? 'met' : 'NOT met'})` : '',
      served.cpuMsPerLetter !== undefined && external.cpuMsPerLetter !== undefined
        ? `  CPU a letter ${served.cpuMsPerLetter.toFixed(1)} ms in the server, ${external.cpuMsPerLetter.toFixed(1)} ms for pandoc (${(external.cpuMsPerLetter / served.cpuMsPerLetter).toFixed(1)}x; load average ${os.loadavg()[0].toFixed(1)} on ${os.cpus().length} cores)`
        : '',
    ].filter(Boolean);
    process.stdout.write(lines.join('\n') + '\n');
    const results = path.join(__dirname, 'results');
    fs.mkdirSync(results, { recursive: true });
    fs.writeFileSync(path.join(results, `serve-${report.date.replace(/[:.]/g, '-')}.json`), JSON.stringify(report, null, 2) + '\n');
    if (failed > 0) process.exitCode = 1;
  } finally {
    server.child.kill('SIGTERM');
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err) => {
  process.stderr.write(`bench/serve.js: ${err.message}\n`);
  process.exitCode = 1;
});
