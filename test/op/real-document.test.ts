/**
 * The real Aanhangsel ah-tk-20202021-3235 (Kamervragen met antwoord, Tweede Kamer, 2021) from
 * ../shared/reference/op-xml: imported with its metadata.xml, and written back.
 */
import { exportJson } from '../../src/exporters/json';
import { importJson } from '../../src/importers/json';
import { exportOp, exportOpMetadata } from '../../src/exporters/op';
import { importOp } from '../../src/importers/op';
import { checkSemantics } from '../../src/model/check';
import { elementTree, referenceFile } from './support';

const xml = () => referenceFile('op-xml', 'ah-tk-20202021-3235.xml');
const metadata = () => referenceFile('op-xml', 'ah-tk-20202021-3235.metadata.xml');

describe('the real Aanhangsel ah-tk-20202021-3235', () => {
  it('imports with 9 questions and 9 answers, the askers, the minister and the dates', () => {
    const { letter, diagnostics, publication } = importOp(xml(), metadata());
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(letter).toBeDefined();
    const items = letter!.questionsAndAnswers!.sections.flatMap((s) => s.items);
    expect(items.filter((i) => i.type === 'question').map((i) => i.type === 'question' && i.numbers)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [String(n)]));
    expect(items.filter((i) => i.type === 'answer').map((i) => i.type === 'answer' && i.questions)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => [String(n)]));
    expect(letter!.chamber).toBe('tweede-kamer');
    expect(letter!.metadata).toEqual({ date: '2021-06-21', subject: 'Antwoord op vragen van de leden Van Weyenberg, Romke de Jong en Kat over de Tozo' });
    expect(letter!.inquiry).toEqual({
      reference: '2021Z09739',
      submitted: '2021-06-03',
      askers: [
        { name: 'Van Weyenberg', faction: 'D66' },
        { name: 'Romke de Jong', faction: 'D66' },
        { name: 'Kat', faction: 'D66' },
      ],
      addressee: 'de Minister van Sociale Zaken en Werkgelegenheid',
    });
    expect(letter!.signatories).toEqual([{ role: 'Minister van Sociale Zaken en Werkgelegenheid', name: 'Koolmees' }]);
    expect(letter!.questionsAndAnswers!.title).toBe(
      'Vragen van de leden Van Weyenberg, Romke de Jong en Kat (allen D66) aan de Minister van Sociale Zaken en Werkgelegenheid over de TOZO (ingezonden 3 juni 2021).',
    );
    expect(publication).toEqual({ identifier: 'ah-tk-20202021-3235', number: '3235', vergaderjaar: '2020-2021' });
    expect(letter!.coverLetter).toBeUndefined();
    expect(diagnostics.some((d) => d.severity === 'info' && /no cover letter/.test(d.message))).toBe(true);
    expect(checkSemantics(letter!).filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('keeps the text of answers: two paragraphs in answer 9, the Staatsblad link in answer 2', () => {
    const { letter } = importOp(xml(), metadata());
    const items = letter!.questionsAndAnswers!.sections[0].items;
    const answer2 = items[3];
    expect(answer2.body[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Bij de invoering van de Tozo is toegelicht waarom de hoogte van de rente is bepaald op 2% (' },
        { type: 'link', target: 'https://zoek.officielebekendmakingen.nl/stb-2020-118', content: [{ type: 'text', text: 'Staatsblad 2020, 118' }] },
        expect.objectContaining({ type: 'text' }),
      ],
    });
    const answer9 = items[17];
    expect(answer9.body).toHaveLength(2);
    expect(answer9.body[1]).toEqual({
      type: 'paragraph',
      content: [{ type: 'text', text: 'Bovendien kent het Bbz, anders dan de Tozo, reeds de mogelijkheid om in beperkt aantal situaties over te gaan tot de verlening van bijstand in de behoefte aan bedrijfskapitaal als renteloze lening of als bijstand om niet.' }],
    });
  });

  it('exports again to the same element tree: elements, order, attributes, text', () => {
    const { letter, publication } = importOp(xml(), metadata());
    const again = exportOp(letter!, { publication });
    expect(elementTree(again)).toEqual(elementTree(xml()));
  });

  it('keeps the Aanhangsel number in the model, so the model alone (through JSON) gives the same tree', () => {
    const { letter } = importOp(xml(), metadata());
    // Identifier and vergaderjaar follow from chamber, date and number; only the number is kept.
    expect(letter!.publication).toEqual({ number: '3235' });
    const viaJson = importJson(exportJson(letter!)).letter!;
    expect(elementTree(exportOp(viaJson))).toEqual(elementTree(xml()));
    expect(exportOpMetadata(viaJson)).toContain('ah-tk-20202021-3235');
  });

  it('without metadata.xml still reads the content, and says what is missing', () => {
    const { letter, diagnostics } = importOp(xml());
    expect(letter!.metadata).toEqual({ date: '2021-06-21' });
    expect(letter!.inquiry!.reference).toBeUndefined();
    expect(diagnostics.some((d) => d.severity === 'info' && /no metadata\.xml/.test(d.message))).toBe(true);
  });
});
