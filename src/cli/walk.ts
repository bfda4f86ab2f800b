/**
 * The inputs of a conversion: the files named on the command line, and the letters in the
 * directories named there, each with the directory its outputs go to under --out (the
 * input tree mirrored).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { canImport, formatFromName, INPUT_EXTENSIONS } from '../formats';

export interface InputFile {
  file: string;
  /** Directory of its outputs, relative to --out: where it sits below the directory named. */
  subdir: string;
}

export interface WalkResult {
  inputs: InputFile[];
  /** Directories named on the command line that hold no letter, with why. */
  empty: { file: string; reason: string }[];
}

/**
 * A file the walk takes as a letter: a known input extension, not hidden (temporary files
 * and editor backups are), not an OP publication's metadata.xml (the OP importer reads it
 * beside its main file), not a format kamerbrief only writes (a DiWoo record).
 */
export function isLetterFile(name: string): boolean {
  const lower = name.toLowerCase();
  if (name.startsWith('.') || lower.endsWith('.metadata.xml')) return false;
  if (!INPUT_EXTENSIONS.some((ext) => lower.endsWith(ext))) return false;
  const format = formatFromName(name);
  return format === undefined || canImport(format);
}

/**
 * Expands directories into the letters below them, sorted, following symbolic links but
 * entering each real directory once (so a link loop ends). `skipDir` (the output
 * directory) is not entered below a directory named, so that a second run does not read
 * its own outputs.
 */
export function collectInputs(args: string[], skipDir?: string): WalkResult {
  const inputs: InputFile[] = [];
  const empty: WalkResult['empty'] = [];
  const skipReal = skipDir !== undefined ? realpathOrUndefined(skipDir) : undefined;
  for (const arg of args) {
    if (arg === '-' || !isDirectory(arg)) {
      inputs.push({ file: arg, subdir: '' });
      continue;
    }
    const found: InputFile[] = [];
    walk(arg, '', new Set(), found, skipReal);
    if (found.length === 0) {
      empty.push({ file: arg, reason: `no letter files in this directory (expected ${INPUT_EXTENSIONS.join(', ')})` });
    }
    inputs.push(...found);
  }
  return { inputs, empty };
}

function walk(dir: string, subdir: string, seen: Set<string>, found: InputFile[], skipReal: string | undefined): void {
  const real = realpathOrUndefined(dir);
  if (real === undefined || seen.has(real) || (subdir !== '' && real === skipReal)) return;
  seen.add(real);
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return; // unreadable directory: nothing to convert in it
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const full = path.join(dir, entry.name);
    const kind = entry.isSymbolicLink() ? kindBehindLink(full) : entry.isDirectory() ? 'dir' : entry.isFile() ? 'file' : undefined;
    if (kind === 'dir') walk(full, path.join(subdir, entry.name), seen, found, skipReal);
    else if (kind === 'file' && isLetterFile(entry.name)) found.push({ file: full, subdir });
  }
}

function kindBehindLink(file: string): 'dir' | 'file' | undefined {
  try {
    const stat = fs.statSync(file);
    return stat.isDirectory() ? 'dir' : stat.isFile() ? 'file' : undefined;
  } catch {
    return undefined; // a dangling link
  }
}

function isDirectory(file: string): boolean {
  try {
    return fs.statSync(file).isDirectory();
  } catch {
    return false;
  }
}

export function realpathOrUndefined(file: string): string | undefined {
  try {
    return fs.realpathSync(file);
  } catch {
    return undefined;
  }
}
