/**
 * Temporary directories for tests: each made by `tempDir` is removed after the last test of
 * the file that made it, so no run leaves files behind in the system's temporary folder.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const made: string[] = [];

/** A new, empty temporary directory (its name starts with `prefix`), removed after this file's tests. */
export function tempDir(prefix = 'kb-'): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  made.push(dir);
  return dir;
}

// Jest evaluates this module once per test file, so the hook belongs to the file that imports it.
afterAll(() => {
  for (const dir of made.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});
