/**
 * `kamerbrief validate`: schema and semantic checks of one or more letters, and for
 * formats with a schema of their own (AKN, DiWoo) or rules of their own (PDF/UA) the file
 * itself is checked too.
 */
import { formatFromName, sniffXmlFormat, validatorFor } from '../formats';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../model/diagnostics';
import { loadOrReport } from './load';
import { readInput } from './io';
import { loadXsd } from './references';

export async function runValidate(inputs: string[], opts: { from?: string; quiet?: boolean }): Promise<number> {
  let failed = false;
  for (const file of inputs) {
    const ok = await validateOne(file, opts);
    if (!ok) failed = true;
  }
  return failed ? 1 : 0;
}

async function validateOne(file: string, opts: { from?: string; quiet?: boolean }): Promise<boolean> {
  let diagnostics: Diagnostic[];
  let haveLetter: boolean;
  const bytes = file === '-' ? undefined : readInputOrUndefined(file);
  const named = opts.from ?? formatFromName(file) ?? (bytes && file.toLowerCase().endsWith('.xml') ? sniffXmlFormat(bytes) : undefined);
  if (named === 'diwoo' && bytes && validatorFor('diwoo')) {
    // A DiWoo record is metadata about a letter, not a letter: only its schema applies.
    diagnostics = await validatorFor('diwoo')!(bytes!, { xsd: loadXsd });
    haveLetter = true;
  } else {
    const loaded = await loadOrReport(file, opts.from, bytes);
    if (!loaded) return false;
    diagnostics = [...loaded.diagnostics];
    haveLetter = loaded.letter !== undefined;
    const validator = validatorFor(loaded.format);
    // A file the importer could not read (malformed, a DTD) is not handed to a second parser;
    // but any PDF, also one kamerbrief did not make, gets its PDF/UA check.
    if (validator && (loaded.letter || loaded.format === 'pdf')) diagnostics.push(...(await validator(loaded.bytes, { xsd: loadXsd })));
  }
  for (const d of diagnostics) process.stdout.write(formatDiagnostic(d, file) + '\n');
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (hasErrors(diagnostics) || !haveLetter) {
    process.stdout.write(`${file}: invalid (${plural(errors, 'error')}, ${plural(warnings, 'warning')})\n`);
    return false;
  }
  if (!opts.quiet) process.stdout.write(`${file}: valid${warnings ? ` (${plural(warnings, 'warning')})` : ''}\n`);
  return true;
}

function readInputOrUndefined(file: string): Uint8Array | undefined {
  try {
    return readInput(file);
  } catch {
    return undefined; // loadOrReport reads it again and says why it cannot
  }
}
