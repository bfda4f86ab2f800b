/**
 * Rules of the text importer that short letters need (the shapes plain pdftotext gives of
 * kamerbrief's own PDFs, test/pdf/pdftotext-letters.test.ts): each with the text it is for and
 * one where its evidence is missing, so that it must not fire.
 */
import { importMarkdown } from '../../src/importers/markdown';
import { exportText } from '../../src/exporters/text';
import { importText } from '../../src/importers/text';
import { validateLetter } from '../../src/model/validate';
import { letterText } from '../ocr/character-error-rate';

const head = ['Datum 5 mei 2026', 'Betreft Antwoorden op vragen over bibliotheken', ''];
const cover = ['Hierbij bied ik u de antwoorden aan op de vragen van de leden Kok (D66) en Yilmaz over', 'de bibliotheekvoorziening.', ''];
const signature = ['De Minister van Onderwijs, Cultuur en Wetenschap', 'S. Janssens', ''];

/** A short letter whose one question is answered by these lines. */
const answeredWith = (answer: string[]) => [...head, ...cover, ...signature, 'Vraag 1', 'Wat kostte dat?', 'Antwoord op vraag 1', ...answer];

function read(lines: string[]) {
  const result = importText(lines.join('\n'));
  return { ...result, letter: result.letter!, text: letterText(result.letter!).split('\n') };
}

describe('the running head of page 2 in a letter of two pages', () => {
  const page1 = ['Onze referentie', '88120', '', ...head, ...cover, ...signature, 'Vraag 1', 'Hoeveel gemeenten hebben geen bibliotheek meer?'];
  const page2 = ['Antwoord op vraag 1', 'Op 1 januari 2026 waren dat er elf.', ''];

  it('is dropped where it repeats page 1 (date, reference, their labels), each line a note', () => {
    // "Onze referentie" and "88120" stand on both pages word for word (a running head by
    // repetition); "Datum" and the date stand on page 1 as one line only.
    const r = read([...page1, '', '\fDatum', '5 mei 2026', 'Onze referentie', '88120', 'Pagina 2 van 2', '', ...page2]);
    expect(r.text).toEqual([cover.slice(0, 2).join(' '), 'Hoeveel gemeenten hebben geen bibliotheek meer?', 'Op 1 januari 2026 waren dat er elf.']);
    for (const t of ['Datum', '5 mei 2026', 'Onze referentie', '88120']) {
      expect(r.diagnostics).toContainEqual(expect.objectContaining({ severity: 'info', message: expect.stringContaining(`"${t}" dropped (running head`) }));
    }
  });

  it('is kept where the top of page 2 does not hold page 1\'s date or reference', () => {
    const r = read([...page1, '', '\fDatum', '6 mei 2026', '', ...page2]);
    expect(r.text).toContain('6 mei 2026');
  });
});

describe('paragraph ends in a letter of short lines', () => {
  it('a sentence ending on a line well short of the measure ends its paragraph', () => {
    const r = read(answeredWith(['Het opruimen kostte ongeveer 11 miljoen euro.', 'Daarvan ging een derde naar de inzet van verkeersmaatregelen.']));
    expect(r.text.slice(-2)).toEqual(['Het opruimen kostte ongeveer 11 miljoen euro.', 'Daarvan ging een derde naar de inzet van verkeersmaatregelen.']);
  });

  it('a line that fills the measure and ends a sentence does not', () => {
    const r = read(answeredWith(['Het opruimen van het zwerfafval langs de snelwegen kostte 11 miljoen euro.', 'Daarvan ging een derde naar de inzet van verkeersmaatregelen.']));
    expect(r.text[r.text.length - 1]).toBe(
      'Het opruimen van het zwerfafval langs de snelwegen kostte 11 miljoen euro. Daarvan ging een derde naar de inzet van verkeersmaatregelen.',
    );
  });
});

describe('list labels that pdftotext reads ahead of their texts', () => {
  const qa = (...body: string[]) => read([...head, ...cover, ...signature, 'Vraag 1', 'Welke maatregelen neemt u?', 'Antwoord op vraag 1', ...body, '', 'Vraag 2', 'Wanneer?', 'Antwoord op vraag 2', 'In 2028.']);

  it('a nested list: "2." read before the items of the list inside item 1', () => {
    const r = qa('Het kabinet neemt de volgende maatregelen:', '1.', '', 'Meer lesuren taal:', '', '2.', '', 'a.', '', 'twee uren in groep 3;', '', 'b.', '', 'één uur in groep 5.', '', 'Een campagne voor volwassenen.');
    const answer = r.letter.questionsAndAnswers!.sections[0].items[1];
    expect(answer.body[1]).toMatchObject({ type: 'list', style: 'decimal', items: [{ label: '1.', content: [{}, { type: 'list', style: 'lower-alpha' }] }, { label: '2.' }] });
    expect(r.text).toEqual(expect.arrayContaining(['1. Meer lesuren taal:', 'a. twee uren in groep 3;', 'b. één uur in groep 5.', '2. Een campagne voor volwassenen.']));
  });

  it('bullets stacked before their texts, none left on the line before', () => {
    const r = qa('Gemeenten krijgen geld voor:', '•', '', '•', '', 'taalhuizen, met', '•', '', 'spreekuren;', '', 'cursussen.');
    expect(r.text).toContain('Gemeenten krijgen geld voor:');
    expect(r.letter.questionsAndAnswers!.sections[0].items[1].body[1]).toMatchObject({ type: 'list', style: 'bullet', items: [{}, {}, {}] });
  });

  it('labels left alone when a text brings its own label (nothing to pair for certain)', () => {
    const r = qa('De voorwaarden:', '•', '', '•', '', 'iii. als er sprake is van een regeling.', '', 'Verder niets.');
    expect(r.diagnostics.some((d) => /read ahead of its text/.test(d.message))).toBe(false);
  });
});

describe('the letterhead read across the page', () => {
  it('a side-column label among the recipient\'s lines gets its value back', () => {
    const r = read([
      'Aan de Voorzitter van de Eerste Kamer', '', 'Directoraat-Generaal Energie', '', 'der Staten-Generaal', '', 'Onze referentie', '', 'Postbus 20017', '', 'DGE/26123', '', '2500 EA DEN HAAG', '',
      ...head, ...cover, ...signature, 'Vraag 1', 'Hoeveel?', 'Antwoord op vraag 1', 'Elf.',
    ]);
    expect(r.letter.metadata.reference).toBe('DGE/26123');
    expect(r.letter.letterhead?.recipient).toEqual(['Aan de Voorzitter van de Eerste Kamer', 'der Staten-Generaal', 'Postbus 20017', '2500 EA DEN HAAG']);
    expect(r.diagnostics.filter((d) => d.severity === 'warning')).toEqual([]);
  });

  it('a label whose value the next row\'s field pushed down gets it back', () => {
    const r = read(['Contactpersoon', 'M. de Boer', 'Bijlage', 'Datum 5 mei 2026', '1', 'Betreft Antwoorden op vragen', '', ...cover, ...signature, 'Vraag 1', 'Hoeveel?', 'Antwoord op vraag 1', 'Elf.']);
    expect(r.letter.letterhead?.fields).toContainEqual({ label: 'Bijlage', value: '1' });
    expect(r.text[0]).toBe(cover.slice(0, 2).join(' '));
  });

  it('a role with a name under it after the date is the signature, not the recipient', () => {
    const r = read(['Datum 24 maart 2026', '', 'Minister van Financiën', 'De Vries', '', 'Vragen van het lid Jansen (D66) over contant geld (ingezonden 3 maart 2026).', 'Vraag 1', 'Bent u bekend met het bericht?', 'Antwoord op vraag 1', 'Ja.']);
    expect(r.letter.signatories).toEqual([{ role: 'Minister van Financiën', name: 'De Vries' }]);
    expect(r.letter.letterhead?.recipient).toBeUndefined();
  });
});

describe('a short line said more than once, in text without form feeds', () => {
  const questions = (answerOpening: string, between: (k: number) => string[] = () => []) =>
    [1, 2, 3].flatMap((k) => [`Vraag ${k}`, `Waarom stap ${k}?`, '', `Antwoord op vraag ${k}`, answerOpening, '', `Daarom stap ${k}.`, '', ...between(k)]);

  it('is kept each time where it stands among the text (a repeat alone makes no running head)', () => {
    const r = read([...head, ...cover, ...signature, ...questions('Zie de bijlage')]);
    expect(r.text.filter((t) => t === 'Zie de bijlage')).toHaveLength(3);
    expect(r.diagnostics.filter((d) => d.message.includes('dropped'))).toEqual([]);
  });

  it('is kept under a bare "Antwoord" label, as the answer, not a theme over the next question; so are the cells of a flattened table', () => {
    const bare = [1, 2, 3].flatMap((k) => [`Vraag ${k}`, `Waar staat regeling ${k}?`, '', 'Antwoord', 'Zie de bijlage', '']);
    const r = read([...head, ...cover, ...signature, ...bare]);
    const items = r.letter.questionsAndAnswers!.sections.flatMap((s) => s.items);
    expect(r.letter.questionsAndAnswers!.sections).toHaveLength(1);
    expect(items.filter((i) => i.type === 'answer').map((a) => a.body.map((b) => (b.type === 'paragraph' ? b.content.map((c) => (c.type === 'text' ? c.text : '')).join('') : b.type)))).toEqual([
      ['Zie de bijlage'],
      ['Zie de bijlage'],
      ['Zie de bijlage'],
    ]);
    const table = read([...head, ...cover, ...signature, 'Vraag 1', 'Welke regio\'s?', 'Antwoord op vraag 1', 'De stand per regio:', '', 'Regio', 'Subsidie', 'Noord', 'ja', 'Zuid', 'ja', 'Oost', 'nee']);
    expect(table.text.join(' ')).toContain('Regio Subsidie Noord ja Zuid ja Oost nee');
  });

  it('is kept each time in Markdown extracted from a letter, too', () => {
    const markdown = [...head.filter(Boolean), cover.join(' '), ...questions('Zie de bijlage').filter(Boolean).map((l) => (/^(?:Vraag|Antwoord)/.test(l) ? `**${l}**` : l))].join('\n\n');
    const { letter, diagnostics } = importMarkdown(markdown);
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(JSON.stringify(letter!.questionsAndAnswers).split('Zie de bijlage')).toHaveLength(4);
  });

  it('is dropped where it stands beside the page numbers of pages an extractor flattened', () => {
    const r = read([...head, ...cover, ...signature, ...questions('Zoals gevraagd.', (k) => ['Directie Bibliotheken', `Pagina ${k} van 3`, ''])]);
    expect(r.text.join('\n')).not.toContain('Directie Bibliotheken');
    expect(r.text.filter((t) => t === 'Zoals gevraagd.')).toHaveLength(3);
  });
});

describe('a word divided inside a line, its hyphen left in (OCR services join the lines of a page)', () => {
  const answer = (text: string) => read(answeredWith([text])).text.pop()!;

  it('is made whole where the letter writes the word elsewhere without a hyphen, and each is said', () => {
    const r = read(
      answeredWith([
        'De spoorwegver-binding Maastricht-Luik is een schakel in de verbinding van Zuid-Neder-land met de in-ternationale lijnen;',
        'de spoorwegverbinding is daarom belangrijk voor Nederland en voor de internationale treinen.',
      ]),
    );
    expect(r.text.pop()).toBe(
      'De spoorwegverbinding Maastricht-Luik is een schakel in de verbinding van Zuid-Nederland met de internationale lijnen; de spoorwegverbinding is daarom belangrijk voor Nederland en voor de internationale treinen.',
    );
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ severity: 'info', message: 'hyphen inside "spoorwegver-binding" taken out: the letter writes "spoorwegverbinding" elsewhere' }));
  });

  it('keeps the hyphen where the letter never writes the word whole, after an abbreviation and after "non-", "ex-"', () => {
    expect(answer('Na het auto-ongeluk is de aanbeve-ling gevolgd.')).toBe('Na het auto-ongeluk is de aanbeve-ling gevolgd.');
    // pdftotext deletes hyphens at line ends: "EUverband", "nonrefoulement" elsewhere are no evidence.
    expect(answer('In EU-verband en EUverband geldt non-refoulement, ook nonrefoulement, voor de ex-minister en de exminister.')).toBe(
      'In EU-verband en EUverband geldt non-refoulement, ook nonrefoulement, voor de ex-minister en de exminister.',
    );
    // Addresses are never rewritten, nor evidence: a domain is no word the letter writes.
    const withAddress = 'Zie https://www.tuchtrechtbanken.nl/actueel/tuchtrecht-banken-vraagt (tuchtrechtbanken.nl); per e-mail of email.';
    expect(answer(withAddress)).toBe(withAddress);
  });
});

describe('an Aanhangsel "Mededeling" in place of the answers', () => {
  const aanhangsel = (heading: string, after: string[]) => [
    'Tweede Kamer der Staten-Generaal',
    'Vergaderjaar 2025–2026 Aanhangsel van de Handelingen',
    'Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden',
    '2101',
    'Vragen van het lid Kok (D66) aan de Minister van Onderwijs, Cultuur en Wetenschap over bibliotheken (ingezonden 2 maart 2026).',
    '',
    `${heading} van Minister Janssens (Onderwijs, Cultuur en Wetenschap) (ontvangen 20 maart 2026).`,
    'De vragen worden beantwoord in de brief over het bibliotheekbeleid die ik uw Kamer voor 1 mei zend.',
    '',
    'Vraag 1',
    'Hoeveel bibliotheken sloten in 2025?',
    '',
    'Vraag 2',
    'Wat doet u daaraan?',
    '',
    ...after,
  ];

  it('is a postponement notice that prints its questions, none of them "without an answer"', () => {
    const r = read(aanhangsel('Mededeling', []));
    expect(r.letter.kind).toBe('postponement-notice');
    expect(r.letter.questionsAndAnswers!.sections[0].items.map((i) => i.type)).toEqual(['question', 'question']);
    expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    expect(validateLetter(r.letter)).toEqual([]);
  });

  it('stays a notice through plain text, whose letter form says the questions were answered in another letter', () => {
    const notice = read(aanhangsel('Mededeling', [])).letter;
    const cover = 'De vragen zijn beantwoord middels een brief over het bibliotheekbeleid van 20 maart 2026.';
    const letter = { ...notice, coverLetter: [{ type: 'paragraph' as const, content: [{ type: 'text' as const, text: cover }] }] };
    const back = importText(exportText(letter)).letter!;
    expect(back.kind).toBe('postponement-notice');
    expect(validateLetter(back)).toEqual([]);
  });

  it('is no notice where answers follow; an unanswered question is then said', () => {
    const r = read(aanhangsel('Antwoord', ['Antwoord 1', 'Elf.', '']));
    expect(r.letter.kind).toBe('answer-letter');
    expect(validateLetter(r.letter)).toContainEqual(expect.objectContaining({ severity: 'warning', message: 'question 2 has no answer' }));
  });
});

describe('lettered items that OCR ran on in one paragraph of old Handelingen', () => {
  const handelingen = (answerOne: string) =>
    [
      'EERSTE KAMER',
      '12. VRAGEN van de heer Jansen inzake de veerdiensten. (Ingezonden 3 maart 1970.)',
      '1. Is het de Minister bekend, dat de veerdienst vaak uitvalt? 2. Is de Minister bereid daarin verbetering te brengen?',
      'ANTWOORD van de heer De Vries, Minister van Verkeer en Waterstaat. (Ingezonden 20 maart 1970.)',
      '1. Het is de ondergetekende bekend. De dienstregeling is opgezet met een tweeledig doel:',
      `${answerOne} 2. De ondergetekende zal daarover met de rederij overleggen.`,
    ];

  it('are the list they were printed as, when they run a., b., c. in turn after semicolons', () => {
    const r = read(handelingen('a. de aansluiting te geven op de sneltreinen; b. de overtocht te verzekeren bij storm; c. de prijs laag te houden.'));
    const answer = r.letter.questionsAndAnswers!.sections[0].items.find((i) => i.type === 'answer')!;
    expect(answer.body[1]).toEqual({
      type: 'list',
      style: 'lower-alpha',
      items: [
        { label: 'a.', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'de aansluiting te geven op de sneltreinen;' }] }] },
        { label: 'b.', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'de overtocht te verzekeren bij storm;' }] }] },
        { label: 'c.', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'de prijs laag te houden.' }] }] },
      ],
    });
  });

  it('stay text when the letters do not follow in turn after semicolons', () => {
    const r = read(handelingen('a. de aansluiting te geven op de sneltreinen, c. de prijs laag te houden.'));
    const answer = r.letter.questionsAndAnswers!.sections[0].items.find((i) => i.type === 'answer')!;
    expect(answer.body[1]).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'a. de aansluiting te geven op de sneltreinen, c. de prijs laag te houden.' }] });
  });
});

describe('running heads of pages that an extractor printed without form feeds', () => {
  it('are dropped where they repeat the letterhead, with no page number beside them', () => {
    const letterhead = ['Directie Bibliotheken', 'Datum', '5 mei 2026', 'Ons kenmerk', '88120', ''];
    // As pdftotext may give it: a label glued to its value.
    const runningHead = ['Directie Bibliotheken', 'Datum', '5 mei 2026', 'Ons kenmerk88120'];
    const r = read([
      ...letterhead,
      'Betreft Antwoorden op vragen over bibliotheken',
      '',
      ...cover,
      ...signature,
      'Vraag 1',
      'Hoeveel gemeenten hebben geen bibliotheek meer en wat doet de regering om',
      ...runningHead,
      'de bibliotheken in de kleine gemeenten open te houden?',
      'Antwoord op vraag 1',
      'Dat zijn er elf; de regering steunt de gemeenten met een regeling voor de',
      ...runningHead,
      'huur van de gebouwen.',
    ]);
    expect(r.text.slice(-2)).toEqual([
      'Hoeveel gemeenten hebben geen bibliotheek meer en wat doet de regering om de bibliotheken in de kleine gemeenten open te houden?',
      'Dat zijn er elf; de regering steunt de gemeenten met een regeling voor de huur van de gebouwen.',
    ]);
  });
});

describe('a sentence that ends on a colon before a page break', () => {
  it('does not take the first item of a list without labels (a line ending on ";") into the sentence', () => {
    const r = read([
      ...head,
      ...cover,
      ...signature,
      'Vraag 1',
      'Welke gemeenten?',
      'Antwoord op vraag 1',
      'Het gaat om de volgende gemeenten:',
      'Pagina 1 van 2',
      '\fde gemeenten in Groningen;',
      'de gemeenten in Drenthe.',
    ]);
    expect(r.text).toContain('Het gaat om de volgende gemeenten:');
  });
});
