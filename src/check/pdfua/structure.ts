/**
 * Rule family (b), the structure tree (PDF/UA-1 7.1; ISO 32000-1 14.7 and 14.8.4;
 * Matterhorn group 02): the StructTreeRoot, the standard type (or
 * role mapping) of every element, each element's /P, and the ParentTree both ways: every
 * MCID in the page content belongs, through the ParentTree, to the element that claims it,
 * and every claim of an element is content on that page.
 */
import { PDFArray, PDFDict, PDFName, PDFNull, PDFNumber, PDFObject, PDFRef } from 'pdf-lib';
import { arrayAt, describeRef, dictAt, entry, nameAt, nameOf, numberAt, readNumberTree, textAt, type ParsedPdf, type PdfFinding, type PdfPage } from './pdf';

const RULE = 'UA-7.1-structure';
const PARENT_TREE_RULE = 'UA-7.1-parent-tree';

/** The standard structure types of PDF 1.7 (ISO 32000-1 14.8.4). */
export const STANDARD_TYPES = new Set(
  (
    'Document Part Art Sect Div BlockQuote Caption TOC TOCI Index NonStruct Private P H H1 H2 H3 H4 H5 H6 ' +
    'L LI Lbl LBody Table TR TH TD THead TBody TFoot Span Quote Note Reference BibEntry Code Link Annot ' +
    'Ruby RB RT RP Warichu WT WP Figure Formula Form'
  ).split(' '),
);

export interface MarkedContentClaim {
  page: PdfPage | undefined;
  mcid: number;
  /** The claim names a Form XObject (/Stm): its MCIDs are not cross-checked. */
  inStream: boolean;
}

export interface StructElement {
  dict: PDFDict;
  /** "12 0 R", or "a direct element" for one written inside its parent. */
  object: string;
  /** /S as written. */
  type: string;
  /** The standard type it is, itself or through the RoleMap; undefined when neither. */
  role: string | undefined;
  parent: StructElement | undefined;
  children: StructElement[];
  claims: MarkedContentClaim[];
  /** Objects (annotations) it refers to by OBJR, as "12 0 R". */
  objects: string[];
  id: string | undefined;
}

export interface StructTree {
  root: PDFDict;
  /** Every element in document (depth-first) order. */
  elements: StructElement[];
  byDict: Map<PDFDict, StructElement>;
}

/** Reads the structure tree; reports what is malformed about it. Undefined when there is none. */
export function readStructTree(pdf: ParsedPdf, findings: PdfFinding[]): StructTree | undefined {
  const root = dictAt(pdf, pdf.catalog, 'StructTreeRoot');
  if (!root) {
    findings.push({ rule: RULE, object: 'Catalog/StructTreeRoot', message: 'the catalog has no /StructTreeRoot: the document has no structure tree' });
    return undefined;
  }
  const rootRef = pdf.catalog.get(PDFName.of('StructTreeRoot'));
  const roleMap = dictAt(pdf, root, 'RoleMap');
  const tree: StructTree = { root, elements: [], byDict: new Map() };
  const report = (element: StructElement | undefined, message: string) => findings.push({ rule: RULE, object: element?.object, message });

  // Depth-first with an explicit stack (items pushed in reverse) to keep document order.
  type Pending = { item: PDFObject; parent: StructElement | undefined; parentRef: PDFObject | undefined; page: PDFObject | undefined };
  const pending: Pending[] = kidsOf(pdf, root)
    .reverse()
    .map((item) => ({ item, parent: undefined, parentRef: rootRef, page: undefined }));
  while (pending.length > 0) {
    const { item, parent, parentRef, page } = pending.pop()!;
    const resolved = pdf.context.lookup(item);
    if (resolved instanceof PDFNumber) {
      if (!parent) report(undefined, 'the StructTreeRoot /K holds a bare MCID');
      else addClaim(pdf, parent, page, resolved.asNumber(), false, report);
      continue;
    }
    if (!(resolved instanceof PDFDict)) {
      report(parent, `${describe(parent)} has a child that is not a structure element, MCID or reference`);
      continue;
    }
    const kind = nameAt(pdf, resolved, 'Type');
    if (kind === 'MCR' && parent) {
      const mcid = numberAt(pdf, resolved, 'MCID');
      if (mcid === undefined) report(parent, `${describe(parent)} has a marked-content reference without /MCID`);
      else addClaim(pdf, parent, resolved.get(PDFName.of('Pg')) ?? page, mcid, resolved.get(PDFName.of('Stm')) !== undefined, report);
      continue;
    }
    if (kind === 'OBJR' && parent) {
      const obj = resolved.get(PDFName.of('Obj'));
      if (obj instanceof PDFRef) parent.objects.push(obj.toString());
      else report(parent, `${describe(parent)} has an object reference (OBJR) without an indirect /Obj`);
      continue;
    }
    if (tree.byDict.has(resolved)) {
      report(tree.byDict.get(resolved), `${describe(tree.byDict.get(resolved))} is reached twice in the structure tree`);
      continue;
    }
    const element = readElement(pdf, resolved, item, parent, roleMap, report);
    tree.byDict.set(resolved, element);
    tree.elements.push(element);
    if (parent) parent.children.push(element);
    const declaredParent = resolved.get(PDFName.of('P'));
    if (parentRef instanceof PDFRef && !(declaredParent instanceof PDFRef && declaredParent.toString() === parentRef.toString())) {
      report(element, `${describe(element)} has /P ${describeRef(declaredParent, 'missing')}, not its parent ${parentRef.toString()}`);
    }
    const ownPage = resolved.get(PDFName.of('Pg')) ?? page;
    const kids = kidsOf(pdf, resolved);
    for (let i = kids.length - 1; i >= 0; i--) pending.push({ item: kids[i], parent: element, parentRef: item, page: ownPage });
  }
  return tree;
}

/** /K as a list of unresolved items (a single kid is allowed). */
function kidsOf(pdf: ParsedPdf, dict: PDFDict): PDFObject[] {
  const k = dict.get(PDFName.of('K'));
  if (k === undefined) return [];
  const resolved = pdf.context.lookup(k);
  return resolved instanceof PDFArray ? resolved.asArray() : [k];
}

function readElement(
  pdf: ParsedPdf,
  dict: PDFDict,
  item: PDFObject,
  parent: StructElement | undefined,
  roleMap: PDFDict | undefined,
  report: (element: StructElement | undefined, message: string) => void,
): StructElement {
  const type = nameAt(pdf, dict, 'S');
  const element: StructElement = {
    dict,
    object: describeRef(item, 'a direct element'),
    type: type ?? '?',
    role: undefined,
    parent,
    children: [],
    claims: [],
    objects: [],
    id: textAt(pdf, dict, 'ID'),
  };
  if (type === undefined) {
    report(element, `structure element ${element.object} has no /S (structure type)`);
    return element;
  }
  element.role = standardRole(pdf, type, roleMap);
  if (STANDARD_TYPES.has(type) && roleMap && nameAt(pdf, roleMap, type) !== undefined) {
    report(element, `the RoleMap remaps the standard type /${type}`);
  }
  if (element.role === undefined) report(element, `${describe(element)} is not a standard structure type and the RoleMap does not map it to one`);
  return element;
}

/** The standard type `type` is or is role-mapped to, following at most 8 mappings. */
function standardRole(pdf: ParsedPdf, type: string, roleMap: PDFDict | undefined): string | undefined {
  let current = type;
  for (let step = 0; step <= 8; step++) {
    if (STANDARD_TYPES.has(current)) return current;
    const next = nameOf(entry(pdf, roleMap, current));
    if (next === undefined) return undefined;
    current = next;
  }
  return undefined;
}

function addClaim(
  pdf: ParsedPdf,
  element: StructElement,
  pageObject: PDFObject | undefined,
  mcid: number,
  inStream: boolean,
  report: (element: StructElement | undefined, message: string) => void,
): void {
  const page = pageObject instanceof PDFRef ? pdf.pageByRef.get(pageObject.toString()) : undefined;
  if (!page && !inStream) report(element, `${describe(element)} claims MCID ${mcid} without a page (/Pg) it is on`);
  element.claims.push({ page, mcid, inStream });
}

/** "H1 element 12 0 R" for messages. */
export function describe(element: StructElement | undefined): string {
  if (!element) return 'the StructTreeRoot';
  return `${element.type} element ${element.object}`;
}

/**
 * The ParentTree against the page content and the elements' claims, both ways; and the
 * annotations' /StructParent against the OBJRs.
 */
export function checkParentTree(pdf: ParsedPdf, tree: StructTree, mcidsByPage: Map<number, Map<number, number>>): PdfFinding[] {
  const findings: PdfFinding[] = [];
  const report = (page: number | undefined, message: string, object?: string) => findings.push({ rule: PARENT_TREE_RULE, page, object, message });
  const parentTreeDict = dictAt(pdf, tree.root, 'ParentTree');
  const problems: string[] = [];
  const parentTree = parentTreeDict ? readNumberTree(pdf, parentTreeDict, problems) : new Map<number, PDFObject>();
  for (const problem of problems) report(undefined, `the ParentTree is malformed: ${problem}`);
  const anyMcid = [...mcidsByPage.values()].some((m) => m.size > 0);
  if (!parentTreeDict && anyMcid) report(undefined, 'the StructTreeRoot has no /ParentTree: marked content cannot be traced to its structure element');

  // Which element claims each (page, MCID).
  const claimedBy = new Map<string, StructElement[]>();
  for (const element of tree.elements) {
    for (const claim of element.claims) {
      if (!claim.page || claim.inStream) continue;
      const key = `${claim.page.number}:${claim.mcid}`;
      claimedBy.set(key, [...(claimedBy.get(key) ?? []), element]);
    }
  }
  for (const [key, elements] of claimedBy) {
    if (elements.length > 1) {
      const [page, mcid] = key.split(':');
      report(Number(page), `MCID ${mcid} on page ${page} is claimed by ${elements.length} elements: ${elements.map(describe).join(', ')}`);
    }
  }

  for (const page of pdf.pages) {
    const used = mcidsByPage.get(page.number) ?? new Map<number, number>();
    const key = numberAt(pdf, page.dict, 'StructParents');
    for (const [mcid, count] of used) if (count > 1) report(page.number, `page ${page.number} marks MCID ${mcid} ${count} times; an MCID is used once per page`);
    if (key === undefined) {
      if (used.size > 0) report(page.number, `page ${page.number} has tagged content but no /StructParents`, page.ref.toString());
      continue;
    }
    const entryValue = parentTree.get(key);
    const slots = entryValue === undefined ? undefined : pdf.context.lookup(entryValue);
    if (parentTreeDict && used.size > 0 && !(slots instanceof PDFArray)) {
      report(page.number, `the ParentTree has no array for page ${page.number} (/StructParents ${key})`);
    }
    const slotItems = slots instanceof PDFArray ? slots.asArray() : [];
    for (const mcid of [...used.keys()].sort((a, b) => a - b)) {
      const claimants = claimedBy.get(`${page.number}:${mcid}`) ?? [];
      const slot = slotItems[mcid] === undefined ? undefined : pdf.context.lookup(slotItems[mcid]);
      const mapped = slot instanceof PDFDict ? tree.byDict.get(slot) : undefined;
      if (claimants.length === 0) {
        report(page.number, `MCID ${mcid} on page ${page.number} belongs to no structure element (orphaned content)`);
      }
      if (!(slot instanceof PDFDict)) {
        if (slots instanceof PDFArray) report(page.number, `MCID ${mcid} on page ${page.number} has no ParentTree entry`);
      } else if (!mapped) {
        report(page.number, `the ParentTree maps MCID ${mcid} on page ${page.number} to an object that is not in the structure tree`);
      } else if (!claimants.includes(mapped)) {
        report(page.number, `the ParentTree maps MCID ${mcid} on page ${page.number} to ${describe(mapped)}, which does not claim it`);
      }
    }
    slotItems.forEach((item, mcid) => {
      if (!used.has(mcid) && !(pdf.context.lookup(item) === PDFNull || item === PDFNull)) {
        report(page.number, `the ParentTree has an entry for MCID ${mcid} on page ${page.number}, which the page content does not mark`);
      }
    });
  }

  for (const element of tree.elements) {
    for (const claim of element.claims) {
      if (claim.page && !claim.inStream && !mcidsByPage.get(claim.page.number)?.has(claim.mcid)) {
        report(claim.page.number, `${describe(element)} claims MCID ${claim.mcid} on page ${claim.page.number}, which the page content does not mark`, element.object);
      }
    }
  }
  findings.push(...checkAnnotationParents(pdf, tree, parentTree));
  return findings;
}

/** Each annotation's /StructParent leads to the element whose OBJR names it. */
function checkAnnotationParents(pdf: ParsedPdf, tree: StructTree, parentTree: Map<number, PDFObject>): PdfFinding[] {
  const findings: PdfFinding[] = [];
  for (const page of pdf.pages) {
    for (const annotRef of arrayAt(pdf, page.dict, 'Annots')?.asArray() ?? []) {
      const annot = pdf.context.lookup(annotRef);
      if (!(annot instanceof PDFDict)) continue;
      const key = numberAt(pdf, annot, 'StructParent');
      if (key === undefined) continue;
      const target = parentTree.get(key);
      const element = target === undefined ? undefined : tree.byDict.get(pdf.context.lookup(target) as PDFDict);
      const name = describeRef(annotRef, 'a direct annotation');
      if (!element) {
        findings.push({ rule: PARENT_TREE_RULE, page: page.number, object: name, message: `annotation ${name} on page ${page.number} has /StructParent ${key}, which the ParentTree does not map to a structure element` });
      } else if (!element.objects.includes(name)) {
        findings.push({ rule: PARENT_TREE_RULE, page: page.number, object: name, message: `annotation ${name} on page ${page.number}: the ParentTree maps it to ${describe(element)}, which has no OBJR for it` });
      }
    }
  }
  return findings;
}
