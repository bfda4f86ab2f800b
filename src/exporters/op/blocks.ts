/**
 * Blocks and inlines of the model as OP XML: `al` paragraphs, `lijst`/`li`/`li.nr` lists,
 * `citaat` quotes, CALS tables (`table`/`tgroup`/`thead`/`tbody`/`row`/`entry`), `nadruk`,
 * `sup`, `inf`, `extref` links and `noot type="voet"` footnotes, written in full where they
 * are first referenced (later references are `noot.ref`).
 */
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import type { Block, Footnote, Inline, List, Table } from '../../model/types';
import { listStyleFromLabels } from '../../importers/recognise/lists';
import { EMPHASIS, LIST_TYPE, PUBLICATION_ID, PUBLICATION_URL, STRONG } from './vocabulary';

/** Writes blocks and inlines, placing each footnote at its first reference. */
export class BlockWriter {
  private readonly footnotes: Map<string, Footnote>;
  private readonly placed = new Set<string>();
  private listsWritten = 0;
  /**
   * Lists whose style their labels do not tell (one item "i.": roman one or the ninth
   * letter?), as [number of the `lijst` in the document, from 0; style], for LIST_STYLES_META.
   */
  readonly untoldListStyles: [number, List['style']][] = [];

  constructor(footnotes: Footnote[] | undefined) {
    this.footnotes = new Map((footnotes ?? []).map((f) => [f.id, f]));
  }

  /** Block elements one to a line; `paragraph` names the paragraph element (`al`, `noot.al`). */
  blocks(parent: XMLBuilder, blocks: Block[], paragraph = 'al'): void {
    for (const block of blocks) {
      newline(parent);
      this.block(parent, block, paragraph);
    }
    newline(parent);
  }

  private block(parent: XMLBuilder, block: Block, paragraph: string): void {
    switch (block.type) {
      case 'paragraph':
        this.inlines(parent.ele(paragraph), block.content);
        break;
      case 'list':
        this.list(parent, block);
        break;
      case 'blockquote':
        this.blocks(parent.ele('citaat'), block.content);
        break;
      case 'table':
        this.table(parent, block);
        break;
    }
  }

  private list(parent: XMLBuilder, list: List): void {
    const el = parent.ele('lijst', { type: list.style === 'bullet' ? LIST_TYPE.bullet : LIST_TYPE.numbered });
    const index = this.listsWritten++;
    if (list.style !== 'bullet' && listStyleFromLabels(list.items.map((i) => i.label)) !== list.style) this.untoldListStyles.push([index, list.style]);
    for (const item of list.items) {
      newline(el);
      const li = el.ele('li');
      if (item.label !== undefined) li.ele('li.nr').txt(item.label);
      this.blocks(li, item.content);
    }
    newline(el);
  }

  private table(parent: XMLBuilder, table: Table): void {
    const cols = Math.max(...table.rows.map((r) => r.cells.length));
    const group = parent.ele('table').ele('tgroup', { cols: String(cols) });
    for (let c = 1; c <= cols; c++) group.ele('colspec', { colname: `c${c}` });
    const headRows = table.rows.findIndex((r) => !r.header);
    const split = headRows === -1 ? table.rows.length : headRows;
    const section = (name: string, rows: Table['rows']) => {
      const el = group.ele(name);
      for (const row of rows) {
        newline(el);
        const r = el.ele('row');
        for (const cell of row.cells) this.inlines(r.ele('entry'), cell.content);
      }
      newline(el);
    };
    if (split > 0) section('thead', table.rows.slice(0, split));
    // A header row after the body has begun has no place in CALS; it is written as a body row.
    section('tbody', table.rows.slice(split));
  }

  inlines(parent: XMLBuilder, inlines: Inline[]): void {
    for (const node of inlines) this.inline(parent, node);
  }

  private inline(parent: XMLBuilder, node: Inline): void {
    switch (node.type) {
      case 'text':
        parent.txt(node.text);
        break;
      case 'emphasis':
        this.inlines(parent.ele(EMPHASIS.element, { type: EMPHASIS.type }), node.content);
        break;
      case 'strong':
        this.inlines(parent.ele(STRONG.element, { type: STRONG.type }), node.content);
        break;
      case 'superscript':
        this.inlines(parent.ele('sup'), node.content);
        break;
      case 'subscript':
        this.inlines(parent.ele('inf'), node.content);
        break;
      case 'link':
        this.inlines(parent.ele('extref', linkAttributes(node.target)), node.content);
        break;
      case 'footnoteRef':
        this.footnoteRef(parent, node.footnote);
        break;
    }
  }

  private footnoteRef(parent: XMLBuilder, id: string): void {
    const footnote = this.footnotes.get(id);
    if (!footnote || this.placed.has(id)) {
      parent.ele('noot.ref', { refid: id }).txt(footnote?.label ?? id);
      return;
    }
    this.placed.add(id);
    const noot = parent.ele('noot', { id, type: 'voet' });
    noot.ele('noot.nr').txt(footnote.label);
    for (const block of footnote.content) this.block(noot, block, 'noot.al');
  }
}

/** `extref` to another official publication by its id, or to a URL. */
function linkAttributes(target: string | undefined): Record<string, string> {
  if (target === undefined) return { soort: 'URL' };
  const id = target.startsWith(PUBLICATION_URL) ? target.slice(PUBLICATION_URL.length) : undefined;
  if (id !== undefined && PUBLICATION_ID.test(id)) return { doc: id, soort: 'document', status: 'actief' };
  return { doc: target, soort: 'URL' };
}

/** A line break between block elements, for people reading the file; never inside text. */
export function newline(parent: XMLBuilder): void {
  parent.txt('\n');
}

/** Writes the document as built, with the entity-like ampersands of its text escaped (src/xml/write.ts). */
export { serializeAsBuilt as serialize } from '../../xml/write';
