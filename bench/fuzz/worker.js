/**
 * A fuzz worker (piscina): makes one mutant from its seed, imports it, and, when a letter
 * comes out, exports it to every format, checks that the XML outputs are well-formed and
 * reads the XML, JSON and Markdown outputs back. XSD checks are batched (`xsd` tasks),
 * because xmllint-wasm compiles a schema on every call. Runs the built code (dist/).
 */
'use strict';
const crypto = require('node:crypto');
const { workerData } = require('piscina');
const { exportLetter, importLetter, OUTPUT_FORMATS } = require('../../dist/formats');
const { ExportError } = require('../../dist/exporters/errors');
const { validateLetter } = require('../../dist/model/validate');
const { parseXml } = require('../../dist/xml/read');
const { validateWithXsd } = require('../../dist/check/xsd');
const { loadXsd } = require('../../dist/cli/references');
const { generator, mutate, seedOf } = require('./mutate');

const XML_OUTPUTS = new Set(['akn', 'op', 'diwoo']);
const READ_BACK = ['json', 'md', 'akn', 'op'];
/** Outcomes of letters seen before in this worker: a mutant often gives a letter another gave. */
const seen = new Map();
const hasErrors = (ds) => ds.some((d) => d.severity === 'error');
const firstError = (ds) => ds.find((d) => d.severity === 'error')?.message;

/** The same import the CLI does (loadLetter): the importer, then the model checks for every format but JSON. */
async function importAsCli(format, bytes, companion) {
  const result = await importLetter(format, bytes, { companion: (ext) => (ext === '.metadata.xml' ? companion : undefined) });
  const diagnostics = result.letter && format !== 'json' ? [...result.diagnostics, ...validateLetter(result.letter)] : result.diagnostics;
  return { letter: result.letter, diagnostics };
}

async function exportAndReadBack(letter, outputs) {
  const out = { refusals: [], problems: [], xsd: {} };
  for (const format of outputs) {
    let files;
    try {
      files = await exportLetter(format, letter);
    } catch (err) {
      if (err instanceof ExportError) {
        out.refusals.push(`${format}: ${err.message}`);
        continue;
      }
      return { internal: `export ${format}: ${err && err.stack ? err.stack.split('\n').slice(0, 3).join(' | ') : err}` };
    }
    const text = (data) => (typeof data === 'string' ? data : Buffer.from(data).toString('utf8'));
    if (XML_OUTPUTS.has(format)) {
      for (const [name, data] of [[format, files.data], ...files.companions.map((c) => [c.extension, c.data])]) {
        try {
          parseXml(text(data));
        } catch (err) {
          out.problems.push(`${name} not well-formed: ${err.message}`);
        }
      }
      if (format === 'akn' || format === 'diwoo') out.xsd[format] = text(files.data);
    }
    if (READ_BACK.includes(format)) {
      const bytes = typeof files.data === 'string' ? new TextEncoder().encode(files.data) : files.data;
      const companion = files.companions.find((c) => c.extension === '.metadata.xml');
      try {
        const back = await importAsCli(format, bytes, companion && (typeof companion.data === 'string' ? new TextEncoder().encode(companion.data) : companion.data));
        if (!back.letter || hasErrors(back.diagnostics)) out.problems.push(`${format} read back: ${firstError(back.diagnostics) ?? 'no letter'}`);
      } catch (err) {
        return { internal: `read back ${format}: ${err && err.message}` };
      }
    }
  }
  return out;
}

async function fuzzCase({ format, index, seed, save, outputs }) {
  const result = await fuzzOne(format, index, seed, outputs ?? OUTPUT_FORMATS);
  // --save: the mutant's bytes, to repeat the case through the CLI.
  return save ? { ...result, mutant: fuzzOne.last.bytes, companion: fuzzOne.last.companion } : result;
}

async function fuzzOne(format, index, seed, outputs) {
  const seeds = workerData.seeds[format];
  const rng = generator(seedOf(String(seed), format, String(index)));
  const base = seeds[rng.int(seeds.length)];
  const mutant = mutate(format, base, rng);
  fuzzOne.last = mutant;
  const where = `${base.name}: ${mutant.mutation}`;
  let imported;
  try {
    imported = await importAsCli(format, mutant.bytes, mutant.companion);
  } catch (err) {
    return { outcome: 'internal', where, message: `import: ${err && err.stack ? err.stack.split('\n').slice(0, 3).join(' | ') : err}` };
  }
  const internal = imported.diagnostics.find((d) => /internal error|Maximum call stack|is not a function|Cannot read prop/i.test(d.message));
  if (internal) return { outcome: 'internal', where, message: internal.message };
  if (!imported.letter || hasErrors(imported.diagnostics)) return { outcome: 'rejected', where, message: firstError(imported.diagnostics) ?? 'no letter' };
  const key = crypto.createHash('sha1').update(JSON.stringify(imported.letter)).digest('hex');
  let checked = seen.get(key);
  if (!checked) {
    checked = await exportAndReadBack(imported.letter, outputs);
    if (seen.size > 2000) seen.clear();
    seen.set(key, checked);
  }
  if (checked.internal) return { outcome: 'internal', where, message: checked.internal };
  if (checked.problems.length > 0) return { outcome: 'invalid', where, message: checked.problems.join('; ') };
  return { outcome: 'accepted', where, key, refusals: checked.refusals.length, xsd: checked.xsd };
}

/** One XSD task: many documents against one schema at once. */
async function xsdBatch({ schema, docs }) {
  const result = await validateWithXsd(docs, loadXsd(schema));
  const invalid = {};
  for (const [name, ds] of result) if (hasErrors(ds)) invalid[name] = firstError(ds);
  return invalid;
}

module.exports = async function run(task) {
  return task.kind === 'xsd' ? xsdBatch(task) : fuzzCase(task);
};
