/**
 * `kamerbrief validate file.diwoo.xml`: a DiWoo metadata record against diwoo-metadata.xsd
 * (0.9.8, with its value lists and the MDTO schema it imports).
 *
 * The record is first read with the project's safe XML reader, so that a DTD, an entity or
 * an oversized file is refused with a clear message before libxml2 sees it.
 */
import type { ValidateContext } from '../formats';
import type { Diagnostic } from '../model/diagnostics';
import { decodeXml, parseXml, XmlError } from '../xml/read';
import { validateWithXsd, type XsdSchema } from './xsd';

/** Where diwoo-metadata.xsd imports MDTO from; offline, the copy beside it is used. */
const MDTO_REMOTE = 'https://www.nationaalarchief.nl/mdto/MDTO-XML1.0.1.xsd';
const MDTO_LOCAL = 'MDTO-XML1.0.1.xsd';
/** Largest record read; a DiWoo record is a few kilobytes. */
const MAX_DIWOO_CHARS = 4 * 1024 * 1024;

export async function validateDiwooFile(bytes: Uint8Array, ctx: ValidateContext): Promise<Diagnostic[]> {
  const name = 'letter.diwoo.xml';
  let xml: string;
  try {
    xml = decodeXml(bytes);
    parseXml(xml, { maxChars: MAX_DIWOO_CHARS });
  } catch (e) {
    if (e instanceof XmlError) {
      return [{ severity: 'error', message: `not well-formed XML: ${e.message}`, ...(e.line !== undefined ? { line: e.line, column: e.column } : {}) }];
    }
    throw e;
  }
  const result = await validateDiwooRecords([{ name, xml }], ctx.xsd('diwoo'));
  return result.get(name) ?? [];
}

/** Validates many records in one run (the schema compiles once); errors by name. */
export async function validateDiwooRecords(docs: { name: string; xml: string }[], schema: XsdSchema): Promise<Map<string, Diagnostic[]>> {
  try {
    return withoutStraySummaries(await validateWithXsd(docs, offline(schema)));
  } catch (e) {
    // xmllint-wasm throws when the schema itself does not compile (a file missing from imports).
    const message = `the DiWoo schema could not be used: ${(e as Error).message.split('\n').slice(0, 3).join(' ')}`;
    return new Map(docs.map((d) => [d.name, [{ severity: 'error', message }]]));
  }
}

/**
 * The schema with its MDTO import pointed at the local file: libxml2 in WebAssembly has no
 * network, and finds preloaded files by name only.
 */
function offline(schema: XsdSchema): XsdSchema {
  if (!schema.main.contents.includes(MDTO_REMOTE)) return schema;
  return { ...schema, main: { ...schema.main, contents: schema.main.contents.split(`schemaLocation="${MDTO_REMOTE}"`).join(`schemaLocation="${MDTO_LOCAL}"`) } };
}

/**
 * xmllint ends each failing document with "<name> fails to validate"; xmllint-wasm passes
 * that line on as an error without a place when another document follows, and
 * validateWithXsd then files it under the first document. The line says nothing the
 * located errors do not, so it goes to the document it names, and only where that has no
 * other error.
 */
function withoutStraySummaries(result: Map<string, Diagnostic[]>): Map<string, Diagnostic[]> {
  const moved: [string, Diagnostic][] = [];
  for (const list of result.values()) {
    for (let i = list.length - 1; i >= 0; i--) {
      const failed = list[i].line === undefined ? / (\S+) fails to validate$/.exec(list[i].message)?.[1] : undefined;
      if (failed === undefined) continue;
      moved.push([failed, list[i]]);
      list.splice(i, 1);
    }
  }
  for (const [name, diagnostic] of moved) {
    const list = result.get(name);
    if (list && list.length === 0) list.push(diagnostic);
  }
  return result;
}
