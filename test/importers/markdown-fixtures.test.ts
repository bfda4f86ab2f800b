/**
 * Test letters in other styles (test/fixtures/markdown/), written for kamerbrief. The
 * expectations below were read off the letters by a person, not produced by the importer.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { exportMarkdown } from '../../src/exporters/markdown';
import { exportText } from '../../src/exporters/text';
import { importMarkdown } from '../../src/importers/markdown';
import { summarize } from '../../src/model/summary';
import { validateLetter } from '../../src/model/validate';
import type { Block, Letter } from '../../src/model/types';

const DIR = path.join(__dirname, '..', 'fixtures', 'markdown');

interface Expected {
  kind?: Letter['kind'];
  date: string;
  reference?: string;
  subject?: string;
  chamber?: Letter['chamber'];
  inquiry?: Letter['inquiry'];
  signatories?: Letter['signatories'];
  title?: string;
  questions: string[];
  answers: string[][];
  sections: (string | null)[];
  footnotes: number;
  /** Sentences that must stand in the text export exactly once. */
  includes: string[];
  /** Furniture that must not stand in the text export's body. */
  excludes?: string[];
}

const seq = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));
const each = (n: number) => seq(n).map((q) => [q]);

const EXPECTED: Record<string, Expected> = {
  'aanhangsel-tk': {
    date: '2026-03-24',
    chamber: 'tweede-kamer',
    inquiry: { submitted: '2026-03-03', askers: [{ name: 'Jansen', faction: 'GroenLinks-PvdA' }], addressee: 'de Minister van Financiën' },
    signatories: [{ role: 'Minister van Financiën', name: 'De Vries' }],
    title: 'Vragen van het lid Jansen (GroenLinks-PvdA) aan de Minister van Financiën over de betaalbaarheid van contant geld (ingezonden 3 maart 2026).',
    questions: seq(4),
    answers: each(4),
    sections: [null],
    footnotes: 0,
    includes: ['Volgens De Nederlandsche Bank zijn er in 2025 ongeveer 180 geldautomaten verdwenen. Het aantal geldautomaten is daarmee nog steeds binnen de afspraken van het Maatschappelijk Overleg Betalingsverkeer.'],
    excludes: ['Aanhangsel van de Handelingen', 'Vergaderjaar 2025–2026'],
  },
  'ons-kenmerk-pagina': {
    date: '2026-04-02',
    reference: '2026-0000123456',
    subject: 'Beantwoording vragen over huurverhogingen',
    chamber: 'tweede-kamer',
    inquiry: { submitted: '2026-03-12', reference: '2026Z04321', askers: [{ name: 'Bakker', faction: 'SP' }] },
    signatories: [{ role: 'De Minister van Volkshuisvesting en Ruimtelijke Ordening', name: 'H. Peters' }],
    questions: seq(3),
    answers: each(3),
    sections: [null],
    footnotes: 0,
    includes: ['De evaluatie ontvangt uw Kamer voor de zomer van 2027.', 'Dat is niet bekend. De huurverhogingen worden niet centraal geregistreerd.'],
    excludes: ['Pagina 2 van 3', 'Pagina 3 van 3', 'Directie Woningmarkt', 'Ons kenmerk'],
  },
  'genummerde-vragen': {
    date: '2026-02-09',
    subject: 'Antwoorden op vragen over de bereikbaarheid van de huisartsenpost',
    inquiry: { askers: [{ name: 'Smit', faction: 'CDA' }] },
    signatories: [{ role: 'De Staatssecretaris van Volksgezondheid, Welzijn en Sport', name: 'K. Visser' }],
    questions: seq(5),
    answers: each(5),
    sections: [null],
    footnotes: 0,
    includes: ['Hoe vaak was de huisartsenpost in Zeeland in 2025 onbereikbaar?', 'De huisartsenpost heeft een tweede telefoonlijn laten aanleggen.'],
  },
  'cursieve-vragen': {
    date: '2026-01-16',
    subject: 'Antwoorden Kamervragen over zwerfafval langs snelwegen',
    questions: seq(4),
    answers: each(4),
    sections: [null],
    footnotes: 0,
    includes: ['Het opruimen kostte ongeveer 11 miljoen euro.', 'Daarvan ging een derde naar de inzet van verkeersmaatregelen.'],
  },
  'vragen-2-3-en-4': {
    date: '2026-05-05',
    reference: '88120',
    questions: seq(6),
    answers: [['1'], ['2', '3', '4'], ['5'], ['6']],
    sections: [null],
    footnotes: 0,
    inquiry: { askers: [{ name: 'Kok', faction: 'D66' }, { name: 'Yilmaz', faction: 'GroenLinks-PvdA' }] },
    includes: ['In deze gemeenten wonen samen ongeveer 190.000 inwoners. De dichtstbijzijnde bibliotheek ligt voor hen gemiddeld acht kilometer verderop. Dat vind ik niet aanvaardbaar.'],
  },
  'vragen-7-tm-9': {
    date: '2026-03-20',
    questions: seq(12),
    answers: [...each(6), ['7', '8', '9'], ['10', '11', '12']],
    sections: [null],
    footnotes: 0,
    includes: ['Het register komt er, Rijkswaterstaat beheert het en het is openbaar.'],
  },
  'gecombineerde-vraag': {
    date: '2026-06-11',
    questions: seq(6),
    answers: [...each(4), ['5', '6']],
    sections: ['Wachttijden'],
    footnotes: 0,
    includes: ['Hoeveel examens zijn in 2025 afgenomen, en hoeveel daarvan zijn gehaald?'],
  },
  uitstelbericht: {
    kind: 'postponement-notice',
    date: '2026-05-27',
    subject: 'Uitstel beantwoording vragen over de evacuatie uit Soedan',
    chamber: 'tweede-kamer',
    inquiry: { submitted: '2026-05-06', reference: '2026Z04567', askers: [{ name: 'Hermans', faction: 'NSC' }] },
    signatories: [{ role: 'De Minister van Buitenlandse Zaken', name: 'R. Bos' }],
    questions: [],
    answers: [],
    sections: [],
    footnotes: 0,
    includes: ['Voor de beantwoording is afstemming met andere ministeries nodig. Ik streef ernaar de vragen binnen drie weken te beantwoorden.'],
  },
  tabel: {
    date: '2026-07-03',
    questions: seq(2),
    answers: each(2),
    sections: [null],
    footnotes: 0,
    includes: ['2024 | 32.200 | 11.900', '2025 | 29.800 | nog niet bekend', 'De cijfers over 2025 zijn voorlopig.'],
  },
  'geneste-lijsten': {
    date: '2026-04-08',
    questions: seq(2),
    answers: each(2),
    sections: [null],
    footnotes: 0,
    includes: ['1. Meer lesuren taal in het basisonderwijs:', '  a. twee extra uren per week in groep 3 en 4;', '– taalhuizen, met', '  – spreekuren in de bibliotheek;'],
  },
  'voetnoten-gfm': {
    date: '2026-02-12',
    reference: '3344551',
    chamber: 'tweede-kamer',
    inquiry: { reference: '2026Z01111', submitted: '2026-01-20', askers: [{ name: 'Vermeer', faction: 'BBB' }] },
    title: 'Vragen van het lid Vermeer (BBB) over stikstofdepositie',
    questions: seq(2),
    answers: each(2),
    sections: [null],
    footnotes: 2,
    includes: ['Kent u het rapport van het RIVM over de depositie in 2025?¹', 'Dat wordt nader onderzocht.¹', '² Monitor Stikstof en Natuur 2025.'],
  },
  'voetnoten-superscript': {
    date: '2026-02-12',
    reference: '3344551',
    title: 'Vragen van het lid Vermeer (BBB) over stikstofdepositie',
    questions: seq(2),
    answers: each(2),
    sections: [null],
    footnotes: 2,
    includes: ['Kent u het rapport van het RIVM over de depositie in 2025?¹', 'Ja. Het rapport bevestigt de daling die ook in de Monitor² staat.', '¹ RIVM, Depositie 2025, rapport 2026-0012.'],
    excludes: ['Onze referentie\n'],
  },
  'antwoord-over-paginagrens': {
    date: '2026-01-30',
    reference: 'DGE/26123',
    chamber: 'eerste-kamer',
    inquiry: { askers: [{ faction: 'SP' }] },
    questions: seq(2),
    answers: each(2),
    sections: [null],
    footnotes: 1,
    includes: [
      'Volgens de netbeheerders¹ stonden op 1 januari 2026 ruim 12.000 bedrijven op een wachtlijst voor een nieuwe of zwaardere aansluiting. Het grootste deel daarvan bevindt zich in de provincies Noord-Brabant, Gelderland en Utrecht, waar de vraag naar transportcapaciteit sneller is gegroeid dan het net kon worden uitgebreid. De netbeheerders verwachten dat de wachtlijsten pas na 2030 korter worden, en dat alleen als de uitbreiding van het hoogspanningsnet volgens plan verloopt.',
    ],
    excludes: ['Bureau Netcongestie', 'Directoraat-Generaal Energie'],
  },
};

/** The body of the text export: everything after the letterhead (which ends with "Datum …" and "Betreft …"). */
function body(text: string): string {
  const blocks = text.split('\n\n');
  return blocks.slice(blocks.findIndex((b) => b.startsWith('Datum ')) + 1).join('\n\n');
}

function count(haystack: string, needle: string): number {
  return haystack.split(needle).length - 1;
}

describe('Markdown test letters in other styles', () => {
  it('are all covered by an expectation (at least 12 letters)', () => {
    const files = fs.readdirSync(DIR).filter((f) => f.endsWith('.md')).map((f) => f.replace(/\.md$/, '')).sort();
    expect(files).toEqual(Object.keys(EXPECTED).sort());
    expect(files.length).toBeGreaterThanOrEqual(12);
  });

  describe.each(Object.entries(EXPECTED))('%s', (name, e) => {
    const result = importMarkdown(fs.readFileSync(path.join(DIR, `${name}.md`), 'utf8'));
    const letter = result.letter!;

    it('imports without errors and validates', () => {
      expect(letter).toBeDefined();
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(validateLetter(letter).filter((d) => d.severity !== 'info')).toEqual([]);
    });

    it('has the metadata, questions, answers, sections and footnotes read off the letter', () => {
      const s = summarize(letter, []);
      expect(s.kind).toBe(e.kind ?? 'answer-letter');
      expect(s.metadata.date).toBe(e.date);
      if (e.reference) expect(s.metadata.reference).toBe(e.reference);
      if (e.subject) expect(s.metadata.subject).toBe(e.subject);
      if (e.chamber) expect(s.metadata.chamber).toBe(e.chamber);
      if (e.inquiry) expect(s.inquiry).toEqual(e.inquiry);
      if (e.signatories) expect(s.signatories).toEqual(e.signatories);
      if (e.title) expect(s.title).toBe(e.title);
      expect(s.questions).toEqual(e.questions);
      expect(s.answers).toEqual(e.answers);
      expect(s.sections).toEqual(e.sections);
      expect(s.footnotes).toBe(e.footnotes);
    });

    it('keeps each checked sentence once and no page furniture in the text', () => {
      const text = body(exportText(letter));
      for (const sentence of e.includes) expect({ sentence, times: count(text, sentence) }).toEqual({ sentence, times: 1 });
      for (const furniture of e.excludes ?? []) expect({ furniture, times: count(text, furniture) }).toEqual({ furniture, times: 0 });
    });

    it('survives the Markdown round trip', () => {
      expect(importMarkdown(exportMarkdown(letter)).letter).toEqual(letter);
    });
  });

  it('reads the table with its header row and the nested lists with their labels', () => {
    const table = importMarkdown(fs.readFileSync(path.join(DIR, 'tabel.md'), 'utf8')).letter!;
    const answer = table.questionsAndAnswers!.sections[0].items[1].body;
    const t = answer.find((b): b is Extract<Block, { type: 'table' }> => b.type === 'table')!;
    expect(t.rows).toHaveLength(4);
    expect(t.rows[0]).toEqual({ header: true, cells: ['Jaar', 'Eerste aanvragen', 'Nareizigers'].map((x) => ({ content: [{ type: 'text', text: x }] })) });
    expect(t.rows[3].cells[2]).toEqual({ content: [{ type: 'emphasis', content: [{ type: 'text', text: 'nog niet bekend' }] }] });

    const lists = importMarkdown(fs.readFileSync(path.join(DIR, 'geneste-lijsten.md'), 'utf8')).letter!;
    const [intro, decimal] = lists.questionsAndAnswers!.sections[0].items[1].body;
    expect(intro.type).toBe('paragraph');
    expect(decimal).toMatchObject({ type: 'list', style: 'decimal', items: [{ label: '1.' }, { label: '2.' }] });
    const nested = (decimal as Extract<Block, { type: 'list' }>).items[0].content[1];
    expect(nested).toMatchObject({ type: 'list', style: 'lower-alpha', items: [{ label: 'a.' }, { label: 'b.' }] });
  });
});

describe('Markdown footnotes that refer to a note', () => {
  it('takes an explicit reference in a note ("[^2]") and no guessed mark there ("p4" is a page)', () => {
    const source = '---\nkind: answer-letter\ndate: 2026-03-01\n---\n\nHierbij[^1] de antwoorden.\n\n### Vraag 1\n\nWaarom?\n\n### Antwoord op vraag 1\n\nDaarom.[^2]\n\n' +
      '[^1]: Zie ook noot 2.[^2]\n[^2]: Kamerstuk 36 450, nr. 3, p4.\n';
    const { letter, diagnostics } = importMarkdown(source);
    expect(diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(letter!.footnotes).toEqual([
      { id: 'fn1', label: '1', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Zie ook noot 2.' }, { type: 'footnoteRef', footnote: 'fn2' }] }] },
      { id: 'fn2', label: '2', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kamerstuk 36 450, nr. 3, p4.' }] }] },
    ]);
  });
});
