/**
 * Text inputs of our own (test/fixtures/text/), beyond the corpus. Two were made from the
 * source letter: pandoc to DOCX, LibreOffice to PDF, then `pdftotext` and `pdftotext
 * -layout` (Poppler). The others were written by hand to hold one trap each. The
 * expectations were read off the inputs, not produced by the importer.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exportText } from '../../src/exporters/text';
import { importText } from '../../src/importers/text';
import { summarize } from '../../src/model/summary';
import { validateLetter } from '../../src/model/validate';

const DIR = path.join(__dirname, '..', 'fixtures', 'text');

interface Expected {
  date: string;
  reference?: string;
  questions: number;
  answers: string[][];
  sections?: (string | null)[];
  footnotes: number;
  signatory?: string;
  includes: string[];
  excludes?: string[];
  /** Warnings the input rightly gets. */
  warnings?: string[];
}

const each = (n: number) => Array.from({ length: n }, (_, i) => [String(i + 1)]);
const SOURCE_SECTIONS = [
  'Migratiediplomatie en inzet van drukmiddelen',
  'Terugkeerhubs en het veilig-derde-landconcept',
  'Digitalisering, AI en Grensbeheer',
  'Implementatie en evaluatie van het Europees asiel- en migratiepact',
  'Terugkeerbeleid en veiligheidssituatie in landen van herkomst',
];
const SOURCE: Expected = {
  date: '2026-06-18',
  reference: '7562802',
  questions: 15,
  answers: [['1'], ['2'], ['3'], ['4'], ['5', '6'], ['7'], ['8'], ['9'], ['10'], ['11'], ['12'], ['13'], ['14', '15']],
  sections: SOURCE_SECTIONS,
  footnotes: 5,
  signatory: 'Bart van den Brink',
  includes: [
    'Terugkeer kan dan onder meer ook plaatsvinden naar een derde land dat als veilig derde land is aangewezen',
    'zijn vastgelegd in de Asielprocedureverordening.¹ Een derde land',
    '³ Verordening (EU) 2024/1348',
  ],
  excludes: ['Pagina', 'Onze referentie 7562802\n\nVraag'],
  // pandoc ran the sender's lines together: "147 2511 DP Den Haag Postbus 20301 2500 EH Den Haag" is reported and kept.
  warnings: ['letterhead line "147 2511 DP Den Haag Postbus 20301 2500 EH Den Haag" not understood; kept as text of the letter'],
};

const EXPECTED: Record<string, Expected> = {
  'bron-pdftotext': SOURCE,
  'bron-pdftotext-layout': SOURCE,
  'layout-twee-kolommen': {
    date: '2026-04-14',
    reference: '2026-0000777',
    questions: 2,
    answers: each(2),
    footnotes: 0,
    signatory: 'H. Peters',
    includes: [
      'Hierbij ontvangt u de antwoorden op de vragen van het lid Bakker (SP) over de huurtoeslag (ingezonden 20 maart 2026, kenmerk 2026Z05555).',
      'De vereenvoudiging gaat in op 1 januari 2027. Het wetsvoorstel wordt deze zomer naar uw Kamer gestuurd.',
    ],
    excludes: ['Pagina', 'Bakker Pagina'],
  },
  'ocr-labels': { date: '2026-03-04', questions: 10, answers: each(10), footnotes: 0, includes: ['Ongeveer 8.000 kinderen.', 'Helaas niet.'] },
  afbreekstreepjes: {
    date: '2026-02-02',
    questions: 1,
    answers: each(1),
    footnotes: 0,
    includes: [
      'Hierbij bied ik u de antwoorden aan op de vragen over het migratiebeleid van het kabinet.',
      'Hoe verhoudt het nieuwe beleid zich tot het VN-Verdrag inzake de Rechten van het Kind?',
      'Het kabinet toetst het asiel- en migratiebeleid steeds aan het VN-Vluchtelingenverdrag en aan het EU-recht. De verblijfsvergunningen worden per geval beoordeeld, zowel voor asiel- als voor gezinsmigratie. Het is een niet-eenvoudige afweging tussen snelheid en zorgvuldigheid.',
    ],
  },
  'alleen-vragen': {
    date: '2026-01-09',
    questions: 3,
    answers: [],
    footnotes: 0,
    includes: ['Welke gevolgen heeft de vertraging voor de werkgelegenheid in de regio?'],
    warnings: [
      'no date of the letter found; the date the questions were submitted (2026-01-09) is used',
      'question 1 has no answer',
      'question 2 has no answer',
      'question 3 has no answer',
    ],
  },
  'ligaturen-voetnoten': {
    date: '2026-05-09',
    questions: 3,
    answers: each(3),
    footnotes: 2,
    signatory: 'E. Heinen',
    includes: ['Is de officiële raming gewijzigd?¹', 'Ja, de raming is bijgesteld.² Zie de brief van de Minister van Financiën.', 'Wat is de invloed op de flexibele reserve?', '¹ Kamerstuk 36 600, nr. 1.'],
    excludes: ['Pagina', 'ﬃ', 'ﬂ', '\u00a0'],
  },
  'gecombineerde-vragen-aanhangsel': {
    date: '2026-02-23',
    questions: 5,
    answers: [['1'], ['2', '3', '4'], ['5']],
    footnotes: 0,
    signatory: 'Van Weel',
    includes: ['Wie heeft toegang tot de beelden?', 'De beelden worden maximaal vier weken bewaard.'],
    excludes: ['ISSN', 'ah-tk-', 'Gravenhage', 'vergaderjaar 2025–2026, Aanhangsel', '1234'],
  },
  'pagina-overgang': {
    date: '2026-03-12',
    reference: '99123',
    questions: 2,
    answers: each(2),
    footnotes: 1,
    includes: [
      'In 2025 viel de veerdienst op 14 dagen uit, vooral door laag water en storm.¹ De rederij heeft daarop een extra schip ingezet. Dat schip vaart sinds februari en kan ook bij laag water de haven bereiken, zodat de verbinding met de vaste wal in de wintermaanden beter gegarandeerd is.',
      '¹ Rijkswaterstaat, Vaarwegmonitor 2025.',
    ],
    excludes: ['Pagina', '12 maart 2026\nOns kenmerk'],
  },
  'gestapelde-voetnoten': {
    date: '2026-04-03',
    questions: 1,
    answers: each(1),
    footnotes: 2,
    signatory: 'D. Beljaarts',
    includes: [
      'Het college gaf 140 adviezen.¹ Daarvan ging een derde over Europese regels.²',
      '¹ Jaarverslag Adviescollege toetsing regeldruk 2025, p. 4.',
      '² Kamerstuk 36 450, nr. 3.',
    ],
    excludes: ['Pagina'],
  },
  // A Word note whose number pdftotext read below its text, its mark set apart at a line end.
  'nummer-onder-voetnoot': {
    date: '2026-05-14',
    questions: 2,
    answers: each(2),
    footnotes: 2,
    signatory: 'R. Tieman',
    includes: [
      'De rederij heeft de uitval in haar jaarverslag toegelicht.¹ Het aantal uitgevallen afvaarten is daarmee vergelijkbaar met eerdere jaren.',
      '¹ Jaarverslag 2025 van de rederij, hoofdstuk 3 (Dienstregeling en uitval).',
      'Samen met de provincie onderzoek ik of een tweede schip kan worden ingezet.² De uitkomst',
      '² Kamerstuk 31 409, nr. 412.',
    ],
    excludes: ['Pagina', 'toegelicht. 1', '\n1\n'],
  },
  // An annex whose table has a note of its own, numbered 1 again, its number read apart from its text.
  'bijlage-tabelnoot': {
    date: '2026-06-02',
    questions: 2,
    answers: each(2),
    footnotes: 3,
    signatory: 'E. Kuiper',
    includes: [
      'zo blijkt uit de monitor van het UWV.¹ Dat zijn er meer',
      'UWV, op verzoek van werkgevers¹',
      'Eén loket voor alle werkgevers¹',
      '¹ Voor werkgevers met minder dan tien werknemers gelden in het voorstel twee uitzonderingen op het ene loket voor de aanvraag:\n\na. een plaatsing die korter duurt dan een maand wordt, zoals nu, bij de gemeente zelf aangevraagd;\nb. een plaatsing',
    ],
    excludes: ['Pagina', 'werkgevers1', '\n1\n'],
  },
  'genummerde-vragen': {
    date: '2026-01-19',
    questions: 3,
    answers: each(3),
    footnotes: 0,
    includes: ['Hoeveel huishoudens hebben een betalingsachterstand bij hun energieleverancier?', 'Het noodfonds energie is ook dit jaar open.'],
  },
};

/** The text export after the letterhead. */
function body(text: string): string {
  const blocks = text.split('\n\n');
  return blocks.slice(blocks.findIndex((b) => b.startsWith('Datum ')) + 1).join('\n\n');
}

describe('text inputs of our own', () => {
  it('are all covered (at least 10)', () => {
    const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.txt')).map((f) => f.replace(/\.txt$/, '')).sort();
    expect(files).toEqual(Object.keys(EXPECTED).sort());
    expect(files.length).toBeGreaterThanOrEqual(10);
  });

  it.each(Object.entries(EXPECTED))('%s', (name, e) => {
    const result = importText(fs.readFileSync(path.join(DIR, `${name}.txt`), 'utf8'));
    expect(result.letter).toBeDefined();
    const letter = result.letter!;
    const checks = validateLetter(letter);
    expect(checks.filter((d) => d.severity === 'error')).toEqual([]);
    const warnings = [...result.diagnostics, ...checks].filter((d) => d.severity === 'warning').map((d) => d.message);
    expect(warnings).toEqual(e.warnings ?? []);
    const s = summarize(letter, []);
    expect(s.metadata.date).toBe(e.date);
    if (e.reference) expect(s.metadata.reference).toBe(e.reference);
    expect(new Set(s.questions).size).toBe(e.questions);
    expect(s.answers).toEqual(e.answers);
    if (e.sections) expect(s.sections).toEqual(e.sections);
    expect(s.footnotes).toBe(e.footnotes);
    if (e.signatory) expect(s.signatories.map((x) => x.name)).toEqual([e.signatory]);
    const text = body(exportText(letter));
    for (const sentence of e.includes) expect({ sentence, times: text.split(sentence).length - 1 }).toEqual({ sentence, times: 1 });
    for (const furniture of e.excludes ?? []) expect({ furniture, found: text.includes(furniture) }).toEqual({ furniture, found: false });
  });
});
