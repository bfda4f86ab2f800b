/**
 * Word's structures a letter's text can hide in, each read once and none dropped unsaid:
 * fields (page numbers are furniture, other fields their cached result), mc:AlternateContent
 * (the Choice or the Fallback, never both), content controls around table rows, endnotes, and
 * an even-page header a document without different even pages never shows.
 */
import { Document, Header, Packer, Paragraph } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { importDocx } from '../../src/importers/docx';
import type { ImportResult } from '../../src/importers/result';
import { plainText } from '../../src/model/text';
import type { Block, Letter } from '../../src/model/types';
import { unaccounted } from './ledger';

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const run = (t: string) => `<w:r><w:t xml:space="preserve">${t}</w:t></w:r>`;
const para = (inner: string) => `<w:p>${inner}</w:p>`;
const field = (instruction: string, result: string) =>
  `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${instruction} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run(result)}<w:r><w:fldChar w:fldCharType="end"/></w:r>`;
const box = (text: string) => `<w:txbxContent>${para(run(text))}</w:txbxContent>`;

/** A package from the docx library with its body (and endnotes) replaced by this XML. */
async function letterWith(body: string, endnotes?: string): Promise<Uint8Array> {
  const doc = new Document({
    sections: [{ headers: { default: new Header({ children: [new Paragraph('Onze referentie 2026-77')] }), even: new Header({ children: [new Paragraph('Concept even pagina')] }) }, children: [new Paragraph('x')] }],
  });
  const files = unzipSync(await Packer.pack(doc, 'uint8array'));
  const xml = strFromU8(files['word/document.xml']);
  files['word/document.xml'] = strToU8(xml.replace(/<w:body>[\s\S]*?(<w:sectPr)/, `<w:body>${body}$1`));
  if (endnotes) {
    files['word/endnotes.xml'] = strToU8(`<?xml version="1.0" encoding="UTF-8"?><w:endnotes ${W}>${endnotes}</w:endnotes>`);
  }
  return zipSync(files);
}

const items = (letter: Letter) => letter.questionsAndAnswers?.sections.flatMap((s) => s.items) ?? [];
const text = (blocks: Block[]) => blocks.map((b) => (b.type === 'paragraph' ? plainText(b.content) : b.type)).join(' / ');

describe('story parts and Word structures', () => {
  let bytes: Uint8Array;
  let result: ImportResult;
  beforeAll(async () => {
    const choiceAndFallback = `<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Choice Requires="wps"><w:drawing><wps:wsp xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:txbx>${box('Datum 9 april 2026')}</wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>${box('Datum 9 april 2026')}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>`;
    const fallbackOnly = `<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Fallback><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox>${box('Betreft Vragen over de sluizen')}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent>`;
    bytes = await letterWith(
      [
        para(`<w:r>${choiceAndFallback}</w:r>`),
        para(`<w:r>${fallbackOnly}</w:r>`),
        para(run('Hierbij zend ik u, ') + field('DOCPROPERTY aanhef', 'geachte voorzitter') + run(', de antwoorden.')),
        para(run('De Minister van Infrastructuur en Waterstaat,')),
        para(run('R. Visser')),
        para(run('Vraag 1')),
        para(run('Hoeveel sluizen zijn er?')),
        para(run('Antwoord op vraag 1')),
        para(run('Zie de tabel') + `<w:r><w:endnoteReference w:id="1"/></w:r>` + run('.')),
        `<w:tbl><w:tr><w:tc>${para(run('Sluis'))}</w:tc><w:tc>${para(run('Jaar'))}</w:tc></w:tr><w:sdt><w:sdtContent><w:tr><w:tc>${para(run('Eefde'))}</w:tc><w:tc>${para(run('1931'))}</w:tc></w:tr></w:sdtContent></w:sdt><w:tr><w:tc>${para(run('Delden'))}</w:tc><w:tc>${para(run('1935'))}</w:tc></w:tr></w:tbl>`,
        para(run('Pagina ') + field('PAGE', '3') + run(' van ') + field('NUMPAGES', '4')),
        para(field('IF 1 = 1 "x"', '') + `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> IF </w:instrText></w:r><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:instrText>2</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r><w:r><w:instrText> &gt; 1 "Vervolg" ""</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>${run('Vervolg')}<w:r><w:fldChar w:fldCharType="end"/></w:r>`),
      ].join(''),
      `<w:endnote w:type="separator" w:id="-1">${para('<w:r><w:separator/></w:r>')}</w:endnote><w:endnote w:id="1">${para('<w:r><w:endnoteRef/></w:r>' + run(' Bron: Rijkswaterstaat, 2025.'))}</w:endnote>`,
    );
    result = importDocx(bytes);
  });

  it('reads a text box once from mc:Choice, and from mc:Fallback where there is no Choice', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.letter!.metadata).toMatchObject({ date: '2026-04-09', subject: 'Vragen over de sluizen' });
    expect(result.diagnostics.map((d) => d.message)).toContain('word/document.xml: the other copy of a text box (mc:AlternateContent), read once; left out: "Datum 9 april 2026"');
  });

  it('gives a field its cached result, and leaves page numbers out as furniture, also inside another field', () => {
    const letter = result.letter!;
    expect(text(letter.coverLetter!)).toBe('Hierbij zend ik u, geachte voorzitter, de antwoorden.');
    const messages = result.diagnostics.map((d) => d.message);
    expect(messages).toContain('word/document.xml: a page-number field (PAGE); left out: "3", "Vervolg"');
    expect(messages).toContain('word/document.xml: a page-number field (NUMPAGES); left out: "4"');
    expect(messages.some((m) => m.startsWith('word/document.xml: inside a field instruction (not shown)'))).toBe(false);
    // "Pagina van" around the fields stays text of the letter: only what the fields print is furniture.
    expect(JSON.stringify(letter)).not.toMatch(/"(?:3|4|Vervolg)"/);
  });

  it('reads table rows inside content controls, and an endnote as a note', () => {
    const answer = items(result.letter!)[1];
    expect(answer.body[1]).toMatchObject({ type: 'table', rows: [{ cells: [{ content: [{ text: 'Sluis' }] }, {}] }, { cells: [{ content: [{ text: 'Eefde' }] }, {}] }, { cells: [{ content: [{ text: 'Delden' }] }, {}] }] });
    expect(result.letter!.footnotes).toEqual([{ id: 'fni', label: 'i', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Bron: Rijkswaterstaat, 2025.' }] }] }]);
  });

  it('takes the reference from the running head, says the even-page header is never shown, and loses no word', () => {
    expect(result.letter!.metadata.reference).toBe('2026-77');
    expect(result.diagnostics.map((d) => d.message).filter((m) => m.includes('Concept even pagina'))).toEqual([expect.stringContaining('a header no page shows (even)')]);
    expect(Object.fromEntries(unaccounted(bytes, result.letter, result.diagnostics))).toEqual({});
  });
});
