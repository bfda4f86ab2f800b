/**
 * Rule family (a), catalog and metadata (PDF/UA-1 7.1, 7.2, 7.10, 7.11; Matterhorn groups
 * 06, 07, 11, 20, 21): the document is marked as tagged, says its language, carries XMP
 * metadata with the PDF/UA identifier and a title, and asks viewers to show that title;
 * optional-content configurations have names, embedded files have /F and /UF.
 */
import { PDFDict } from 'pdf-lib';
import { descendants, parseXml, textContent, type XmlElement } from '../../xml/read';
import {
  arrayAt,
  asDict,
  boolAt,
  decodeStream,
  describeRef,
  dictAt,
  entry,
  itemsOf,
  readNameTreeValues,
  streamAt,
  textAt,
  type ParsedPdf,
  type PdfFinding,
} from './pdf';

const PDFUA_NS = 'http://www.aiim.org/pdfua/ns/id/';
const DC_NS = 'http://purl.org/dc/elements/1.1/';
const RDF_NS = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
/** BCP 47 in outline: a primary language subtag and optional subtags. */
const LANGUAGE_TAG = /^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$/;

export function checkCatalog(pdf: ParsedPdf): PdfFinding[] {
  const findings: PdfFinding[] = [];
  const markInfo = dictAt(pdf, pdf.catalog, 'MarkInfo');
  if (boolAt(pdf, markInfo, 'Marked') !== true) {
    findings.push({ rule: 'UA-7.1-marked', object: 'Catalog/MarkInfo', message: 'the catalog does not mark the document as tagged: /MarkInfo /Marked must be true' });
  }
  if (boolAt(pdf, markInfo, 'Suspects') === true) {
    findings.push({ rule: 'UA-7.1-marked', object: 'Catalog/MarkInfo', message: '/MarkInfo /Suspects is true: the tagging is declared unreliable' });
  }

  const lang = textAt(pdf, pdf.catalog, 'Lang');
  if (lang === undefined || lang.trim() === '') {
    findings.push({ rule: 'UA-7.2-lang', object: 'Catalog/Lang', message: 'the catalog has no /Lang: the natural language of the document is not stated' });
  } else if (!LANGUAGE_TAG.test(lang)) {
    findings.push({ rule: 'UA-7.2-lang', object: 'Catalog/Lang', message: `the catalog /Lang "${lang}" is not a language tag such as "nl-NL"` });
  }

  const viewerPreferences = dictAt(pdf, pdf.catalog, 'ViewerPreferences');
  if (boolAt(pdf, viewerPreferences, 'DisplayDocTitle') !== true) {
    findings.push({ rule: 'UA-7.1-title', object: 'Catalog/ViewerPreferences', message: '/ViewerPreferences /DisplayDocTitle is not true: viewers show the file name instead of the title' });
  }

  const xmp = readXmp(pdf, findings);
  if (xmp) findings.push(...checkXmp(pdf, xmp));
  findings.push(...checkOptionalContent(pdf), ...checkEmbeddedFiles(pdf));
  return findings;
}

/** 7.10: every optional-content configuration has a /Name and no /AS. */
function checkOptionalContent(pdf: ParsedPdf): PdfFinding[] {
  const properties = dictAt(pdf, pdf.catalog, 'OCProperties');
  if (!properties) return [];
  const configs = [dictAt(pdf, properties, 'D'), ...itemsOf(pdf, arrayAt(pdf, properties, 'Configs')).map(asDict)];
  const findings: PdfFinding[] = [];
  configs.forEach((config, index) => {
    if (!config) return;
    const which = index === 0 ? 'the default optional-content configuration (/D)' : `optional-content configuration ${index} (/Configs)`;
    const report = (message: string) => findings.push({ rule: 'UA-7.10-optional-content', object: 'Catalog/OCProperties', message: `${which} ${message}` });
    if (!textAt(pdf, config, 'Name')) report('has no /Name');
    if (entry(pdf, config, 'AS') !== undefined) report('has an /AS entry');
  });
  return findings;
}

/** 7.11: every embedded file specification has /F and /UF. */
function checkEmbeddedFiles(pdf: ParsedPdf): PdfFinding[] {
  const tree = dictAt(pdf, dictAt(pdf, pdf.catalog, 'Names'), 'EmbeddedFiles');
  if (!tree) return [];
  const problems: string[] = [];
  const findings: PdfFinding[] = [];
  for (const value of readNameTreeValues(pdf, tree, problems)) {
    const spec = asDict(pdf.context.lookup(value));
    const object = describeRef(value);
    if (!spec) continue;
    const missing = ['F', 'UF'].filter((key) => textAt(pdf, spec, key) === undefined);
    if (missing.length > 0) {
      findings.push({ rule: 'UA-7.11-embedded-files', object, message: `embedded file specification ${object} has no ${missing.map((k) => '/' + k).join(' or ')}` });
    }
  }
  for (const problem of problems) findings.push({ rule: 'UA-7.11-embedded-files', object: 'Catalog/Names/EmbeddedFiles', message: `the EmbeddedFiles name tree is malformed: ${problem}` });
  return findings;
}

function readXmp(pdf: ParsedPdf, findings: PdfFinding[]): XmlElement | undefined {
  const metadata = streamAt(pdf, pdf.catalog, 'Metadata');
  const fail = (message: string) => {
    findings.push({ rule: 'UA-7.1-metadata', object: 'Catalog/Metadata', message });
    return undefined;
  };
  if (!metadata) return fail('the catalog has no /Metadata stream: XMP metadata with the PDF/UA identifier is required');
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(decodeStream(metadata)).replace(/^\uFEFF/, '');
  } catch (error) {
    return fail(`the XMP metadata stream cannot be decoded: ${(error as Error).message}`);
  }
  try {
    return parseXml(text);
  } catch (error) {
    return fail(`the XMP metadata is not well-formed XML: ${(error as Error).message}`);
  }
}

function checkXmp(pdf: ParsedPdf, xmp: XmlElement): PdfFinding[] {
  const findings: PdfFinding[] = [];
  const parts = pdfUaParts(xmp);
  if (parts.length === 0) {
    findings.push({ rule: 'UA-7.1-metadata', object: 'Catalog/Metadata', message: 'the XMP metadata has no pdfuaid:part: the file does not claim PDF/UA conformance' });
  } else if (parts.some((part) => part !== '1')) {
    findings.push({ rule: 'UA-7.1-metadata', object: 'Catalog/Metadata', message: `the XMP pdfuaid:part is "${parts.join('", "')}", not "1"` });
  }

  const title = dcTitle(xmp);
  if (title === undefined || title === '') {
    findings.push({ rule: 'UA-7.1-title', object: 'Catalog/Metadata', message: 'the XMP metadata has no dc:title: the document has no title' });
  }
  const info = pdf.context.lookup(pdf.context.trailerInfo.Info);
  const infoTitle = info instanceof PDFDict ? textAt(pdf, info, 'Title') : undefined;
  if (title && infoTitle !== undefined && infoTitle !== title) {
    findings.push({ rule: 'UA-7.1-title', object: 'Info/Title', message: `the Info /Title "${infoTitle}" differs from the XMP dc:title "${title}"` });
  }
  return findings;
}

/** Values of pdfuaid:part, written as an element or as an attribute of rdf:Description. */
function pdfUaParts(xmp: XmlElement): string[] {
  const parts = descendants(xmp, 'part')
    .filter((el) => el.uri === PDFUA_NS)
    .map((el) => textContent(el).trim());
  const prefixes = new Set<string>();
  const elements = [xmp, ...descendants(xmp, 'Description')];
  for (const el of elements) {
    for (const [name, value] of Object.entries(el.attrs)) if (name.startsWith('xmlns:') && value === PDFUA_NS) prefixes.add(name.slice(6));
  }
  for (const el of descendants(xmp, 'Description').filter((d) => d.uri === RDF_NS)) {
    for (const prefix of prefixes) if (el.attrs[`${prefix}:part`] !== undefined) parts.push(el.attrs[`${prefix}:part`].trim());
  }
  return parts;
}

/** The x-default (or else the first) entry of dc:title. */
function dcTitle(xmp: XmlElement): string | undefined {
  const title = descendants(xmp, 'title').find((el) => el.uri === DC_NS);
  if (!title) return undefined;
  const items = descendants(title, 'li').filter((el) => el.uri === RDF_NS);
  const chosen = items.find((li) => li.attrs['xml:lang'] === 'x-default') ?? items[0];
  return (chosen ? textContent(chosen) : textContent(title)).trim();
}
