/**
 * Checks on the places the CLI writes to (--out, --report), made before any letter is
 * converted, so that a path that cannot be written is one plain sentence at the start
 * rather than an error code after the work; and directories created one level at a time,
 * because Node's recursive mkdir retries without end where a file system refuses new
 * directories without saying why (/proc answers ENOENT).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { UsageError } from './load';

/** The stat of a path, or undefined where nothing is there. */
function statOrUndefined(file: string): fs.Stats | undefined {
  try {
    return fs.statSync(file);
  } catch {
    return undefined;
  }
}

/** Why a directory cannot be written in, in words, or undefined. */
function unwritableDirectory(dir: string): string | undefined {
  try {
    fs.accessSync(dir, fs.constants.W_OK | fs.constants.X_OK);
    return undefined;
  } catch (err) {
    return `${dir} cannot be written in (${(err as NodeJS.ErrnoException).code ?? 'refused'})`;
  }
}

/**
 * The nearest directory that exists at or above `dir`, or a refusal: a file where a
 * directory is needed on the way.
 */
function existingAncestor(dir: string, option: string, given: string): string {
  let at = path.resolve(dir);
  for (;;) {
    const stat = statOrUndefined(at);
    if (stat) {
      if (!stat.isDirectory()) {
        throw new UsageError(at === path.resolve(given) ? `${option} ${given}: is a file, expected a directory${option === '--out' ? ' (or - for standard output)' : ''}` : `${option} ${given}: ${at} is a file, not a directory`);
      }
      return at;
    }
    const up = path.dirname(at);
    if (up === at) return at;
    at = up;
  }
}

/** --out: a directory there, or one that can be made in a directory that can be written in. */
export function checkOutputDirectory(outDir: string): void {
  const ancestor = existingAncestor(outDir, '--out', outDir);
  const refusal = unwritableDirectory(ancestor);
  if (refusal) throw new UsageError(`--out ${outDir}: ${refusal}`);
}

/** --report: a file name (not a directory), not an existing file unless --force, in a directory that can be written in. */
export function checkReportFile(file: string, force: boolean): void {
  const stat = statOrUndefined(file);
  if (stat?.isDirectory()) throw new UsageError(`--report ${file}: is a directory, expected a file name`);
  if (stat && !force) throw new UsageError(`--report ${file}: already exists (use --force to replace)`);
  if (stat && !stat.isFile()) throw new UsageError(`--report ${file}: is not a regular file`);
  const ancestor = existingAncestor(path.dirname(path.resolve(file)), '--report', file);
  const refusal = unwritableDirectory(ancestor);
  if (refusal) throw new UsageError(`--report ${file}: ${refusal}`);
}

/** Creates `dir` and the directories above it that are missing, one level at a time. */
export function makeDirectories(dir: string): void {
  const missing: string[] = [];
  let at = path.resolve(dir);
  while (!statOrUndefined(at)) {
    missing.push(at);
    const up = path.dirname(at);
    if (up === at) break;
    at = up;
  }
  for (const level of missing.reverse()) {
    try {
      fs.mkdirSync(level);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (code === 'EEXIST' && statOrUndefined(level)?.isDirectory()) continue;
      throw new Error(`cannot create the directory ${level} (${code ?? (err as Error).message})`);
    }
  }
}
