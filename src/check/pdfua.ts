/**
 * The PDF/UA-1 checker: the machine-checkable rules of ISO 14289-1 (as veraPDF's PDFUA-1
 * profile and the Matterhorn Protocol list them) that a tagged letter from kamerbrief must
 * meet. Pure: bytes in, findings out. Each rule family lives in `./pdfua/`; what is and is
 * not checked is in docs/pdfua-checker.md. Not a replacement for veraPDF.
 */
import type { Diagnostic } from '../model/diagnostics';
import { checkPdfA, claimsPdfA } from './pdfa';
import { checkAlternatives } from './pdfua/alternatives';
import { checkAnnotations } from './pdfua/annotations';
import { checkCatalog } from './pdfua/catalog';
import { scanContent } from './pdfua/content';
import { checkFonts } from './pdfua/fonts';
import { checkGroups } from './pdfua/groups';
import { checkHeadings } from './pdfua/headings';
import { parsePdf, PdfStructureError, type ParsedPdf, type PdfFinding } from './pdfua/pdf';
import { checkParentTree, readStructTree } from './pdfua/structure';

export type PdfUaFinding = PdfFinding;

/** Rule of the finding for a file that is not a readable PDF at all. */
export const UNREADABLE_RULE = 'UA-file';

/** Every finding of every rule family; empty when the file passes all of them. */
export async function checkPdfUa(bytes: Uint8Array): Promise<PdfUaFinding[]> {
  let pdf: ParsedPdf;
  try {
    pdf = await parsePdf(bytes);
  } catch (error) {
    const reason = error instanceof PdfStructureError ? error.message : `the PDF file cannot be read: ${firstLine(error)}`;
    return [{ rule: UNREADABLE_RULE, message: reason }];
  }
  const findings: PdfUaFinding[] = [];
  try {
    findings.push(...checkCatalog(pdf));
    const content = scanContent(pdf);
    const tree = readStructTree(pdf, findings);
    findings.push(...content.findings);
    if (tree) {
      findings.push(...checkParentTree(pdf, tree, content.mcidsByPage));
      findings.push(...checkHeadings(tree));
      findings.push(...checkGroups(tree));
      findings.push(...checkAlternatives(pdf, tree));
    }
    findings.push(...checkAnnotations(pdf, tree));
    findings.push(...checkFonts(pdf, content.fonts.values()));
  } catch (error) {
    // A damaged object the rules did not foresee: say so instead of failing with a trace.
    findings.push({ rule: UNREADABLE_RULE, message: `the check stopped on a damaged part of the file: ${firstLine(error)}` });
  }
  return findings;
}

/**
 * For `kamerbrief validate`: every finding is an error, its message led by the rule. A file
 * whose XMP claims PDF/A is checked against the PDF/A-3 rules too (./pdfa.ts).
 */
export async function validatePdfFile(bytes: Uint8Array, _context: unknown): Promise<Diagnostic[]> {
  const findings = await checkPdfUa(bytes);
  if (await claimsPdfA(bytes)) findings.push(...(await checkPdfA(bytes)));
  return findings.map((finding) => ({ severity: 'error', message: `${finding.rule}: ${finding.message}` }));
}

function firstLine(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0];
}
