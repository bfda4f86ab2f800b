/** The recogniser's working units: source blocks with their evidence, and helpers on them. */
import { normalizeSpace, plainText } from '../../model/text';
import type { Block, Inline } from '../../model/types';
import type { ParagraphBlock, SourceBlock } from './blocks';
import { joinLines, lineText } from './inlines';
import type { SourceLine } from './letterhead';

/** A unit of body content with the evidence of where it came from. */
export type Item = SourceBlock & { breakBefore?: boolean };


export function paragraph(content: Inline[]): Block {
  return { type: 'paragraph', content };
}

export function paragraphText(b: ParagraphBlock): string {
  return b.lines.map(lineText).join('\n');
}

export function blockText(b: Block): string {
  switch (b.type) {
    case 'paragraph':
      return plainText(b.content);
    case 'list':
      return b.items.map((i) => i.content.map(blockText).join(' ')).join(' ');
    case 'blockquote':
      return b.content.map(blockText).join(' ');
    case 'table':
      return b.rows.map((r) => r.cells.map((c) => plainText(c.content)).join(' ')).join(' ');
  }
}

export function sourceText(b: SourceBlock): string {
  switch (b.kind) {
    case 'paragraph':
      return paragraphText(b);
    case 'heading':
      return plainText(b.content);
    case 'list':
      return blockText(b.list);
    case 'blockquote':
      return b.content.map(blockText).join('\n');
    case 'table':
      return blockText(b.table);
    case 'footnoteDef':
      return b.content.map(blockText).join(' ');
    case 'break':
      return '';
  }
}

export function toBlock(b: SourceBlock): Block | undefined {
  switch (b.kind) {
    case 'paragraph': {
      const content = joinLines(b.lines);
      return content.length > 0 ? paragraph(content) : undefined;
    }
    case 'heading':
      return b.content.length > 0 ? paragraph(b.content) : undefined;
    case 'list':
      return b.list;
    case 'blockquote':
      return { type: 'blockquote', content: b.content };
    case 'table':
      return b.table;
    default:
      return undefined;
  }
}

export function toSourceLines(blocks: SourceBlock[]): SourceLine[] {
  const out: SourceLine[] = [];
  blocks.forEach((b, group) => {
    if (b.kind === 'paragraph') {
      b.lines.forEach((l, k) => {
        const text = normalizeSpace(lineText(l));
        const strong = l.length > 0 && l.every((n) => n.type === 'strong' || (n.type === 'text' && n.text.trim() === ''));
        if (text) out.push({ text, line: b.line + k, group, strong });
      });
    } else if (b.kind === 'blockquote' || b.kind === 'heading') {
      sourceText(b)
        .split('\n')
        .forEach((t, k) => {
          const text = normalizeSpace(t);
          if (text) out.push({ text, line: b.line + k, group });
        });
    } else if (b.kind === 'table') {
      // Letterheads made with tables (Word): each row is "label value".
      b.table.rows.forEach((r, k) => {
        const text = normalizeSpace(r.cells.map((c) => plainText(c.content)).join(' '));
        if (text) out.push({ text, line: b.line + k, group: group * 1000 + k });
      });
    }
  });
  return out;
}

export function mapBlock(b: Block, f: (inlines: Inline[]) => Inline[]): Block {
  switch (b.type) {
    case 'paragraph':
      return { ...b, content: f(b.content) };
    case 'list':
      return { ...b, items: b.items.map((it) => ({ ...it, content: it.content.map((c) => mapBlock(c, f)) })) };
    case 'blockquote':
      return { ...b, content: b.content.map((c) => mapBlock(c, f)) };
    case 'table':
      return { ...b, rows: b.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ content: f(c.content) })) })) };
  }
}

