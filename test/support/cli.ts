import { spawnSync } from 'node:child_process';
import * as path from 'node:path';
import { ROOT } from './samples';

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built CLI (dist/, made by `npm test` before jest) as a user would. */
export function runCli(args: string[], input?: string | Buffer, cwd = ROOT, timeoutMs?: number): CliResult {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'cli', 'main.js'), ...args], {
    cwd,
    input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: timeoutMs,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
