#!/usr/bin/env node
/**
 * How import time grows with the size of a letter (it should grow linearly). Generates
 * fixed letters of 1, 5, 10 and 20 MB (no randomness) and prints, for the Markdown and the
 * plain-text importer, the time per size and per megabyte. Run with `npm run bench`.
 */
const { importText } = require('../dist/importers/text');
const { importMarkdown } = require('../dist/importers/markdown');

const ANSWER = 'De regering heeft hierover met de betrokken partijen gesproken en komt voor de zomer met een voorstel. '.repeat(40).trim();

/** An extracted-style letter of about `mb` megabytes, with running heads every third question. */
function letter(mb) {
  const parts = ['Datum 18 juni 2026', 'Onze referentie 7562802', 'Betreft Grote brief', '', 'Hierbij bied ik u de antwoorden aan.', ''];
  let size = 0;
  for (let n = 1; size < mb * 1024 * 1024; n++) {
    let block = `Vraag ${n}\n\nHoe staat het met onderwerp ${n}?\n\nAntwoord op vraag ${n}\n\n${ANSWER}\n\n`;
    if (n % 3 === 0) block += 'Datum\n18 juni 2026\n\nOnze referentie\n7562802\n\n';
    parts.push(block);
    size += block.length;
  }
  return parts.join('\n');
}

function time(fn, input) {
  fn(input); // warm up
  const runs = 3;
  const start = process.hrtime.bigint();
  for (let i = 0; i < runs; i++) fn(input);
  return Number(process.hrtime.bigint() - start) / 1e6 / runs;
}

const rows = [];
for (const mb of [1, 5, 10, 20]) {
  const input = letter(mb);
  for (const [name, fn] of [['markdown', importMarkdown], ['text', importText]]) {
    const ms = time(fn, input);
    rows.push({ importer: name, mb, ms: Math.round(ms), msPerMb: Math.round(ms / mb) });
  }
}
console.log('importer   size   time     per MB');
for (const r of rows) console.log(`${r.importer.padEnd(10)} ${String(r.mb).padStart(3)} MB ${String(r.ms).padStart(6)} ms ${String(r.msPerMb).padStart(6)} ms`);
console.log(JSON.stringify(rows));
