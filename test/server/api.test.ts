/**
 * The JSON API over HTTP on loopback, against a started `kamerbrief serve` (the built CLI):
 * what it reads from real letters, what it writes (byte for byte what the CLI writes), the
 * metadata fields, bad requests while another conversion is in flight, the queue bound, the
 * time limit and the shutdown on SIGTERM.
 */
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { unzipSync, zipSync } from 'fflate';
import { runCli } from '../support/cli';
import { ROOT, SAMPLES_DIR, SOURCE_LETTER } from '../support/samples';
import { tempDir } from '../support/temp';
import { form, startServer, type Started } from './server';

const CORPUS = path.join(ROOT, '..', 'shared', 'corpus');
const SEED_MD = path.join(SAMPLES_DIR, `${SOURCE_LETTER}.md`);
const seed = () => fs.readFileSync(SEED_MD);
const manifest = JSON.parse(fs.readFileSync(path.join(CORPUS, 'manifest.json'), 'utf8')) as { file: string; questionCount: number; answerCount: number; footnoteCount: number; date: string }[];
const AANHANGSEL = '01-tk-ah-2367-fin-rekeninggluren.txt';

interface Json {
  [key: string]: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

async function post(server: Started, route: string, body: FormData): Promise<{ status: number; headers: Headers; json: Json }> {
  const response = await fetch(server.url + route, { method: 'POST', body });
  return { status: response.status, headers: response.headers, json: (await response.json()) as Json };
}

describe('kamerbrief serve: the JSON API', () => {
  let server: Started;
  // The server's temporary directory, to see that the preview leaves nothing in it.
  const tmp = tempDir('kb-serve-tmp-');
  beforeAll(async () => {
    server = await startServer(['--jobs', '2'], { TMPDIR: tmp });
  }, 30_000);
  afterAll(async () => {
    expect(await server.stop()).toBe(0);
  });

  it('binds to loopback by default and says where', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('answers health, formats and its OpenAPI document', async () => {
    const health = (await (await fetch(`${server.url}/api/health`)).json()) as Json;
    expect(health).toMatchObject({ status: 'ok', workers: 2, queued: 0 });
    const formats = (await (await fetch(`${server.url}/api/formats`)).json()) as Json;
    expect(formats.inputs).toEqual(['json', 'md', 'text', 'akn', 'op', 'docx', 'pdf']);
    expect(formats.outputs.find((f: Json) => f.name === 'op').extensions).toEqual(['.op.xml', '.metadata.xml']);
    const openapi = (await (await fetch(`${server.url}/api/openapi.json`)).json()) as Json;
    expect(openapi.openapi).toBe('3.1.0');
    expect(Object.keys(openapi.paths)).toEqual(expect.arrayContaining(['/api/inspect', '/api/convert', '/api/formats', '/api/health']));
  });

  it('serves the page with a strict CSP and no inline script', async () => {
    const response = await fetch(`${server.url}/`);
    const html = await response.text();
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
    expect(response.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(html).toContain('<script src="/page.js" defer></script>');
    expect(html.match(/<script\b[^>]*>/g)).toEqual(['<script src="/page.js" defer>']);
    expect(html).not.toMatch(/\son[a-z]+=/);
    expect((await fetch(`${server.url}/page.js`)).headers.get('content-type')).toMatch(/javascript/);
  });

  it('no request path reaches the file system', async () => {
    for (const route of ['/package.json', '/../package.json', '/%2e%2e/package.json', '/web/index.html', '/dist/web/page.js', '/page.js/../../package.json']) {
      const response = await fetch(server.url + route);
      expect([route, response.status]).toEqual([route, 404]);
      expect(((await response.json()) as Json).error).toContain('no such page');
    }
  });

  it('answers only to loopback names, and refuses a form posted by another site', async () => {
    const get = (host: string) =>
      new Promise<{ status: number; body: string }>((resolve, reject) => {
        const request = http.get(`${server.url}/api/health`, { headers: { host } }, (response) => {
          let body = '';
          response.on('data', (c) => (body += c));
          response.on('end', () => resolve({ status: response.statusCode!, body }));
        });
        request.on('error', reject);
      });
    const port = new URL(server.url).port;
    expect((await get(`localhost:${port}`)).status).toBe(200);
    expect((await get(`127.0.0.1:${port}`)).status).toBe(200);
    const rebound = await get(`kwaadaardig.example:${port}`);
    expect(rebound.status).toBe(403);
    expect(JSON.parse(rebound.body).error).toBe('this server answers to 127.0.0.1, localhost, ::1, not to the host "kwaadaardig.example"');
    const crossSite = await fetch(`${server.url}/api/convert?to=md`, { method: 'POST', headers: { origin: 'https://kwaadaardig.example' }, body: form('brief.md', seed()) });
    expect(crossSite.status).toBe(403);
    expect(((await crossSite.json()) as Json).error).toBe('a request from the page of another site (https://kwaadaardig.example) is refused');
    const sameSite = await fetch(`${server.url}/api/convert?to=md`, { method: 'POST', headers: { origin: server.url }, body: form('../../Brief Financiën.md', seed()) });
    expect(sameSite.status).toBe(200);
    expect(sameSite.headers.get('content-disposition')).toBe('attachment; filename="Brief-Financien.md"');
  });

  it('inspects a corpus letter: the counts a person read off it, the source lines marked', async () => {
    const entry = manifest.find((m) => m.file === AANHANGSEL)!;
    const r = await post(server, '/api/inspect', form(AANHANGSEL, fs.readFileSync(path.join(CORPUS, AANHANGSEL))));
    expect(r.status).toBe(200);
    expect(r.json.format).toBe('text');
    expect(r.json.summary.questions).toHaveLength(entry.questionCount);
    expect(r.json.summary.answers).toHaveLength(entry.answerCount);
    expect(r.json.summary.footnotes).toBe(entry.footnoteCount);
    expect(r.json.summary.metadata.date).toBe(entry.date);
    const lines = r.json.source as Json[];
    expect(lines.length).toBe(fs.readFileSync(path.join(CORPUS, AANHANGSEL), 'utf8').split('\n').length);
    const roles = new Set(lines.map((l) => l.role));
    for (const role of ['question', 'answer', 'note', 'furniture']) expect(roles).toContain(role);
    // A page number dropped is struck; the paragraph continued after the page break is marked.
    const pageNumber = r.json.diagnostics.find((d: Json) => /dropped \(page number\)/.test(d.message));
    expect(lines[pageNumber.line - 1].role).toBe('furniture');
    const join = r.json.diagnostics.find((d: Json) => /joined/.test(d.message));
    expect(lines[join.line - 1].joined).toBe(true);
    // Every diagnostic with a line is linked from that line.
    r.json.diagnostics.forEach((d: Json, k: number) => {
      if (d.line !== undefined) expect(lines[d.line - 1].diagnostics).toContain(k);
    });
  });

  it('gives the same diagnostics as the CLI', async () => {
    const r = await post(server, '/api/inspect', form(AANHANGSEL, fs.readFileSync(path.join(CORPUS, AANHANGSEL))));
    const cli = runCli(['inspect', path.join(CORPUS, AANHANGSEL), '--json']);
    expect(r.json.diagnostics).toEqual(JSON.parse(cli.stdout).diagnostics);
    expect(r.json.summary).toEqual(JSON.parse(cli.stdout));
  });

  it('converts to one format: the file the CLI writes, byte for byte', async () => {
    const out = tempDir('kb-serve-');
    expect(runCli(['convert', SEED_MD, '--to', 'docx', '--out', out]).status).toBe(0);
    const response = await fetch(`${server.url}/api/convert?to=docx`, { method: 'POST', body: form(`${SOURCE_LETTER}.md`, seed()) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="${SOURCE_LETTER}.docx"`);
    expect(Buffer.from(await response.arrayBuffer()).equals(fs.readFileSync(path.join(out, `${SOURCE_LETTER}.docx`)))).toBe(true);
  });

  it('converts to several formats as one ZIP with the diagnostics beside them', async () => {
    const response = await fetch(`${server.url}/api/convert?to=md,op`, { method: 'POST', body: form(`${SOURCE_LETTER}.md`, seed()) });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
    expect(Object.keys(files).sort()).toEqual(['diagnostics.json', `${SOURCE_LETTER}.md`, `${SOURCE_LETTER}.metadata.xml`, `${SOURCE_LETTER}.op.xml`]);
    expect(new TextDecoder().decode(files[`${SOURCE_LETTER}.md`])).toContain('Antwoord op vraag 1');
  });

  it('fills in metadata from the form, checked as --metadata checks it', async () => {
    // A letter dated before its questions were submitted: the date filled in corrects it.
    const wrong = seed().toString('utf8').replace(/18 juni 2026/g, '18 april 2026');
    const before = await post(server, '/api/inspect', form('brief.md', wrong));
    expect(before.json.summary.metadata.date).toBe('2026-04-18');
    expect(before.json.diagnostics.filter((d: Json) => d.severity === 'warning').map((d: Json) => d.pointer)).toEqual(['/inquiry/submitted']);
    const after = await post(server, '/api/inspect', form('brief.md', wrong, { date: '18 juni 2026', chamber: 'tweede-kamer' }));
    expect(after.json.summary.metadata.date).toBe('2026-06-18');
    expect(after.json.summary.metadata.chamber).toBe('tweede-kamer');
    expect(after.json.diagnostics.filter((d: Json) => d.severity !== 'info')).toEqual([]);
    expect(after.json.diagnostics).toContainEqual({ severity: 'info', pointer: '/metadata/date', message: 'date set to "2026-06-18" from the metadata given (the letter had "2026-04-18")' });
    const bad = await post(server, '/api/inspect', form('brief.md', wrong, { date: '31 juni 2026' }));
    expect(bad.status).toBe(400);
    expect(bad.json.error).toBe('"date=31 juni 2026": date must be a real date, as 2024-07-25 or 25 juli 2024');
  });

  it('draws the DOCX pages as PNG images, in a temporary directory it removes', async () => {
    const r = await post(server, '/api/preview?format=docx', form(`${SOURCE_LETTER}.md`, seed()));
    expect(r.status).toBe(200);
    expect(r.json.pages.length).toBeGreaterThan(1);
    for (const page of r.json.pages) expect(Buffer.from(page.replace(/^data:image\/png;base64,/, ''), 'base64').subarray(1, 4).toString()).toBe('PNG');
    expect(fs.readdirSync(tmp)).toEqual([]);
    const odd = await post(server, '/api/preview?format=odt', form(`${SOURCE_LETTER}.md`, seed()));
    expect([odd.status, odd.json.error]).toEqual([400, 'format=odt: a preview is of pdf or docx']);
  }, 60_000);

  it('answers a letter it cannot read with 422 and the diagnostics that say why', async () => {
    const r = await post(server, '/api/convert?to=docx', form('leeg.md', 'Een regel zonder brief.\n'));
    expect(r.status).toBe(422);
    expect(r.json.error).toMatch(/not an answer letter: no questions or answers found/);
    expect(r.json.diagnostics.some((d: Json) => d.severity === 'error')).toBe(true);
  });

  it('answers bad requests with clear JSON 4xx errors while another conversion is in flight, and goes on serving', async () => {
    const word = path.join(CORPUS, 'docx', '05-tk-brief-jenv-politiehonden.docx');
    const inFlight = fetch(`${server.url}/api/convert?to=pdf,docx`, { method: 'POST', body: form(path.basename(word), fs.readFileSync(word)) });
    let settled = false;
    void inFlight.then(() => (settled = true));
    const bomb = zipSync({ '[Content_Types].xml': new TextEncoder().encode('<Types/>'), 'word/document.xml': new Uint8Array(40 * 1024 * 1024).fill(32) }, { level: 9 });
    const xxe = `<?xml version="1.0"?>\n<!DOCTYPE akomaNtoso [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n<akomaNtoso xmlns="http://docs.oasis-open.org/legaldocml/ns/akn/3.0"><doc name="x"><mainBody><p>&xxe;</p></mainBody></doc></akomaNtoso>`;
    const noFile = new FormData();
    noFile.append('date', '2024-01-01');
    const cases: [string, () => Promise<Response>, number, RegExp][] = [
      ['no file', () => fetch(`${server.url}/api/inspect`, { method: 'POST', body: noFile }), 400, /no file/],
      ['a 100 MB body', () => fetch(`${server.url}/api/inspect`, { method: 'POST', body: form('groot.md', new Uint8Array(100 * 1024 * 1024).fill(97)) }), 413, /larger than the limit of 32 MB/],
      ['an unknown format', () => fetch(`${server.url}/api/convert?to=odt`, { method: 'POST', body: form('brief.md', seed()) }), 400, /unknown output format "odt"/],
      ['a name that tells no format', () => fetch(`${server.url}/api/inspect`, { method: 'POST', body: form('brief.odt', seed()) }), 400, /brief\.odt: cannot tell the format/],
      ['a zip bomb', () => fetch(`${server.url}/api/inspect`, { method: 'POST', body: form('bom.docx', bomb) }), 422, /zip bomb/],
      ['an external entity', () => fetch(`${server.url}/api/inspect`, { method: 'POST', body: form('xxe.akn.xml', xxe) }), 422, /./],
      ['not multipart', () => fetch(`${server.url}/api/inspect`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }), 415, /multipart\/form-data/],
    ];
    for (const [what, send, status, message] of cases) {
      const response = await send();
      if (what === 'no file') expect(settled).toBe(false);
      const body = (await response.json()) as Json;
      expect([what, response.status, response.headers.get('content-type')]).toEqual([what, status, 'application/json; charset=utf-8']);
      expect(body.error).toMatch(message);
      expect(JSON.stringify(body)).not.toMatch(/root:x:0:0|at .*\.js:\d+/);
    }
    const done = await inFlight;
    expect(done.status).toBe(200);
    expect(Object.keys(unzipSync(new Uint8Array(await done.arrayBuffer())))).toHaveLength(3);
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  }, 60_000);
});

describe('kamerbrief serve: the limits', () => {
  it('answers 503 with Retry-After when the queue is full, and serves the rest', async () => {
    const server = await startServer(['--jobs', '1', '--queue', '1']);
    try {
      const sends = Array.from({ length: 6 }, () => fetch(`${server.url}/api/convert?to=pdf`, { method: 'POST', body: form('brief.md', seed()) }));
      const responses = await Promise.all(sends);
      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s === 503).length).toBeGreaterThan(0);
      expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(2);
      const busy = responses.find((r) => r.status === 503)!;
      expect(busy.headers.get('retry-after')).toBe('1');
      expect(((await busy.json()) as Json).error).toMatch(/^busy: all 1 workers are busy and 1 conversions are waiting/);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  }, 60_000);

  it('stops a conversion past the time limit and goes on serving', async () => {
    const server = await startServer(['--jobs', '1', '--timeout', '0.001']);
    try {
      const r = await post(server, '/api/convert?to=pdf', form('brief.md', seed()));
      expect(r.status).toBe(503);
      expect(r.json.error).toBe('the conversion took longer than 0.001 s and was stopped');
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    } finally {
      expect(await server.stop()).toBe(0);
    }
  }, 30_000);

  it('on SIGTERM finishes the request in flight, answers new ones 503, and ends with 0', async () => {
    const server = await startServer(['--jobs', '1']);
    const word = path.join(CORPUS, 'docx', '05-tk-brief-jenv-politiehonden.docx');
    const inFlight = fetch(`${server.url}/api/convert?to=pdf`, { method: 'POST', body: form(path.basename(word), fs.readFileSync(word)) });
    // Once the server is answering it (the health request counts itself too), the signal comes.
    while ((((await (await fetch(`${server.url}/api/health`)).json()) as Json).inFlight as number) < 2) await new Promise((r) => setTimeout(r, 10));
    server.process.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 50));
    const refused = await fetch(`${server.url}/api/health`);
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('5');
    expect(((await refused.json()) as Json).error).toBe('the server is shutting down; try again shortly');
    const done = await inFlight;
    expect(done.status).toBe(200);
    expect(Buffer.from(await done.arrayBuffer()).subarray(0, 5).toString()).toBe('%PDF-');
    expect(await server.stop()).toBe(0);
    expect(server.stderr()).toMatch(/SIGTERM: finishing 1 request in flight/);
  }, 60_000);
});
