#!/usr/bin/env node
/**
 * Prints (or, with --write, rewrites) the precompiled JSON Schema validators:
 *
 *   src/model/letter-validator.generated.ts        schemas/answer-letter.schema.json
 *   src/model/house-style-validator.generated.ts   schemas/house-style.schema.json
 *
 * Compiling the schemas with ajv at run time cost a single conversion about 180 ms, more
 * than the conversion itself; ajv's standalone code generation does it once, here. The
 * options are the ones the validators used when they were compiled at run time, so the
 * errors (and so the messages and JSON pointers users see) are the same.
 * test/model/validators-drift.test.ts fails when a committed file and its schema disagree.
 *
 *   node test/support/generate-validators.js            prints both, separated by a line
 *   node test/support/generate-validators.js --write    rewrites both files
 */
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const Ajv2020 = require('ajv/dist/2020').default;
const addFormats = require('ajv-formats').default;
const standaloneCode = require('ajv/dist/standalone').default;

const root = path.join(__dirname, '..', '..');
const readSchema = (name) => JSON.parse(fs.readFileSync(path.join(root, 'schemas', name), 'utf8'));

function banner(schemaFile) {
  return `/* eslint-disable */
// @ts-nocheck
/**
 * GENERATED from schemas/${schemaFile} by ajv's standalone code generation
 * (test/support/generate-validators.js). Do not edit: change the schema, then run
 * \`npm run gen:validators\`. test/model/validators-drift.test.ts fails when this file
 * and the schema disagree.
 */
`;
}

/** Dutch label of each property name, from the schema's "x-label" annotations (the first one met wins). */
function propertyLabels(schema) {
  const labels = {};
  const visit = (node) => {
    if (!node || typeof node !== 'object') return;
    for (const [name, sub] of Object.entries(node.properties ?? {})) {
      if (sub && typeof sub === 'object' && 'x-label' in sub && !(name in labels)) labels[name] = String(sub['x-label']);
    }
    for (const value of Object.values(node)) visit(value);
  };
  visit(schema);
  return labels;
}

function letterValidator() {
  const schema = readSchema('answer-letter.schema.json');
  const ajv = new Ajv2020({ allErrors: true, verbose: true, discriminator: true, strict: true, code: { source: true, esm: true, lines: true } });
  addFormats(ajv, ['date', 'uri-reference']);
  // Dutch label of a property, used in messages; an annotation only.
  ajv.addKeyword({ keyword: 'x-label', schemaType: 'string' });
  const code = standaloneCode(ajv, ajv.compile(schema));
  return (
    banner('answer-letter.schema.json') +
    code +
    `\n/** Dutch label of each property name, from the schema's "x-label" annotations. */\nexport const propertyLabels = ${JSON.stringify(propertyLabels(schema), null, 2)};\n`
  );
}

function houseStyleValidator() {
  const schema = readSchema('house-style.schema.json');
  const ajv = new Ajv2020({ allErrors: true, strict: true, code: { source: true, esm: true, lines: true } });
  return banner('house-style.schema.json') + standaloneCode(ajv, ajv.compile(schema)) + '\n';
}

const FILES = {
  'src/model/letter-validator.generated.ts': letterValidator,
  'src/model/house-style-validator.generated.ts': houseStyleValidator,
};

if (require.main === module) {
  const write = process.argv.includes('--write');
  for (const [file, generate] of Object.entries(FILES)) {
    const text = generate();
    if (write) fs.writeFileSync(path.join(root, file), text);
    else process.stdout.write(JSON.stringify({ file, text }) + '\n');
  }
}

module.exports = { FILES };
