/**
 * The conversion pool of `kamerbrief serve`: worker threads (piscina, as batch conversion
 * uses), a bounded queue in front of them, and a time limit on every task.
 */
import * as os from 'node:os';
import * as path from 'node:path';
import { Piscina } from 'piscina';
import type { ConvertResult, ConvertUploadTask, InspectResult, UploadRefusal, UploadTask } from './task';

export interface PoolOptions {
  /** Worker threads (default: one per core). */
  workers?: number;
  /** Tasks that may wait for a worker; one more is refused with QueueFullError. */
  maxQueue?: number;
  /** A task still running after this long is stopped (its worker is replaced). */
  timeoutMs?: number;
}

/** The queue is full: the caller should come back later (503 with Retry-After). */
export class QueueFullError extends Error {}
/** The task ran out of time and was stopped. */
export class TaskTimeoutError extends Error {}

export class ConversionPool {
  private readonly pool: Piscina;
  readonly workers: number;
  readonly maxQueue: number;
  readonly timeoutMs: number;

  constructor(options: PoolOptions = {}) {
    this.workers = options.workers ?? Math.max(1, os.availableParallelism());
    this.maxQueue = options.maxQueue ?? this.workers * 16;
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.pool = new Piscina({
      filename: path.join(__dirname, 'worker.js'),
      minThreads: this.workers,
      maxThreads: this.workers,
      // The server's own queue bound (below) is the one that answers; piscina's never fills.
      maxQueue: this.maxQueue + this.workers * 2,
      concurrentTasksPerWorker: 1,
      idleTimeout: Number.MAX_SAFE_INTEGER,
    });
  }

  /** Tasks waiting for a worker. */
  get queued(): number {
    return this.pool.queueSize;
  }

  inspect(task: UploadTask): Promise<InspectResult | UploadRefusal> {
    return this.run('inspectUpload', task);
  }

  convert(task: ConvertUploadTask): Promise<ConvertResult | UploadRefusal> {
    return this.run('convertUpload', task);
  }

  private async run<T>(name: string, task: UploadTask): Promise<T> {
    if (this.pool.queueSize >= this.maxQueue) throw new QueueFullError(`all ${this.workers} workers are busy and ${this.maxQueue} conversions are waiting`);
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, this.timeoutMs);
    try {
      return (await this.pool.run(task, { name, signal: controller.signal })) as T;
    } catch (err) {
      if (timedOut) throw new TaskTimeoutError(`the conversion took longer than ${this.timeoutMs / 1000} s and was stopped`);
      throw err;
    } finally {
      clearTimeout(timer);
    }
  }

  close(): Promise<void> {
    return this.pool.destroy();
  }
}
