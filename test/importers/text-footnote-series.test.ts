/**
 * Footnotes whose number pdftotext set apart from their text, and note series that start
 * again at 1: which footnote each mark refers to, what evidence each rule needs, and what
 * stays text when the evidence is missing. The letters are made up; none is a corpus letter.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { importText } from '../../src/importers/text';
import { plainText } from '../../src/model/text';
import type { Inline, Letter } from '../../src/model/types';
import { validateLetter } from '../../src/model/validate';
import { blockArrays, inlineSequences } from '../../src/model/walk';

const DIR = path.join(__dirname, '..', 'fixtures', 'text');

/** Each footnote reference in document order: the note's id and the word the mark stands after. */
function marks(letter: Letter): { after: string; id: string }[] {
  const found: { after: string; id: string }[] = [];
  const visit = (inlines: Inline[]) => {
    inlines.forEach((node, k) => {
      if (node.type === 'footnoteRef') found.push({ after: plainText(inlines.slice(0, k)).split(' ').pop()!, id: node.footnote });
      else if ('content' in node) visit(node.content);
    });
  };
  for (const { blocks, at } of blockArrays(letter)) for (const seq of inlineSequences(blocks, at)) if (seq.isBlock) visit(seq.inlines);
  return found;
}

/** The footnotes as id, printed label and text. */
function notes(letter: Letter): { id: string; label: string; text: string }[] {
  return (letter.footnotes ?? []).map((f) => ({
    id: f.id,
    label: f.label,
    text: f.content.map((b) => (b.type === 'paragraph' ? plainText(b.content) : b.type === 'list' ? b.items.map((i) => `${i.label} …`).join(' ') : '')).join(' '),
  }));
}

/** Imports and checks that the letter is valid and that nothing but info was reported. */
function read(source: string): { letter: Letter; infos: { line?: number; message: string }[]; text: string } {
  const result = importText(source);
  expect(result.letter).toBeDefined();
  const letter = result.letter!;
  expect(validateLetter(letter).filter((d) => d.severity !== 'info')).toEqual([]);
  expect(result.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  const text = JSON.stringify(letter);
  return { letter, infos: result.diagnostics.map(({ line, message }) => ({ line, message })), text };
}

const page = (lines: string[]) => lines.join('\n');
const pages = (...ps: string[][]) => ps.map(page).join('\n\f');

describe('a note whose number stands under its text', () => {
  it('is taken with its number, and its mark set apart at the end of a line is glued back', () => {
    const { letter, infos } = read(fs.readFileSync(path.join(DIR, 'nummer-onder-voetnoot.txt'), 'utf8'));
    expect(notes(letter)).toEqual([
      { id: 'fn1', label: '1', text: 'Jaarverslag 2025 van de rederij, hoofdstuk 3 (Dienstregeling en uitval).' },
      { id: 'fn2', label: '2', text: 'Kamerstuk 31 409, nr. 412.' },
    ]);
    expect(marks(letter)).toEqual([
      { after: 'toegelicht.', id: 'fn1' },
      { after: 'ingezet.', id: 'fn2' },
    ]);
    expect(infos).toContainEqual({ line: 17, message: 'footnote mark 1 set apart by a space at the end of the line put back after its word' });
    expect(infos).toContainEqual({
      line: 23,
      message: '"1" at the foot of the page kept as the number of the note above it, not a page number: the page prints its number otherwise, and the mark stands on line 17',
    });
  });

  const LETTER = (footer: string[], markLine: string) =>
    pages(
      ['Datum 9 maart 2026', 'Betreft Antwoorden op vragen over de bibliotheken', '', 'Hierbij bied ik u de antwoorden aan.', '', 'Pagina 1 van 2'],
      [
        'Vraag 1',
        'Hoeveel bibliotheken zijn er in 2025 gesloten?',
        'Antwoord op vraag 1',
        'Er zijn in 2025 elf vestigingen gesloten en vier nieuwe geopend.',
        markLine,
        'Daarmee blijft het aantal vestigingen ongeveer gelijk.',
        '',
        'Bibliotheekmonitor 2025, Koninklijke Bibliotheek, tabel 2.',
        '1',
        '',
        ...footer,
      ],
    );

  it('and a note series of "1)" marks beside it gets an id of its own', () => {
    const { letter } = read(
      pages(
        ['Datum 9 maart 2026', 'Betreft Antwoorden op vragen over de bibliotheken', '', 'Hierbij bied ik u de antwoorden aan.', '', 'Pagina 1 van 2'],
        [
          'Vraag 1',
          'Kent u het bericht over sluitende bibliotheken? 1)',
          'Antwoord op vraag 1',
          'Ja. Er zijn in 2025 elf vestigingen gesloten en vier nieuwe geopend, zo meldt de',
          'monitor van de Koninklijke Bibliotheek. 1',
          'Daarmee blijft het aantal vestigingen ongeveer gelijk.',
          '',
          '1. NOS, 3 februari 2026, www.nos.nl/artikel/2510001',
          '',
          'Bibliotheekmonitor 2025, Koninklijke Bibliotheek, tabel 2.',
          '1',
          '',
          'Pagina 2 van 2',
        ],
      ),
    );
    expect(notes(letter)).toEqual([
      { id: 'fn1', label: '1', text: 'NOS, 3 februari 2026, www.nos.nl/artikel/2510001' },
      { id: 'fn1-2', label: '1', text: 'Bibliotheekmonitor 2025, Koninklijke Bibliotheek, tabel 2.' },
    ]);
    expect(marks(letter)).toEqual([
      { after: 'bibliotheken?', id: 'fn1' },
      { after: 'Bibliotheek.', id: 'fn1-2' },
    ]);
  });

  it('is not taken when the page prints no page number of another form: the lone number is the page number', () => {
    const { letter, text } = read(LETTER([], 'Dat staat in de monitor van de Koninklijke Bibliotheek. 1'));
    expect(letter.footnotes).toBeUndefined();
    expect(text).toContain('Bibliotheekmonitor 2025, Koninklijke Bibliotheek, tabel 2.');
  });

  it('is not taken when the number after a full stop belongs to an abbreviation ("nr. 1")', () => {
    const { letter, text } = read(LETTER(['Pagina 2 van 2'], 'Dat staat in de monitor, Kamerstuk 32 820, nr. 1'));
    expect(letter.footnotes).toBeUndefined();
    expect(text).toContain('Bibliotheekmonitor 2025, Koninklijke Bibliotheek, tabel 2.');
    expect(text).toContain('nr. 1');
  });
});

describe('a note whose number pdftotext set apart from its text, under a table', () => {
  it('in an annex that numbers its notes anew: its marks refer to it, not to note 1 of the letter', () => {
    const { letter, infos } = read(fs.readFileSync(path.join(DIR, 'bijlage-tabelnoot.txt'), 'utf8'));
    expect(notes(letter)).toEqual([
      { id: 'fn1', label: '1', text: 'UWV, Monitor Arbeidsparticipatie 2025, tabel 4.' },
      { id: 'fn2', label: '2', text: 'Kamerstuk 29 544, nr. 1290.' },
      { id: 'fn1-2', label: '1', text: 'Voor werkgevers met minder dan tien werknemers gelden in het voorstel twee uitzonderingen op het ene loket voor de aanvraag: a. … b. …' },
    ]);
    expect(marks(letter)).toEqual([
      { after: 'UWV.', id: 'fn1' },
      { after: 'voortgangsbrief.', id: 'fn2' },
      { after: 'werkgevers', id: 'fn1-2' },
      { after: 'werkgevers', id: 'fn1-2' },
    ]);
    expect(infos.filter((d) => /series|lower-alpha/.test(d.message))).toEqual([
      { line: 43, message: 'footnote mark 1 written as "¹": it is a mark of the note series that starts again at 1' },
      { line: 46, message: 'footnote mark 1 written as "¹": it is a mark of the note series that starts again at 1' },
      {
        line: 48,
        message: 'footnote 1 of a series that starts again at 1 taken from the foot of the page: its number stands apart on line 48, its text (in the smaller type of notes) from line 54',
      },
      { line: 55, message: '2 lines read as a lower-alpha list' },
    ]);
  });

  it('does not start a second series when the letter marks its note 1 with a superscript already: its marks could not be told apart', () => {
    const source = fs.readFileSync(path.join(DIR, 'bijlage-tabelnoot.txt'), 'utf8').replace('UWV.1 Dat', 'UWV.¹ Dat');
    const { letter, text } = read(source);
    expect(notes(letter).map((n) => n.id)).toEqual(['fn1', 'fn2']);
    expect(text).toContain('Voor werkgevers met minder dan tien werknemers gelden in het voorstel twee uitzonderingen');
  });

  /** A one-page annex to a letter without notes of its own; `cells` are the table's lines. */
  const ANNEX = (cells: string[], note: string[]) =>
    pages(
      [
        'Datum 21 januari 2026',
        'Betreft Antwoorden op vragen over de laadpalen',
        '',
        'Hierbij bied ik u de antwoorden aan op de vragen van het lid Kops over de',
        'laadpalen langs de weg.',
        '',
        'Vraag 1',
        'Hoeveel openbare laadpalen staan er in Nederland?',
        'Antwoord op vraag 1',
        'Eind 2025 stonden er ruim 190.000 openbare laadpalen; een overzicht per',
        'provincie staat in de bijlage bij deze brief.',
        '',
        'Pagina 1 van 2',
      ],
      ['Bijlage', '', ...cells, '', ...note, '', 'Pagina 2 van 2'],
    );
  // pdftotext reads the table down its columns; the note's number lands among the cells.
  const PROVINCES = ['Zeeland', '3.100', 'Drenthe', '4.200', 'Groningen', '6.900', 'Friesland', '7.300', 'Limburg', '11.800', 'Overijssel', '10.200', 'Gelderland', '24.500'];
  const CELLS = ['Provincie', 'Laadpalen', '', 'Utrecht', '', '21.400', '', 'Flevoland', '', 'geschat1', '', '1', '', ...PROVINCES.flatMap((c) => [c, ''])];
  const SMALL_TYPE = ['Voor Flevoland is het aantal geschat uit de aansluitingen die de netbeheerder in het derde kwartaal meldde.'];

  it('in a letter without other notes: note 1, its mark left as it stands', () => {
    const { letter } = read(ANNEX(CELLS, SMALL_TYPE));
    expect(notes(letter)).toEqual([{ id: 'fn1', label: '1', text: SMALL_TYPE[0] }]);
    expect(marks(letter)).toEqual([{ after: 'geschat', id: 'fn1' }]);
  });

  it('is not taken when the text under the table is set like the letter (no wider than its lines)', () => {
    const note = ['Voor Flevoland is het aantal geschat.'];
    const { letter, text } = read(ANNEX(CELLS, note));
    expect(letter.footnotes).toBeUndefined();
    expect(text).toContain(note[0]);
  });

  it('is not taken without its number standing apart', () => {
    const { letter, text } = read(ANNEX(CELLS.filter((c) => c !== '1'), SMALL_TYPE));
    expect(letter.footnotes).toBeUndefined();
    expect(text).toContain(SMALL_TYPE[0]);
  });

  it('is not taken when the "mark" follows a capital (a road "A1", a level "B1"), which words do not end on', () => {
    const { letter, text } = read(ANNEX(CELLS.map((c) => (c === 'geschat1' ? 'langs de A1' : c)), SMALL_TYPE));
    expect(letter.footnotes).toBeUndefined();
    expect(text).toContain(SMALL_TYPE[0]);
  });
});

describe('a mark after the full stop of a sentence that ends on a year', () => {
  const letter = (body: string) =>
    pages(
      ['Datum 4 maart 2026', 'Betreft Verlenging van de regeling', '', 'Vraag 1', 'Loopt de regeling af?', '', 'Antwoord op vraag 1', body, 'Daarna volgt een evaluatie door het ministerie.', '', '1 Besluit van 3 maart 2021, Stcrt. 2021, 1234.', 'Pagina 1 van 1'],
    );

  it('is the mark: "… tot 1 januari 2027.1 De …"', () => {
    const { letter: read1, infos } = read(letter('De regeling geldt tot 1 januari 2027.1 De verlenging is aangekondigd.'));
    expect(notes(read1)).toEqual([{ id: 'fn1', label: '1', text: 'Besluit van 3 maart 2021, Stcrt. 2021, 1234.' }]);
    expect(marks(read1)).toEqual([{ after: '2027.', id: 'fn1' }]);
    expect(infos.some((i) => i.message === 'footnote 1 taken from the foot of the page')).toBe(true);
  });

  it('is no mark before a word in lower case ("2027.1 en"), where no note is taken either', () => {
    const result = importText(letter('De regeling geldt tot versie 2027.1 en daarna niet meer.'));
    expect(result.letter!.footnotes ?? []).toEqual([]);
    expect(JSON.stringify(result.letter)).toContain('versie 2027.1 en daarna');
  });
});

describe('note numbers stacked above their texts, under a paragraph that runs on over the page', () => {
  const source = pages(
    ['Datum 9 maart 2026', 'Betreft Antwoorden op vragen over regeldruk', '', 'Hierbij bied ik u de antwoorden aan.', '', 'Pagina 1 van 3'],
    [
      'Vraag 1',
      'Wat doet de regering aan de regeldruk van Europese regels?',
      'Antwoord op vraag 1',
      // Two lines start with a capital: before the rule, the paragraph passed for the two notes.
      'Vanwege de hoge bijdrage van Europese regels aan de regeldruk in het',
      'land1, ligt de nadruk op de kosten. In de fase van de toets, voor de start van',
      'Europese onderhandelingen, is er weinig te zeggen over de ervaren',
      'regeldruk2. Ook alternatieve',
      '1',
      '2',
      '',
      'https://www.kcbr.nl/sites/default/files/Meten_is_weten.pdf, p 7.',
      'www.regeldrukmonitor.nl',
      '',
      'Pagina 2 van 3',
    ],
    [
      'beleidsopties worden vaak al door de Europese Commissie gewogen.',
      'Vraag 2',
      'Volgt de regering het toetsingskader?',
      'Antwoord op vraag 2',
      'Ja, zoals het kader vraagt.3',
      '',
      '3 Toetsingskader rijksbrede wetgevingstoetsing (kcbr.nl), p1',
      '',
      'Pagina 3 van 3',
    ],
  );

  it('takes the lines under the stack as the notes, one each, also when they start in lower case, and leaves the paragraph above whole', () => {
    const { letter } = read(source);
    expect(notes(letter)).toEqual([
      { id: 'fn1', label: '1', text: 'https://www.kcbr.nl/sites/default/files/Meten_is_weten.pdf, p 7.' },
      { id: 'fn2', label: '2', text: 'www.regeldrukmonitor.nl' },
      { id: 'fn3', label: '3', text: 'Toetsingskader rijksbrede wetgevingstoetsing (kcbr.nl), p1' },
    ]);
    const answer = letter.questionsAndAnswers!.sections[0].items[1];
    expect(answer.body).toHaveLength(1);
    expect(plainText((answer.body[0] as { content: Inline[] }).content)).toBe(
      'Vanwege de hoge bijdrage van Europese regels aan de regeldruk in het land, ligt de nadruk op de kosten. In de fase van de toets, voor de start van ' +
        'Europese onderhandelingen, is er weinig te zeggen over de ervaren regeldruk. Ook alternatieve beleidsopties worden vaak al door de Europese Commissie gewogen.',
    );
  });

  it('reads no mark in a note\'s own text: "p1" there is a page, not a reference to note 1', () => {
    const { letter } = read(source);
    expect(marks(letter)).toEqual([
      { after: 'land', id: 'fn1' },
      { after: 'regeldruk', id: 'fn2' },
      { after: 'vraagt.', id: 'fn3' },
    ]);
  });
});

describe('a note at a page foot, and text that goes on over the page', () => {
  /** Answer 1 of a made-up letter: its text on page 2 (with what stands at its foot), going on on page 3. */
  const letter = (pageTwoFoot: string[], pageThree: string[]) =>
    pages(
      ['Datum 9 maart 2026', 'Betreft Antwoorden op vragen over toezicht', '', 'Hierbij bied ik u de antwoorden aan.', '', 'Pagina 1 van 3'],
      ['Vraag 1', 'Wat doet de toezichthouder?', 'Antwoord op vraag 1', ...pageTwoFoot, '', 'Pagina 2 van 3'],
      [...pageThree, 'Vraag 2', 'Is dat genoeg?', 'Antwoord op vraag 2', 'Ja.', '', 'Pagina 3 van 3'],
    );
  const answerText = (l: Letter) => plainText((l.questionsAndAnswers!.sections[0].items[1].body[0] as { content: Inline[] }).content);

  it('one number alone, body text in mid-sentence above it, an address under it: the address is the note', () => {
    const { letter: l } = read(
      letter(
        ['De toezichthouder is verplicht tot geheimhouding over wat hij ziet.1 Over', 'een enkele bank kan hij daarom niets zeggen. Voorts is de toezichthouder', '', '1', '', 'https://www.tuchtrechtbanken.nl/actueel/opheldering'],
        ['onafhankelijk en gaat hij over zijn eigen beleid.'],
      ),
    );
    expect(notes(l).map((n) => n.text)).toEqual(['https://www.tuchtrechtbanken.nl/actueel/opheldering']);
    expect(answerText(l)).toBe(
      'De toezichthouder is verplicht tot geheimhouding over wat hij ziet. Over een enkele bank kan hij daarom niets zeggen. Voorts is de toezichthouder onafhankelijk en gaat hij over zijn eigen beleid.',
    );
  });

  it('a reference above the number is the note before (numbers and texts taking turns), not body text', () => {
    const { letter: l } = read(
      letter(['Zie de brieven.1 En de stukken.2', '', '1', 'Kamerstuk 29 515, nr. 488.', '2', 'Kamerstuk 29 515, nr. 485.'], ['Daarmee is de vraag beantwoord.']),
    );
    expect(notes(l).map((n) => n.text)).toEqual(['Kamerstuk 29 515, nr. 488.', 'Kamerstuk 29 515, nr. 485.']);
  });

  it('a note cut off in mid-sentence goes on in the block under it that starts in lower case', () => {
    // An extractor that does not wrap: the note stands amid the text, its first line short
    // beside the long lines of the letter, so that the block ends there.
    const { letter: l } = read(
      [
        'Datum 9 maart 2026', 'Betreft Antwoorden op vragen over stalvloeren', '', 'Hierbij bied ik u de antwoorden aan.', '',
        'Vraag 1',
        'Kent u het bericht «Verguisde stalvloer tegen stikstofuitstoot kan stoppende boer in de weg zitten»?',
        '1 ',
        'Antwoord op vraag 1',
        'Ja. Een melkveehouder met een emissiearme vloer kan voldoen aan de drempelwaarde van de aanpak piekbelasting, als de berekening dat uitwijst.',
        '',
        '1Brabants Dagblad, 2 juli 2023, «Verguisde stalvloer tegen stikstofuitstoot kan stoppende boer in ',
        'de weg zitten» (https://www.bd.nl/binnenland/verguisde-stalvloer-kan-stoppende-boer-in-de-weg-zitten~a1b2a0fc/?cb=dbaa9fe0cf5ce3793898530f1307b5d2&auth_rd=1).',
        '',
        'Binnen het kader van de aanpak piekbelasting wordt uitgegaan van de emissiefactoren zoals ze golden op het moment van inregelen van de tool en',
        'die op dit moment nog steeds gelden, zoals ook in de brief aan uw Kamer van 30 juni 2023 is aangegeven bij de resultaten van het onderzoek.',
        'Vraag 2',
        'Wat is het gevolg als boeren in het systeem invoeren dat ze een emissiearme vloer hebben die in de praktijk niet blijkt te werken zoals bedoeld?',
        'Antwoord op vraag 2',
        'De tool doet geen uitspraken over de werking van een stalsysteem. De gebruiker vult zelf de aanwezige stalsystemen in, zoals die zijn vergund.',
      ].join('\n'),
    );
    expect(notes(l).map((n) => n.text)).toEqual([
      'Brabants Dagblad, 2 juli 2023, «Verguisde stalvloer tegen stikstofuitstoot kan stoppende boer in de weg zitten» ' +
        '(https://www.bd.nl/binnenland/verguisde-stalvloer-kan-stoppende-boer-in-de-weg-zitten~a1b2a0fc/?cb=dbaa9fe0cf5ce3793898530f1307b5d2&auth_rd=1).',
    ]);
    expect(JSON.stringify(l.questionsAndAnswers)).not.toContain('de weg zitten» (https');
  });

  it('a sentence that ends in a colon goes on over the page in lower case; a list item after the colon does not', () => {
    const goesOn = read(letter(['Daarnaast is ook het proces van belang:'], ['wat is de stand van de punten uit de evaluatie van 2020?'])).letter;
    expect(answerText(goesOn)).toBe('Daarnaast is ook het proces van belang: wat is de stand van de punten uit de evaluatie van 2020?');
    const list = read(letter(['De toets kijkt naar twee dingen:'], ['a. de kosten;', 'b. de werkbaarheid.'])).letter;
    expect(answerText(list)).toBe('De toets kijkt naar twee dingen:');
  });
});

describe('a note at a page foot between two halves of a sentence (text without form feeds)', () => {
  it('keeps the note to its own text and the sentence whole, also where the note ends in a word', () => {
    const { letter: l } = read(
      [
        'Datum 9 maart 2026',
        'Betreft Antwoorden op vragen over toezicht',
        '',
        'Vraag 1',
        'Wat doet de toezichthouder?',
        'Antwoord op vraag 1',
        'De toezichthouder houdt toezicht op alle banken¹ en verzekeraars, en op de',
        '',
        '¹ Zie www.dnb.nl/toezicht',
        'Pagina 1 van 2',
        'pensioenfondsen die onder de wet vallen.',
        'Vraag 2',
        'Is dat genoeg?',
        'Antwoord op vraag 2',
        'Ja.',
        'Pagina 2 van 2',
      ].join('\n'),
    );
    expect(notes(l).map((n) => n.text)).toEqual(['Zie www.dnb.nl/toezicht']);
    const answer = l.questionsAndAnswers!.sections[0].items[1];
    expect(answer.body.map((b) => (b.type === 'paragraph' ? plainText(b.content) : b.type))).toEqual([
      'De toezichthouder houdt toezicht op alle banken en verzekeraars, en op de pensioenfondsen die onder de wet vallen.',
    ]);
  });
});

describe('numbers over their notes at a page foot, more shapes', () => {
  const letter = (foot: string[], next: string) =>
    pages(
      ['Datum 9 maart 2026', 'Betreft Antwoorden op vragen over toezicht', '', 'Hierbij bied ik u de antwoorden aan.', '', 'Pagina 1 van 3'],
      ['Vraag 1', 'Wat doet de toezichthouder?', 'Antwoord op vraag 1', ...foot, '', 'Pagina 2 van 3'],
      [next, 'Vraag 2', 'Is dat genoeg?', 'Antwoord op vraag 2', 'Ja.', '', 'Pagina 3 van 3'],
    );
  const answer = (l: Letter) => l.questionsAndAnswers!.sections[0].items[1].body.map((b) => (b.type === 'paragraph' ? plainText(b.content) : b.type));

  it('one number under a paragraph that ends a sentence: the lines under the number are the note, the paragraph stays', () => {
    const { letter: l } = read(
      letter(
        ['De toezichthouder is verplicht tot geheimhouding.1 Over een enkele bank kan', 'hij daarom niets zeggen. De toezichthouder gaat over zijn eigen beleid.', '', '1', '', 'https://www.tuchtrechtbanken.nl/actueel/opheldering'],
        'Daarmee is de vraag beantwoord.',
      ),
    );
    expect(notes(l).map((n) => n.text)).toEqual(['https://www.tuchtrechtbanken.nl/actueel/opheldering']);
    expect(answer(l)[0]).toBe('De toezichthouder is verplicht tot geheimhouding. Over een enkele bank kan hij daarom niets zeggen. De toezichthouder gaat over zijn eigen beleid.');
  });

  it('stacked numbers over notes of which one runs over a line that starts with a capital ("… over de" / "Tweede Kamer, p. 7.")', () => {
    const { letter: l } = read(
      letter(
        ['Het rapport1 en de monitor2 laten dat zien; de toezichthouder gaat', 'over zijn eigen', '1', '2', '', 'Zie het rapport van het Adviescollege over de', 'Tweede Kamer, p. 7.', 'www.regeldrukmonitor.nl'],
        'beleid.',
      ),
    );
    expect(notes(l).map((n) => n.text)).toEqual(['Zie het rapport van het Adviescollege over de Tweede Kamer, p. 7.', 'www.regeldrukmonitor.nl']);
    expect(answer(l)).toEqual(['Het rapport en de monitor laten dat zien; de toezichthouder gaat over zijn eigen beleid.']);
  });
});

describe('numbers over their notes at a page foot: where the stack rule must not take all', () => {
  const letter = (foot: string[]) =>
    pages(
      ['Datum 9 maart 2026', 'Betreft Antwoorden op vragen over toezicht', '', 'Hierbij bied ik u de antwoorden aan.', '', 'Pagina 1 van 3'],
      ['Vraag 1', 'Wat doet de toezichthouder?', 'Antwoord op vraag 1', ...foot, '', 'Pagina 2 van 3'],
      ['Vraag 2', 'Is dat genoeg?', 'Antwoord op vraag 2', 'Ja.', '', 'Pagina 3 van 3'],
    );

  it('note texts with a blank line between them, under two stacked numbers: one note each', () => {
    const { letter: l } = read(letter(['Dit staat op de site van de rijksoverheid.1 Verder is er een brief', 'verschenen.2 Dat is alles.', '1', '2', 'www.rijksoverheid.nl/documenten/rapport', '', 'Kamerstuk 36 410 VI, nr. 26.']));
    expect(notes(l).map((n) => n.text)).toEqual(['www.rijksoverheid.nl/documenten/rapport', 'Kamerstuk 36 410 VI, nr. 26.']);
  });

  it('a note that ends on a number ("nr. 26"), then one over two lines, under two stacked numbers: one note each', () => {
    const { letter: l } = read(letter(['Dit staat in de brief van de minister.1 Verder is er een rapport', 'verschenen.2', '', '1', '2', 'Kamerstuk 36 410 VI, nr. 26', 'Zie het rapport van het Planbureau voor de Leefomgeving over', 'regeldruk.']));
    expect(notes(l).map((n) => n.text)).toEqual(['Kamerstuk 36 410 VI, nr. 26', 'Zie het rapport van het Planbureau voor de Leefomgeving over regeldruk.']);
  });

  it('one number over its note, then a note printed with its number: both notes, each whole', () => {
    const { letter: l } = read(letter(['Dit staat in de brief van de minister.1 Verder is er een rapport', 'verschenen.2', '', '1', 'Kamerstuk 36 410 VI, nr. 26', '2 Zie het rapport van het Planbureau voor de Leefomgeving.']));
    expect(notes(l).map((n) => n.text)).toEqual(['Kamerstuk 36 410 VI, nr. 26', 'Zie het rapport van het Planbureau voor de Leefomgeving.']);
  });
});
