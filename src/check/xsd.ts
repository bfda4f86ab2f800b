/**
 * Validation of XML against an XML Schema (XSD) with libxml2 compiled to WebAssembly
 * (xmllint-wasm): no native code, no network. The schema files are given as text (the CLI
 * or a test reads them); xmllint-wasm compiles the schema on every call, so callers pass
 * many documents at once.
 */
import type { Diagnostic } from '../model/diagnostics';

export interface XsdFile {
  fileName: string;
  contents: string;
}

export interface XsdSchema {
  /** The schema to validate against. */
  main: XsdFile;
  /** Files it imports or includes, by the names its schemaLocation attributes use. */
  imports: XsdFile[];
}

export interface XmlDocumentInput {
  /** A name for messages; it must not start with "-". */
  name: string;
  xml: string;
}

/** Validates every document; returns the schema errors of each, by name (empty when valid). */
export async function validateWithXsd(docs: XmlDocumentInput[], schema: XsdSchema): Promise<Map<string, Diagnostic[]>> {
  // Loaded here so that commands that never validate XML do not pay for the WebAssembly.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { validateXML, memoryPages } = require('xmllint-wasm') as typeof import('xmllint-wasm');
  const byName = new Map<string, Diagnostic[]>(docs.map((d) => [safeName(d.name), []]));
  if (docs.length === 0) return byName;
  const totalChars = docs.reduce((n, d) => n + d.xml.length, 0);
  const result = await validateXML({
    xml: docs.map((d) => ({ fileName: safeName(d.name), contents: d.xml })),
    schema: schema.main,
    preload: schema.imports,
    // The AKN schema alone needs more than the 32 MiB default once documents are large.
    maxMemoryPages: Math.min(memoryPages.GiB, 256 * memoryPages.MiB + Math.ceil((totalChars * 8) / 65536)),
  });
  for (const err of result.errors) {
    // xmllint's closing "<file> fails to validate" has no location; the errors before it say why.
    if (!err.loc && /\S+ fails to validate$/.test(err.message.trim())) continue;
    const name = err.loc?.fileName;
    const list = (name !== undefined && byName.get(name)) || byName.get(safeName(docs[0].name))!;
    list.push({ severity: 'error', message: `not valid against ${schema.main.fileName}: ${err.message.trim()}`, line: err.loc?.lineNumber });
  }
  if (!result.valid && result.errors.length === 0) {
    byName.get(safeName(docs[0].name))!.push({ severity: 'error', message: `not valid against ${schema.main.fileName}: ${result.rawOutput.trim()}` });
  }
  const out = new Map<string, Diagnostic[]>();
  docs.forEach((d) => out.set(d.name, byName.get(safeName(d.name))!));
  return out;
}

/** xmllint takes the names as command-line arguments; keep them plain. */
function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^[-.]+/, 'x');
}
