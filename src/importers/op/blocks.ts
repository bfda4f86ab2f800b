/**
 * OP XML blocks and inlines into the model: the inverse of src/exporters/op/blocks.ts, and
 * tolerant of what real publications add (text straight in a `li` or `entry`, `al-groep`,
 * elements we do not know, whose content is kept and reported).
 */
import type { Diagnostic } from '../../model/diagnostics';
import { normalizeInlines, normalizeSpace } from '../../model/text';
import type { Block, Footnote, Inline, List, ListItem, Table, TableRow } from '../../model/types';
import { childElements, isElement, textContent, type XmlElement, type XmlNode } from '../../xml/read';
import { listStyleFromLabels } from '../recognise/lists';
import { EMPHASIS, LIST_TYPE, PUBLICATION_URL, STRONG } from '../../exporters/op/vocabulary';

/** Elements that hold blocks or are blocks; everything else in running text is inline. */
const BLOCK_ELEMENTS = new Set(['al', 'noot.al', 'lijst', 'citaat', 'table', 'al-groep', 'tussenkop', 'li', 'tgroup', 'vraag', 'antwoord', 'tekst', 'vrije-tekst']);
/** Inline elements whose text is kept without mark-up (names and dates in running text). */
const PLAIN_INLINE = new Set(['naam', 'voornaam', 'achternaam', 'datum', 'organisatie', 'kamervraagonderwerp', 'functie']);

/** Reads blocks and inlines, collecting footnotes in the order of their first reference. */
export class BlockReader {
  readonly footnotes: Footnote[] = [];
  private readonly ids = new Set<string>();

  /** Styles of lists their labels do not tell, as the writer declared them (see LIST_STYLES_META). */
  declaredListStyles = new Map<XmlElement, List['style']>();

  constructor(private readonly diagnostics: Diagnostic[]) {}

  /** The blocks of an element's content after `skip` leading elements (such as `nr`). */
  flow(el: XmlElement, skip: (child: XmlElement) => boolean = () => false): Block[] {
    const blocks: Block[] = [];
    let pending: Inline[] = [];
    const flush = () => {
      const content = normalizeInlines(pending);
      if (content.length > 0) blocks.push({ type: 'paragraph', content });
      pending = [];
    };
    for (const child of el.children) {
      if (!isElement(child)) {
        // White space counts between inline elements, not between blocks.
        if (child.trim() !== '' || pending.length > 0) pending.push({ type: 'text', text: child });
        continue;
      }
      if (skip(child)) continue;
      if (isBlockElement(child)) {
        flush();
        blocks.push(...this.block(child));
      } else {
        pending.push(...this.inline(child));
      }
    }
    flush();
    return blocks;
  }

  private block(el: XmlElement): Block[] {
    switch (el.local) {
      case 'al':
      case 'noot.al': {
        const content = normalizeInlines(this.inlines(el));
        return content.length > 0 ? [{ type: 'paragraph', content }] : [];
      }
      case 'lijst':
        return this.list(el);
      case 'citaat': {
        const content = this.flow(el);
        return content.length > 0 ? [{ type: 'blockquote', content }] : [];
      }
      case 'table':
        return this.table(el);
      case 'al-groep':
        return this.flow(el);
      default:
        this.warn(el, `<${el.name}> is not an element of answers that kamerbrief knows; its text is kept as paragraphs`);
        return this.flow(el);
    }
  }

  private list(el: XmlElement): Block[] {
    const items: ListItem[] = [];
    for (const li of childElements(el)) {
      if (li.local !== 'li') {
        this.warn(li, `<${li.name}> in a <lijst> is not a <li>; its text is kept as an item`);
      }
      const nr = childElements(li, 'li.nr')[0];
      const content = this.flow(li, (c) => c.local === 'li.nr');
      if (content.length === 0) {
        this.warn(li, 'a list item without text is left out');
        continue;
      }
      const label = nr ? normalizeSpace(textContent(nr)) : '';
      items.push(label ? { label, content } : { content });
    }
    if (items.length === 0) return [];
    const labels = items.map((i) => i.label);
    // The writer's word on the style wins over what the labels suggest (LIST_STYLES_META).
    const declared = this.declaredListStyles.get(el);
    return [{ type: 'list', style: declared ?? listStyle(el.attrs.type, labels), items }];
  }

  private table(el: XmlElement): Block[] {
    const rows: TableRow[] = [];
    const groups = childElements(el, 'tgroup');
    for (const group of groups.length > 0 ? groups : [el]) {
      for (const part of childElements(group)) {
        if (part.local !== 'thead' && part.local !== 'tbody') continue;
        for (const row of childElements(part, 'row')) {
          const cells = childElements(row, 'entry').map((entry) => ({ content: this.cellInlines(entry) }));
          if (cells.length === 0) continue;
          rows.push(part.local === 'thead' ? { header: true, cells } : { cells });
        }
      }
    }
    if (rows.length === 0) {
      this.warn(el, 'a table without rows is left out');
      return [];
    }
    return [{ type: 'table', rows } satisfies Table];
  }

  /** A cell's text: inline content, or the paragraphs in it joined by a space. */
  private cellInlines(entry: XmlElement): Inline[] {
    const parts: Inline[] = [];
    for (const block of this.flow(entry)) {
      if (parts.length > 0) parts.push({ type: 'text', text: ' ' });
      if (block.type === 'paragraph') parts.push(...block.content);
      else this.warn(entry, 'a table cell holds more than text; only its text is kept');
    }
    return normalizeInlines(parts);
  }

  inlines(el: XmlElement): Inline[] {
    const out: Inline[] = [];
    for (const child of el.children) out.push(...this.node(child));
    return out;
  }

  private node(node: XmlNode): Inline[] {
    return isElement(node) ? this.inline(node) : [{ type: 'text', text: node }];
  }

  private inline(el: XmlElement): Inline[] {
    switch (el.local) {
      case EMPHASIS.element: {
        const type = el.attrs.type === STRONG.type ? 'strong' : 'emphasis';
        if (el.attrs.type !== STRONG.type && el.attrs.type !== EMPHASIS.type) {
          this.warn(el, `<nadruk type="${el.attrs.type ?? ''}"> is read as emphasis`);
        }
        return [{ type, content: this.inlines(el) }];
      }
      case 'sup':
        return [{ type: 'superscript', content: this.inlines(el) }];
      case 'inf':
        return [{ type: 'subscript', content: this.inlines(el) }];
      case 'extref': {
        const doc = el.attrs.doc;
        const target = doc ? (el.attrs.soort === 'document' ? PUBLICATION_URL + doc : doc) : undefined;
        return [target ? { type: 'link', target, content: this.inlines(el) } : { type: 'link', content: this.inlines(el) }];
      }
      case 'noot':
        return this.footnote(el);
      case 'noot.ref': {
        const id = el.attrs.refid;
        if (id && this.ids.has(id)) return [{ type: 'footnoteRef', footnote: id }];
        this.warn(el, `<noot.ref refid="${id ?? ''}"> names no footnote before it; its mark is kept as text`);
        return [{ type: 'text', text: textContent(el) }];
      }
      default:
        if (!PLAIN_INLINE.has(el.local)) this.warn(el, `<${el.name}> is not an element kamerbrief knows; its text is kept`);
        return this.inlines(el);
    }
  }

  private footnote(el: XmlElement): Inline[] {
    const nr = childElements(el, 'noot.nr')[0];
    const label = nr ? normalizeSpace(textContent(nr)) : '';
    let id = el.attrs.id || `noot-${this.footnotes.length + 1}`;
    while (this.ids.has(id)) id += '-2';
    const content = this.flow(el, (c) => c.local === 'noot.nr');
    if (!label || content.length === 0) {
      this.diagnostics.push({ severity: 'error', line: el.line, column: el.column, message: `a footnote needs a <noot.nr> and text; this <noot> has ${label ? 'no text' : 'no <noot.nr>'}` });
    }
    this.ids.add(id);
    this.footnotes.push({ id, label: label || '?', content });
    return [{ type: 'footnoteRef', footnote: id }];
  }

  private warn(el: XmlElement, message: string): void {
    this.diagnostics.push({ severity: 'warning', line: el.line, column: el.column, message });
  }
}

function isBlockElement(el: XmlElement): boolean {
  if (BLOCK_ELEMENTS.has(el.local)) return true;
  if (PLAIN_INLINE.has(el.local) || el.local === 'noot' || el.local === 'nadruk' || el.local === 'extref') return false;
  // An unknown element is a block when it holds blocks.
  return childElements(el).some(isBlockElement);
}

/** A list's style: unmarked is a bullet list; numbered lists tell their style by their labels. */
function listStyle(type: string | undefined, labels: (string | undefined)[]): List['style'] {
  if (type === LIST_TYPE.bullet) return 'bullet';
  return listStyleFromLabels(labels);
}
