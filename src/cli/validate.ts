/**
 * `kamerbrief validate`: schema and semantic checks of one or more letters, and for
 * formats with a schema of their own (AKN, DiWoo) or rules of their own (PDF/UA) the file
 * itself is checked too.
 */
import * as fs from 'node:fs';
import { formatFromName, OUTPUT_FORMATS, outputExtensions, sniffXmlFormat, validatorFor } from '../formats';
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
  const kind = file === '-' ? undefined : companionOrDirectory(file);
  if (kind === 'directory') {
    process.stderr.write(`kamerbrief: ${file}: is a directory; validate takes letter files (name them, e.g. ${file}/*.json)\n`);
    return false;
  }
  if (kind && opts.from === undefined) {
    // A publication's metadata.xml is no letter of its own: it is read with its .op.xml.
    if (!opts.quiet) process.stdout.write(`${file}: ${kind}\n`);
    return true;
  }
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
  // --quiet: problems only (errors and warnings), not the notes on what an importer did.
  for (const d of diagnostics) if (!opts.quiet || d.severity !== 'info') process.stdout.write(formatDiagnostic(d, file) + '\n');
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

/**
 * 'directory' for a directory; for a companion file a format writes beside its main file
 * (OP's `.metadata.xml`), the sentence that says whose it is; else undefined.
 */
function companionOrDirectory(file: string): 'directory' | string | undefined {
  try {
    if (fs.statSync(file).isDirectory()) return 'directory';
  } catch {
    return undefined; // loadOrReport says the file is not there
  }
  for (const format of OUTPUT_FORMATS) {
    const [main, ...companions] = outputExtensions(format);
    const extension = companions.find((e) => file.toLowerCase().endsWith(e));
    if (!extension) continue;
    const owner = file.slice(0, -extension.length) + main;
    return fs.existsSync(owner)
      ? `the ${extension} of ${owner}, checked when that file is read (validate ${owner})`
      : `a ${extension} file, which is read beside its ${main} file of the same name (there is none here); not a letter of its own`;
  }
  return undefined;
}

function readInputOrUndefined(file: string): Uint8Array | undefined {
  try {
    return readInput(file);
  } catch {
    return undefined; // loadOrReport reads it again and says why it cannot
  }
}
