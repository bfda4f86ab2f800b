/**
 * `kamerbrief convert` for many inputs: files and walked directories, converted on a worker
 * pool when there are enough of them, written under --out as the input tree is laid out.
 *
 * Workers only read and convert; the main thread checks and writes every output. That keeps
 * the rules about outputs (never outside --out, never over the input or another input's
 * output, only over an existing file with --force) in one place, and it makes Ctrl-C safe
 * by construction: each file is written synchronously to a temporary file and renamed, so
 * the signal handler, which runs between two JavaScript tasks, never finds a write half done.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { stemOf, outputExtension, outputExtensions, type FormatName } from '../formats';
import { parseOcrMode } from './load';
import { formatDiagnostic, type Diagnostic } from '../model/diagnostics';
import type { MetadataOverrides } from '../model/overrides';
import type { HouseStyle } from '../templates/types';
import { convertInput, type ConvertTask, type TaskResult } from './batch-task';
import { writeFileAtomic } from './io';
import { startProgress } from './progress';
import { collectInputs, realpathOrUndefined, type InputFile } from './walk';

export interface BatchOptions {
  targets: FormatName[];
  from?: string;
  /** --ocr, checked by the caller. */
  ocr?: string;
  outDir: string;
  force?: boolean;
  verbose?: boolean;
  template?: string;
  houseStyle?: HouseStyle;
  opForm?: 'aanhangsel' | 'kamerstuk';
  /** --metadata key=value, parsed: put into every letter. */
  metadata?: MetadataOverrides;
  /** Worker threads; 1 converts in the main thread. */
  jobs: number;
  /** Where to write the per-file report (JSON), if anywhere. */
  report?: string;
}

/** `up-to-date`: every output is there and newer than the input (a second run without --force). */
export type FileStatus = 'converted' | 'up-to-date' | 'failed' | 'interrupted';

/** One input's line in --report. */
export interface FileReport {
  input: string;
  format?: FormatName;
  status: FileStatus;
  outputs: string[];
  reason?: string;
  diagnostics: Diagnostic[];
}

/** Exit code of a run stopped by Ctrl-C (128 + SIGINT), as shells expect. */
export const EXIT_INTERRUPTED = 130;

/**
 * Below this many inputs the pool does not pay: each worker first loads the importers,
 * the exporters and the schema (about as long as converting a few letters).
 */
const POOL_THRESHOLD = 8;

export async function runBatch(args: string[], o: BatchOptions): Promise<number> {
  const interrupts = new Interrupts();
  try {
    return await convertAll(args, o, interrupts);
  } finally {
    interrupts.release();
  }
}

async function convertAll(args: string[], o: BatchOptions, interrupts: Interrupts): Promise<number> {
  const { inputs, empty } = collectInputs(args, o.outDir);
  const startedAt = new Date();
  const reports: FileReport[] = inputs.map((i) => ({ input: i.file, status: 'interrupted', outputs: [], diagnostics: [] }));
  const emptyReports: FileReport[] = empty.map((e) => ({ input: e.file, status: 'failed', outputs: [], reason: e.reason, diagnostics: [] }));
  const progress = startProgress(inputs.length, inputs.length > 1 && process.stderr.isTTY === true);
  for (const e of empty) progress.note(`${e.file}: ${e.reason}`);

  const outputs = new OutputRules(o.outDir, o.force === true, inputs);
  let failed = 0;
  const fail = (k: number, reason: string, line = `${inputs[k].file}: not converted: ${reason}`) => {
    Object.assign(reports[k], { status: 'failed', reason });
    failed++;
    progress.note(line);
  };
  // Inputs whose main outputs are refused are not converted at all: re-running over a
  // converted archive without --force costs a directory listing, not a conversion.
  const queue: number[] = [];
  inputs.forEach((input, k) => {
    const planned = plannedFiles(input, o);
    if (!o.force && isUpToDate(input, planned)) {
      Object.assign(reports[k], { status: 'up-to-date', outputs: planned });
      progress.note(`${input.file}: up to date (its outputs are newer; --force converts it again)`);
      progress.advance(failed);
      return;
    }
    const refusal = outputs.claim(input, planned, k);
    if (refusal) {
      fail(k, refusal);
      progress.advance(failed);
    } else queue.push(k);
  });

  const finish = (k: number, result: TaskResult) => {
    const input = inputs[k];
    const report = reports[k];
    Object.assign(report, { format: result.format, diagnostics: [...result.diagnostics, ...(o.force ? leftOverOutputs(input, o, result) : [])] });
    for (const d of report.diagnostics) if (d.severity !== 'info' || o.verbose) progress.note(formatDiagnostic(d, input.file));
    if (!result.files || result.files.length === 0) {
      if (result.diagnostics.some((d) => d.severity === 'error')) fail(k, result.failure ?? 'errors', `${input.file}: not converted (errors above)`);
      else fail(k, result.failure ?? 'not a letter');
      return;
    }
    const files = result.files.map((f) => ({ file: outputPath(input, o.outDir, f.extension), data: f.data }));
    const refusal = outputs.claim(input, files.map((f) => f.file), k);
    if (refusal) return fail(k, refusal);
    for (const f of files) {
      try {
        writeFileAtomic(f.file, f.data);
      } catch (err) {
        return fail(k, `cannot write ${f.file}: ${(err as Error).message}`);
      }
      report.outputs.push(f.file);
      progress.wrote(input.file, f.file);
    }
    // A format refused the letter: the others are written, the input counts as failed.
    if (result.failure !== undefined) return fail(k, result.failure, `${input.file}: not converted to every format (errors above)`);
    report.status = 'converted';
  };

  const runner = queue.length > POOL_THRESHOLD && o.jobs > 1 ? poolRunner(o.jobs) : inlineRunner(o.houseStyle);
  await dispatch(queue, runner, interrupts, (k) => ({ input: inputs[k].file, from: o.from, ocr: parseOcrMode(o.ocr), targets: o.targets, template: o.template, opForm: o.opForm, metadata: o.metadata }), (k, result) => {
    finish(k, result);
    progress.advance(failed);
  });
  await runner.close();
  progress.stop();
  const interrupted = interrupts.interrupted;

  const all = [...emptyReports, ...reports];
  if (interrupted) process.stderr.write('kamerbrief: interrupted; every file written is complete, no temporary file is left\n');
  if (inputs.length + empty.length > 1 || interrupted) process.stderr.write(summary(all));
  const reported = o.report === undefined || writeReport(o.report, all, { startedAt, interrupted, targets: o.targets, outDir: o.outDir });
  if (interrupted) return EXIT_INTERRUPTED;
  return !reported || all.some((r) => r.status !== 'converted' && r.status !== 'up-to-date') ? 1 : 0;
}

/** Every output of the input is there, a file, and at least as new as the input. */
function isUpToDate(input: InputFile, outputs: string[]): boolean {
  if (input.file === '-') return false;
  let inputTime: number;
  try {
    inputTime = fs.statSync(input.file).mtimeMs;
  } catch {
    return false;
  }
  return outputs.every((file) => {
    try {
      const stat = fs.statSync(file);
      return stat.isFile() && stat.mtimeMs >= inputTime;
    } catch {
      return false;
    }
  });
}

/** The output files of an input that are known before converting it (companions are not). */
function plannedFiles(input: InputFile, o: BatchOptions): string[] {
  return o.targets.map((t) => outputPath(input, o.outDir, outputExtension(t)));
}

/**
 * With --force, the files an earlier run wrote for this input in a format that this run
 * could not write (the letter has errors, or the format refused it) are left as they are:
 * kamerbrief never deletes what it cannot replace. Each is named in a warning, so that it
 * is not taken for a conversion of the input as it is now.
 */
function leftOverOutputs(input: InputFile, o: BatchOptions, result: TaskResult): Diagnostic[] {
  const written = new Set((result.files ?? []).map((f) => f.extension));
  return o.targets.flatMap((target) =>
    outputExtensions(target)
      .filter((extension) => !written.has(extension))
      .map((extension) => outputPath(input, o.outDir, extension))
      .filter((file) => fs.existsSync(file))
      .map((file): Diagnostic => ({ severity: 'warning', message: `${file} is left from an earlier run: this run could not write ${target} for this input, so the file does not reflect it` })),
  );
}

function outputPath(input: InputFile, outDir: string, extension: string): string {
  const stem = input.file === '-' ? 'stdin' : stemOf(input.file);
  return path.join(outDir, input.subdir, stem + extension);
}

/**
 * Which output files may be written: inside --out (also after following the links of
 * directories that already exist), not an input, not another input's output, and not an
 * existing file unless --force.
 */
class OutputRules {
  private readonly claimedBy = new Map<string, number>();
  private readonly root: string;
  /** Real paths of all inputs: no output may take the place of one. */
  private readonly inputs: Set<string>;

  constructor(
    private readonly outDir: string,
    private readonly force: boolean,
    inputs: InputFile[],
  ) {
    this.root = path.resolve(outDir);
    this.inputs = new Set(inputs.map((i) => (i.file === '-' ? undefined : realpathOrUndefined(i.file))).filter((f): f is string => f !== undefined));
  }

  /** Claims the files for input number `k`, or says why they cannot be written. */
  claim(input: InputFile, files: string[], k: number): string | undefined {
    for (const file of files) {
      const refusal = this.refusal(input, file, k);
      if (refusal) return refusal;
    }
    for (const file of files) this.claimedBy.set(path.resolve(file), k);
    return undefined;
  }

  private refusal(input: InputFile, file: string, k: number): string | undefined {
    if (!this.inside(file)) return `the output ${file} would be outside ${this.outDir}`;
    const resolved = path.resolve(file);
    const real = realpathOrUndefined(file);
    if (input.file !== '-' && (resolved === path.resolve(input.file) || (real !== undefined && real === realpathOrUndefined(input.file)))) {
      return `the output ${file} would replace the input`;
    }
    if (real !== undefined && this.inputs.has(real)) return `the output ${file} would replace another input`;
    const owner = this.claimedBy.get(resolved);
    if (owner !== undefined && owner !== k) return `${file} is also the output of another input of the same name`;
    if (owner === undefined && !this.force && fs.existsSync(file)) return `${file} already exists (use --force to replace)`;
    return undefined;
  }

  private inside(file: string): boolean {
    if (!isBelow(this.root, path.resolve(file))) return false;
    // A directory on the way that is a link to elsewhere would take the file out of --out.
    const realRoot = realpathOrUndefined(this.root);
    if (realRoot === undefined) return true; // --out does not exist yet: nothing in it links anywhere
    let dir = path.dirname(path.resolve(file));
    while (!fs.existsSync(dir)) dir = path.dirname(dir);
    const realDir = realpathOrUndefined(dir);
    return realDir !== undefined && (realDir === realRoot || isBelow(realRoot, realDir));
  }
}

function isBelow(root: string, file: string): boolean {
  const rel = path.relative(root, file);
  return rel !== '' && rel !== '..' && !rel.startsWith('..' + path.sep) && !path.isAbsolute(rel);
}

interface Totals {
  inputs: number;
  converted: number;
  upToDate: number;
  failed: number;
  interrupted: number;
  warnings: number;
}

function totalsOf(reports: FileReport[]): Totals {
  const count = (status: FileStatus) => reports.filter((r) => r.status === status).length;
  const warnings = reports.reduce((n, r) => n + r.diagnostics.filter((d) => d.severity === 'warning').length, 0);
  return { inputs: reports.length, converted: count('converted'), upToDate: count('up-to-date'), failed: count('failed'), interrupted: count('interrupted'), warnings };
}

interface Runner {
  run(task: ConvertTask): Promise<TaskResult>;
  /** How many tasks are handed out at once: enough to keep every worker busy. */
  window: number;
  close(): Promise<void>;
}

function inlineRunner(houseStyle: HouseStyle | undefined): Runner {
  return {
    // Yields to the event loop first, so that Ctrl-C is seen between two letters.
    run: async (task) => {
      await new Promise((resolve) => setImmediate(resolve));
      return convertInput(task, houseStyle);
    },
    window: 1,
    close: async () => undefined,
  };
}

function poolRunner(jobs: number): Runner {
  // Loaded only here: a single conversion does not pay for the pool's code.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Piscina } = require('piscina') as typeof import('piscina');
  const pool = new Piscina<ConvertTask, TaskResult>({
    filename: path.join(__dirname, 'worker.js'),
    name: 'convertTask',
    minThreads: jobs,
    maxThreads: jobs,
    // A second task waits in each worker while it converts one, so that no worker waits
    // for the main thread (writing files) to hand out its next letter.
    concurrentTasksPerWorker: 2,
  });
  return { run: (task) => pool.run(task), window: jobs * 2, close: () => pool.destroy() };
}

/**
 * Ctrl-C and SIGTERM from the start of a run to its end: the first stops handing out letters,
 * a second ends the process at once. Either is safe at any moment, as no write can be half
 * done when a handler runs (see the top of this file).
 */
class Interrupts {
  interrupted = false;
  private listener: () => void = () => undefined;
  private readonly onSignal = () => {
    if (this.interrupted) process.exit(EXIT_INTERRUPTED);
    this.interrupted = true;
    this.listener();
  };

  constructor() {
    process.on('SIGINT', this.onSignal);
    process.on('SIGTERM', this.onSignal);
  }

  onInterrupt(listener: () => void): void {
    this.listener = listener;
  }

  release(): void {
    process.off('SIGINT', this.onSignal);
    process.off('SIGTERM', this.onSignal);
  }
}

/**
 * Hands out the queued inputs, a window at a time, and passes each result on as it comes.
 * Once interrupted nothing more is handed out, and the results of letters still being
 * converted are dropped, unwritten.
 */
async function dispatch(
  queue: number[],
  runner: Runner,
  interrupts: Interrupts,
  taskOf: (k: number) => ConvertTask,
  onResult: (k: number, result: TaskResult) => void,
): Promise<void> {
  let next = 0;
  let active = 0;
  await new Promise<void>((resolve) => {
    interrupts.onInterrupt(resolve);
    const pump = () => {
      while (!interrupts.interrupted && active < runner.window && next < queue.length) {
        const k = queue[next++];
        active++;
        runner
          .run(taskOf(k))
          .catch((err: unknown): TaskResult => ({ input: taskOf(k).input, diagnostics: [], failure: `internal error: ${err instanceof Error ? err.message : String(err)}` }))
          .then((result) => {
            active--;
            if (interrupts.interrupted) return;
            onResult(k, result);
            pump();
          });
      }
      if (active === 0 && next >= queue.length) resolve();
    };
    pump();
  });
}

function summary(reports: FileReport[]): string {
  const t = totalsOf(reports);
  const lines = [`${t.converted} converted, ${t.upToDate ? `${t.upToDate} up to date, ` : ''}${t.failed} failed, ${t.warnings} warning${t.warnings === 1 ? '' : 's'}` + (t.interrupted ? `, ${t.interrupted} not converted (interrupted)` : '')];
  const failed = reports.filter((r) => r.status === 'failed');
  if (failed.length > 0) lines.push('failed:', ...failed.map((r) => `  ${r.input}: ${r.reason}`));
  return lines.join('\n') + '\n';
}

export function writeReport(file: string, files: FileReport[], run: { startedAt: Date; interrupted: boolean; targets: FormatName[]; outDir: string }): boolean {
  const report = {
    startedAt: run.startedAt.toISOString(),
    finishedAt: new Date().toISOString(),
    interrupted: run.interrupted,
    to: run.targets,
    out: run.outDir,
    totals: totalsOf(files),
    files,
  };
  try {
    writeFileAtomic(file, JSON.stringify(report, null, 2) + '\n');
    return true;
  } catch (err) {
    process.stderr.write(`kamerbrief: cannot write the report ${file}: ${(err as Error).message}\n`);
    return false;
  }
}
