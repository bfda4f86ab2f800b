/**
 * Footnotes in the shapes extractors give them, each on a short Aanhangsel letter written for
 * it (no corpus words): notes typed with bracketed numbers ("[1] …", one glued to the end of
 * the one before), "[3 ]" marks of PDF-to-Markdown output, a page foot whose numbers and texts
 * pdftotext read in turns with one number out of place, a Word mark set apart before its
 * punctuation ("bibliotheken 1."), and a note that cites a paper in the words of a footer.
 * Each checks where the marks went and what the notes say.
 */
import { importMarkdown } from '../../src/importers/markdown';
import { importText } from '../../src/importers/text';
import { plainText } from '../../src/model/text';
import type { Block, Inline, Letter } from '../../src/model/types';

const HEAD = [
  'Vragen van het lid Kok (D66) aan de Minister van Onderwijs, Cultuur en Wetenschap over de bibliotheken (ingezonden 3 maart 2026).',
  '',
  'Antwoord van Minister Janssens (Onderwijs, Cultuur en Wetenschap) (ontvangen 5 mei 2026).',
  '',
];
/** The foot of page n: the publication footer and the page number, then a form feed. */
const foot = (n: number) => ['', 'Tweede Kamer, vergaderjaar 2025–2026, Aanhangsel', '', String(n), '\f'];

/** Each question's and answer's text with its marks as "[fnN]". */
function bodies(letter: Letter): string[] {
  const inline = (n: Inline): string => (n.type === 'footnoteRef' ? `[${n.footnote}]` : n.type === 'text' ? n.text : 'content' in n ? n.content.map(inline).join('') : '');
  const block = (b: Block): string => (b.type === 'paragraph' ? b.content.map(inline).join('') : b.type);
  return letter.questionsAndAnswers!.sections.flatMap((s) => s.items.map((i) => `${i.type} ${i.type === 'question' ? i.numbers.join(',') : i.questions.join(',')}: ${i.body.map(block).join(' / ')}`));
}

function notes(letter: Letter): string[] {
  return (letter.footnotes ?? []).map((f) => `${f.id}: ${f.content.map((b) => (b.type === 'paragraph' ? plainText(b.content) : b.type)).join(' ')}`);
}

function read(lines: string[]) {
  const result = importText(lines.join('\n'));
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(result.diagnostics.filter((d) => /has no mark/.test(d.message))).toEqual([]);
  return result.letter!;
}

describe('footnote shapes', () => {
  it('notes typed as "[1] …" after the last answer, one glued to the end of the note before', () => {
    const letter = read([
      ...HEAD,
      'Vraag 1',
      'Hoeveel bibliotheken sloten er in 2025 volgens het bericht in de krant [1] [2]?',
      '',
      'Antwoord 1',
      'Dat waren er elf, zo meldt de monitor over dat jaar[3], een daling van vijf procent.',
      '',
      'Vraag 2',
      'Wanneer verschijnt het plan?',
      '',
      'Antwoord 2',
      'In het najaar.',
      '',
      "[1] Dagblad van het Noorden, 2 maart 2026, 'Weer een bibliotheek dicht',",
      'https://www.example.nl/artikel/bibliotheek-dicht',
      '[2] Omroep Zuid, 3 maart 2026.[3] Bibliotheekmonitor 2025, tabel 3.',
    ]);
    expect(bodies(letter)).toEqual([
      'question 1: Hoeveel bibliotheken sloten er in 2025 volgens het bericht in de krant[fn1][fn2]?',
      'answer 1: Dat waren er elf, zo meldt de monitor over dat jaar[fn3], een daling van vijf procent.',
      'question 2: Wanneer verschijnt het plan?',
      'answer 2: In het najaar.',
    ]);
    expect(notes(letter)).toEqual([
      "fn1: Dagblad van het Noorden, 2 maart 2026, 'Weer een bibliotheek dicht', https://www.example.nl/artikel/bibliotheek-dicht",
      'fn2: Omroep Zuid, 3 maart 2026.',
      'fn3: Bibliotheekmonitor 2025, tabel 3.',
    ]);
  });

  it('a bracketed number with no note of its own stays text', () => {
    const letter = read([...HEAD, 'Vraag 1', 'Wat staat er in bijlage [2] van het rapport?', '', 'Antwoord 1', 'Een overzicht van de vestigingen.']);
    expect(letter.footnotes ?? []).toEqual([]);
    expect(bodies(letter)[0]).toBe('question 1: Wat staat er in bijlage [2] van het rapport?');
  });

  it('"[3 ]" marks and notes of PDF-to-Markdown output', () => {
    const result = importMarkdown(
      [
        ...HEAD,
        '**Vraag 1**',
        '',
        'Hoeveel bibliotheken sloten in 2025 [1 ]?',
        '',
        '**Antwoord 1**',
        '',
        'Dat waren er elf, zo meldt de monitor [2 ]. Het aantal vestigingen daalt al jaren [3 ].',
        '',
        '[1 ] Bibliotheekmonitor 2025, tabel 3.',
        '',
        '[2 ] Koninklijke Bibliotheek, Jaarverslag 2025.',
        '',
        '[3 ] Kamerstuk 33 846, nr. 12.',
      ].join('\n'),
    );
    const letter = result.letter!;
    expect(bodies(letter)).toEqual([
      'question 1: Hoeveel bibliotheken sloten in 2025[fn1]?',
      'answer 1: Dat waren er elf, zo meldt de monitor[fn2]. Het aantal vestigingen daalt al jaren[fn3].',
    ]);
    expect(notes(letter)).toEqual(['fn1: Bibliotheekmonitor 2025, tabel 3.', 'fn2: Koninklijke Bibliotheek, Jaarverslag 2025.', 'fn3: Kamerstuk 33 846, nr. 12.']);
  });

  it('a page foot read in turns, one number out of place, texts that end on no full stop', () => {
    // pdftotext gives "1", text 1, text 2, "3", text 3, "2": the texts in order, the numbers not.
    const letter = read([
      ...HEAD,
      'Vraag 1',
      'Kent u het bericht over de sluiting van de bibliotheek in Assen?1 En het rapport van de',
      'inspectie daarover?2',
      '',
      'Antwoord 1',
      'Ja. Ik verwijs naar de landelijke monitor.3',
      '',
      'Vraag 2',
      'Wanneer verschijnt het plan?',
      '',
      '1',
      '',
      'Dagblad van het Noorden, 2 maart 2026 (https://www.example.nl/a).',
      'Inspectie van het Onderwijs, De staat van de bibliotheek, 2026',
      '3',
      'Bibliotheekmonitor 2025, tabel 3',
      '2',
      ...foot(1),
      'Antwoord 2',
      'In het najaar verschijnt het plan, samen met de monitor van het jaar daarvoor.',
      ...foot(2),
    ]);
    expect(notes(letter)).toEqual([
      'fn1: Dagblad van het Noorden, 2 maart 2026 (https://www.example.nl/a).',
      'fn2: Inspectie van het Onderwijs, De staat van de bibliotheek, 2026',
      'fn3: Bibliotheekmonitor 2025, tabel 3',
    ]);
    expect(bodies(letter).slice(0, 2)).toEqual([
      'question 1: Kent u het bericht over de sluiting van de bibliotheek in Assen?[fn1] En het rapport van de inspectie daarover?[fn2]',
      'answer 1: Ja. Ik verwijs naar de landelijke monitor.[fn3]',
    ]);
  });

  it('a mark set apart before its punctuation, on the page of its note only', () => {
    const letter = read([
      ...HEAD,
      'Vraag 1',
      'Kent u de afspraken over de huisvesting van bibliotheken?',
      '',
      'Antwoord 1',
      'Ja. Er zijn afspraken gemaakt over de huisvesting van bibliotheken 1. Die gelden',
      'voor alle gemeenten.',
      '',
      '1',
      'Bestuursakkoord bibliotheken 2025, paragraaf 4.',
      ...foot(1),
      'Vraag 2',
      'Wat regelt de wet in artikel 3?',
      '',
      'Antwoord 2',
      'Dat staat in artikel 3. De gemeente zorgt voor een vestiging.',
      ...foot(2),
    ]);
    expect(bodies(letter)).toEqual([
      'question 1: Kent u de afspraken over de huisvesting van bibliotheken?',
      'answer 1: Ja. Er zijn afspraken gemaakt over de huisvesting van bibliotheken[fn1]. Die gelden voor alle gemeenten.',
      'question 2: Wat regelt de wet in artikel 3?',
      'answer 2: Dat staat in artikel 3. De gemeente zorgt voor een vestiging.',
    ]);
    expect(notes(letter)).toEqual(['fn1: Bestuursakkoord bibliotheken 2025, paragraaf 4.']);
  });

  it('a note that cites a paper in the words of the footer is a note, the footer itself furniture', () => {
    const letter = read([
      ...HEAD,
      'Vraag 1',
      'Kent u het besluit dat de minister in 2024 nam over de bibliotheekwet?1',
      '',
      'Antwoord 1',
      'Ja. Het besluit staat in de brief over de uitvoering van de wet.2',
      '',
      'Vraag 2',
      'Wanneer verschijnt het plan?',
      '',
      '1',
      'Tweede Kamer, vergaderjaar 2023–2024, 36 410, nr. 12',
      '2',
      'Kamerbrief van 4 april 2025 over de bibliotheekwet.',
      ...foot(1),
      'Antwoord 2',
      'In het najaar verschijnt het plan, samen met de monitor van het jaar daarvoor.',
      ...foot(2),
    ]);
    expect(notes(letter)).toEqual(['fn1: Tweede Kamer, vergaderjaar 2023–2024, 36 410, nr. 12', 'fn2: Kamerbrief van 4 april 2025 over de bibliotheekwet.']);
    expect(bodies(letter).join(' ')).not.toMatch(/vergaderjaar/);
  });

  it('a digit inside a token ("CO2", "Q1", "B1") is no mark where the note has a mark of its own', () => {
    const letter = read([
      ...HEAD,
      'Vraag 1',
      'Hoeveel CO2 stootten de bibliotheken in Q1 2025 uit, volgens de monitor?1',
      '',
      'Antwoord 1',
      'Dat staat in de monitor, op taalniveau B1 geschreven, die in april verscheen.2 Het was weinig.',
      '',
      '1',
      'Bibliotheekmonitor 2025, tabel 3.',
      '2',
      'Koninklijke Bibliotheek, Jaarverslag 2025.',
      ...foot(1),
      'Vraag 2',
      'Wanneer verschijnt het plan?',
      '',
      'Antwoord 2',
      'In het najaar verschijnt het plan, samen met de monitor van het jaar daarvoor.',
      ...foot(2),
    ]);
    expect(bodies(letter).slice(0, 2)).toEqual([
      'question 1: Hoeveel CO2 stootten de bibliotheken in Q1 2025 uit, volgens de monitor?[fn1]',
      'answer 1: Dat staat in de monitor, op taalniveau B1 geschreven, die in april verscheen.[fn2] Het was weinig.',
    ]);
  });
});
