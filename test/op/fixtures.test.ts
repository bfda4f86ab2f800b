/** Hand-written OP XML fixtures (test/fixtures/op), each read against what its text says. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exportOp } from '../../src/exporters/op';
import { importOpBytes } from '../../src/importers/op';
import { checkSemantics } from '../../src/model/check';
import { ROOT } from '../support/samples';
import { elementTree } from './support';

const FIXTURES = path.join(ROOT, 'test', 'fixtures', 'op');
const read = (file: string) => fs.readFileSync(path.join(FIXTURES, file));

function importFixture(stem: string) {
  return importOpBytes(read(`${stem}.op.xml`), { companion: (ext) => (fs.existsSync(path.join(FIXTURES, stem + ext)) ? read(stem + ext) : undefined) });
}

describe('ek-thema-gecombineerd.op.xml: an Eerste Kamer Aanhangsel with themes and a combined answer', () => {
  const result = importFixture('ek-thema-gecombineerd');
  const letter = result.letter!;
  const sections = letter.questionsAndAnswers!.sections;

  it('reads without warnings and passes the semantic checks', () => {
    expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(checkSemantics(letter).filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('has the heading facts: chamber, date, subject, askers, minister, publication', () => {
    expect(letter.chamber).toBe('eerste-kamer');
    expect(letter.metadata).toEqual({ date: '2026-03-24', subject: 'Antwoord op vragen van het lid Van der Berg over contant geld' });
    expect(letter.inquiry).toEqual({ reference: '2026Z01234', submitted: '2026-03-03', askers: [{ name: 'Van der Berg', faction: 'Volt' }], addressee: 'de Minister van Financiën' });
    expect(letter.signatories).toEqual([{ role: 'Minister van Financiën', name: 'Eva de Vries' }]);
    expect(result.publication).toEqual({ number: '42', vergaderjaar: '2025-2026', identifier: 'ah-ek-20252026-42' });
  });

  it('has two theme sections, the second with questions 2 and 3 answered together', () => {
    expect(sections.map((s) => s.heading)).toEqual(['Geldautomaten', 'Contant betalen']);
    expect(sections[1].items.map((i) => (i.type === 'question' ? i.numbers : i.questions))).toEqual([['2'], ['3'], ['2', '3']]);
  });

  it('keeps the footnote where it is referenced, with its link', () => {
    const answer1 = sections[0].items[1];
    expect(answer1.body[0]).toEqual({
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Volgens ' },
        { type: 'emphasis', content: [{ type: 'text', text: 'De Nederlandsche Bank' }] },
        { type: 'text', text: ' ongeveer 180.' },
        { type: 'footnoteRef', footnote: 'n1' },
        { type: 'text', text: ' Per provincie:' },
      ],
    });
    expect(letter.footnotes).toEqual([
      { id: 'n1', label: '1', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Zie ' }, { type: 'link', target: 'https://www.dnb.nl/betalen', content: [{ type: 'text', text: 'dnb.nl/betalen' }] }, { type: 'text', text: '.' }] }] },
    ]);
  });

  it('reads the table with its header row, also a cell that holds an <al>', () => {
    const cell = (t: string) => ({ content: [{ type: 'text', text: t }] });
    expect(sections[0].items[1].body[1]).toEqual({
      type: 'table',
      rows: [
        { header: true, cells: [cell('Provincie'), cell('Verdwenen')] },
        { cells: [cell('Zeeland'), cell('12')] },
        { cells: [cell('Drenthe'), cell('9')] },
      ],
    });
  });

  it('reads the lettered list as lower-alpha with its labels, and the Staatsblad link as a URL', () => {
    const body = sections[1].items[2].body;
    expect(body[1]).toEqual({
      type: 'list',
      style: 'lower-alpha',
      items: [
        { label: 'a.', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'een acceptatieplicht voor ' }, { type: 'strong', content: [{ type: 'text', text: 'essentiële' }] }, { type: 'text', text: ' winkels;' }] }] },
        { label: 'b.', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'een minimum aantal geldautomaten per gemeente.' }] }] },
      ],
    });
    expect(body[2]).toMatchObject({ content: [{}, { type: 'link', target: 'https://zoek.officielebekendmakingen.nl/stb-2026-12' }, {}] });
  });

  it('exports again to the same element tree, but for the record address and the overig line it adds and the <al> in a cell', () => {
    const again = elementTree(exportOp(letter, { publication: result.publication }));
    // A cell's text is written straight in its <entry>, as the other cells of the file have it.
    const source = read('ek-thema-gecombineerd.op.xml').toString('utf8');
    expect(source).toContain('<entry><al>9</al></entry>');
    const original = elementTree(source.replace('<entry><al>9</al></entry>', '<entry>9</entry>'));
    // The metadata element with the record's address is written in front.
    const [metadata, ...rest] = again.children;
    expect(metadata).toEqual({ name: 'metadata', attrs: {}, children: [{ name: 'meta', attrs: { name: 'OVERHEIDop.externMetadataRecord', scheme: '', content: 'https://zoek.officielebekendmakingen.nl/ah-ek-20252026-42/metadata.xml' }, children: [] }] });
    // And the standard "overig" line of an Aanhangsel head.
    const kop = (rest[0] as typeof again).children[0] as typeof again;
    const overig = kop.children.pop();
    expect(overig).toEqual({ name: 'tekstregel', attrs: { inhoud: 'overig' }, children: ['Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden'] });
    expect({ ...again, children: rest }).toEqual(original);
  });
});

describe('oude-stijl.op.xml: labels as the first paragraph, answers without a number', () => {
  const result = importFixture('oude-stijl');

  it('reads the questions by their paragraph labels and pairs each bare Antwoord with the question before it', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const items = result.letter!.questionsAndAnswers!.sections[0].items;
    expect(items.map((i) => (i.type === 'question' ? ['vraag', i.numbers] : ['antwoord', i.questions]))).toEqual([
      ['vraag', ['1']], ['antwoord', ['1']], ['vraag', ['2']], ['antwoord', ['2']],
    ]);
    expect(items[1].body).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'Gemiddeld twintig weken.' }] }]);
    const warnings = result.diagnostics.filter((d) => d.severity === 'warning');
    expect(warnings).toEqual([
      expect.objectContaining({ line: 13, message: '"Antwoord" names no question; it is taken as the answer to question 1 before it' }),
      expect.objectContaining({ line: 21, message: '"Antwoord" names no question; it is taken as the answer to question 2 before it' }),
    ]);
  });

  it('reads both askers with their shared party, the Staatssecretaris and the dates', () => {
    const letter = result.letter!;
    expect(letter.inquiry).toEqual({ submitted: '2024-01-09', askers: [{ name: 'Temmink', faction: 'SP' }, { name: 'Van Nispen', faction: 'SP' }], addressee: 'de Staatssecretaris van Justitie en Veiligheid' });
    expect(letter.signatories).toEqual([{ role: 'Staatssecretaris van Justitie en Veiligheid', name: 'Van der Burg' }]);
    expect(letter.metadata).toEqual({ date: '2024-02-01' });
    expect(letter.chamber).toBeUndefined();
  });
});

describe('a metadata.xml that disagrees with the publication', () => {
  it('is reported, and what the publication prints is kept', () => {
    const stem = 'ek-thema-gecombineerd';
    const metadata = read(`${stem}.metadata.xml`).toString('utf8').replace('content="2026-03-24"', 'content="2026-03-25"').replace('Eerste Kamer der Staten-Generaal', 'Tweede Kamer der Staten-Generaal');
    const result = importOpBytes(read(`${stem}.op.xml`), { companion: () => new TextEncoder().encode(metadata) });
    expect(result.letter!.metadata.date).toBe('2026-03-24');
    expect(result.letter!.chamber).toBe('eerste-kamer');
    expect(result.diagnostics.filter((d) => d.severity === 'warning').map((d) => d.message)).toEqual([
      "metadata.xml names the tweede-kamer (DC.creator) but the publication the eerste-kamer; the publication's is kept",
      "metadata.xml dates the publication 2026-03-25 but its text 2026-03-24; the text's date is kept",
    ]);
  });
});
