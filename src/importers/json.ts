/**
 * JSON importer: the canonical model as JSON text. Checks syntax (with line and
 * column), the schema and the semantic rules; every finding about the model also gets
 * the line of the JSON file where the value stands.
 */
import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { hasErrors, type Diagnostic } from '../model/diagnostics';
import type { Letter } from '../model/types';
import { validateLetter } from '../model/validate';
import type { ImportResult } from './result';

export function importJson(source: string): ImportResult {
  const text = source.replace(/^\uFEFF/, '');
  if (text.trim() === '') {
    return { diagnostics: [{ severity: 'error', message: 'the file is empty; expected a JSON letter' }] };
  }
  const tooDeep = depthError(text);
  if (tooDeep) return { diagnostics: [tooDeep] };
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { disallowComments: true, allowTrailingComma: false });
  if (errors.length > 0) {
    const e = errors[0];
    const { line, column } = lineColumn(text, e.offset);
    return {
      diagnostics: [{ severity: 'error', line, column, message: `not valid JSON: ${describeParseError(e)}` }],
    };
  }
  const diagnostics = withLines(text, validateLetter(value));
  return hasErrors(diagnostics) ? { diagnostics } : { letter: value as Letter, diagnostics };
}

/** Arrays and objects inside each other, at most: far deeper than any letter, far below the parsers' stack. */
export const MAX_JSON_DEPTH = 512;

/** The place where the text nests deeper than MAX_JSON_DEPTH, found in one pass before parsing. */
function depthError(text: string): Diagnostic | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > MAX_JSON_DEPTH) {
        const { line, column } = lineColumn(text, i);
        return { severity: 'error', line, column, message: `arrays and objects nested more than ${MAX_JSON_DEPTH} deep; no letter is, so the file is not read` };
      }
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return undefined;
}

function describeParseError(e: ParseError): string {
  const code = printParseErrorCode(e.error);
  // "PropertyNameExpected" -> "property name expected"
  return code.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

/** Adds the line of the value each pointer names (or of its nearest existing parent). */
function withLines(text: string, diagnostics: Diagnostic[]): Diagnostic[] {
  if (diagnostics.length === 0) return diagnostics;
  const tree = parseTree(text);
  if (!tree) return diagnostics;
  return diagnostics.map((d) => {
    if (d.pointer === undefined) return d;
    const path = d.pointer
      .split('/')
      .slice(1)
      .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'))
      .map((t) => (/^\d+$/.test(t) ? Number(t) : t));
    for (let n = path.length; n >= 0; n--) {
      const node = findNodeAtLocation(tree, path.slice(0, n));
      if (node) return { ...d, line: lineColumn(text, node.offset).line };
    }
    return d;
  });
}
