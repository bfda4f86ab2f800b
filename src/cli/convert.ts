/** `kamerbrief convert`: read letters in one format, write them in others. */
import * as os from 'node:os';
import { isFormatName, OUTPUT_FORMATS, outputExtension, outputExtensions, type FormatName } from '../formats';
import { formatDiagnostic } from '../model/diagnostics';
import { parseMetadataPairs, type MetadataOverrides } from '../model/overrides';
import type { HouseStyle } from '../templates/types';
import { runBatch, writeReport, type FileReport } from './batch';
import { checkOutputDirectory, checkReportFile } from './paths';
import { convertInput } from './batch-task';
import { parseOcrMode, resolveInputFormat, UsageError } from './load';
import { loadHouseStyle } from './template';

export interface ConvertOptions {
  to: string;
  from?: string;
  out?: string;
  force?: boolean;
  verbose?: boolean;
  template?: string;
  opForm?: string;
  jobs?: string;
  report?: string;
  ocr?: string;
  /** --metadata key=value, repeatable. */
  metadata?: string[];
}

/** --op-form: which OP XML document a letter becomes. */
function parseOpForm(value: string | undefined): 'aanhangsel' | 'kamerstuk' | undefined {
  if (value === undefined || value === 'aanhangsel' || value === 'kamerstuk') return value;
  throw new UsageError(`--op-form ${value}: expected aanhangsel or kamerstuk`);
}

/** --to: formats by name, comma-separated; `all` is every output format of this build. */
export function parseTargets(to: string): FormatName[] {
  if (to.trim() === 'all') return [...OUTPUT_FORMATS];
  const names = to.split(',').map((s) => s.trim()).filter(Boolean);
  if (names.length === 0) throw new UsageError('--to needs at least one format');
  for (const name of names) {
    if (!isFormatName(name) || !OUTPUT_FORMATS.includes(name)) {
      throw new UsageError(`--to ${name}: unknown output format; expected one of ${OUTPUT_FORMATS.join(', ')}`);
    }
  }
  return [...new Set(names)] as FormatName[];
}

/** --metadata key=value (repeatable): a bad pair is a usage error before any input is read. */
export function parseMetadataOption(pairs: readonly string[] | undefined): MetadataOverrides {
  const { overrides, errors } = parseMetadataPairs(pairs ?? []);
  if (errors.length > 0) throw new UsageError(errors.map((e) => `--metadata ${e}`).join('; '));
  return overrides;
}

/** --jobs: worker threads; by default one per core. */
export function parseJobs(jobs: string | undefined): number {
  if (jobs === undefined) return os.availableParallelism();
  const n = Number(jobs);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--jobs ${jobs}: expected a whole number of at least 1`);
  return n;
}

export async function runConvert(inputs: string[], opts: ConvertOptions): Promise<number> {
  const targets = parseTargets(opts.to);
  const jobs = parseJobs(opts.jobs);
  if (opts.from !== undefined) resolveInputFormat('-', opts.from); // a bad --from is a usage error before any input is read
  const houseStyle = loadHouseStyle(opts.template);
  const opForm = parseOpForm(opts.opForm);
  parseOcrMode(opts.ocr); // a bad --ocr is a usage error before any input is read
  const metadata = parseMetadataOption(opts.metadata);
  const toStdout = opts.out === '-' || (opts.out === undefined && inputs.length === 1 && inputs[0] === '-');
  if (opts.report !== undefined) checkReportFile(opts.report, opts.force === true);
  if (toStdout) {
    if (targets.length > 1 || inputs.length > 1) throw new UsageError('writing to standard output takes one input and one --to format');
    const companions = outputExtensions(targets[0]).slice(1);
    if (companions.length > 0) {
      throw new UsageError(`--to ${targets[0]} writes ${companions.map((e) => `a ${e} file`).join(' and ')} beside its ${outputExtension(targets[0])}, which standard output cannot hold; use --out <dir>`);
    }
    return convertToStdout(inputs[0], targets[0], { ...opts, opForm }, metadata, houseStyle);
  }
  checkOutputDirectory(opts.out ?? '.');
  return runBatch(inputs, { ...opts, opForm, metadata, targets, jobs, houseStyle, outDir: opts.out ?? '.' });
}

async function convertToStdout(input: string, target: FormatName, opts: ConvertOptions, metadata: MetadataOverrides, houseStyle: HouseStyle | undefined): Promise<number> {
  const startedAt = new Date();
  const result = await convertInput({ input, from: opts.from, targets: [target], opForm: parseOpForm(opts.opForm), metadata, ocr: parseOcrMode(opts.ocr) }, houseStyle);
  for (const d of result.diagnostics) if (d.severity !== 'info' || opts.verbose) process.stderr.write(formatDiagnostic(d, input) + '\n');
  const failed = !result.files || result.files.length === 0 || result.failure !== undefined;
  // --report is kept as in a run to files: the one input, its output "-" (standard output).
  const report = (status: FileReport['status']): boolean =>
    opts.report === undefined ||
    writeReport(opts.report, [{ input, ...(result.format ? { format: result.format } : {}), status, outputs: status === 'converted' ? ['-'] : [], ...(result.failure ? { reason: result.failure } : {}), diagnostics: result.diagnostics }], { startedAt, interrupted: false, targets: [target], outDir: '-' });
  if (failed) {
    const hadErrors = result.diagnostics.some((d) => d.severity === 'error');
    process.stderr.write(hadErrors ? `${input}: not converted (errors above)\n` : `${input}: not converted: ${result.failure}\n`);
    report('failed');
    return 1;
  }
  process.stdout.write(result.files![0].data);
  return report('converted') ? 0 : 1;
}
