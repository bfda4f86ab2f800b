/**
 * Rule family (f), annotations (PDF/UA-1 7.18.1, 7.18.3, 7.18.5; Matterhorn group
 * 28): each visible annotation is in the structure tree (a Link in a
 * Link element, a Widget in a Form element, others in an Annot element) through an OBJR;
 * a link says where it goes in /Contents; a page with annotations has /Tabs /S.
 */
import { PDFDict, PDFRef } from 'pdf-lib';
import { arrayAt, describeRef, nameAt, numberAt, textAt, type ParsedPdf, type PdfFinding } from './pdf';
import { describe, type StructElement, type StructTree } from './structure';

const ANNOTATIONS = 'UA-7.18-annotations';
const LINKS = 'UA-7.18-links';
const TABS = 'UA-7.18-tabs';
/** Annotation flag bit 2: Hidden. */
const HIDDEN = 2;
/** Never part of the content a reader meets (ISO 14289-1 7.18.1). */
const UNTAGGED_SUBTYPES = new Set(['Popup', 'PrinterMark']);

export function checkAnnotations(pdf: ParsedPdf, tree: StructTree | undefined): PdfFinding[] {
  const findings: PdfFinding[] = [];
  const elementByObject = new Map<string, StructElement>();
  for (const element of tree?.elements ?? []) for (const object of element.objects) elementByObject.set(object, element);

  for (const page of pdf.pages) {
    const annots = arrayAt(pdf, page.dict, 'Annots')?.asArray() ?? [];
    const report = (rule: string, object: string, message: string) => findings.push({ rule, page: page.number, object, message });
    if (annots.length > 0 && nameAt(pdf, page.dict, 'Tabs') !== 'S') {
      report(TABS, page.ref.toString(), `page ${page.number} has annotations but no /Tabs /S (tab order by structure)`);
    }
    for (const ref of annots) {
      const annot = pdf.context.lookup(ref);
      if (!(annot instanceof PDFDict)) continue;
      const subtype = nameAt(pdf, annot, 'Subtype') ?? '?';
      const name = describeRef(ref, 'a direct annotation');
      const label = `${subtype} annotation ${name} on page ${page.number}`;
      if (UNTAGGED_SUBTYPES.has(subtype) || ((numberAt(pdf, annot, 'F') ?? 0) & HIDDEN) !== 0) continue;
      const expectedRole = subtype === 'Link' ? 'Link' : subtype === 'Widget' ? 'Form' : 'Annot';
      const rule = subtype === 'Link' ? LINKS : ANNOTATIONS;
      const element = elementByObject.get(name);
      if (!(ref instanceof PDFRef)) {
        report(rule, name, `${label} is a direct object, so no structure element can refer to it`);
      } else if (!element) {
        report(rule, name, `${label} is not in the structure tree: no ${expectedRole} element refers to it with an OBJR`);
      } else if (element.role !== expectedRole) {
        report(rule, name, `${label} is referred to by ${describe(element)}, not by a ${expectedRole} element`);
      }
      if (ref instanceof PDFRef && numberAt(pdf, annot, 'StructParent') === undefined) {
        report(rule, name, `${label} has no /StructParent`);
      }
      const contents = textAt(pdf, annot, 'Contents')?.trim();
      if (subtype === 'Link' && !contents) {
        report(LINKS, name, `${label} has no description: its /Contents is ${contents === undefined ? 'missing' : 'empty'}`);
      } else if (subtype !== 'Link' && subtype !== 'Widget' && !contents && !(element && textAt(pdf, element.dict, 'Alt'))) {
        report(ANNOTATIONS, name, `${label} has neither /Contents nor an /Alt on its structure element`);
      }
    }
  }
  return findings;
}
