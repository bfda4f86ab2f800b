/** The AKN XSD for tests, read from ../shared/reference/akn, with a clear failure when it is missing. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { validateWithXsd, type XmlDocumentInput } from '../../src/check/xsd';
import { loadXsd, referenceDir } from '../../src/cli/references';
import type { Diagnostic } from '../../src/model/diagnostics';

export function requireReference(sub: string): string {
  const dir = path.join(referenceDir(), sub);
  if (!fs.existsSync(dir)) {
    throw new Error(`these tests need the reference folder ${dir} (../shared/reference beside the repository, or KAMERBRIEF_REFERENCE_DIR); it is missing`);
  }
  return dir;
}

/** Validates documents against the AKN schema; returns the errors of each, by name. */
export async function validateAkn(docs: XmlDocumentInput[]): Promise<Map<string, Diagnostic[]>> {
  requireReference('akn');
  return validateWithXsd(docs, loadXsd('akn'));
}
