/**
 * What the recogniser makes of a text without questions and answers, for every front end:
 * a postponement notice only where its opening says the answers come later or came
 * elsewhere; anything else is refused as no answer letter, saying what was looked for.
 */
import { Document, Packer, Paragraph } from 'docx';
import { importDocx } from '../../src/importers/docx';
import { importMarkdown } from '../../src/importers/markdown';
import { importText } from '../../src/importers/text';
import type { ImportResult } from '../../src/importers/result';

const LETTERHEAD = ['Aan de Voorzitter van de Tweede Kamer', 'der Staten-Generaal', 'Postbus 20018', '2500 EA DEN HAAG', '', 'Datum 4 maart 2025', 'Betreft Vragen over de stikstofregels', ''];
const SIGNATURE = ['', 'De Minister van Landbouw, Visserij, Voedselzekerheid en Natuur,', '', 'F.M. Wiersma'];

/** A manual-like text: headings, paragraphs, one "Datum" line, and the notice wording deep in it. */
const MANUAL_PARAGRAPHS = [
  'Handleiding voor de omzetter',
  'Dit programma leest brieven in vele vormen en schrijft ze in andere vormen weer uit.',
  'Datum 18 juni 2026',
  'Het leest tekst, opmaaktaal en tekstverwerkerbestanden, en het kent de vorm van elke brief.',
  'Installeren gaat met het gewone pakketbeheer; daarna staat de opdracht op het pad.',
  'Een bericht zonder antwoorden dat zegt dat die later komen ("niet binnen de termijn", "uitstel") is een uitstelbericht.',
];

const NOT_A_LETTER = /^this is not an answer letter: no questions or answers found \(looked for labels such as "Vraag 1" and "Antwoord op vraag 1", .*\) and no postponement notice \(looked for "Mededeling" or, at the start of the letter, wording that the answers come later or came in another letter\)$/;

async function docx(paragraphs: string[]): Promise<ImportResult> {
  const doc = new Document({ sections: [{ children: paragraphs.filter(Boolean).map((p) => new Paragraph({ text: p })) }] });
  return importDocx(new Uint8Array(await Packer.toBuffer(doc)));
}

const fronts: [string, (paragraphs: string[]) => ImportResult | Promise<ImportResult>][] = [
  ['text', (ps) => importText(ps.join('\n') + '\n')],
  ['markdown', (ps) => importMarkdown(ps.join('\n') + '\n')],
  ['docx', docx],
];

describe.each(fronts)('a text without questions and answers (%s)', (_name, read) => {
  it('a manual that mentions postponement wording and has a Datum line is refused as no answer letter', async () => {
    const r = await read(MANUAL_PARAGRAPHS.flatMap((p) => [p, '']));
    expect(r.letter).toBeUndefined();
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([expect.stringMatching(NOT_A_LETTER)]);
  });

  it('a letter whose opening says the answers come later is a postponement notice', async () => {
    const r = await read([
      ...LETTERHEAD,
      'De vragen van het lid Van Campen (VVD) over de stikstofregels kunnen niet binnen de gebruikelijke termijn worden beantwoord.',
      '',
      'De reden hiervoor is dat afstemming met andere departementen meer tijd vraagt. Ik streef ernaar de antwoorden zo spoedig mogelijk te sturen.',
      ...SIGNATURE,
    ]);
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(r.letter?.kind).toBe('postponement-notice');
    expect(r.letter?.metadata.date).toBe('2025-03-04');
  });

  it('a letter whose opening says the answers came in another letter is a postponement notice', async () => {
    const r = await read([...LETTERHEAD, 'De vragen zijn beantwoord bij de brief van 2 maart 2025 over het stikstofbeleid.', ...SIGNATURE]);
    expect(r.letter?.kind).toBe('postponement-notice');
  });

  it('a short letter without that wording is no notice, and is refused', async () => {
    const r = await read([...LETTERHEAD, 'Hierbij zend ik u het jaarverslag over 2024 van de Nederlandse Voedsel- en Warenautoriteit.', ...SIGNATURE]);
    expect(r.letter).toBeUndefined();
    expect(r.diagnostics.filter((d) => d.severity === 'error').map((d) => d.message)).toEqual([expect.stringMatching(NOT_A_LETTER)]);
  });
});

describe('a letter with questions and answers but no date', () => {
  it('is read whole, with an error at /metadata/date', () => {
    const r = importText(['Hierbij de antwoorden.', '', 'Vraag 1', 'Waarom?', '', 'Antwoord op vraag 1', 'Daarom.', ''].join('\n'));
    expect(r.letter?.questionsAndAnswers?.sections[0].items.map((i) => i.type)).toEqual(['question', 'answer']);
    expect(r.letter?.metadata.date).toBe('');
    expect(r.diagnostics.filter((d) => d.severity === 'error')).toEqual([
      expect.objectContaining({ pointer: '/metadata/date', message: expect.stringContaining('no date found') }),
    ]);
  });
});
