#!/usr/bin/env node
/**
 * Prints the TypeScript types of the model generated from the JSON Schema (or, with
 * --write, rewrites src/model/types.generated.ts). Plain JavaScript run in its own
 * process: json-schema-to-typescript formats with prettier, which jest's module
 * sandbox cannot load.
 */
const { compile } = require('json-schema-to-typescript');
const fs = require('node:fs');
const path = require('node:path');

const root = path.join(__dirname, '..', '..');
const schemaPath = path.join(root, 'schemas', 'answer-letter.schema.json');
const outPath = path.join(root, 'src', 'model', 'types.generated.ts');

const banner = `/* eslint-disable */
/**
 * GENERATED from schemas/answer-letter.schema.json by json-schema-to-typescript.
 * Do not edit: change the schema, then run \`npm run gen:types\`.
 * test/model/types-drift.test.ts fails when this file and the schema disagree.
 */`;

compile(JSON.parse(fs.readFileSync(schemaPath, 'utf8')), 'AnswerLetter', {
  bannerComment: banner,
  additionalProperties: false,
  unreachableDefinitions: true,
  ignoreMinAndMaxItems: true,
  format: true,
  style: { singleQuote: true, printWidth: 110 },
}).then(
  (ts) => {
    if (process.argv.includes('--write')) fs.writeFileSync(outPath, ts);
    else process.stdout.write(ts);
  },
  (err) => {
    console.error(err);
    process.exit(1);
  },
);
