/**
 * Reading a house style from its JSON text: syntax, then the schema, then the rules a
 * schema cannot state (a field placed twice on page 1). No file system here: the caller
 * (the CLI) reads the file and names it.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import * as generated from '../model/house-style-validator.generated';
import type { HouseStyle, LetterField } from './types';

export class HouseStyleError extends Error {}

/**
 * schemas/house-style.schema.json's validator, compiled ahead of time (ajv standalone code
 * with allErrors and strict; see test/support/generate-validators.js).
 */
const validate = generated.validate as unknown as ValidateFunction;

/**
 * Parses and validates a house style. Throws HouseStyleError whose message names the
 * file and the JSON pointer of the first problem, and says what was expected.
 */
export function parseHouseStyle(text: string, fileName: string): HouseStyle {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (err) {
    throw new HouseStyleError(`${fileName}: not valid JSON (${(err as Error).message}); expected a house style object`);
  }
  return checkHouseStyle(value, fileName);
}

/** Validates an already parsed house style (see parseHouseStyle). */
export function checkHouseStyle(value: unknown, fileName: string): HouseStyle {
  if (!validate(value)) {
    const error = mostSpecific(validate.errors ?? []);
    throw new HouseStyleError(`${fileName}: at ${error.instancePath || '/'}: ${describe(error)}`);
  }
  const style = value as HouseStyle;
  const placed = new Map<LetterField, string>();
  const page1: [string, HouseStyle['metaBlock']][] = [['/metaBlock', style.metaBlock]];
  if (style.sideColumn) page1.unshift(['/sideColumn/fields', style.sideColumn.fields]);
  for (const [where, fields] of page1) {
    fields.forEach((f, i) => {
      const here = `${where}/${i}`;
      const earlier = placed.get(f.field);
      if (earlier) throw new HouseStyleError(`${fileName}: at ${here}/field: ${f.field} is already placed at ${earlier}; each field is printed once on page 1`);
      placed.set(f.field, here);
    });
  }
  return style;
}

/** The error to report: an unknown property or a wrong value rather than a failed "oneOf" above it. */
function mostSpecific(errors: ErrorObject[]): ErrorObject {
  return [...errors].sort((a, b) => b.instancePath.length - a.instancePath.length)[0];
}

function describe(e: ErrorObject): string {
  const p = e.params as Record<string, unknown>;
  switch (e.keyword) {
    case 'additionalProperty':
    case 'additionalProperties':
      return `unknown property "${String(p.additionalProperty)}"`;
    case 'required':
      return `missing property "${String(p.missingProperty)}"`;
    case 'enum':
      return `expected one of ${(p.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'type':
      return `expected a ${String(p.type)}`;
    default:
      return e.message ?? 'invalid';
  }
}
