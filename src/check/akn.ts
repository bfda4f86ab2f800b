/** `kamerbrief validate file.akn.xml`: the file against the OASIS Akoma Ntoso 3.0 schema. */
import type { ValidateContext } from '../formats';
import type { Diagnostic } from '../model/diagnostics';
import { decodeXml } from '../xml/read';
import { validateWithXsd } from './xsd';

export async function validateAknFile(bytes: Uint8Array, ctx: ValidateContext): Promise<Diagnostic[]> {
  const result = await validateWithXsd([{ name: 'letter.akn.xml', xml: decodeXml(bytes) }], ctx.xsd('akn'));
  return result.get('letter.akn.xml') ?? [];
}
