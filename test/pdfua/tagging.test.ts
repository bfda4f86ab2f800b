import PDFDocument from 'pdfkit';
import { addDescribedLink, createPdfUaDocument, escapeXml, missingGlyphs, noteElement, setStructureId, structElement } from '../../src/exporters/pdf/tagging';
import { NOTO_SANS } from './good-pdf';

const newDocument = () => createPdfUaDocument(PDFDocument, { title: 'T', lang: 'nl-NL', font: NOTO_SANS, creationDate: new Date('2026-01-01T00:00:00Z') });

describe('tagging helpers for the PDF exporter', () => {
  test('escapeXml escapes the five XML specials', () => {
    expect(escapeXml(`Asiel & migratie <2026> "x" 'y'`)).toBe('Asiel &amp; migratie &lt;2026&gt; &quot;x&quot; &apos;y&apos;');
  });

  test('missingGlyphs names the characters Noto Sans cannot draw, and none of Dutch or Polish text', () => {
    const doc = newDocument();
    expect(missingGlyphs(doc, 'Łódź, één, café, ő, €, “aanhalingstekens”\n')).toEqual([]);
    expect(missingGlyphs(doc, 'a中b中\u{1D538}')).toEqual(['中', '\u{1D538}']);
  });

  test('a structure /ID must not be empty, and must be set before the element is written', () => {
    const doc = newDocument();
    const root = doc.struct('Document');
    doc.addStructure(root);
    expect(() => noteElement(doc, '')).toThrow('must not be empty');
    const paragraph = structElement(doc, 'P', () => doc.text('tekst'));
    root.add(paragraph);
    expect(() => setStructureId(paragraph, 'p-1')).toThrow('already written');
  });

  test('a link needs a description', () => {
    const doc = newDocument();
    const link = doc.struct('Link');
    expect(() => addDescribedLink(doc, link, { x: 0, y: 0, width: 10, height: 10 }, 'https://example.org', '  ')).toThrow('needs a description');
  });
});
