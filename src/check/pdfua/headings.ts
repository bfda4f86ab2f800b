/**
 * Rule family (d), headings (PDF/UA-1 7.4; Matterhorn 14-002, 14-003): numbered
 * headings start at H1 and never skip a level going down; a document uses either H or
 * H1–H6, not both.
 */
import type { PdfFinding } from './pdf';
import { describe, type StructTree } from './structure';

const RULE = 'UA-7.4-headings';

export function checkHeadings(tree: StructTree): PdfFinding[] {
  const findings: PdfFinding[] = [];
  const headings = tree.elements.filter((e) => e.role === 'H' || /^H[1-6]$/.test(e.role ?? ''));
  const numbered = headings.filter((e) => e.role !== 'H');
  if (numbered.length > 0 && numbered.length < headings.length) {
    const unnumbered = headings.find((e) => e.role === 'H')!;
    findings.push({ rule: RULE, object: unnumbered.object, message: `the document mixes H (${describe(unnumbered)}) with numbered headings H1–H6` });
  }
  let previous = 0;
  for (const heading of numbered) {
    const level = Number(heading.role!.slice(1));
    if (previous === 0 && level !== 1) {
      findings.push({ rule: RULE, object: heading.object, message: `the first heading is ${describe(heading)}, not H1` });
    } else if (previous > 0 && level > previous + 1) {
      findings.push({ rule: RULE, object: heading.object, message: `${describe(heading)} follows an H${previous}: heading level ${previous + 1} is skipped` });
    }
    previous = level;
  }
  return findings;
}
