/**
 * Validation of a letter: the JSON Schema (compiled once) and the semantic checks of
 * DESIGN.md §1. Every problem is a Diagnostic with a JSON pointer and a message a
 * clerk can act on.
 */
import type { ErrorObject, ValidateFunction } from 'ajv';
import * as path from 'node:path';
import { pointer, type Diagnostic } from './diagnostics';
import { checkSemantics } from './check';
import * as generated from './letter-validator.generated';
import type { Letter } from './types';

export const SCHEMA_FILE = path.join(__dirname, '..', '..', 'schemas', 'answer-letter.schema.json');

/**
 * The schema's validator, compiled ahead of time (ajv standalone code, with the options
 * allErrors, verbose, discriminator, strict and the formats date and uri-reference; see
 * test/support/generate-validators.js): compiling it at run time cost more than a conversion.
 */
const schemaValidator = generated.validate as unknown as ValidateFunction;
/** Dutch label of each property name, from the schema's "x-label" annotations. */
const propertyLabels = new Map<string, string>(Object.entries(generated.propertyLabels as Record<string, string>));

/** Schema validation only. */
export function validateSchema(value: unknown): Diagnostic[] {
  if (schemaValidator(value)) return [];
  return dedupe((schemaValidator.errors ?? []).map(describeSchemaError));
}

/** Schema plus semantic checks. Semantic checks run only on a schema-valid letter. */
export function validateLetter(value: unknown): Diagnostic[] {
  const schemaProblems = validateSchema(value);
  if (schemaProblems.length > 0) return schemaProblems;
  return checkSemantics(value as Letter);
}

export function isValidLetter(value: unknown): value is Letter {
  return validateSchema(value).length === 0;
}

function labelOf(schema: unknown): string | undefined {
  if (schema && typeof schema === 'object' && 'x-label' in schema) {
    return String((schema as Record<string, unknown>)['x-label']);
  }
  return undefined;
}

function named(prop: string, schema: unknown): string {
  const label = labelOf(schema);
  return label ? `${label} ("${prop}")` : `"${prop}"`;
}

function show(value: unknown): string {
  const json = JSON.stringify(value);
  return json === undefined ? String(value) : json.length > 60 ? json.slice(0, 57) + '…' : json;
}

function describeSchemaError(e: ErrorObject): Diagnostic {
  const at = e.instancePath;
  const parent = e.parentSchema as Record<string, unknown> | undefined;
  const here = labelOf(parent);
  const lastToken = at.slice(at.lastIndexOf('/') + 1);
  const label = here ?? propertyLabels.get(lastToken);
  const subject = label ? `${label}: ` : '';
  switch (e.keyword) {
    case 'required': {
      const prop = (e.params as { missingProperty: string }).missingProperty;
      const props = (parent?.properties ?? {}) as Record<string, unknown>;
      return { severity: 'error', pointer: at + pointer(prop), message: `${named(prop, props[prop])} is missing` };
    }
    case 'additionalProperties': {
      const prop = (e.params as { additionalProperty: string }).additionalProperty;
      const known = Object.keys((parent?.properties ?? {}) as object).join(', ');
      return {
        severity: 'error',
        pointer: at + pointer(prop),
        message: `unknown property "${prop}"${here ? ` in ${here}` : ''}; expected only: ${known}`,
      };
    }
    case 'format':
      return {
        severity: 'error',
        pointer: at,
        message:
          e.params.format === 'date'
            ? `${subject}${show(e.data)} is not a real calendar date; expected YYYY-MM-DD, e.g. 2026-06-18`
            : `${subject}${show(e.data)} is not a valid link target (URI reference)`,
      };
    case 'pattern':
      return { severity: 'error', pointer: at, message: patternMessage(e, subject) };
    case 'minItems':
      return { severity: 'error', pointer: at, message: `${subject}must not be empty (leave the property out instead)` };
    case 'minProperties':
      return { severity: 'error', pointer: at, message: `${subject}must not be an empty object (leave it out instead)` };
    case 'minLength':
      return { severity: 'error', pointer: at, message: `${subject}must not be empty` };
    case 'const':
      return {
        severity: 'error',
        pointer: at,
        message: `${subject}expected ${show((e.params as { allowedValue: unknown }).allowedValue)}, found ${show(e.data)}`,
      };
    case 'enum':
      return {
        severity: 'error',
        pointer: at,
        message: `${subject}expected one of ${(e.params as { allowedValues: unknown[] }).allowedValues.map(show).join(', ')}, found ${show(e.data)}`,
      };
    case 'type':
      return {
        severity: 'error',
        pointer: at,
        message: `${subject}expected ${(e.params as { type: string }).type}, found ${e.data === null ? 'null' : Array.isArray(e.data) ? 'array' : typeof e.data}`,
      };
    case 'discriminator': {
      const p = e.params as { error: string; tag: string; tagValue: unknown };
      return {
        severity: 'error',
        pointer: p.error === 'mapping' ? at + pointer(p.tag) : at,
        message:
          p.error === 'mapping'
            ? `unknown node type ${show(p.tagValue)} here`
            : `node has no "${p.tag}" telling what it is`,
      };
    }
    default:
      return { severity: 'error', pointer: at, message: `${subject}${e.message ?? 'is not valid'}` };
  }
}

function patternMessage(e: ErrorObject, subject: string): string {
  const pattern = (e.params as { pattern: string }).pattern;
  if (pattern.startsWith('^[1-9]')) {
    return `${show(e.data)} is not a question number; expected digits with an optional letter, e.g. "3" or "3a"`;
  }
  if (pattern.startsWith('^[A-Za-z]')) return `${show(e.data)} is not a valid footnote id (a letter, then letters, digits, - or _)`;
  return `${subject}${show(e.data)} is not whitespace-normalised (single ordinary spaces, none at the start or end)`;
}

/** ajv reports some problems once per oneOf branch; keep each message once per place. */
function dedupe(diagnostics: Diagnostic[]): Diagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.pointer}\u0000${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
