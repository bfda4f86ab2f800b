/**
 * Alternative descriptions (PDF/UA-1 7.3, 7.7; Matterhorn 13-004, 17-002): a Figure or a
 * Formula carries an /Alt (or /ActualText) that says what it shows.
 */
import { textAt, type ParsedPdf, type PdfFinding } from './pdf';
import { describe, type StructTree } from './structure';

const RULES: Record<string, string> = { Figure: 'UA-7.3-figures', Formula: 'UA-7.7-formulas' };

export function checkAlternatives(pdf: ParsedPdf, tree: StructTree): PdfFinding[] {
  const findings: PdfFinding[] = [];
  for (const element of tree.elements) {
    const rule = element.role ? RULES[element.role] : undefined;
    if (!rule) continue;
    const alternative = textAt(pdf, element.dict, 'Alt') ?? textAt(pdf, element.dict, 'ActualText');
    if (!alternative?.trim()) findings.push({ rule, object: element.object, message: `${describe(element)} has no alternative description (/Alt or /ActualText)` });
  }
  return findings;
}
