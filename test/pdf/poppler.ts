/** For tests: poppler's pdftotext (Debian: apt-get install poppler-utils); a missing tool fails the test. */
import { spawnSync } from 'node:child_process';

export function pdftotext(file: string, args: string[] = []): string {
  const r = spawnSync('pdftotext', ['-enc', 'UTF-8', ...args, file, '-'], { encoding: 'utf8' });
  if (r.error) throw new Error('pdftotext is needed for this test and was not found (Debian: apt-get install poppler-utils)');
  if (r.status !== 0) throw new Error(`pdftotext failed on ${file}: ${r.stderr}`);
  return r.stdout;
}
