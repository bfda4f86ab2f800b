/** The AKN XSD for tests, read from ../shared/reference/akn, with a clear failure when it is missing. */
import { validateWithXsd, type XmlDocumentInput } from '../../src/check/xsd';
import { loadXsd } from '../../src/cli/references';
import type { Diagnostic } from '../../src/model/diagnostics';
import { requireReference } from './reference';

/** Validates documents against the AKN schema; returns the errors of each, by name. */
export async function validateAkn(docs: XmlDocumentInput[]): Promise<Map<string, Diagnostic[]>> {
  requireReference('akn');
  return validateWithXsd(docs, loadXsd('akn'));
}
