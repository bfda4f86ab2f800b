/**
 * Stage 2 of the layout reader. In: a page's glyph runs. Out: its printed lines, top to
 * bottom, each cut into segments at the page's column boundaries (a left margin column, the
 * body column, a side column right of the body). A run set smaller and above (or below) a
 * line's baseline is raised (lowered) on that line: a note mark "2022⁴", a note's label at
 * the page foot, a subscript. Raised digits are written as superscript digits, which is how
 * the shared recogniser knows a note mark from a number in the text.
 */
import { superscript } from '../text/note-marks';
import type { GlyphRun, PageGlyphs } from './glyphs';

export type Column = 'left' | 'body' | 'side';

export interface Segment {
  page: number;
  column: Column;
  x: number;
  right: number;
  /** Baseline of the line's main text. */
  y: number;
  /** Font size of the line's main text (the size most of its characters have). */
  size: number;
  bold: boolean;
  italic: boolean;
  text: string;
  /** A raised number at the very start of the segment ("¹ Kamerstuk …" at a page foot), as digits. */
  leadingMark?: string;
  /** The text after that leading mark. */
  afterMark?: string;
  /** Raised numbers inside the segment, as digits, in order. */
  marks: string[];
  /**
   * The segment cut where its words leave a gap of one and a half times the size or more (a
   * table's columns, a label set apart from its value): each part's left and right edge and
   * text. One part where there is no such gap.
   */
  cells: { x: number; right: number; text: string }[];
}

/** Where the body column of the document stands: its left edge and its right edge. */
export interface BodyColumn {
  left: number;
  right: number;
  /** The size most body characters are set in. */
  size: number;
}

interface ProtoLine {
  y: number;
  size: number;
  runs: (GlyphRun & { shift?: 'raised' | 'lowered' })[];
}


/** Runs on one baseline, within a fifth of their size. Runs come sorted top to bottom. */
function protoLines(runs: GlyphRun[]): ProtoLine[] {
  const sorted = [...runs].sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: ProtoLine[] = [];
  for (const run of sorted) {
    // Only the few lines nearest above can share this baseline: look back while close.
    let home: ProtoLine | undefined;
    for (let k = lines.length - 1; k >= 0 && lines[k].y - run.y <= Math.max(lines[k].size, run.size); k--) {
      if (Math.abs(lines[k].y - run.y) <= 0.2 * Math.max(lines[k].size, run.size)) {
        home = lines[k];
        break;
      }
    }
    if (home) {
      home.runs.push(run);
      if (run.text.trim().length > 0 && run.size > home.size) home.size = run.size;
    } else lines.push({ y: run.y, size: run.text.trim() ? run.size : 0, runs: [run] });
  }
  for (const l of lines) if (l.size === 0) l.size = Math.max(...l.runs.map((r) => r.size));
  return lines;
}

/** Main size of a line: the size most of its characters have. */
function mainSize(runs: GlyphRun[]): number {
  const chars = new Map<number, number>();
  for (const r of runs) {
    const key = Math.round(r.size * 10) / 10;
    chars.set(key, (chars.get(key) ?? 0) + r.text.trim().length);
  }
  let best = 0;
  let bestCount = -1;
  for (const [size, count] of chars) if (count > bestCount || (count === bestCount && size > best)) [best, bestCount] = [size, count];
  return best;
}

/**
 * A line of smaller type standing just above (below) the baseline of the line under (over)
 * it, and within its width, is raised (lowered) text on that line.
 */
function attachShifted(lines: ProtoLine[]): ProtoLine[] {
  const out: ProtoLine[] = [];
  const absorbed = new Set<ProtoLine>();
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const small = Math.max(...l.runs.map((r) => r.size));
    const minX = Math.min(...l.runs.map((r) => r.x));
    const maxX = Math.max(...l.runs.map((r) => r.x + r.width));
    const fits = (m: ProtoLine) => {
      // A label may hang left of the text it numbers (a note number at the page foot).
      const mMin = Math.min(...m.runs.map((r) => r.x)) - 3 * m.size;
      const mMax = Math.max(...m.runs.map((r) => r.x + r.width)) + m.size;
      return small < 0.85 * m.size && minX >= mMin && maxX <= mMax;
    };
    const below = lines[i + 1];
    const above = out[out.length - 1];
    if (below && fits(below) && l.y - below.y > 0 && l.y - below.y <= 0.75 * below.size) {
      below.runs.push(...l.runs.map((r) => ({ ...r, shift: 'raised' as const })));
      absorbed.add(l);
      continue;
    }
    if (above && !absorbed.has(above) && fits(above) && above.y - l.y > 0 && above.y - l.y <= 0.45 * above.size) {
      above.runs.push(...l.runs.map((r) => ({ ...r, shift: 'lowered' as const })));
      continue;
    }
    out.push(l);
  }
  return out;
}

/** A page's printed lines: its runs on their baselines, raised and lowered runs on the line they belong to. */
export type PrintedLine = ProtoLine;

export function printedLines(page: PageGlyphs): PrintedLine[] {
  return attachShifted(protoLines(page.runs));
}

/**
 * Finds the body column from the printed lines of every page: the left edge most text starts
 * at, and how far that text reaches (`pageWidth` where no line says).
 */
export function findBodyColumn(lines: PrintedLine[], pageWidth: number): BodyColumn {
  const starts = new Map<number, number>();
  const sizes = new Map<number, number>();
  for (const l of lines) {
    const runs = l.runs.filter((r) => r.text.trim());
    if (runs.length === 0) continue;
    const chars = runs.reduce((n, r) => n + r.text.length, 0);
    const x = Math.round(Math.min(...runs.map((r) => r.x)));
    starts.set(x, (starts.get(x) ?? 0) + chars);
    const s = Math.round(mainSize(runs) * 2) / 2;
    sizes.set(s, (sizes.get(s) ?? 0) + chars);
  }
  const mode = (m: Map<number, number>) => [...m.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0]?.[0] ?? 0;
  // Lines start at the body's edge give or take a point (justified text, kerning).
  const leftMode = mode(starts);
  const size = mode(sizes);
  const ends: number[] = [];
  for (const l of lines) {
    const runs = l.runs.filter((r) => r.text.trim() && !('shift' in r && r.shift)).sort((a, b) => a.x - b.x);
    if (runs.length === 0) continue;
    if (Math.abs(runs[0].x - leftMode) > 2) continue;
    if (Math.abs(mainSize(runs) - size) > 0.6) continue;
    // The line ends where its words stop: a wide gap leads to another column on the same baseline.
    let end = runs[0].x + runs[0].width;
    for (const r of runs.slice(1)) {
      if (r.x - end >= size) break;
      end = Math.max(end, r.x + r.width);
    }
    ends.push(end);
  }
  ends.sort((a, b) => a - b);
  const right = ends.length ? ends[Math.min(ends.length - 1, Math.floor(ends.length * 0.98))] : pageWidth;
  return { left: leftMode - 2, right, size };
}

/** The page's printed lines as segments, top to bottom, left to right. */
export function pageSegments(page: PageGlyphs, lines: PrintedLine[], body: BodyColumn): Segment[] {
  const out: Segment[] = [];
  for (const line of lines) {
    const runs = [...line.runs].sort((a, b) => a.x - b.x);
    const size = mainSize(runs.filter((r) => !r.shift));
    // Column boundaries: a gap that straddles the body's left edge or its right edge.
    const groups: (typeof runs)[] = [];
    let end = -Infinity;
    for (const r of runs) {
      const blank = r.text.trim() === '';
      const current = groups[groups.length - 1];
      const gap = r.x - end;
      const crossesLeft = end < body.left && r.x >= body.left;
      const crossesRight = end <= body.right + 1 && r.x > body.right - 1;
      if (!current || (!blank && gap >= size && (crossesLeft || crossesRight))) groups.push([r]);
      else current.push(r);
      if (!blank) end = Math.max(end, r.x + r.width);
    }
    for (const g of groups) {
      const seg = segmentOf(page.number, g, line.y, size || line.size, body, page.ocr === true);
      if (seg) out.push(seg);
    }
  }
  return out;
}

/** A raised mark OCR read as something other than digits ("'", "?", "®"): its number is decided by the note pairing. */
export const UNREAD_MARK = /\uE000([^\uE001]*)\uE001/gu;
/** The label of a note whose number OCR did not read as digits. */
export const UNREAD_LABEL = '?';

/**
 * One segment's text, raised digits written as superscript digits. On an OCR'd page a raised
 * mark may be read as another character ("?'", "®"); it is kept between private-use brackets
 * (UNREAD_MARK) until the note pairing decides its number from the order of the notes.
 */
function segmentOf(page: number, runs: ProtoLine['runs'], y: number, size: number, body: BodyColumn, ocr: boolean): Segment | undefined {
  const inked = runs.filter((r) => r.text.trim());
  if (inked.length === 0) return undefined;
  let text = '';
  let end = -Infinity;
  const marks: string[] = [];
  let leadingMark: string | undefined;
  // A raised mark's run may carry the space that follows it ("1 " before "Wat is …").
  let spaceAfterMark = false;
  for (const r of runs) {
    const raisedDigits = r.shift === 'raised' && /^\s*\d{1,3}\s*$/.test(r.text);
    // What OCR reads small raised digits as (the stand-ins the text stages know too); never a hyphen.
    const unread = !raisedDigits && ocr && r.shift === 'raised' && /^\s*[!'’?°®“”*™]{1,2}\s*$/u.test(r.text);
    const isMark = raisedDigits || unread;
    const piece = isMark ? r.text.trim() : r.text;
    if (isMark && text.trim() === '') {
      leadingMark = raisedDigits ? piece : UNREAD_LABEL;
      end = r.x + r.width;
      continue;
    }
    const gap = r.x - end;
    const needsSpace = text !== '' && !/\s$/.test(text) && !/^\s/.test(piece) && !isMark && r.shift === undefined && (gap > 0.15 * size || spaceAfterMark);
    spaceAfterMark = isMark && /\s$/.test(r.text);
    if (needsSpace) text += ' ';
    if (raisedDigits) {
      marks.push(piece);
      text = text.replace(/\s+$/, '') + superscript(piece);
    } else if (unread) {
      marks.push(UNREAD_LABEL);
      text = text.replace(/\s+$/, '') + `\uE000${piece}\uE001`;
    } else text += piece;
    if (r.text.trim()) end = r.x + r.width;
  }
  const clean = text.replace(/\s+/g, ' ').trim();
  if (!clean && leadingMark === undefined) return undefined;
  const cells: Segment['cells'] = [];
  for (const r of inked) {
    const cell = cells[cells.length - 1];
    if (cell && r.x - cell.right < 1.5 * size) {
      cell.text += (r.x - cell.right > 0.15 * size && !r.shift ? ' ' : '') + r.text.trim();
      cell.right = Math.max(cell.right, r.x + r.width);
    } else cells.push({ x: r.x, right: r.x + r.width, text: r.text.trim() });
  }
  const x = Math.min(...inked.map((r) => r.x));
  const right = Math.max(...inked.map((r) => r.x + r.width));
  const main = inked.filter((r) => !r.shift);
  const weight = (f: (r: GlyphRun) => boolean) => main.length > 0 && main.filter(f).reduce((n, r) => n + r.text.trim().length, 0) * 2 > main.reduce((n, r) => n + r.text.trim().length, 0);
  const column: Column = right <= body.left + 1 ? 'left' : x >= body.right - 1 ? 'side' : 'body';
  const seg: Segment = { page, column, x, right, y, size, bold: weight((r) => r.bold), italic: weight((r) => r.italic), text: clean, marks, cells };
  if (leadingMark !== undefined) {
    seg.leadingMark = leadingMark;
    seg.afterMark = clean;
    seg.text = `${leadingMark === UNREAD_LABEL ? '' : superscript(leadingMark)} ${clean}`.trim();
  }
  return seg;
}
