/**
 * For tests: the structure tree of a PDF as nested types, read with pdf-lib, so a test can
 * ask what an element holds (a Datum line with no Strong in it, a Note right after the P of
 * its Reference) without the PDF importer.
 */
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, PDFString, PDFHexString } from 'pdf-lib';

export interface StructNode {
  type: string;
  id?: string;
  title?: string;
  alt?: string;
  children: StructNode[];
}

export async function structureTree(bytes: Uint8Array): Promise<StructNode> {
  const pdf = await PDFDocument.load(bytes, { updateMetadata: false });
  const ctx = pdf.context;
  const deref = (v: unknown) => (v instanceof PDFRef ? ctx.lookup(v) : v);
  const text = (v: unknown) => {
    const d = deref(v);
    return d instanceof PDFString || d instanceof PDFHexString ? d.decodeText() : undefined;
  };
  const walk = (dict: PDFDict): StructNode => {
    const s = dict.get(PDFName.of('S'));
    const node: StructNode = { type: s instanceof PDFName ? s.decodeText() : 'StructTreeRoot', children: [] };
    const id = text(dict.get(PDFName.of('ID')));
    if (id !== undefined) node.id = id;
    const title = text(dict.get(PDFName.of('T')));
    if (title !== undefined) node.title = title;
    const alt = text(dict.get(PDFName.of('Alt')));
    if (alt !== undefined) node.alt = alt;
    const k = deref(dict.get(PDFName.of('K')));
    const kids = k instanceof PDFArray ? k.asArray() : k === undefined ? [] : [k];
    for (const kid of kids) {
      const d = deref(kid);
      if (d instanceof PDFDict && d.get(PDFName.of('S'))) node.children.push(walk(d));
    }
    return node;
  };
  const root = deref(pdf.catalog.get(PDFName.of('StructTreeRoot')));
  if (!(root instanceof PDFDict)) throw new Error('no structure tree');
  return walk(root);
}

/** Every node of the tree, depth first. */
export function allNodes(node: StructNode): StructNode[] {
  return [node, ...node.children.flatMap(allNodes)];
}
