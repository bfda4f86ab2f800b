#!/usr/bin/env node
/**
 * The hostile shapes of issue 18, point 2: Markdown and JSON built to exhaust the stack or the
 * heap (deep nesting, very many footnotes, one very long line). Each is converted by the
 * built CLI in a process of its own, which must refuse it or read it with a clear message
 * (never "internal error", never a V8 crash) in under a second and under 200 MB peak memory
 * (resident, the whole process). Prints one line per shape: time, peak MB, exit code and the
 * first line of standard error.
 *
 *   npm run build && node bench/hostile-shapes.js [--keep]   (the inputs go to a temporary folder)
 */
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const HEAD = '---\nkind: answer-letter\ndate: 2026-01-01\n---\n\nHierbij.\n\n### Vraag 1\n\nWaarom?\n\n### Antwoord op vraag 1\n\n';

/** Indented lists, each item two spaces deeper than the last, until the text has `bytes`. */
function indentedLists(bytes) {
  const lines = [];
  let size = 0;
  for (let depth = 0; size < bytes; depth++) {
    const line = ' '.repeat((depth % 2000) * 2) + '- item';
    lines.push(line);
    size += line.length + 1;
  }
  return HEAD + lines.join('\n') + '\n';
}

const SHAPES = {
  'md: 1 MB of nested indented lists': () => ['md', indentedLists(1 << 20)],
  'md: 25 MB of nested indented lists': () => ['md', indentedLists(25 << 20)],
  'md: 100k nested "- " levels': () => ['md', HEAD + '- '.repeat(100000) + 'item\n'],
  'md: 100k nested ">" levels': () => ['md', HEAD + '>'.repeat(100000) + ' quote\n'],
  'md: 100k footnotes': () => ['md', HEAD + Array.from({ length: 100000 }, (_, i) => `Zin ${i}.[^${i}]`).join(' ') + '\n\n' + Array.from({ length: 100000 }, (_, i) => `[^${i}]: Noot ${i}.`).join('\n') + '\n'],
  'md: 100k footnotes, a paragraph each': () => ['md', HEAD + Array.from({ length: 100000 }, (_, i) => `Zin ${i}.[^${i}]`).join('\n\n') + '\n\n' + Array.from({ length: 100000 }, (_, i) => `[^${i}]: Noot ${i}.`).join('\n\n') + '\n'],
  'md: 1 MB paragraph of 200k note marks': () => ['md', HEAD + 'a[^1]'.repeat(200000) + '\n\n[^1]: Noot.\n'],
  'md: front matter nested 100k deep': () => ['md', '---\ndate: ' + '['.repeat(100000) + ']'.repeat(100000) + '\n---\n\nTekst.\n'],
  'md: a 10 MB single line': () => ['md', HEAD + 'woord '.repeat((10 << 20) / 6) + '\n'],
  'md: a 10 MB line of emphasis marks': () => ['md', HEAD + '*a '.repeat((10 << 20) / 3) + '\n'],
  'json: nested 100k deep': () => ['json', '['.repeat(100000) + ']'.repeat(100000)],
  'json: objects nested 100k deep': () => ['json', '{"a":'.repeat(100000) + '1' + '}'.repeat(100000)],
};

const keep = process.argv.includes('--keep');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kamerbrief-hostile-'));
const cli = path.join(__dirname, '..', 'dist', 'cli', 'main.js');
const rssHook = path.join(__dirname, 'peak-rss.js');
const rows = [];
console.log(`${'shape'.padEnd(40)} ${'MB in'.padStart(6)} ${'time'.padStart(8)} ${'peak MB'.padStart(8)}  exit  message`);
for (const [name, make] of Object.entries(SHAPES)) {
  const [ext, text] = make();
  const file = path.join(dir, name.replace(/[^a-z0-9]+/gi, '-') + '.' + ext);
  fs.writeFileSync(file, text);
  const rssFile = path.join(dir, 'rss');
  const start = process.hrtime.bigint();
  const run = spawnSync(process.execPath, ['-r', rssHook, cli, 'convert', file, '--to', 'json', '--out', '-'], {
    env: { ...process.env, KAMERBRIEF_BENCH_RSS_FILE: rssFile },
    maxBuffer: 1 << 28,
    encoding: 'utf8',
  });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const peak = fs.existsSync(rssFile) ? Number(fs.readFileSync(rssFile, 'utf8')) / 1024 : NaN;
  fs.rmSync(rssFile, { force: true });
  const message = (run.stderr || '').split('\n').find((l) => / error: /.test(l)) ?? (run.stderr || '').split('\n')[0];
  const row = { name, mb: text.length / (1 << 20), ms, peak, exit: run.status, message: message.replace(dir + path.sep, '') };
  rows.push(row);
  console.log(`${name.padEnd(40)} ${row.mb.toFixed(1).padStart(6)} ${(ms.toFixed(0) + ' ms').padStart(8)} ${peak.toFixed(0).padStart(8)}  ${String(run.status).padStart(4)}  ${row.message.slice(0, 110)}`);
}
if (!keep) fs.rmSync(dir, { recursive: true, force: true });
else console.log(`inputs kept in ${dir}`);
const bad = rows.filter((r) => !(r.ms < 1000 && r.peak < 200) || /internal error|Maximum call stack|heap/i.test(r.message) || r.exit === null);
console.log(bad.length === 0 ? 'all refused or read cleanly in under 1 s and 200 MB' : `${bad.length} shape(s) over the bounds or not clean: ${bad.map((r) => r.name).join('; ')}`);
process.exitCode = bad.length === 0 ? 0 : 1;
