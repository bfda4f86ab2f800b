/**
 * Word letters built the way ministry templates build them, with the docx library: the
 * letterhead in page 1's header, a signature in a layout table, footnotes typed as text,
 * questions numbered by Word, a table of data in an answer.
 */
import {
  Document,
  FootnoteReferenceRun,
  Header,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  Textbox,
  TextRun,
  WidthType,
  type ISectionOptions,
} from 'docx';
import { importDocx } from '../../src/importers/docx';
import type { ImportResult } from '../../src/importers/result';
import { plainText } from '../../src/model/text';
import type { Answer, Block, Letter, Question } from '../../src/model/types';
import { unaccounted } from './ledger';

const items = (letter: Letter): (Question | Answer)[] => letter.questionsAndAnswers?.sections.flatMap((s) => s.items) ?? [];
const text = (blocks: Block[]): string => blocks.map((b) => (b.type === 'paragraph' ? plainText(b.content) : b.type)).join(' / ');

async function read(section: Partial<ISectionOptions> & { children: ISectionOptions['children'] }, extra: Record<string, unknown> = {}): Promise<{ result: ImportResult; bytes: Uint8Array }> {
  const doc = new Document({ ...extra, sections: [section] } as ConstructorParameters<typeof Document>[0]);
  const bytes = await Packer.pack(doc, 'uint8array');
  return { result: importDocx(bytes), bytes };
}

/** Every word of the package is in the letter or a diagnostic. */
function expectLedger({ result, bytes }: { result: ImportResult; bytes: Uint8Array }): void {
  expect(Object.fromEntries(unaccounted(bytes, result.letter, result.diagnostics))).toEqual({});
}

const p = (t: string) => new Paragraph(t);
const questionsAndAnswers = [p('Vraag 1'), p('Kent u het bericht over de dijken?'), p('Antwoord op vraag 1'), p('Ja.')];
/** A layout table: no borders needed, cells of one column, empty spacer rows. */
const layout = (rows: string[][]) =>
  new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((cells) => new TableRow({ children: cells.map((c) => new TableCell({ children: [p(c)] })) })),
  });

describe('a Word letter whose letterhead stands only in the first-page header', () => {
  let got: Awaited<ReturnType<typeof read>>;
  beforeAll(async () => {
    got = await read({
      properties: { titlePage: true },
      headers: {
        first: new Header({
          children: [
            new Paragraph({
              children: [
                new Textbox({
                  style: { width: '3in', height: 'auto', position: 'absolute', left: '0.5in', top: '1in' },
                  children: [p('Aan de Voorzitter van de Tweede Kamer'), p('der Staten-Generaal'), p('Postbus 20018'), p('2500 EA  DEN HAAG')],
                }) as unknown as TextRun,
              ],
            }),
            new Paragraph({
              children: [
                new Textbox({
                  style: { width: '3in', height: 'auto', position: 'absolute', left: '0.5in', top: '3in' },
                  children: [p('Datum 12 maart 2026'), p('Betreft Antwoorden op vragen over de dijken')],
                }) as unknown as TextRun,
              ],
            }),
          ],
        }),
        // Later pages: the running head, page furniture.
        default: new Header({ children: [p('Onze referentie 2026-0042'), new Paragraph({ children: [new TextRun('Pagina '), new TextRun({ children: [PageNumber.CURRENT] })] })] }),
      },
      children: [p('Hierbij zend ik u de antwoorden op de vragen.'), p('De Minister van Infrastructuur en Waterstaat,'), p('R. Visser'), ...questionsAndAnswers],
    });
  });

  it('reads the date, addressee and subject from the header', () => {
    expect(got.result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const letter = got.result.letter!;
    expect(letter.metadata.date).toBe('2026-03-12');
    expect(letter.metadata.subject).toBe('Antwoorden op vragen over de dijken');
    expect(letter.letterhead?.recipient).toEqual(['Aan de Voorzitter van de Tweede Kamer', 'der Staten-Generaal', 'Postbus 20018', '2500 EA DEN HAAG']);
  });

  it('takes the reference from the running head of later pages, and no text from it', () => {
    const letter = got.result.letter!;
    expect(letter.metadata.reference).toBe('2026-0042');
    expect(JSON.stringify(letter.coverLetter)).not.toContain('Pagina');
    expect(letter.signatories).toEqual([{ role: 'De Minister van Infrastructuur en Waterstaat', name: 'R. Visser' }]);
    expect(items(letter)).toHaveLength(2);
    expectLedger(got);
  });
});

describe('a signature in a two-cell table', () => {
  it('is the signatory, not a table', async () => {
    const got = await read({
      children: [
        p('Datum 2 april 2026'),
        p('Hierbij zend ik u de antwoorden.'),
        layout([['De Minister van Financiën,', 'De Staatssecretaris van Financiën,'], ['E. Heinen', 'T. van Oostenbruggen']]),
        ...questionsAndAnswers,
      ],
    });
    const letter = got.result.letter!;
    expect(letter.signatories).toEqual([
      { role: 'De Minister van Financiën', name: 'E. Heinen' },
      { role: 'De Staatssecretaris van Financiën', name: 'T. van Oostenbruggen' },
    ]);
    expect(JSON.stringify(letter)).not.toContain('"table"');
    expect(got.result.diagnostics.map((d) => d.message)).not.toContain('empty table rows skipped');
    expectLedger(got);
  });

  it('in one row of two cells, role beside name, is one signatory', async () => {
    const got = await read({ children: [p('Datum 2 april 2026'), p('Hierbij zend ik u de antwoorden.'), layout([['De Minister van Financiën,'], ['', ''], ['E. Heinen']]), ...questionsAndAnswers] });
    expect(got.result.letter!.signatories).toEqual([{ role: 'De Minister van Financiën', name: 'E. Heinen' }]);
  });
});

describe('footnotes typed as text', () => {
  it('"[n]" marks with "[n] …" paragraphs at the end become notes paired by number', async () => {
    const got = await read({
      children: [
        p('Datum 2 april 2026'),
        p('Vraag 1'),
        p('Kent u het bericht over de dijken [1] en het rapport[2]?'),
        p('Antwoord op vraag 1'),
        p('Ja, zie ook het rapport [2].'),
        p('[1] NOS, 1 maart 2026, https://nos.nl/artikel/1'),
        p('[2] Rapport Dijken 2025, p. 4'),
      ],
    });
    const letter = got.result.letter!;
    expect(letter.footnotes?.map((f) => [f.label, text(f.content)])).toEqual([
      ['1', 'NOS, 1 maart 2026, https://nos.nl/artikel/1'],
      ['2', 'Rapport Dijken 2025, p. 4'],
    ]);
    const [q, a] = items(letter);
    expect(q.body[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Kent u het bericht over de dijken' },
        { type: 'footnoteRef', footnote: letter.footnotes![0].id },
        { type: 'text', text: ' en het rapport' },
        { type: 'footnoteRef', footnote: letter.footnotes![1].id },
        { type: 'text', text: '?' },
      ],
    });
    // A note referred to twice is one note.
    expect(a.body[0]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'Ja, zie ook het rapport' }, { type: 'footnoteRef', footnote: letter.footnotes![1].id }, { type: 'text', text: '.' }] });
    expectLedger(got);
  });

  it('superscript numbers with a numbered list under a heading at the end become notes, beside a Word footnote of the same number', async () => {
    const got = await read(
      {
        children: [
          p('Datum 2 april 2026'),
          p('Vraag 1'),
          new Paragraph({ children: [new TextRun('Kent u het bericht'), new TextRun({ text: '1', superScript: true }), new TextRun(' over de dijken?')] }),
          p('Antwoord op vraag 1'),
          new Paragraph({ children: [new TextRun('Ja, en de brief'), new FootnoteReferenceRun(1), new TextRun(' ook.')] }),
          p('Voetnoten'),
          new Paragraph({ text: 'NOS, 1 maart 2026', numbering: { reference: 'notes', level: 0 } }),
        ],
      },
      {
        footnotes: { 1: { children: [p('Kamerstuk 12345, nr. 6.')] } },
        numbering: { config: [{ reference: 'notes', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 1 }] }] },
      },
    );
    const letter = got.result.letter!;
    expect(letter.footnotes?.map((f) => [f.label, text(f.content)])).toEqual([
      ['1', 'NOS, 1 maart 2026'],
      ['1', 'Kamerstuk 12345, nr. 6.'],
    ]);
    const [q, a] = items(letter);
    expect(q.body[0]).toMatchObject({ content: [{ text: 'Kent u het bericht' }, { type: 'footnoteRef', footnote: letter.footnotes![0].id }, { text: ' over de dijken?' }] });
    expect(a.body[0]).toMatchObject({ content: [{ text: 'Ja, en de brief' }, { type: 'footnoteRef', footnote: letter.footnotes![1].id }, { text: ' ook.' }] });
    expect(got.result.diagnostics.map((d) => d.message)).toContain('"Voetnoten" read as the heading of the typed notes under it');
    expectLedger(got);
  });

  it('are left as text where a note has no mark in the text (the one with a mark is paired)', async () => {
    const got = await read({ children: [p('Datum 2 april 2026'), p('Vraag 1'), p('Kent u het bericht [1]?'), p('Antwoord op vraag 1'), p('Ja.'), p('[1] NOS'), p('[2] RTV')] });
    // The shared recogniser pairs every note with its mark; "[2] RTV" has none and stays text.
    expect(got.result.letter!.footnotes!.map((f) => f.label)).toEqual(['1']);
    expect(JSON.stringify(got.result.letter)).toContain('[2] RTV');
  });
});

describe('questions numbered by Word', () => {
  it('"1." as list numbering over the questions, answers between them', async () => {
    const numbered = (t: string) => new Paragraph({ text: t, numbering: { reference: 'questions', level: 0 } });
    const got = await read(
      {
        children: [
          p('Datum 2 april 2026'),
          numbered('Kent u het bericht over de dijken?'),
          p('Antwoord'),
          p('Ja.'),
          numbered('Wanneer zijn de dijken klaar?'),
          p('Antwoord'),
          p('In 2030.'),
        ],
      },
      { numbering: { config: [{ reference: 'questions', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 1 }] }] } },
    );
    const letter = got.result.letter!;
    const all = items(letter);
    expect(all.map((i) => (i.type === 'question' ? `q${i.numbers}` : `a${i.questions}`))).toEqual(['q1', 'a1', 'q2', 'a2']);
    expect(text(all[2].body)).toBe('Wanneer zijn de dijken klaar?');
    expectLedger(got);
  });
});

describe('a data table in an answer', () => {
  it('stays a table with its header row', async () => {
    const cell = (t: string, bold = false) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: t, bold })] })] });
    const got = await read({
      children: [
        p('Datum 2 april 2026'),
        ...questionsAndAnswers,
        new Table({
          rows: [
            new TableRow({ children: [cell('Jaar', true), cell('Aantal', true)] }),
            new TableRow({ children: [cell('2024'), cell('12')] }),
            new TableRow({ children: [cell('2025'), cell('15')] }),
          ],
        }),
      ],
    });
    const answer = items(got.result.letter!)[1];
    expect(answer.body[1]).toEqual({
      type: 'table',
      rows: [
        { header: true, cells: [{ content: [{ type: 'strong', content: [{ type: 'text', text: 'Jaar' }] }] }, { content: [{ type: 'strong', content: [{ type: 'text', text: 'Aantal' }] }] }] },
        { cells: [{ content: [{ type: 'text', text: '2024' }] }, { content: [{ type: 'text', text: '12' }] }] },
        { cells: [{ content: [{ type: 'text', text: '2025' }] }, { content: [{ type: 'text', text: '15' }] }] },
      ],
    });
    expectLedger(got);
  });
});

describe('Word numbering over nested levels', () => {
  it('prints each item the label its level text gives, with the numbers of the levels above', async () => {
    const item = (t: string, level: number) => new Paragraph({ text: t, numbering: { reference: 'outline', level } });
    const got = await read(
      { children: [p('Datum 2 april 2026'), ...questionsAndAnswers, p('Er zijn twee stappen:'), item('ontwerp', 0), item('schets', 1), item('uitwerking', 1), item('bouw', 0), item('fundering', 1)] },
      {
        numbering: {
          config: [
            {
              reference: 'outline',
              levels: [
                { level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 1 },
                { level: 1, format: LevelFormat.DECIMAL, text: '%1.%2.', start: 1 },
              ],
            },
          ],
        },
      },
    );
    const list = items(got.result.letter!)[1].body[2];
    const labels = (l: Block): string[] => (l.type === 'list' ? l.items.flatMap((i) => [i.label ?? '', ...i.content.flatMap(labels)]) : []);
    expect(labels(list)).toEqual(['1.', '1.1.', '1.2.', '2.', '2.1.']);
    expectLedger(got);
  });
});
