/** Inline helpers for the recogniser: line text, splitting, joining, footnote marks. */
import { normalizeInlines, plainText } from '../../model/text';
import type { Inline } from '../../model/types';

export function lineText(line: readonly Inline[]): string {
  return plainText(line);
}

/** Joins lines of a paragraph into one inline sequence, a space at each line break. */
export function joinLines(lines: readonly Inline[][]): Inline[] {
  const out: Inline[] = [];
  lines.forEach((line, i) => {
    if (i > 0) out.push({ type: 'text', text: ' ' });
    for (const node of line) out.push(node); // not push(...line): a line may hold more nodes than a call takes arguments
  });
  return normalizeInlines(out);
}

/** Two inline sequences as one, with a space between (a paragraph cut by a page break). */
export function joinWithSpace(a: readonly Inline[], b: readonly Inline[]): Inline[] {
  return normalizeInlines([...a, { type: 'text', text: ' ' }, ...b]);
}

/** Removes a literal prefix (already known to be there as plain text) from the inlines. */
export function dropPrefix(inlines: readonly Inline[], prefixLength: number): Inline[] {
  let remaining = prefixLength;
  const out: Inline[] = [];
  for (const node of inlines) {
    if (remaining <= 0) {
      out.push(node);
      continue;
    }
    const len = node.type === 'text' ? node.text.length : plainText([node]).length;
    if (len <= remaining) {
      remaining -= len;
      continue;
    }
    if (node.type === 'text') out.push({ type: 'text', text: node.text.slice(remaining) });
    else if ('content' in node) out.push({ ...node, content: dropPrefix(node.content, remaining) } as Inline);
    remaining = 0;
  }
  return normalizeInlines(out);
}

/** Strips emphasis/strong wrappers that cover the whole sequence (a bold label line). */
export function unwrapFormatting(inlines: readonly Inline[]): Inline[] {
  if (inlines.length === 1 && (inlines[0].type === 'emphasis' || inlines[0].type === 'strong')) {
    return unwrapFormatting(inlines[0].content);
  }
  return [...inlines];
}

/**
 * Replaces footnote marks in text with footnoteRef nodes. `findMark` scans one text and
 * returns the marks it recognises (offset, length, label); `resolve` maps a label to a
 * footnote id, or undefined to leave the mark as text.
 */
export function replaceMarks(
  inlines: readonly Inline[],
  findMark: (text: string) => { index: number; length: number; label: string }[],
  resolve: (label: string) => string | undefined,
): Inline[] {
  const out: Inline[] = [];
  for (const node of inlines) {
    if (node.type === 'text') {
      let last = 0;
      for (const m of findMark(node.text)) {
        if (m.index < last) continue; // overlaps a mark already taken
        const id = resolve(m.label);
        if (id === undefined) continue;
        if (m.index > last) out.push({ type: 'text', text: node.text.slice(last, m.index) });
        out.push({ type: 'footnoteRef', footnote: id });
        last = m.index + m.length;
      }
      if (last < node.text.length) out.push({ type: 'text', text: node.text.slice(last) });
    } else if ('content' in node) {
      out.push({ ...node, content: replaceMarks(node.content, findMark, resolve) } as Inline);
    } else {
      out.push(node);
    }
  }
  return out;
}
