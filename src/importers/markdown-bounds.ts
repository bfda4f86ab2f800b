/**
 * Bounds a Markdown file must keep before it is parsed. marked lexes nested containers
 * and long paragraphs recursively and with backtracking expressions: a list nested
 * thousands of levels deep, or a paragraph of megabytes, exhausts the stack or takes
 * minutes. No letter comes near these bounds, so a file past one is refused at once, with
 * the line where it goes past. One pass over the text, linear in its length.
 */
import type { Diagnostic } from '../model/diagnostics';

/** Lists and quotes inside each other, at most. */
export const MAX_SOURCE_NESTING = 100;
/** Characters of one paragraph (lines without a blank line between them), at most. */
export const MAX_PARAGRAPH_CHARS = 1 << 20;
/** Footnote marks and definitions ("[^…"), at most: a letter has tens; each costs a pairing. */
export const MAX_FOOTNOTE_MARKS = 20000;
/** Brackets of YAML flow collections ("[", "{") open at once in front matter, at most. */
export const MAX_FRONT_MATTER_NESTING = 50;

/** Column of the first character after the line's indentation (a tab to the next multiple of 4). */
function indentOf(line: string): { column: number; at: number } {
  let column = 0;
  let at = 0;
  for (; at < line.length; at++) {
    if (line[at] === ' ') column++;
    else if (line[at] === '\t') column += 4 - (column % 4);
    else break;
  }
  return { column, at };
}

const CONTAINER_MARKER = /^(?:>[ \t]?|(?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$))/;

/**
 * The first place where the text goes past a bound, as an error, or undefined. Nesting is
 * counted as CommonMark opens containers: the list items whose content column a line's
 * indentation reaches (a stack of those columns), plus the list markers and ">" that
 * start the line.
 */
export function markdownBoundsError(text: string): Diagnostic | undefined {
  const open: number[] = []; // content columns of the list items open, innermost last
  let paragraphChars = 0;
  let paragraphLine = 0;
  let line = 0;
  let marks = 0;
  let frontMatter = text.startsWith('---\n');
  const flow = { depth: 0 };
  for (let from = 0; from < text.length; ) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    line++;
    const content = text.slice(from, to);
    from = to + 1;
    if (frontMatter) {
      if (line > 1 && /^(?:---|\.\.\.)[ \t]*$/.test(content)) frontMatter = false;
      else if (flowDepth(content, flow) > MAX_FRONT_MATTER_NESTING || indentOf(content).column > 2 * MAX_FRONT_MATTER_NESTING) {
        return { severity: 'error', line, message: `front matter nested more than ${MAX_FRONT_MATTER_NESTING} levels deep here; no letter's metadata is, so the file is not read` };
      }
      continue;
    }
    if (content.trim() === '') {
      paragraphChars = 0;
      continue;
    }
    if (paragraphChars === 0) paragraphLine = line;
    paragraphChars += content.length + 1;
    if (paragraphChars > MAX_PARAGRAPH_CHARS) {
      return { severity: 'error', line: paragraphLine, message: `a paragraph of more than ${MAX_PARAGRAPH_CHARS} characters starts here; no letter has one so long, so the file is not read` };
    }
    for (let k = content.indexOf('[^'); k >= 0; k = content.indexOf('[^', k + 2)) {
      if (++marks > MAX_FOOTNOTE_MARKS) {
        return { severity: 'error', line, message: `more than ${MAX_FOOTNOTE_MARKS} footnote marks and notes ("[^…") by this line; no letter has so many, so the file is not read` };
      }
    }
    const { column, at } = indentOf(content);
    while (open.length > 0 && column < open[open.length - 1]) open.pop();
    let depth = open.length;
    let rest = content.slice(at);
    let restColumn = column;
    let quotes = 0;
    for (let m = CONTAINER_MARKER.exec(rest); m && rest.length > 0; m = CONTAINER_MARKER.exec(rest)) {
      if (m[0].startsWith('>')) quotes++;
      else open.push(restColumn + m[0].length);
      restColumn += m[0].length;
      rest = rest.slice(m[0].length);
      if (depth + quotes + (open.length - depth) > MAX_SOURCE_NESTING) break;
    }
    depth = open.length + quotes;
    if (depth > MAX_SOURCE_NESTING) {
      return { severity: 'error', line, message: `lists and quotes nested more than ${MAX_SOURCE_NESTING} levels deep here; no letter nests so deep, so the file is not read` };
    }
  }
  return undefined;
}

/**
 * How deep YAML's "[" and "{" nest on this line, the depth carried over lines. Brackets in
 * quoted text count too: fifty of them in a letter's metadata is no real letter either.
 */
function flowDepth(line: string, state: { depth: number }): number {
  let max = state.depth;
  for (const c of line) {
    if (c === '#' && state.depth === 0) break;
    else if (c === '[' || c === '{') max = Math.max(max, ++state.depth);
    else if ((c === ']' || c === '}') && state.depth > 0) state.depth--;
    if (max > MAX_FRONT_MATTER_NESTING) break;
  }
  return max;
}
