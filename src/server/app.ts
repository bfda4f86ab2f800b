/**
 * The HTTP application of `kamerbrief serve`: the page and its assets (from memory, read
 * from the package at start), the JSON API, the limits and the security headers. It opens no
 * socket itself (serve.ts does), so that the limits and routes are the same wherever it runs.
 */
import Fastify, { type FastifyInstance, type FastifyReply } from 'fastify';
import multipart from '@fastify/multipart';
import { zipSync } from 'fflate';
import { INPUT_FORMATS, OUTPUT_FORMATS, outputExtensions } from '../formats';
import { ConversionPool, QueueFullError, TaskTimeoutError } from './pool';
import { openApiDocument } from './openapi';
import { previewPages, PreviewUnavailableError } from './preview';
import { loadAssets, type Asset } from './assets';
import { downloadStem, type ConvertResult, type UploadRefusal } from './task';
import { HttpError, MAX_UPLOAD_BYTES, readUpload, targetsOf } from './upload';

export interface AppOptions {
  pool: ConversionPool;
  /** Largest request body that is not an upload (JSON, form fields). */
  bodyLimit?: number;
  uploadLimit?: number;
  /** Time to receive a whole request. */
  requestTimeoutMs?: number;
  /**
   * Host names the server answers to (the Host header, without the port); undefined: any.
   * On loopback these are the loopback names, so that a page elsewhere cannot reach the
   * server through a DNS name made to point at 127.0.0.1.
   */
  allowedHosts?: readonly string[];
}

export interface App {
  fastify: FastifyInstance;
  /** Requests being answered now. */
  inFlight(): number;
  /** From now on every new request gets 503; resolves when the last one in flight is answered. */
  drain(): Promise<void>;
}

const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; connect-src 'self'; form-action 'none'; base-uri 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
};

const MEDIA_TYPES: Record<string, string> = {
  '.json': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
};

export function buildApp(options: AppOptions): App {
  const { pool } = options;
  const fastify = Fastify({
    bodyLimit: options.bodyLimit ?? 1024 * 1024,
    requestTimeout: options.requestTimeoutMs ?? 60_000,
    logger: false,
    // No proxy is trusted: the client is the socket's peer.
    trustProxy: false,
  });
  const assets = loadAssets();
  let inFlight = 0;
  let draining = false;
  let drained: (() => void) | undefined;

  void fastify.register(multipart, {
    limits: { fileSize: options.uploadLimit ?? MAX_UPLOAD_BYTES, files: 1, fields: 8, fieldSize: 4096, parts: 10, headerPairs: 100 },
  });

  fastify.addHook('onRequest', async (request, reply) => {
    if (draining) {
      void reply.code(503).header('retry-after', '5').header('connection', 'close');
      return reply.send({ status: 503, error: 'the server is shutting down; try again shortly' });
    }
    inFlight++;
    (request as { counted?: boolean }).counted = true;
    const host = hostName(request.headers.host);
    if (options.allowedHosts && !options.allowedHosts.includes(host)) {
      return sendError(reply, 403, `this server answers to ${options.allowedHosts.join(', ')}, not to the host "${host}"`);
    }
    // Another site's page may post a form here through its visitor's browser: refused.
    const origin = request.headers.origin;
    if (request.method !== 'GET' && origin !== undefined && hostName(safeUrlHost(origin)) !== host) {
      return sendError(reply, 403, `a request from the page of another site (${origin}) is refused`);
    }
  });
  fastify.addHook('onResponse', async (request) => {
    if (!(request as { counted?: boolean }).counted) return;
    inFlight--;
    if (draining && inFlight === 0) drained?.();
  });
  fastify.addHook('onSend', async (_request, reply, payload) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) void reply.header(name, value);
    return payload;
  });

  fastify.setErrorHandler((err: Error & { statusCode?: number; code?: string }, _request, reply) => {
    if (err instanceof HttpError) return sendError(reply, err.status, err.message, err.headers);
    if (err instanceof QueueFullError) return sendError(reply, 503, `busy: ${err.message}; try again shortly`, { 'retry-after': '1' });
    if (err instanceof TaskTimeoutError) return sendError(reply, 503, err.message);
    if (err.code === 'FST_REQ_FILE_TOO_LARGE' || err.statusCode === 413) return sendError(reply, 413, `the upload is larger than the limit of ${Math.round((options.uploadLimit ?? MAX_UPLOAD_BYTES) / 1048576)} MB`);
    if (typeof err.statusCode === 'number' && err.statusCode >= 400 && err.statusCode < 500) return sendError(reply, err.statusCode, err.message);
    // A fault of kamerbrief, not of the request: said without its stack, and the server goes on.
    return sendError(reply, 500, `the conversion failed in kamerbrief itself: ${err.message}`);
  });
  fastify.setNotFoundHandler((request, reply) => sendError(reply, 404, `no such page or API: ${request.method} ${request.url.split('?')[0]}`));

  for (const asset of assets) fastify.get(asset.route, async (_request, reply) => sendAsset(reply, asset));

  fastify.get('/api/health', async () => ({ status: 'ok', workers: pool.workers, queued: pool.queued, maxQueue: pool.maxQueue, inFlight }));
  fastify.get('/api/formats', async () => ({
    inputs: INPUT_FORMATS,
    outputs: OUTPUT_FORMATS.map((name) => ({ name, extensions: outputExtensions(name) })),
  }));
  fastify.get('/api/openapi.json', async () => openApiDocument());

  fastify.post('/api/inspect', async (request, reply) => {
    const upload = await readUpload(request);
    const result = refusedOr(await pool.inspect(upload));
    if (!result.letter) return reply.code(422).send({ status: 422, error: firstError(result.diagnostics) ?? 'not a letter', ...result });
    return result;
  });

  fastify.post('/api/convert', async (request, reply) => {
    const targets = targetsOf((request.query as Record<string, unknown>).to);
    const upload = await readUpload(request);
    const result = refusedOr(await pool.convert({ ...upload, targets }));
    if (result.failure !== undefined) return reply.code(422).send({ status: 422, error: result.failure, format: result.format, diagnostics: result.diagnostics });
    return sendFiles(reply, result, downloadStem(upload.name));
  });

  fastify.post('/api/preview', async (request) => {
    const format = (request.query as Record<string, unknown>).format;
    if (format !== 'pdf' && format !== 'docx') throw new HttpError(400, `format=${String(format)}: a preview is of pdf or docx`);
    const upload = await readUpload(request);
    const result = refusedOr(await pool.convert({ ...upload, targets: [format] }));
    if (result.failure !== undefined || result.files.length === 0) throw new HttpError(422, result.failure ?? 'not a letter');
    try {
      return { format, pages: await previewPages(format, result.files[0].data) };
    } catch (err) {
      if (err instanceof PreviewUnavailableError) throw new HttpError(501, err.message);
      throw err;
    }
  });

  return {
    fastify,
    inFlight: () => inFlight,
    drain: () => {
      draining = true;
      return inFlight === 0 ? Promise.resolve() : new Promise<void>((resolve) => (drained = resolve));
    },
  };
}

/** "127.0.0.1:8080" -> "127.0.0.1", "[::1]:8080" -> "::1". */
function hostName(header: string | undefined): string {
  if (!header) return '';
  const bracketed = /^\[([^\]]*)\]/.exec(header);
  return (bracketed ? bracketed[1] : header.replace(/:\d*$/, '')).toLowerCase();
}

function safeUrlHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

function refusedOr<T extends object>(result: T | UploadRefusal): T {
  if ('refused' in result) throw new HttpError(400, result.refused);
  return result;
}

function firstError(diagnostics: { severity: string; message: string }[]): string | undefined {
  return diagnostics.find((d) => d.severity === 'error')?.message;
}

function sendError(reply: FastifyReply, status: number, message: string, headers: Record<string, string> = {}): FastifyReply {
  for (const [name, value] of Object.entries(headers)) void reply.header(name, value);
  return reply.code(status).type('application/json').send({ status, error: message });
}

function sendAsset(reply: FastifyReply, asset: Asset): FastifyReply {
  return reply.type(asset.type).send(asset.body);
}

/** One file as itself; several as one ZIP, with the diagnostics beside them. */
function sendFiles(reply: FastifyReply, result: ConvertResult, stem: string): FastifyReply {
  const problems = result.diagnostics.filter((d) => d.severity !== 'info');
  // A converted letter has no errors; its warnings are counted here and listed by /api/inspect.
  void reply.header('kamerbrief-warnings', String(problems.length));
  if (result.files.length === 1) {
    const [file] = result.files;
    return reply.type(mediaType(file.name)).header('content-disposition', `attachment; filename="${file.name}"`).send(Buffer.from(file.data));
  }
  const entries: Record<string, Uint8Array> = {};
  for (const f of result.files) entries[f.name] = f.data;
  entries['diagnostics.json'] = new TextEncoder().encode(JSON.stringify(result.diagnostics, null, 2) + '\n');
  return reply.type(MEDIA_TYPES['.zip']).header('content-disposition', `attachment; filename="${stem}.zip"`).send(Buffer.from(zipSync(entries, { level: 6 })));
}

function mediaType(name: string): string {
  const ext = /\.[a-z]+$/.exec(name)?.[0] ?? '';
  return MEDIA_TYPES[ext] ?? 'application/octet-stream';
}
