/**
 * The XML Schemas kamerbrief validates against (AKN, DiWoo) are not the project's to
 * ship: they are read from the reference folder beside the repository
 * (`../shared/reference`), or from the folder KAMERBRIEF_REFERENCE_DIR names.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { XsdSchema } from '../check/xsd';
import { UsageError } from './load';

export function referenceDir(): string {
  return process.env.KAMERBRIEF_REFERENCE_DIR ?? path.resolve(__dirname, '..', '..', '..', 'shared', 'reference');
}

const SCHEMAS: Record<'akn' | 'diwoo', { dir: string; main: string; imports: string[] }> = {
  akn: { dir: 'akn', main: 'akomantoso30.xsd', imports: ['xml.xsd'] },
  diwoo: { dir: 'diwoo', main: 'diwoo-metadata.xsd', imports: ['diwoo-metadata-lijsten.xsd', 'MDTO-XML1.0.1.xsd'] },
};

const cache = new Map<string, XsdSchema>();

/** Reads a format's XSD, or says clearly where it was looked for. */
export function loadXsd(name: 'akn' | 'diwoo'): XsdSchema {
  const cached = cache.get(name);
  if (cached) return cached;
  const spec = SCHEMAS[name];
  const dir = path.join(referenceDir(), spec.dir);
  const read = (file: string) => {
    const full = path.join(dir, file);
    if (!fs.existsSync(full)) {
      throw new UsageError(`the ${name} schema is needed to validate and was not found: ${full} (set KAMERBRIEF_REFERENCE_DIR to the folder that holds ${spec.dir}/${spec.main})`);
    }
    return { fileName: file, contents: fs.readFileSync(full, 'utf8') };
  };
  const schema = { main: read(spec.main), imports: spec.imports.map(read) };
  // The DiWoo schema imports MDTO from its web address; validation is offline, so it is
  // pointed at the copy beside it.
  if (name === 'diwoo') {
    schema.main.contents = schema.main.contents.split('schemaLocation="https://www.nationaalarchief.nl/mdto/MDTO-XML1.0.1.xsd"').join('schemaLocation="MDTO-XML1.0.1.xsd"');
  }
  cache.set(name, schema);
  return schema;
}
