/**
 * A small tagged PDF/UA-1 document made with pdfkit and the exporter's tagging helpers:
 * Document > H1, P, H2, P (with Reference and Link), L > LI > Lbl + LBody, Table, Note,
 * and a second page; running heads and page numbers are artifacts.
 */
import * as path from 'path';
import PDFDocument from 'pdfkit';
import { addDescribedLink, createPdfUaDocument, drawArtifact, noteElement, structElement } from '../../src/exporters/pdf/tagging';

export const NOTO_SANS = path.join(__dirname, '../../node_modules/@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf');
export const GOOD_TITLE = 'Antwoord op vragen over asiel & migratie';
export const LINK_DESCRIPTION = 'Website van de Rijksoverheid';

type Doc = InstanceType<typeof PDFDocument>;

function toBytes(doc: Doc): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
  });
}

function runningHead(doc: Doc, pageNumber: number): void {
  drawArtifact(doc, 'Pagination', () => {
    doc.fontSize(8).text('Tweede Kamer der Staten-Generaal', 72, 30);
    doc.text(`Pagina ${pageNumber}`, 72, 800);
  });
  doc.fontSize(11);
}

/** A list item drawn as LI > Lbl + LBody: pdfkit's own list() leaves Lbl empty. */
function listItem(doc: Doc, label: string, body: string, y: number): PDFKit.PDFStructureElement {
  return structElement(doc, 'LI', [structElement(doc, 'Lbl', () => doc.text(label, 90, y)), structElement(doc, 'LBody', () => doc.text(body, 110, y))]);
}

function cell(doc: Doc, type: 'TH' | 'TD', text: string, x: number, y: number): PDFKit.PDFStructureElement {
  return structElement(doc, type, () => doc.text(text, x, y));
}

export async function buildGoodPdf(pages = 2): Promise<Uint8Array> {
  const doc = createPdfUaDocument(PDFDocument, {
    title: GOOD_TITLE,
    lang: 'nl-NL',
    font: NOTO_SANS,
    creationDate: new Date('2026-06-18T10:00:00Z'),
    // Narrow margins: the page number near the foot must not make pdfkit start a new page.
    margins: { top: 20, bottom: 20, left: 72, right: 72 },
  });
  const bytes = toBytes(doc);
  const root = doc.struct('Document');
  doc.addStructure(root);
  runningHead(doc, 1);
  root.add(structElement(doc, 'H1', () => doc.fontSize(16).text('Antwoord op vragen', 72, 72)));
  doc.fontSize(11);
  root.add(structElement(doc, 'P', () => doc.text('Hierbij zend ik u de antwoorden op de vragen.', 72, 110)));
  root.add(structElement(doc, 'H2', () => doc.fontSize(13).text('Vraag 1', 72, 140)));
  doc.fontSize(11);
  const link: PDFKit.PDFStructureElement = structElement(doc, 'Link', () => {
    const url = 'https://www.rijksoverheid.nl';
    doc.text(url, 72, 185);
    addDescribedLink(doc, link, { x: 72, y: 185, width: doc.widthOfString(url), height: doc.currentLineHeight() }, url, LINK_DESCRIPTION);
  });
  root.add(
    structElement(doc, 'P', [
      () => doc.text('Meer informatie staat op de website, zie noot', 72, 170),
      structElement(doc, 'Reference', () => doc.fontSize(7).text('1', 320, 168)),
      link,
    ]),
  );
  doc.fontSize(11);
  root.add(structElement(doc, 'L', [listItem(doc, '1.', 'het eerste punt;', 210), listItem(doc, '2.', 'het tweede punt.', 225)]));
  root.add(
    structElement(doc, 'Table', [
      structElement(doc, 'TR', [cell(doc, 'TH', 'Jaar', 72, 260), cell(doc, 'TH', 'Aantal', 200, 260)]),
      structElement(doc, 'TR', [cell(doc, 'TD', '2025', 72, 275), cell(doc, 'TD', '1200', 200, 275)]),
    ]),
  );
  root.add(noteElement(doc, 'note-1', () => doc.fontSize(8).text('1 Kamerstukken II 2025/26, 19 637, nr. 3300.', 72, 760)));
  for (let page = 2; page <= pages; page++) {
    doc.addPage();
    runningHead(doc, page);
    root.add(structElement(doc, 'P', () => doc.text(`Tekst op pagina ${page}.`, 72, 72)));
  }
  root.end();
  doc.end();
  return bytes;
}
