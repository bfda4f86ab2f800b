/** `kamerbrief convert`: read letters in one format, write them in others. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exportLetter, isFormatName, OUTPUT_FORMATS, outputExtension, stemOf, type ExportData, type FormatName } from '../formats';
import { formatDiagnostic, hasErrors, type Diagnostic } from '../model/diagnostics';
import type { HouseStyle } from '../templates/types';
import { writeFileAtomic } from './io';
import { loadOrReport, UsageError } from './load';
import { loadHouseStyle } from './template';

export interface ConvertOptions {
  to: string;
  from?: string;
  out?: string;
  force?: boolean;
  verbose?: boolean;
  template?: string;
}

export function parseTargets(to: string): FormatName[] {
  const names = to.split(',').map((s) => s.trim()).filter(Boolean);
  if (names.length === 0) throw new UsageError('--to needs at least one format');
  for (const name of names) {
    if (!isFormatName(name) || !OUTPUT_FORMATS.includes(name)) {
      throw new UsageError(`--to ${name}: unknown output format; expected one of ${OUTPUT_FORMATS.join(', ')}`);
    }
  }
  return [...new Set(names)] as FormatName[];
}

export async function runConvert(inputs: string[], opts: ConvertOptions): Promise<number> {
  const targets = parseTargets(opts.to);
  const houseStyle = loadHouseStyle(opts.template);
  const toStdout = opts.out === '-' || (opts.out === undefined && inputs.length === 1 && inputs[0] === '-');
  if (toStdout && (targets.length > 1 || inputs.length > 1)) {
    throw new UsageError('writing to standard output takes one input and one --to format');
  }
  const outDir = opts.out ?? '.';
  let failed = 0;
  for (const input of inputs) {
    const ok = await convertOne(input, targets, toStdout ? undefined : outDir, opts, houseStyle);
    if (!ok) failed++;
  }
  if (inputs.length > 1) process.stderr.write(`${inputs.length - failed} converted, ${failed} failed\n`);
  return failed > 0 ? 1 : 0;
}

function report(diagnostics: Diagnostic[], file: string, verbose: boolean | undefined): void {
  for (const d of diagnostics) {
    if (d.severity === 'info' && !verbose) continue;
    process.stderr.write(formatDiagnostic(d, file) + '\n');
  }
}

async function convertOne(
  input: string,
  targets: FormatName[],
  outDir: string | undefined,
  opts: ConvertOptions,
  houseStyle: HouseStyle | undefined,
): Promise<boolean> {
  const loaded = await loadOrReport(input, opts.from);
  if (!loaded) return false;
  const { diagnostics } = loaded;
  report(diagnostics, input, opts.verbose);
  if (!loaded.letter || hasErrors(diagnostics)) {
    process.stderr.write(`${input}: not converted (errors above)\n`);
    return false;
  }
  const files: { file: string; data: ExportData }[] = [];
  const stem = input === '-' ? 'stdin' : stemOf(input);
  for (const format of targets) {
    const out = await exportLetter(format, loaded.letter, { houseStyle });
    if (outDir === undefined) {
      process.stdout.write(out.data);
      return true;
    }
    files.push({ file: path.join(outDir, stem + outputExtension(format)), data: out.data });
    for (const c of out.companions) files.push({ file: path.join(outDir, stem + c.extension), data: c.data });
  }
  const existing = files.filter((f) => fs.existsSync(f.file) && !opts.force);
  if (existing.length > 0) {
    process.stderr.write(`${input}: not converted: ${existing.map((f) => f.file).join(', ')} already exists (use --force to replace)\n`);
    return false;
  }
  for (const f of files) {
    if (path.resolve(f.file) === path.resolve(input)) {
      process.stderr.write(`${input}: not converted: the output ${f.file} would replace the input\n`);
      return false;
    }
  }
  for (const f of files) {
    writeFileAtomic(f.file, f.data);
    process.stdout.write(`${input} -> ${f.file}\n`);
  }
  return true;
}
