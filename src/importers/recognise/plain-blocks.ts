/**
 * Lists and tables as plain text writes them, without markup: list items a line each
 * ("1. …", "a. …", "– …"), table rows a line with cells between " | ". The recogniser
 * asks for them where a paragraph is not a label, question or heading.
 */
import { labelFor } from '../../model/labels';
import { normalizeSpace } from '../../model/text';
import type { Block, Inline, List, Table } from '../../model/types';
import type { SourceBlock } from './blocks';
import { dropPrefix, joinLines, lineText } from './inlines';
import { paragraph } from './source';

/**
 * Paragraphs "1. …", "2. …", … in a row, or lines so in one paragraph (plain text writes a
 * list without blank lines between its items), two items or more, where the rules for
 * numbered questions did not take the first: a list of the labels' style (decimal, a., A.,
 * i., I.), or of one bullet ("– "). Within a paragraph a line that does not start with the next label goes on the
 * item above (a wrapped line).
 */
export function labelledRun(blocks: readonly SourceBlock[], start: number): { list: Block; length: number } | undefined {
  const first = blocks[start];
  const bullet = first?.kind === 'paragraph' ? /^([-–•]) /.exec(lineText(first.lines[0] ?? []))?.[1] : undefined;
  for (const style of bullet ? (['bullet'] as const) : RUN_STYLES) {
    const items: Inline[][][] = [];
    let length = 0;
    const next = () => `${labelFor(style, items.length) ?? bullet} `;
    const labelled = (line: Inline[]) => lineText(line).startsWith(next());
    for (let j = start; j < blocks.length; j++) {
      const b = blocks[j];
      if (b.kind !== 'paragraph' || !labelled(b.lines[0] ?? [])) break;
      for (const line of b.lines) {
        if (labelled(line)) items.push([dropPrefix(line, next().length)]);
        else items[items.length - 1].push(line);
      }
      length++;
    }
    if (items.length < 2) continue;
    if (items.some((lines) => joinLines(lines).length === 0)) return undefined;
    const list: List = {
      type: 'list',
      style,
      items: items.map((lines, k) => {
        const label = labelFor(style, k);
        return label ? { label, content: [paragraph(joinLines(lines))] } : { content: [paragraph(joinLines(lines))] };
      }),
    };
    return { list, length };
  }
  return undefined;
}

const RUN_STYLES: readonly List['style'][] = ['decimal', 'lower-alpha', 'upper-alpha', 'lower-roman', 'upper-roman'];

/**
 * Lines with the same number of " | " between cells, two lines or more: a table as plain
 * text writes one, a row a line. (Header rows are not marked in text.)
 */
export function pipeTable(b: SourceBlock): Table | undefined {
  if (b.kind !== 'paragraph' || b.lines.length < 2) return undefined;
  const rows = b.lines.map((line) => normalizeSpace(lineText(line)).split(/ ?\| ?/));
  const width = rows[0].length;
  if (width < 2 || rows.some((cells) => cells.length !== width) || rows.every((cells) => cells.every((c) => c === ''))) return undefined;
  return { type: 'table', rows: rows.map((cells) => ({ cells: cells.map((c) => ({ content: c ? [{ type: 'text', text: c }] : [] })) })) };
}
