/**
 * Rule family (c), content (PDF/UA-1 7.1 items 1–3; Matterhorn 01-003, 01-004, 01-005):
 * every painting operator of every page, and of the Form XObjects a page draws, lies in
 * marked content that is either tagged (has an MCID) or an /Artifact, and the two are not
 * nested in each other. The same pass collects what later rules need: the MCIDs of each
 * page (for the ParentTree) and the strings shown with each font (for the font rules).
 */
import { PDFArray, PDFDict, PDFName, PDFObject, PDFStream } from 'pdf-lib';
import { decodeStream, describeRef, dictAt, entry, itemsOf, nameAt, numberAt, type ParsedPdf, type PdfFinding, type PdfPage } from './pdf';
import { ContentSyntaxError, tokenizeContent, type ContentOperation, type ContentValue } from './tokenizer';

const RULE = 'UA-7.1-content';
const TEXT_SHOWING = new Set(['Tj', 'TJ', "'", '"']);
const PAINTING = new Set([...TEXT_SHOWING, 'S', 's', 'f', 'F', 'f*', 'B', 'B*', 'b', 'b*', 'sh', 'BI']);
/** Form XObjects drawing Form XObjects: deeper than this is refused as hostile. */
const MAX_FORM_DEPTH = 16;

export interface FontUse {
  font: PDFDict;
  /** "12 0 R", or where a direct font dictionary sits. */
  object: string;
  /** The resource name it was selected by, e.g. "F1". */
  resourceName: string;
  /** Every string shown with it, as character codes, with the page it is on. */
  shows: { page: number; codes: Uint8Array }[];
}

export interface ContentScan {
  /** MCID → how often the page content (not its forms) marks it, per page number. */
  mcidsByPage: Map<number, Map<number, number>>;
  fonts: Map<string, FontUse>;
  findings: PdfFinding[];
}

interface MarkedContent {
  tag: string;
  mcid?: number;
  artifact: boolean;
}

interface FontState {
  font?: PDFDict;
  key?: string;
  name?: string;
}

/** Where a stream is drawn: the page, and the chain of forms it is inside. */
interface StreamPlace {
  page: PdfPage;
  /** Forms from the page down to this stream; empty for the page content itself. */
  forms: PDFStream[];
  /** The stream is drawn inside tagged content or an artifact. */
  covered: boolean;
  label: string;
}

export function scanContent(pdf: ParsedPdf): ContentScan {
  const scan: ContentScan = { mcidsByPage: new Map(), fonts: new Map(), findings: [] };
  for (const page of pdf.pages) {
    scan.mcidsByPage.set(page.number, new Map());
    const bytes = pageContent(pdf, page, scan.findings);
    if (bytes) scanStream(pdf, scan, bytes, page.resources, { page, forms: [], covered: false, label: `the content of page ${page.number}` });
  }
  return scan;
}

/** The page's content streams decoded and joined (they are one stream split anywhere). */
function pageContent(pdf: ParsedPdf, page: PdfPage, findings: PdfFinding[]): Uint8Array | undefined {
  const contents = entry(pdf, page.dict, 'Contents');
  const listed = contents instanceof PDFStream ? [contents] : contents instanceof PDFArray ? itemsOf(pdf, contents) : [];
  const streams = listed.filter((s): s is PDFStream => s instanceof PDFStream);
  const parts: Uint8Array[] = [];
  for (const stream of streams) {
    try {
      parts.push(decodeStream(stream), Uint8Array.of(0x0a));
    } catch (error) {
      findings.push({ rule: RULE, page: page.number, message: `page ${page.number}: a content stream cannot be decoded (${(error as Error).message})` });
      return undefined;
    }
  }
  return Buffer.concat(parts);
}

function scanStream(pdf: ParsedPdf, scan: ContentScan, bytes: Uint8Array, resources: PDFDict | undefined, place: StreamPlace): void {
  const marked: MarkedContent[] = [];
  const fontStack: FontState[] = [];
  let font: FontState = {};
  const untagged = new Map<string, number>();
  let firstUntagged: number | undefined;
  const report = (message: string) => scan.findings.push({ rule: RULE, page: place.page.number, message: `${place.label}: ${message}` });
  const covered = () => place.covered || marked.some((m) => m.artifact || m.mcid !== undefined);

  const visit = (op: ContentOperation) => {
    switch (op.operator) {
      case 'BMC':
      case 'BDC':
        marked.push(openMarkedContent(pdf, op, resources, marked, place, scan, report));
        return;
      case 'EMC':
        if (marked.pop() === undefined) report(`EMC at byte ${op.offset} closes no marked content`);
        return;
      case 'q':
        fontStack.push(font);
        return;
      case 'Q':
        font = fontStack.pop() ?? font;
        return;
      case 'Tf':
        font = selectFont(pdf, op, resources, place, report);
        return;
      case 'Do':
        drawXObject(pdf, scan, op, resources, { ...place, covered: covered() }, report, (operator) => countUntagged(operator, op.offset));
        return;
    }
    if (!PAINTING.has(op.operator)) return;
    if (!covered()) countUntagged(op.operator, op.offset);
    if (TEXT_SHOWING.has(op.operator)) recordShownText(scan, op, font, place, report);
  };
  const countUntagged = (operator: string, offset: number) => {
    untagged.set(operator, (untagged.get(operator) ?? 0) + 1);
    firstUntagged ??= offset;
  };

  try {
    for (const op of tokenizeContent(bytes)) visit(op);
  } catch (error) {
    if (!(error instanceof ContentSyntaxError)) throw error;
    report(`the content is malformed (${error.message}); the rest of it is not checked`);
  }
  if (marked.length > 0) report(`${marked.length} marked-content sequence(s) are not closed by EMC (${marked.map((m) => '/' + m.tag).join(', ')})`);
  if (untagged.size > 0) {
    const total = [...untagged.values()].reduce((a, b) => a + b, 0);
    const list = [...untagged].map(([operator, count]) => `${operator} ×${count}`).join(', ');
    report(`${total} painting operator(s) are neither tagged content nor an artifact: ${list} (the first at byte ${firstUntagged})`);
  }
}

function openMarkedContent(
  pdf: ParsedPdf,
  op: ContentOperation,
  resources: PDFDict | undefined,
  marked: MarkedContent[],
  place: StreamPlace,
  scan: ContentScan,
  report: (message: string) => void,
): MarkedContent {
  const tag = op.operands[0]?.type === 'name' ? op.operands[0].value : '?';
  const mcid = op.operator === 'BDC' ? markedContentId(pdf, op.operands[1], resources) : undefined;
  const artifact = tag === 'Artifact';
  if (artifact && marked.some((m) => m.mcid !== undefined)) report(`an /Artifact at byte ${op.offset} is inside tagged content`);
  if (mcid !== undefined && marked.some((m) => m.artifact)) report(`tagged content (MCID ${mcid}) at byte ${op.offset} is inside an /Artifact`);
  if (mcid !== undefined) {
    const form = place.forms[place.forms.length - 1];
    if (!form) {
      const counts = scan.mcidsByPage.get(place.page.number)!;
      counts.set(mcid, (counts.get(mcid) ?? 0) + 1);
    } else if (numberAt(pdf, form.dict, 'StructParents') === undefined) {
      report(`MCID ${mcid} is used in a Form XObject that has no /StructParents`);
    }
  }
  return { tag, mcid, artifact };
}

/** The MCID of a BDC property list, given inline or by name from /Properties. */
function markedContentId(pdf: ParsedPdf, properties: ContentValue | undefined, resources: PDFDict | undefined): number | undefined {
  if (properties?.type === 'dict') {
    const mcid = properties.entries.get('MCID');
    return mcid?.type === 'number' ? mcid.value : undefined;
  }
  if (properties?.type === 'name') return numberAt(pdf, dictAt(pdf, dictAt(pdf, resources, 'Properties'), properties.value), 'MCID');
  return undefined;
}

function selectFont(pdf: ParsedPdf, op: ContentOperation, resources: PDFDict | undefined, place: StreamPlace, report: (message: string) => void): FontState {
  const name = op.operands[0]?.type === 'name' ? op.operands[0].value : undefined;
  if (name === undefined) return {};
  const fonts = dictAt(pdf, resources, 'Font');
  const raw = fonts?.get(PDFName.of(name));
  const font = dictAt(pdf, fonts, name);
  if (!font) {
    report(`font /${name} (Tf at byte ${op.offset}) is not in the resources`);
    return { name };
  }
  const key = describeRef(raw, `font /${name} of ${place.label}`);
  return { font, key, name };
}

function recordShownText(scan: ContentScan, op: ContentOperation, font: FontState, place: StreamPlace, report: (message: string) => void): void {
  if (!font.font || !font.key) {
    if (!font.name) report(`text is shown (${op.operator} at byte ${op.offset}) before any font is selected`);
    return;
  }
  let use = scan.fonts.get(font.key);
  if (!use) scan.fonts.set(font.key, (use = { font: font.font, object: font.key, resourceName: font.name!, shows: [] }));
  for (const operand of op.operands) {
    const strings = operand.type === 'array' ? operand.items : [operand];
    for (const item of strings) if (item.type === 'string') use.shows.push({ page: place.page.number, codes: item.bytes });
  }
}

function drawXObject(
  pdf: ParsedPdf,
  scan: ContentScan,
  op: ContentOperation,
  resources: PDFDict | undefined,
  place: StreamPlace,
  report: (message: string) => void,
  paintsUntagged: (operator: string) => void,
): void {
  const name = op.operands[0]?.type === 'name' ? op.operands[0].value : undefined;
  const xobjects = dictAt(pdf, resources, 'XObject');
  const raw: PDFObject | undefined = name === undefined ? undefined : xobjects?.get(PDFName.of(name));
  const xobject = name === undefined ? undefined : entry(pdf, xobjects, name);
  if (!(xobject instanceof PDFStream)) {
    report(`XObject /${name ?? '?'} (Do at byte ${op.offset}) is not in the resources`);
    return;
  }
  const subtype = nameAt(pdf, xobject.dict, 'Subtype');
  if (subtype !== 'Form') {
    if (!place.covered) paintsUntagged(`Do (${subtype === 'Image' ? 'image' : (subtype ?? 'XObject')} /${name})`);
    return;
  }
  if (place.forms.includes(xobject)) return report(`Form XObject /${name} draws itself`);
  if (place.forms.length >= MAX_FORM_DEPTH) return report(`Form XObjects nest deeper than ${MAX_FORM_DEPTH}; /${name} is not checked`);
  let bytes: Uint8Array;
  try {
    bytes = decodeStream(xobject);
  } catch (error) {
    return report(`Form XObject /${name} cannot be decoded (${(error as Error).message})`);
  }
  const label = `Form XObject ${describeRef(raw, '/' + name)} drawn on page ${place.page.number}`;
  scanStream(pdf, scan, bytes, dictAt(pdf, xobject.dict, 'Resources') ?? resources, { page: place.page, forms: [...place.forms, xobject], covered: place.covered, label });
}
