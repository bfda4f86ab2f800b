/**
 * `kamerbrief serve`: the shell that opens the socket and handles signals. It binds to
 * loopback unless --host says otherwise; SIGTERM (or Ctrl-C) lets the requests in flight
 * finish, answers new ones with 503, then closes the pool and ends.
 */
import { UsageError } from '../cli/load';
import { buildApp } from './app';
import { ConversionPool } from './pool';

export interface ServeOptions {
  port?: string;
  host?: string;
  jobs?: string;
  /** Conversions that may wait for a worker before new ones get 503. */
  queue?: string;
  /** Seconds a conversion may take. */
  timeout?: string;
}

export class ServeUsageError extends UsageError {}

function whole(value: string | undefined, option: string, min: number, max: number, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < min || n > max) throw new ServeUsageError(`${option} ${value}: expected a whole number from ${min} to ${max}`);
  return n;
}

function seconds(value: string): number {
  const n = Number(value);
  if (!/^\d+(\.\d+)?$/.test(value) || n <= 0 || n > 3600) throw new ServeUsageError(`--timeout ${value}: expected seconds, more than 0 and at most 3600`);
  return n * 1000;
}

function isLoopback(host: string): boolean {
  return host === 'localhost' || host === '::1' || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** Runs until SIGTERM or SIGINT; resolves with the exit code. */
export async function runServe(opts: ServeOptions): Promise<number> {
  const port = whole(opts.port, '--port', 0, 65535, 8080);
  const host = opts.host ?? '127.0.0.1';
  const workers = opts.jobs === undefined ? undefined : whole(opts.jobs, '--jobs', 1, 256, 1);
  const maxQueue = opts.queue === undefined ? undefined : whole(opts.queue, '--queue', 0, 100_000, 0);
  const timeoutMs = opts.timeout === undefined ? undefined : seconds(opts.timeout);
  const pool = new ConversionPool({ workers, maxQueue, timeoutMs });
  const app = buildApp({ pool, allowedHosts: isLoopback(host) ? [...new Set(['127.0.0.1', 'localhost', '::1', host])] : undefined });
  try {
    await app.fastify.listen({ port, host });
  } catch (err) {
    await pool.close();
    throw new ServeUsageError(`cannot listen on ${host}:${port}: ${(err as Error).message}`);
  }
  const address = app.fastify.server.address();
  const bound = typeof address === 'object' && address ? address.port : port;
  const shown = host.includes(':') ? `[${host}]` : host;
  process.stderr.write(`kamerbrief serve: listening on http://${shown}:${bound}/ (${pool.workers} worker${pool.workers === 1 ? '' : 's'})\n`);
  if (!isLoopback(host)) process.stderr.write(`kamerbrief serve: --host ${host} serves other machines too; it has no login of its own\n`);

  return new Promise<number>((resolve) => {
    let stopping = false;
    // A second signal while stopping changes nothing: the requests in flight still finish.
    const stop = async (signal: string) => {
      if (stopping) return;
      stopping = true;
      process.stderr.write(`kamerbrief serve: ${signal}: finishing ${app.inFlight()} request${app.inFlight() === 1 ? '' : 's'} in flight, refusing new ones\n`);
      await app.drain();
      await app.fastify.close();
      await pool.close();
      process.stderr.write('kamerbrief serve: stopped\n');
      resolve(0);
    };
    process.on('SIGTERM', () => void stop('SIGTERM'));
    process.on('SIGINT', () => void stop('SIGINT'));
  });
}
