/**
 * Serialising XML built with xmlbuilder2 so that a person can read it, without changing
 * its text. xmlbuilder2's own pretty printer indents every child, also inside mixed
 * content (`x<i>y</i>z` would come out as `x`, newline, `<i>y</i>`, newline, `z`, which a
 * reader turns into "x y z"). Here only element-only content is indented; an element that
 * holds text (a paragraph, a heading) is written exactly as built, on one line.
 */
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

/**
 * Inserts indentation into element-only content below `root`, then serialises without
 * xmlbuilder2's pretty printer. `inlineContainers` names (local names) of elements whose
 * content is mixed even when it happens to hold only elements (a `p` with only a note).
 */
export function serializeIndented(doc: XMLBuilder, inlineContainers: ReadonlySet<string>, indent = '  '): string {
  const root = doc.root().node as unknown as DomElement;
  protectEntityLookalikes(root);
  indentChildren(root, 1, inlineContainers, indent);
  return written(doc);
}

/** Serialises exactly the text nodes the builder holds (a writer that places its own line breaks). */
export function serializeAsBuilt(doc: XMLBuilder): string {
  protectEntityLookalikes(doc.root().node as unknown as DomElement);
  return written(doc);
}

/** The document, the declaration on a line of its own as every XML tool writes it. */
function written(doc: XMLBuilder): string {
  return doc.end({ prettyPrint: false, headless: false }).replace(/^(<\?xml[^>]*\?>)/, '$1\n') + '\n';
}

/**
 * xmlbuilder2's writer leaves an "&" alone when what follows looks like an entity
 * ("&amp;", "&#65;"), so the text "R&amp;D" would be read back as "R&D". Escaping exactly
 * those ampersands beforehand makes the writer's output say what the text says.
 */
export function protectEntityLookalikes(root: DomElement): void {
  const fix = (value: string) => value.replace(ENTITY_LOOKALIKE, '&amp;');
  const stack: DomNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      const t = node as DomText;
      if (t.data.includes('&')) t.data = fix(t.data);
    } else if (node.nodeType === ELEMENT_NODE) {
      const el = node as DomElement;
      for (const attr of Array.from(el.attributes)) if (attr.value.includes('&')) attr.value = fix(attr.value);
      stack.push(...Array.from(el.childNodes));
    }
  }
}

/** The same pattern as xmlbuilder2's nonEntityAmpersandRegex, positively. */
const ENTITY_LOOKALIKE = /&(?=[A-Za-z]+;|#\d+;)/g;

interface DomText extends DomNode {
  data: string;
}

interface DomNode {
  nodeType: number;
  ownerDocument: { createTextNode(data: string): DomNode };
}
export interface DomElement extends DomNode {
  localName: string;
  attributes: ArrayLike<{ value: string }>;
  childNodes: ArrayLike<DomNode>;
  insertBefore(node: DomNode, child: DomNode | null): void;
  appendChild(node: DomNode): void;
}

function indentChildren(el: DomElement, depth: number, inlineContainers: ReadonlySet<string>, indent: string): void {
  // Depth is bounded by what the exporter builds (a few dozen levels), so recursion is safe.
  const children = Array.from(el.childNodes);
  if (children.length === 0 || inlineContainers.has(el.localName)) return;
  if (children.some((c) => c.nodeType === TEXT_NODE)) return;
  const doc = el.ownerDocument;
  for (const child of children) {
    el.insertBefore(doc.createTextNode('\n' + indent.repeat(depth)), child);
    if (child.nodeType === ELEMENT_NODE) indentChildren(child as DomElement, depth + 1, inlineContainers, indent);
  }
  el.appendChild(doc.createTextNode('\n' + indent.repeat(depth - 1)));
}
