/** Starting the built `kamerbrief serve` on a free loopback port, as a user would, for the server's tests. */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';
import { ROOT } from '../support/samples';

export interface Started {
  url: string;
  process: ChildProcess;
  /** What the server wrote to standard error so far. */
  stderr: () => string;
  /** SIGTERM, and the exit code once it has ended. */
  stop: () => Promise<number | null>;
}

export async function startServer(args: string[] = [], env: Record<string, string> = {}): Promise<Started> {
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'cli', 'main.js'), 'serve', '--port', '0', ...args], { stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ...env } });
  let err = '';
  child.stderr!.setEncoding('utf8');
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start: ${err}`)), 20_000);
    child.stderr!.on('data', (chunk: string) => {
      err += chunk;
      const m = /listening on (http:\/\/\S+?)\/? /.exec(err);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]);
      }
    });
    child.on('exit', () => reject(new Error(`the server ended: ${err}`)));
  });
  return {
    url,
    process: child,
    stderr: () => err,
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM');
      return exited;
    },
  };
}

/** A multipart body with the letter as "file" and the other fields given. */
export function form(name: string, bytes: Uint8Array | string, fields: Record<string, string> = {}): FormData {
  const data = new FormData();
  data.append('file', new Blob([typeof bytes === 'string' ? bytes : new Uint8Array(bytes)]), name);
  for (const [k, v] of Object.entries(fields)) data.append(k, v);
  return data;
}
