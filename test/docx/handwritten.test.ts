import { AlignmentType, Bookmark, Document, FootnoteReferenceRun, HeadingLevel, LevelFormat, Packer, Paragraph, Textbox, TextRun } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { importDocx } from '../../src/importers/docx';
import type { Answer, Block, Letter, List, Question } from '../../src/model/types';
import { plainText } from '../../src/model/text';
import { ROOT } from '../support/samples';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'docx');

function items(letter: Letter): (Question | Answer)[] {
  return letter.questionsAndAnswers?.sections.flatMap((s) => s.items) ?? [];
}
const blockText = (b: Block): string => (b.type === 'paragraph' ? plainText(b.content) : '');

// test/fixtures/docx/handgeschreven.md, made into Word files by make-fixtures.sh.
describe.each(['pandoc', 'libreoffice'])('a hand-written Word letter (%s)', (maker) => {
  let letter: Letter;
  let warnings: string[];
  beforeAll(() => {
    const result = importDocx(fs.readFileSync(path.join(FIXTURES, `handgeschreven.${maker}.docx`)));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    letter = result.letter!;
    warnings = result.diagnostics.map((d) => d.message);
  });

  it('finds the letterhead, date, subject and signature', () => {
    expect(letter.metadata).toEqual({ date: '2026-09-03', subject: 'Antwoorden op vragen over laadpalen in woonwijken' });
    expect(letter.letterhead?.returnAddress).toBe('Postbus 20011 2500 EA Den Haag');
    expect(letter.letterhead?.recipient).toEqual(['Aan de Voorzitter van de Tweede Kamer', 'der Staten-Generaal', 'Postbus 20018', '2500 EA DEN HAAG']);
    expect(letter.signatories).toEqual([{ role: 'De Staatssecretaris van Infrastructuur en Waterstaat', name: 'M. Kok' }]);
    expect(letter.coverLetter?.map(blockText)).toEqual(['Hierbij bied ik u de antwoorden aan op de vragen van het lid Bakker (D66) over laadpalen in woonwijken.']);
    // The letter states no reference, and the importer says so.
    expect(warnings).toContain('no reference found: expected "Onze referentie" or "Ons kenmerk" in the letterhead');
  });

  it('finds the bold "Vraag" labels, the italic questions and the combined answer', () => {
    const found = items(letter).map((i) => (i.type === 'question' ? `Q${i.numbers.join('+')}` : `A${i.questions.join('+')}`));
    expect(found).toEqual(['Q1', 'A1', 'Q2', 'A2', 'Q3', 'Q4', 'A3+4']);
    const q2 = items(letter)[2] as Question;
    expect(q2.body).toEqual([{ type: 'paragraph', content: [{ type: 'emphasis', content: [{ type: 'text', text: 'Welke gemeenten blijven achter, en waarom?' }] }] }]);
  });

  it('keeps Word lists with their style and labels, and the link', () => {
    const a1 = items(letter)[1] as Answer;
    const a2 = items(letter)[3] as Answer;
    const decimal = a1.body[1] as List;
    expect(decimal.style).toBe('decimal');
    expect(decimal.items.map((i) => i.label)).toEqual(['1.', '2.']);
    const alpha = a2.body[1] as List;
    expect(alpha.style).toBe('lower-alpha');
    expect(alpha.items.map((i) => `${i.label} ${i.content.map(blockText).join('')}`)).toEqual(['a. weinig ambtelijke capaciteit;', 'b. een zwak stroomnet;', 'c. weinig aanvragen van bewoners.']);
    expect(a2.body[2]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Zie ook de ' },
        // LibreOffice adds the root path's "/" to the URL when it saves.
        { type: 'link', target: maker === 'libreoffice' ? 'https://www.agendalaadinfrastructuur.nl/' : 'https://www.agendalaadinfrastructuur.nl', content: [{ type: 'text', text: 'Nationale Agenda Laadinfrastructuur' }] },
        { type: 'text', text: '.' },
      ],
    });
  });

  it('reads the Word footnotes and their references', () => {
    expect(letter.footnotes?.map((f) => [f.label, f.content.map(blockText).join(' ')])).toEqual([
      ['1', 'Rijksdienst voor Ondernemend Nederland, Laadpunten in cijfers, juli 2026.'],
      ['2', 'Zie ook de brief van 12 maart 2026.'],
    ]);
    const a1 = items(letter)[1] as Answer;
    expect(a1.body[0]).toMatchObject({ content: [{ type: 'text' }, { type: 'footnoteRef', footnote: letter.footnotes![0].id }, { type: 'text', text: ' Het aantal groeit met:' }] });
  });
});

describe('a Word letter with Heading styles for the labels', () => {
  it('reads "Vraag"/"Antwoord" headings, a theme heading and a roman list', async () => {
    const doc = new Document({
      numbering: { config: [{ reference: 'roman', levels: [{ level: 0, format: LevelFormat.LOWER_ROMAN, text: '%1)', alignment: AlignmentType.LEFT }] }] },
      footnotes: { 1: { children: [new Paragraph('Kamerstukken II 2025/26, 12 345, nr. 6.')] } },
      sections: [
        {
          children: [
            // The letterhead in a text box, as Word templates often have it.
            new Textbox({
              style: { width: '2in', height: 'auto', position: 'absolute', left: '5in', top: '1in' },
              children: [new Paragraph('Datum 4 mei 2026'), new Paragraph('Betreft Beantwoording vragen over de dijkversterking')],
            }),
            new Paragraph('Hierbij zend ik u de antwoorden.'),
            new Paragraph({ children: [new TextRun('De Minister van Infrastructuur en Waterstaat,'), new TextRun({ break: 2 }), new TextRun('R. Visser')] }),
            new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Dijkversterking' }),
            new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Vraag 1' }),
            new Paragraph({ children: [new TextRun('Wanneer is de dijk klaar?'), new FootnoteReferenceRun(1)] }),
            new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Antwoord op vraag 1' }),
            new Paragraph('In drie stappen:'),
            new Paragraph({ text: 'ontwerp', numbering: { reference: 'roman', level: 0 } }),
            new Paragraph({ text: 'aanbesteding', numbering: { reference: 'roman', level: 0 } }),
          ],
        },
      ],
    });
    const result = importDocx(await Packer.pack(doc, 'uint8array'));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const letter = result.letter!;
    expect(letter.metadata).toEqual({ date: '2026-05-04', subject: 'Beantwoording vragen over de dijkversterking' });
    expect(letter.signatories).toEqual([{ role: 'De Minister van Infrastructuur en Waterstaat', name: 'R. Visser' }]);
    expect(letter.questionsAndAnswers?.sections.map((s) => s.heading)).toEqual(['Dijkversterking']);
    const [q, a] = items(letter) as [Question, Answer];
    expect(q.numbers).toEqual(['1']);
    expect(a.questions).toEqual(['1']);
    expect(a.body[1]).toEqual({
      type: 'list',
      style: 'lower-roman',
      items: [
        { label: 'i)', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'ontwerp' }] }] },
        { label: 'ii)', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'aanbesteding' }] }] },
      ],
    });
    expect(letter.footnotes?.map((f) => f.content.map(blockText).join(''))).toEqual(['Kamerstukken II 2025/26, 12 345, nr. 6.']);
  });
});

describe('a Word letter that refers to a note again by a cross-reference', () => {
  /** The run holding `placeholder` replaced by Word's XML. */
  function withWordXml(docx: Uint8Array, replacements: Record<string, string>): Uint8Array {
    const files = unzipSync(docx);
    let document = strFromU8(files['word/document.xml']);
    for (const [placeholder, xml] of Object.entries(replacements)) {
      const run = new RegExp(`<w:r>(?:(?!<w:r>).)*?${placeholder}.*?</w:r>`).exec(document);
      if (!run) throw new Error(`no run with ${placeholder}`);
      document = document.replace(run[0], xml);
    }
    return zipSync({ ...files, 'word/document.xml': strToU8(document) });
  }

  it('reads a NOTEREF field formatted as a note mark (Word\'s "Insert cross-reference › Footnote number (formatted)") as a reference to the same note, and any other NOTEREF as the text it shows', async () => {
    const doc = new Document({
      footnotes: { 1: { children: [new Paragraph('Kamerstukken II 2025/26, 12 345, nr. 6.')] } },
      sections: [
        {
          children: [
            new Paragraph('Datum 4 mei 2026'),
            new Paragraph('Betreft Beantwoording vragen over de dijkversterking'),
            new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Vraag 1' }),
            new Paragraph({ children: [new TextRun('Wanneer is de dijk klaar?'), new Bookmark({ id: '_Ref200000001', children: [new FootnoteReferenceRun(1)] })] }),
            new Paragraph({ heading: HeadingLevel.HEADING_2, text: 'Antwoord op vraag 1' }),
            new Paragraph({ children: [new TextRun('Zoals gemeld'), new TextRun('NOTEREF-COMPLEX'), new TextRun(' is de planning 2028.')] }),
            new Paragraph({ children: [new TextRun('Zie ook noot'), new TextRun('NOTEREF-SIMPLE'), new TextRun('.')] }),
            new Paragraph({ children: [new TextRun('Zie voetnoot '), new TextRun('NOTEREF-PLAIN'), new TextRun(', '), new TextRun('NOTEREF-ABOVE'), new TextRun('.')] }),
          ],
        },
      ],
    });
    const bytes = withWordXml(await Packer.pack(doc, 'uint8array'), {
      // The instruction in two runs, as Word often splits it; the result is the number Word showed, as a note mark.
      'NOTEREF-COMPLEX':
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> NOTEREF _Ref200000001 </w:instrText></w:r><w:r><w:instrText xml:space="preserve">\\f \\h </w:instrText></w:r>' +
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>',
      'NOTEREF-SIMPLE': '<w:fldSimple w:instr=" NOTEREF _Ref200000001 \\f \\h "><w:r><w:t>1</w:t></w:r></w:fldSimple>',
      // Not formatted as a note mark ("Footnote number", "Above/below"): what Word shows is the text.
      'NOTEREF-PLAIN': '<w:fldSimple w:instr=" NOTEREF _Ref200000001 \\h "><w:r><w:t>1</w:t></w:r></w:fldSimple>',
      'NOTEREF-ABOVE':
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> NOTEREF _Ref200000001 \\p \\h </w:instrText></w:r>' +
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>hierboven</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>',
    });
    const result = importDocx(bytes);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const letter = result.letter!;
    expect(letter.footnotes?.map((f) => f.content.map(blockText).join(''))).toEqual(['Kamerstukken II 2025/26, 12 345, nr. 6.']);
    const note = { type: 'footnoteRef', footnote: letter.footnotes![0].id };
    const [q, a] = items(letter);
    expect(q.body).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'Wanneer is de dijk klaar?' }, note] }]);
    expect(a.body).toEqual([
      { type: 'paragraph', content: [{ type: 'text', text: 'Zoals gemeld' }, note, { type: 'text', text: ' is de planning 2028.' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Zie ook noot' }, note, { type: 'text', text: '.' }] },
      { type: 'paragraph', content: [{ type: 'text', text: 'Zie voetnoot 1, hierboven.' }] },
    ]);
  });
});

describe('a Markdown test letter made into DOCX by pandoc (test/fixtures/markdown/gecombineerde-vraag.md)', () => {
  it('has its questions, the combined "Vraag 5 en 6" and its answer, the theme and the signature', () => {
    const result = importDocx(fs.readFileSync(path.join(FIXTURES, 'gecombineerde-vraag.pandoc.docx')));
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const letter = result.letter!;
    expect(letter.metadata).toEqual({ date: '2026-06-11', subject: 'Antwoorden op vragen over de wachttijden bij het CBR' });
    expect(letter.signatories).toEqual([{ role: 'De Minister van Infrastructuur en Waterstaat', name: 'L. Meijer' }]);
    expect(letter.questionsAndAnswers?.sections.map((s) => s.heading)).toEqual(['Wachttijden']);
    const found = items(letter).map((i) => (i.type === 'question' ? `Q${i.numbers.join('+')}` : `A${i.questions.join('+')}`));
    expect(found).toEqual(['Q1', 'A1', 'Q2', 'A2', 'Q3', 'A3', 'Q4', 'A4', 'Q5+6', 'A5+6']);
    expect(items(letter)[9].body.map(blockText)).toEqual(['In 2025 zijn 410.000 examens afgenomen. Daarvan is 52 procent gehaald.']);
  });
});
