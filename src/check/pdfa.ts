/**
 * The PDF/A-3 rules (ISO 19005-3) that can be decided from the file alone, for a PDF that
 * claims PDF/A: the XMP identifier, the output intent, embedded fonts, associated files with
 * their relationship and MIME type, transparency groups with a blend colour space, and no
 * encryption, JavaScript or hidden annotations. Pure: bytes in, findings out, on the same
 * reader as the PDF/UA checker (./pdfua/pdf.ts). docs/pdf.md lists what is checked and what
 * is not; veraPDF is the reference validator (not available here).
 */
import { PDFArray, PDFDict, PDFName, PDFRef, PDFStream, type PDFObject } from 'pdf-lib';
import { descendants, parseXml, textContent, type XmlElement } from '../xml/read';
import { arrayAt, asDict, decodeStream, describeRef, dictAt, entry, itemsOf, nameAt, numberAt, readNameTreeValues, streamAt, textAt, parsePdf, PdfStructureError, type ParsedPdf, type PdfFinding } from './pdfua/pdf';

const PDFA_NS = 'http://www.aiim.org/pdfa/ns/id/';
const PDFUA_NS = 'http://www.aiim.org/pdfua/ns/id/';
const PDFA_SCHEMA_NS = 'http://www.aiim.org/pdfa/ns/schema#';
const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RELATIONSHIPS = new Set(['Source', 'Data', 'Alternative', 'Supplement', 'Unspecified']);
/** A MIME type as RFC 2046 shapes it: type/subtype. */
const MIME_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/i;
/** Annotation flags (ISO 32000-1 12.5.3): Invisible, Hidden, Print, NoView. */
const FLAG = { invisible: 1, hidden: 2, print: 4, noView: 32 };

export type PdfAFinding = PdfFinding;

/** The PDF/A part and conformance the XMP declares, or undefined when the file claims no PDF/A. */
export interface PdfAClaim {
  part?: string;
  conformance?: string;
}

/** Every PDF/A-3 finding; empty when the file passes the rules this checker knows. */
export async function checkPdfA(bytes: Uint8Array): Promise<PdfAFinding[]> {
  let pdf: ParsedPdf;
  try {
    pdf = await parsePdf(bytes);
  } catch (error) {
    const message = error instanceof PdfStructureError ? error.message : `the PDF file cannot be read: ${String(error).split('\n')[0]}`;
    return [{ rule: /encrypted/.test(message) ? 'A-6.1-encryption' : 'A-file', message: /encrypted/.test(message) ? 'the PDF file is encrypted: PDF/A forbids encryption' : message }];
  }
  const findings: PdfAFinding[] = [];
  try {
    findings.push(...checkIdentification(pdf), ...checkOutputIntent(pdf), ...checkFonts(pdf), ...checkAssociatedFiles(pdf));
    findings.push(...checkTransparency(pdf), ...checkActions(pdf), ...checkAnnotationFlags(pdf));
  } catch (error) {
    findings.push({ rule: 'A-file', message: `the check stopped on a damaged part of the file: ${String(error instanceof Error ? error.message : error).split('\n')[0]}` });
  }
  return findings;
}

/** True when the file's XMP declares a PDF/A part (the rules above then apply). */
export async function claimsPdfA(bytes: Uint8Array): Promise<boolean> {
  try {
    const xmp = readXmp(await parsePdf(bytes));
    return typeof xmp !== 'string' && pdfAClaim(xmp).part !== undefined;
  } catch {
    return false;
  }
}

function readXmp(pdf: ParsedPdf): XmlElement | string {
  const metadata = streamAt(pdf, pdf.catalog, 'Metadata');
  if (!metadata) return 'the catalog has no /Metadata stream';
  try {
    return parseXml(new TextDecoder('utf-8', { fatal: true }).decode(decodeStream(metadata)).replace(/^\uFEFF/, ''));
  } catch (error) {
    return `the XMP metadata cannot be read: ${(error as Error).message}`;
  }
}

/** pdfaid:part and pdfaid:conformance, as elements or as attributes of rdf:Description. */
function pdfAClaim(xmp: XmlElement): PdfAClaim {
  const value = (local: string) => {
    const el = descendants(xmp, local).find((e) => e.uri === PDFA_NS);
    if (el) return textContent(el).trim();
    for (const d of descendants(xmp, 'Description').filter((e) => e.uri === RDF_NS)) {
      for (const [name, v] of Object.entries(d.attrs)) if (name.startsWith('xmlns:') && v === PDFA_NS && d.attrs[`${name.slice(6)}:${local}`] !== undefined) return d.attrs[`${name.slice(6)}:${local}`].trim();
    }
    return undefined;
  };
  const claim: PdfAClaim = {};
  const part = value('part');
  const conformance = value('conformance');
  if (part !== undefined) claim.part = part;
  if (conformance !== undefined) claim.conformance = conformance;
  return claim;
}

/** 6.6.4: pdfaid:part 3 with conformance A, B or U; 6.6.2.3: pdfuaid, when used, declared by an extension schema. */
function checkIdentification(pdf: ParsedPdf): PdfAFinding[] {
  const xmp = readXmp(pdf);
  const at = { rule: 'A-6.6-identification', object: 'Catalog/Metadata' };
  if (typeof xmp === 'string') return [{ ...at, message: `${xmp}: PDF/A identifies itself in the XMP metadata` }];
  const claim = pdfAClaim(xmp);
  const findings: PdfAFinding[] = [];
  if (claim.part !== '3') findings.push({ ...at, message: claim.part === undefined ? 'the XMP metadata has no pdfaid:part: the file does not claim PDF/A' : `the XMP pdfaid:part is "${claim.part}", not "3"` });
  if (!['A', 'B', 'U'].includes(claim.conformance ?? '')) findings.push({ ...at, message: `the XMP pdfaid:conformance is ${claim.conformance === undefined ? 'missing' : `"${claim.conformance}"`}, not A, B or U` });
  const usesPdfUa = descendants(xmp, 'part').some((e) => e.uri === PDFUA_NS);
  const declared = descendants(xmp, 'namespaceURI').some((e) => e.uri === PDFA_SCHEMA_NS && textContent(e).trim() === PDFUA_NS);
  if (usesPdfUa && !declared) findings.push({ ...at, message: 'the XMP uses pdfuaid:part without a PDF/A extension schema that declares the pdfuaid namespace' });
  return findings;
}

/** 6.2.3: an output intent GTS_PDFA1 with an ICC profile of 1, 3 or 4 components; all output intents share it. */
function checkOutputIntent(pdf: ParsedPdf): PdfAFinding[] {
  const at = { rule: 'A-6.2-output-intent', object: 'Catalog/OutputIntents' };
  const intents = itemsOf(pdf, arrayAt(pdf, pdf.catalog, 'OutputIntents')).map(asDict).filter((d): d is PDFDict => d !== undefined);
  const pdfa = intents.filter((d) => nameAt(pdf, d, 'S') === 'GTS_PDFA1');
  if (pdfa.length === 0) return [{ ...at, message: 'the catalog has no output intent /S /GTS_PDFA1: colours have no defined meaning (an sRGB profile is the usual one)' }];
  const findings: PdfAFinding[] = [];
  const profiles = new Set<string>();
  for (const intent of intents) {
    const ref = intent.get(PDFName.of('DestOutputProfile'));
    const profile = streamAt(pdf, intent, 'DestOutputProfile');
    if (!profile) {
      if (nameAt(pdf, intent, 'S') === 'GTS_PDFA1') findings.push({ ...at, message: 'the PDF/A output intent has no /DestOutputProfile ICC stream' });
      continue;
    }
    profiles.add(ref instanceof PDFRef ? ref.toString() : 'direct');
    const n = numberAt(pdf, profile.dict, 'N');
    if (n !== 1 && n !== 3 && n !== 4) findings.push({ ...at, message: `the output intent's ICC profile has /N ${n ?? 'missing'}, not 1, 3 or 4 colour components` });
  }
  if (profiles.size > 1) findings.push({ ...at, message: 'the output intents name different ICC profiles: PDF/A allows one' });
  return findings;
}

/** 6.2.11.4: every font used on a page is embedded (a font program in its descriptor); 6.2.11.3.2: a CIDFontType2 has a /CIDToGIDMap. */
function checkFonts(pdf: ParsedPdf): PdfAFinding[] {
  const findings: PdfAFinding[] = [];
  const seen = new Set<PDFObject>();
  const check = (value: PDFObject | undefined, page: number) => {
    const font = asDict(value instanceof PDFRef ? pdf.context.lookup(value) : value);
    if (!font || seen.has(font)) return;
    seen.add(font);
    const subtype = nameAt(pdf, font, 'Subtype');
    if (subtype === 'Type3') return;
    const name = nameAt(pdf, font, 'BaseFont') ?? describeRef(value);
    const programs = (f: PDFDict) => ['FontFile', 'FontFile2', 'FontFile3'].some((k) => streamAt(pdf, dictAt(pdf, f, 'FontDescriptor'), k) !== undefined);
    if (subtype === 'Type0') {
      const descendant = asDict(pdf.context.lookup(itemsOf(pdf, arrayAt(pdf, font, 'DescendantFonts'))[0]));
      if (!descendant || !programs(descendant)) findings.push({ rule: 'A-6.2-fonts', page, object: describeRef(value), message: `font ${name} on page ${page} is not embedded: its descendant font has no font program` });
      else if (nameAt(pdf, descendant, 'Subtype') === 'CIDFontType2' && entry(pdf, descendant, 'CIDToGIDMap') === undefined) {
        findings.push({ rule: 'A-6.2-fonts', page, object: describeRef(value), message: `font ${name} on page ${page} is a CIDFontType2 without /CIDToGIDMap` });
      }
    } else if (!programs(font)) {
      findings.push({ rule: 'A-6.2-fonts', page, object: describeRef(value), message: `font ${name} on page ${page} is not embedded: its descriptor has no font program` });
    }
  };
  for (const page of pdf.pages) {
    for (const resources of resourceDicts(pdf, page.resources)) {
      const fonts = dictAt(pdf, resources, 'Font');
      for (const [, value] of fonts?.entries() ?? []) check(value, page.number);
    }
  }
  return findings;
}

/** A page's resources and those of the Form XObjects it draws, nested forms included (cycles cut, at most 16 deep). */
function resourceDicts(pdf: ParsedPdf, resources: PDFDict | undefined): PDFDict[] {
  const out: PDFDict[] = [];
  const pending: [PDFDict, number][] = resources ? [[resources, 0]] : [];
  const seen = new Set<PDFDict>();
  while (pending.length > 0) {
    const [dict, depth] = pending.pop()!;
    if (seen.has(dict)) continue;
    seen.add(dict);
    out.push(dict);
    if (depth >= 16) continue;
    for (const [, value] of dictAt(pdf, dict, 'XObject')?.entries() ?? []) {
      const form = pdf.context.lookup(value);
      if (form instanceof PDFStream && nameAt(pdf, form.dict, 'Subtype') === 'Form') {
        const inner = dictAt(pdf, form.dict, 'Resources');
        if (inner) pending.push([inner, depth + 1]);
      }
    }
  }
  return out;
}

/**
 * 6.8: every embedded file is an associated file: its specification has /F, /UF, an
 * /AFRelationship of the five PDF/A-3 allows, and is listed in the catalog's (or a page's)
 * /AF; its stream has a MIME type as /Subtype and /Params /ModDate.
 */
function checkAssociatedFiles(pdf: ParsedPdf): PdfAFinding[] {
  const findings: PdfAFinding[] = [];
  const listed = new Set<string>();
  const afOf = (dict: PDFDict) => itemsOf(pdf, arrayAt(pdf, dict, 'AF')).length;
  const refs = (dict: PDFDict) => (arrayAt(pdf, dict, 'AF')?.asArray() ?? []).map((v) => v.toString());
  refs(pdf.catalog).forEach((r) => listed.add(r));
  for (const page of pdf.pages) if (afOf(page.dict) > 0) refs(page.dict).forEach((r) => listed.add(r));
  const specs = new Map<string, PDFObject>();
  const tree = dictAt(pdf, dictAt(pdf, pdf.catalog, 'Names'), 'EmbeddedFiles');
  const problems: string[] = [];
  if (tree) for (const value of readNameTreeValues(pdf, tree, problems)) specs.set(value.toString(), value);
  for (const value of arrayAt(pdf, pdf.catalog, 'AF')?.asArray() ?? []) specs.set(value.toString(), value);
  for (const problem of problems) findings.push({ rule: 'A-6.8-embedded-files', object: 'Catalog/Names/EmbeddedFiles', message: `the EmbeddedFiles name tree is malformed: ${problem}` });
  for (const [key, value] of specs) {
    const spec = asDict(value instanceof PDFRef ? pdf.context.lookup(value) : value);
    const object = describeRef(value);
    const report = (message: string) => findings.push({ rule: 'A-6.8-embedded-files', object, message: `embedded file ${textAt(pdf, spec, 'UF') ?? object}: ${message}` });
    if (!spec) {
      report('the file specification is not a dictionary');
      continue;
    }
    for (const k of ['F', 'UF']) if (textAt(pdf, spec, k) === undefined) report(`its file specification has no /${k}`);
    const relationship = nameAt(pdf, spec, 'AFRelationship');
    if (relationship === undefined || !RELATIONSHIPS.has(relationship)) report(`its /AFRelationship is ${relationship === undefined ? 'missing' : `/${relationship}`}, not one of ${[...RELATIONSHIPS].join(', ')}`);
    if (!listed.has(key)) report('it is not listed in the /AF (associated files) of the catalog or a page');
    const stream = streamAt(pdf, dictAt(pdf, spec, 'EF'), 'F');
    if (!stream) {
      report('its file specification has no embedded file stream (/EF /F)');
      continue;
    }
    const mime = nameAt(pdf, stream.dict, 'Subtype');
    if (mime === undefined || !MIME_TYPE.test(mime)) report(`its stream's /Subtype is ${mime === undefined ? 'missing' : `"${mime}"`}: PDF/A-3 asks for the MIME type`);
    if (textAt(pdf, dictAt(pdf, stream.dict, 'Params'), 'ModDate') === undefined) report('its stream has no /Params /ModDate');
  }
  return findings;
}

/** 6.2.10 (checked strictly): every transparency group of a page or Form XObject names its blend colour space /CS. */
function checkTransparency(pdf: ParsedPdf): PdfAFinding[] {
  const findings: PdfAFinding[] = [];
  const check = (owner: PDFDict, page: number, what: string) => {
    const group = dictAt(pdf, owner, 'Group');
    if (group && nameAt(pdf, group, 'S') === 'Transparency' && entry(pdf, group, 'CS') === undefined) {
      findings.push({ rule: 'A-6.2-transparency', page, message: `${what} on page ${page} has a transparency group without a blend colour space (/CS)` });
    }
  };
  for (const page of pdf.pages) {
    check(page.dict, page.number, 'the page');
    for (const resources of resourceDicts(pdf, page.resources)) {
      for (const [name, value] of dictAt(pdf, resources, 'XObject')?.entries() ?? []) {
        const form = pdf.context.lookup(value);
        if (form instanceof PDFStream) check(form.dict, page.number, `XObject ${name.decodeText()}`);
      }
    }
  }
  return findings;
}

/** 6.6.1: no JavaScript (name tree, actions) and no additional actions (/AA). */
function checkActions(pdf: ParsedPdf): PdfAFinding[] {
  const findings: PdfAFinding[] = [];
  const at = (message: string, page?: number) => findings.push({ rule: 'A-6.6-actions', ...(page ? { page } : {}), message });
  if (dictAt(pdf, dictAt(pdf, pdf.catalog, 'Names'), 'JavaScript')) at('the catalog names JavaScript (/Names /JavaScript)');
  if (entry(pdf, pdf.catalog, 'AA')) at('the catalog has additional actions (/AA)');
  const isScript = (action: PDFDict | undefined) => action !== undefined && ['JavaScript', 'Launch', 'ImportData', 'ResetForm', 'SubmitForm'].includes(nameAt(pdf, action, 'S') ?? '');
  if (isScript(dictAt(pdf, pdf.catalog, 'OpenAction'))) at(`the document's open action is a /${nameAt(pdf, dictAt(pdf, pdf.catalog, 'OpenAction'), 'S')} action`);
  for (const page of pdf.pages) {
    if (entry(pdf, page.dict, 'AA')) at(`page ${page.number} has additional actions (/AA)`, page.number);
    for (const annot of annotations(pdf, page.dict)) {
      if (isScript(dictAt(pdf, annot, 'A'))) at(`an annotation on page ${page.number} runs a /${nameAt(pdf, dictAt(pdf, annot, 'A'), 'S')} action`, page.number);
      if (entry(pdf, annot, 'AA')) at(`an annotation on page ${page.number} has additional actions (/AA)`, page.number);
    }
  }
  return findings;
}

/** 6.3.2: every annotation (other than Popup) is printed and not hidden: /F with Print set, Hidden, Invisible and NoView clear. */
function checkAnnotationFlags(pdf: ParsedPdf): PdfAFinding[] {
  const findings: PdfAFinding[] = [];
  for (const page of pdf.pages) {
    for (const annot of annotations(pdf, page.dict)) {
      if (nameAt(pdf, annot, 'Subtype') === 'Popup') continue;
      const flags = numberAt(pdf, annot, 'F') ?? 0;
      const wrong = (flags & FLAG.print) === 0 || (flags & (FLAG.hidden | FLAG.invisible | FLAG.noView)) !== 0;
      if (wrong) findings.push({ rule: 'A-6.3-annotations', page: page.number, message: `a /${nameAt(pdf, annot, 'Subtype') ?? '?'} annotation on page ${page.number} has flags ${flags}: PDF/A asks for Print set and Hidden, Invisible, NoView clear` });
    }
  }
  return findings;
}

function annotations(pdf: ParsedPdf, page: PDFDict): PDFDict[] {
  const annots = entry(pdf, page, 'Annots');
  return annots instanceof PDFArray ? itemsOf(pdf, annots).map(asDict).filter((d): d is PDFDict => d !== undefined) : [];
}
