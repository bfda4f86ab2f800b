/**
 * Rule family (e), grouping elements (PDF/UA-1 7.5, 7.6, 7.9; ISO 32000-1 14.8.4.3;
 * Matterhorn 09-004, 09-005, 19-003, 19-004): lists hold list items, list items hold a
 * label and/or body; table rows sit in a table (or its head, body, foot), cells in rows,
 * and a table has header cells; every Note has an /ID, and IDs are unique.
 */
import type { PdfFinding } from './pdf';
import { describe, type StructElement, type StructTree } from './structure';

interface ContainmentRule {
  rule: string;
  /** Roles allowed as children of this role (other roles are findings). */
  children?: readonly string[];
  /** Roles allowed as parent of this role. */
  parents?: readonly string[];
}

const LISTS = 'UA-7.6-lists';
const TABLES = 'UA-7.5-tables';
const NOTES = 'UA-7.9-notes';

const CONTAINMENT: Record<string, ContainmentRule> = {
  L: { rule: LISTS, children: ['LI', 'Caption'] },
  LI: { rule: LISTS, children: ['Lbl', 'LBody'], parents: ['L'] },
  LBody: { rule: LISTS, parents: ['LI'] },
  Table: { rule: TABLES, children: ['TR', 'THead', 'TBody', 'TFoot', 'Caption'] },
  THead: { rule: TABLES, children: ['TR'], parents: ['Table'] },
  TBody: { rule: TABLES, children: ['TR'], parents: ['Table'] },
  TFoot: { rule: TABLES, children: ['TR'], parents: ['Table'] },
  TR: { rule: TABLES, children: ['TH', 'TD'], parents: ['Table', 'THead', 'TBody', 'TFoot'] },
  TH: { rule: TABLES, parents: ['TR'] },
  TD: { rule: TABLES, parents: ['TR'] },
};

export function checkGroups(tree: StructTree): PdfFinding[] {
  const findings: PdfFinding[] = [];
  const report = (rule: string, element: StructElement, message: string) => findings.push({ rule, object: element.object, message });
  for (const element of tree.elements) {
    const containment = element.role ? CONTAINMENT[element.role] : undefined;
    if (!containment) continue;
    const parentRole = element.parent?.role;
    if (containment.parents && !containment.parents.includes(parentRole ?? '')) {
      report(containment.rule, element, `${describe(element)} is not inside ${containment.parents.join(' or ')} (its parent is ${describe(element.parent)})`);
    }
    for (const child of element.children) {
      if (containment.children && !containment.children.includes(child.role ?? '')) {
        report(containment.rule, element, `${describe(element)} contains ${describe(child)}; it may hold only ${containment.children.join(', ')}`);
      }
    }
    if (element.role === 'LI' && !element.children.some((c) => c.role === 'Lbl' || c.role === 'LBody')) {
      report(LISTS, element, `${describe(element)} has neither a Lbl nor an LBody`);
    }
  }
  findings.push(...checkIds(tree));
  return findings;
}

function checkIds(tree: StructTree): PdfFinding[] {
  const findings: PdfFinding[] = [];
  const byId = new Map<string, StructElement[]>();
  for (const element of tree.elements) {
    if (element.role === 'Note' && (element.id === undefined || element.id === '')) {
      findings.push({ rule: NOTES, object: element.object, message: `${describe(element)} has no /ID` });
    }
    if (element.id) byId.set(element.id, [...(byId.get(element.id) ?? []), element]);
  }
  for (const [id, elements] of byId) {
    if (elements.length > 1) {
      findings.push({ rule: NOTES, object: elements[1].object, message: `the /ID "${id}" is used by ${elements.length} elements: ${elements.map(describe).join(', ')}` });
    }
  }
  return findings;
}
