/**
 * Stage 1 for scanned pages. In: the PDF's bytes and the numbers of the pages that have no
 * words in their text layer. Out: those pages' words as glyph runs, as tesseract saw them:
 * each page is rendered at 300 dpi by pdftoppm, and tesseract (language nld) gives every
 * word and letter with its box (hOCR), from which baselines, sizes and raised marks follow. The rest of the layout
 * reader treats them as it treats a text layer.
 *
 * The two programs are optional: without them a scanned page gets an error that names the
 * page and the Debian packages to install. The page images live in a private temporary
 * directory that is removed afterwards; the bytes are never written anywhere else.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { GlyphRun, PageGlyphs } from './glyphs';
import { PdfReadError } from './glyphs';

export type OcrMode = 'auto' | 'never' | 'always';

const DPI = 300;
const POINTS_PER_PIXEL = 72 / DPI;
/** A page that takes longer than this in tesseract is not a letter's page. */
const OCR_TIMEOUT_MS = 180_000;
const INSTALL = 'install the Debian packages tesseract-ocr, tesseract-ocr-nld and poppler-utils';

/**
 * The program's file on PATH as the environment says it now (the spawn's own look-up may use
 * the PATH the process started with).
 */
function onPath(program: string): string | undefined {
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    if (!dir) continue;
    const file = path.join(dir, program);
    try {
      fs.accessSync(file, fs.constants.X_OK);
      if (fs.statSync(file).isFile()) return file;
    } catch {
      // not here
    }
  }
  return undefined;
}

/** Why OCR cannot run here, or undefined when tesseract (with Dutch) and pdftoppm are on PATH. */
export function ocrUnavailable(): string | undefined {
  const tesseractFile = onPath('tesseract');
  if (!tesseractFile) return `tesseract is not installed (${INSTALL})`;
  const tesseract = spawnSync(tesseractFile, ['--list-langs'], { encoding: 'utf8', timeout: 10_000 });
  if (tesseract.error || tesseract.status !== 0) return `tesseract does not run (${INSTALL})`;
  if (!/^nld$/m.test(`${tesseract.stdout}\n${tesseract.stderr}`)) return 'tesseract has no Dutch language data (install the Debian package tesseract-ocr-nld)';
  if (!onPath('pdftoppm')) return `pdftoppm is not installed (${INSTALL})`;
  return undefined;
}

/** The words of the given pages, read by OCR. Throws PdfReadError naming the page. */
export function ocrPages(bytes: Uint8Array, pages: PageGlyphs[], onPage?: (page: number, done: number, all: number) => void): PageGlyphs[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kamerbrief-ocr-'));
  try {
    fs.chmodSync(dir, 0o700);
    const pdf = path.join(dir, 'in.pdf');
    fs.writeFileSync(pdf, bytes, { mode: 0o600 });
    return pages.map((page, k) => {
      onPage?.(page.number, k, pages.length);
      const image = path.join(dir, `page-${page.number}`);
      const render = spawnSync(onPath('pdftoppm') ?? 'pdftoppm', ['-r', String(DPI), '-f', String(page.number), '-l', String(page.number), '-png', '-singlefile', pdf, image], { timeout: OCR_TIMEOUT_MS });
      if (render.error || render.status !== 0) throw new PdfReadError(`page ${page.number} could not be rendered for OCR (pdftoppm: ${String(render.stderr ?? render.error).trim().split('\n')[0]})`, page.number);
      const ocr = spawnSync(onPath('tesseract') ?? 'tesseract', [`${image}.png`, '-', '-l', 'nld', '-c', 'hocr_char_boxes=1', 'hocr'], { encoding: 'utf8', timeout: OCR_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 });
      if (ocr.error || ocr.status !== 0) throw new PdfReadError(`page ${page.number} could not be read by OCR (tesseract: ${String(ocr.stderr ?? ocr.error).trim().split('\n')[0]})`, page.number);
      fs.rmSync(`${image}.png`, { force: true });
      return { ...page, runs: runsFromHocr(ocr.stdout, page.height), ocr: true };
    });
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

interface Char extends Box {
  text: string;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };
const decode = (t: string) => t.replace(/&(amp|lt|gt|quot|apos|#39);/g, (_m, e: string) => ENTITIES[e]).replace(/&#(\d+);/g, (_m, n: string) => String.fromCodePoint(Number(n)));
const box = (title: string): Box | undefined => {
  const m = /bbox (\d+) (\d+) (\d+) (\d+)/.exec(title);
  return m ? { x1: Number(m[1]), y1: Number(m[2]), x2: Number(m[3]), y2: Number(m[4]) } : undefined;
};
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

/**
 * tesseract's hOCR as runs. Each line gives its baseline and text size (x_size); its words are
 * runs on that baseline. Letters at a word's end that stand clearly above the baseline and
 * are smaller than the line's letters ("(KOZP)?¹", which OCR reads as "?'") are a raised run of
 * their own, as a text layer would have them; what they say is left to the note pairing.
 */
export function runsFromHocr(hocr: string, pageHeight: number): GlyphRun[] {
  const runs: GlyphRun[] = [];
  const lineStarts = [...hocr.matchAll(/<span class='ocr_(?:line|header|caption|textfloat)'[^>]*title="([^"]*)"/g)];
  lineStarts.forEach((start, k) => {
    const end = k + 1 < lineStarts.length ? lineStarts[k + 1].index! : hocr.length;
    const body = hocr.slice(start.index!, end);
    const lineBox = box(start[1]);
    if (!lineBox) return;
    const base = /baseline (-?[\d.]+) (-?[\d.]+)/.exec(start[1]);
    const slope = base ? Number(base[1]) : 0;
    const offset = base ? Number(base[2]) : 0;
    const xSize = Number(/x_size ([\d.]+)/.exec(start[1])?.[1] ?? lineBox.y2 - lineBox.y1);
    const baselineAt = (x: number) => lineBox.y2 + offset + slope * (x - lineBox.x1);
    const words = body.split("<span class='ocrx_word'").slice(1).map((w) => [...w.matchAll(/x_bboxes (\d+) (\d+) (\d+) (\d+)[^>]*>([^<]*)<\/span>/g)].map((m): Char => ({ x1: Number(m[1]), y1: Number(m[2]), x2: Number(m[3]), y2: Number(m[4]), text: decode(m[5]) })));
    const heights = words.flat().filter((c) => /\p{L}/u.test(c.text)).map((c) => c.y2 - c.y1);
    const letterHeight = median(heights) || xSize * 0.5;
    const size = xSize * POINTS_PER_PIXEL;
    // Standing clear of the baseline and no taller than a letter: a raised mark (a quote that
    // stands as high is no digit, and the note pairing takes only digit-like marks).
    const raised = (c: Char) => baselineAt(c.x1) - c.y2 > 0.35 * letterHeight && c.y2 - c.y1 < 1.2 * letterHeight;
    for (const chars of words) {
      if (chars.length === 0) continue;
      let cut = chars.length;
      while (cut > 0 && raised(chars[cut - 1]) && /^[\d!'’?°®“”*™]$/u.test(chars[cut - 1].text)) cut--;
      const main = chars.slice(0, cut);
      const tail = chars.slice(cut);
      if (main.length > 0) {
        runs.push({ text: main.map((c) => c.text).join(''), x: main[0].x1 * POINTS_PER_PIXEL, y: pageHeight - baselineAt(main[0].x1) * POINTS_PER_PIXEL, width: (main[main.length - 1].x2 - main[0].x1) * POINTS_PER_PIXEL, size, bold: false, italic: false });
      }
      if (tail.length > 0) {
        const bottom = Math.max(...tail.map((c) => c.y2));
        const top = Math.min(...tail.map((c) => c.y1));
        runs.push({ text: tail.map((c) => c.text).join(''), x: tail[0].x1 * POINTS_PER_PIXEL, y: pageHeight - bottom * POINTS_PER_PIXEL, width: (tail[tail.length - 1].x2 - tail[0].x1) * POINTS_PER_PIXEL, size: ((bottom - top) / 0.7) * POINTS_PER_PIXEL, bold: false, italic: false });
      }
    }
  });
  return runs;
}
