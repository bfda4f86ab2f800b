/**
 * Where a line stands among the lines and pages of a text: the line type the stages pass on
 * (text with its input line, page and column) and the look-ups they share (the page around a
 * line, the next text line, a page's end near). No stage of its own.
 */
/** One line of text with its evidence; '' text is a blank line. */
export interface TextLine {
  text: string;
  /** 1-based line in the input. */
  line: number;
  page: number;
  /** Text that stood in the side column, right of the body (pdftotext -layout). */
  side?: boolean;
}

/** Index of the first line of the page that line i is on. */
export function pageStart(lines: (TextLine | 'page')[], i: number): number {
  let j = Math.max(i, 0);
  while (j > 0 && lines[j - 1] !== 'page') j--;
  return j;
}

/** Index just past the last line of the page that line i is on. */
export function pageEnd(lines: (TextLine | 'page')[], i: number): number {
  let j = i;
  while (j < lines.length && lines[j] !== 'page') j++;
  return j;
}

/** The integers from `from` up to, not including, `to`. */
export function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}

export function nextLine(lines: (TextLine | 'page')[], i: number): string {
  const j = nextText(lines, i);
  return j < 0 ? '' : (lines[j] as TextLine).text;
}

export function nextText(lines: (TextLine | 'page')[], i: number): number {
  for (let j = i + 1; j < lines.length; j++) {
    const l = lines[j];
    if (l === 'page') return -1;
    if (l.text) return j;
  }
  return -1;
}

export function nearPageEnd(lines: (TextLine | 'page')[], i: number): boolean {
  let textLines = 0;
  for (let j = i + 1; j < lines.length; j++) {
    const l = lines[j];
    if (l === 'page') return true;
    if (l.text) textLines++;
    if (textLines > 12) return false;
  }
  return true;
}

/** True when line i is among the first or last six text lines of its page. */
export function nearPageEdge(lines: (TextLine | 'page')[], i: number): boolean {
  const within = (step: 1 | -1) => {
    let n = 0;
    for (let j = i + step; j >= 0 && j < lines.length; j += step) {
      const l = lines[j];
      if (l === 'page') return true;
      if (l.text && ++n >= 6) return false;
    }
    return true;
  };
  return within(1) || within(-1);
}

/** True when the blank body line at i only stands beside side-column text (the paragraph goes on). */
export function nextIsSideOnly(lines: (TextLine | 'page')[], i: number): boolean {
  const next = lines[i + 1];
  return next !== undefined && next !== 'page' && !!next.side;
}
