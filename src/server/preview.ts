/**
 * Pages of a written PDF or DOCX as PNG images, for the page's preview: poppler's pdftoppm
 * draws the PDF; a DOCX is first turned into PDF by LibreOffice, as Word would print it.
 * Both tools are optional: without them the preview says which one to install. The bytes
 * go to a private temporary directory (mode 0700) that is removed afterwards.
 */
import { execFile } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export class PreviewUnavailableError extends Error {}

/** Pages drawn at most, and their resolution: enough to see the layout. */
const MAX_PAGES = 6;
const DPI = 60;
const TOOL_TIMEOUT_MS = 60_000;

/** One LibreOffice at a time: it shares a profile lock and two cores. */
let office: Promise<unknown> = Promise.resolve();

export async function previewPages(format: 'pdf' | 'docx', data: Uint8Array): Promise<string[]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kamerbrief-preview-'));
  try {
    fs.chmodSync(dir, 0o700);
    let pdf = path.join(dir, 'letter.pdf');
    if (format === 'docx') {
      fs.writeFileSync(path.join(dir, 'letter.docx'), data, { mode: 0o600 });
      const run = office.then(() => docxToPdf(dir));
      office = run.catch(() => undefined);
      pdf = await run;
    } else fs.writeFileSync(pdf, data, { mode: 0o600 });
    await tool('pdftoppm', ['-png', '-r', String(DPI), '-f', '1', '-l', String(MAX_PAGES), pdf, path.join(dir, 'page')], 'poppler-utils');
    return fs
      .readdirSync(dir)
      .filter((f) => /^page-\d+\.png$/.test(f))
      .sort((a, b) => Number(/\d+/.exec(a)![0]) - Number(/\d+/.exec(b)![0]))
      .map((f) => `data:image/png;base64,${fs.readFileSync(path.join(dir, f)).toString('base64')}`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function docxToPdf(dir: string): Promise<string> {
  const profile = `file://${path.join(dir, 'profile')}`;
  await tool('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', dir, path.join(dir, 'letter.docx')], 'libreoffice-writer');
  const pdf = path.join(dir, 'letter.pdf');
  if (!fs.existsSync(pdf)) throw new PreviewUnavailableError('LibreOffice did not turn the DOCX into a PDF for its preview');
  return pdf;
}

function tool(command: string, args: string[], debianPackage: string): Promise<void> {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: TOOL_TIMEOUT_MS, maxBuffer: 1024 * 1024 }, (err) => {
      if (!err) return resolve();
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return reject(new PreviewUnavailableError(`a preview needs ${command} (Debian package ${debianPackage}), which is not installed`));
      reject(new PreviewUnavailableError(`${command} could not draw the pages: ${err.message.split('\n')[0]}`));
    });
  });
}
