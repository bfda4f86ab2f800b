#!/usr/bin/env node
/**
 * Import time on hostile shapes of text: what an importer of untrusted files must read in
 * time linear in its size. Each shape is one kind of line the plain-text importer looks at
 * twice (lone numbers, note texts, marks glued or set apart, labels, page furniture, side
 * columns, hyphenated line ends, hyphens inside lines, list labels, stacked list labels, form feeds), repeated to a fixed number of
 * lines (no randomness). Prints the time at n and 4n lines and their ratio: about 4 is
 * linear, 16 quadratic. Most of these shapes were once quadratic (a 100,000-line page of lone
 * numbers took 100 s); `npm run bench` runs this after the size benchmark.
 *
 *   node bench/import-adversarial.js [--lines 40000]
 */
'use strict';
const { importText } = require('../dist/importers/text');
const { importMarkdown } = require('../dist/importers/markdown');

const SHAPES = {
  'lone numbers': (i) => (i % 2 ? '' : String((i % 7) + 1)),
  'numbers stacked over a note': (i, n) => (i === 0 ? 'tekst van de justitie.1 en meer' : i < n - 2 ? String((i % 999) + 1) : i === n - 2 ? 'Zie www.example.nl' : '\ftweede pagina'),
  'numbered note texts': (i) => `${(i % 30) + 1} Zie de brief van ${i}.`,
  'marks glued to words': (i) => `dit is een zin met een teken.${(i % 30) + 1} En verder`,
  'marks set apart': (i) => `vragen ${(i % 9) + 1} een justitie. ${(i % 9) + 1}`,
  'superscript marks': (i) => `woord¹ woord² ${i}`,
  'question labels': (i) => (i % 2 ? `Vraag ${i}` : `Antwoord op vraag ${i - 1}`),
  'bare Antwoord lines': (i) => (i % 3 ? 'Antwoord' : `${i}`),
  'page numbers': (i) => (i % 40 === 0 ? `\fPagina ${i} van 9` : 'tekst van de brief die doorloopt tot het einde van de regel en'),
  'side column beside text': () => 'tekst van de brief die doorloopt                     Datum',
  'hyphenated line ends': () => 'migratie-',
  'hyphens inside lines': (i) => `spoorwegver-binding ${'a-'.repeat(i % 50)}b-c ver${i % 97}binding spoorwegverbinding-`,
  'list labels': (i) => `${['a.', 'b.', 'i.', '•', '–'][i % 5]} item ${i}`,
  'stacked list labels': (i, n) => (i < n / 2 ? ['1.', 'a.', 'i.', 'A.', 'I.', '1)', 'a)', 'i)', 'A)', 'I)'][i % 10] : i % 2 ? '' : `tekst nummer ${i}`),
  'form feeds': (i) => `tekst ${i} van de brief\f`,
  'running heads': (i) => (i % 3 === 0 ? '\fDirectoraat-Generaal Migratie' : i % 3 === 1 ? 'Datum' : 'tekst die doorloopt en'),
};

function options(argv) {
  const o = { lines: 40000 };
  for (let i = 0; i < argv.length; i += 2) {
    if (argv[i] !== '--lines') throw new Error(`unknown option ${argv[i]}; see the top of bench/import-adversarial.js`);
    o.lines = Number(argv[i + 1]);
  }
  return o;
}

/** Markdown shapes: an authored letter whose body is these lines. */
const MARKDOWN_SHAPES = {
  'md: notes of one label': (i) => (i === 0 ? 'Zie de brief.[^a]' : `[^a]: Noot ${i}.\n`),
  'md: notes never referred to': (i) => (i === 0 ? 'Zie de brief.[^n1]' : `[^n${i}]: Noot ${i}.\n`),
};
const MARKDOWN_HEAD = '---\nkind: answer-letter\ndate: 2026-01-01\n---\n\nHierbij.\n\n### Vraag 1\n\nWaarom?\n\n### Antwoord op vraag 1\n\n';

function timeImport(shape, lines, markdown = false) {
  const body = Array.from({ length: lines }, (_, i) => shape(i, lines)).join('\n');
  const text = markdown ? MARKDOWN_HEAD + body : `Datum 1 januari 2026\nBetreft Test\n\n${body}`;
  const start = process.hrtime.bigint();
  (markdown ? importMarkdown : importText)(text);
  return { ms: Number(process.hrtime.bigint() - start) / 1e6, mb: Buffer.byteLength(text) / 1024 / 1024 };
}

const { lines } = options(process.argv.slice(2));
console.log(`plain-text (and Markdown: md) import of hostile shapes: ${lines} and ${4 * lines} lines (ratio ≈ 4 is linear, ≈ 16 quadratic)`);
console.log(`${'shape'.padEnd(26)}${'n lines'.padStart(10)}${'4n lines'.padStart(10)}${'ratio'.padStart(8)}${'ms/MB'.padStart(8)}`);
let worst = 0;
const shapes = [...Object.entries(SHAPES).map(([name, shape]) => [name, shape, false]), ...Object.entries(MARKDOWN_SHAPES).map(([name, shape]) => [name, shape, true])];
for (const [name, shape, markdown] of shapes) {
  timeImport(shape, 1000, markdown); // warm up
  const small = timeImport(shape, lines, markdown);
  const large = timeImport(shape, 4 * lines, markdown);
  const ratio = large.ms / small.ms;
  worst = Math.max(worst, ratio);
  console.log(`${name.padEnd(26)}${`${Math.round(small.ms)} ms`.padStart(10)}${`${Math.round(large.ms)} ms`.padStart(10)}${ratio.toFixed(1).padStart(8)}${String(Math.round(large.ms / large.mb)).padStart(8)}`);
}
console.log(`worst ratio ${worst.toFixed(1)} (${worst < 6 ? 'linear' : 'NOT linear: above 6, cost grows faster than the input'})`);
