/** File-system access for the CLI: reading inputs (or stdin) and writing outputs atomically. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { makeDirectories } from './paths';

/** Largest input the CLI reads; a bigger file is refused rather than read into memory. */
export const MAX_INPUT_BYTES = 64 * 1024 * 1024;

export class InputError extends Error {}

export function readInput(file: string): Buffer {
  if (file === '-') return readStdin();
  let stat: fs.Stats;
  try {
    stat = fs.statSync(file);
  } catch {
    throw new InputError(`${file}: no such file`);
  }
  if (stat.isDirectory()) throw new InputError(`${file}: is a directory, expected a file`);
  // A FIFO or a device would block or never end; only standard input ("-") is read as a stream.
  if (!stat.isFile()) throw new InputError(`${file}: is not a regular file (${kindOf(stat)}); expected a letter file, or - for standard input`);
  if (stat.size > MAX_INPUT_BYTES) {
    throw new InputError(`${file}: too large (${stat.size} bytes; at most ${MAX_INPUT_BYTES})`);
  }
  return fs.readFileSync(file);
}

function kindOf(stat: fs.Stats): string {
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  return 'not a file';
}

function readStdin(): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  const chunk = Buffer.alloc(1 << 16);
  for (;;) {
    let n: number;
    try {
      n = fs.readSync(0, chunk, 0, chunk.length, null);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'EAGAIN') continue;
      if ((err as NodeJS.ErrnoException).code === 'EOF') break;
      throw err;
    }
    if (n === 0) break;
    total += n;
    if (total > MAX_INPUT_BYTES) throw new InputError(`-: standard input too large (more than ${MAX_INPUT_BYTES} bytes)`);
    chunks.push(Buffer.from(chunk.subarray(0, n)));
  }
  return Buffer.concat(chunks);
}

/**
 * Writes a file so that it is never seen half-written: the bytes go to a temporary
 * file in the same directory, which is then renamed over the target.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const dir = path.dirname(file);
  makeDirectories(dir);
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  } catch (err) {
    fs.rmSync(tmp, { force: true });
    throw err;
  }
}
