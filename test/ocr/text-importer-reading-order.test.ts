/**
 * The text importer's rules for what pdftotext's reading order and OCR do to a letter, each on
 * a small letter written for it (the round trip of the sample covers them together): endnotes,
 * letterhead columns read across the page, a side-column value away from its label, the side
 * column after the body, list labels on lines of their own, blank lines inside paragraphs, and
 * OCR confusions. Each rule is also shown leaving alone what it must not touch.
 */
import { importText } from '../../src/importers/text';
import { plainText } from '../../src/model/text';
import type { Block, Letter } from '../../src/model/types';

const LETTERHEAD = `Retouradres Postbus 20301 2500 EH Den Haag

Aan de Voorzitter van de Tweede Kamer
der Staten-Generaal
Postbus 20018
2500 EA DEN HAAG

Datum 18 juni 2026
Betreft Antwoorden op vragen over de proef met de nieuwe regeling`;

const COVER = `Hierbij bied ik u de antwoorden aan op de vragen van het lid Jansen over de proef met de nieuwe regeling voor de opvang.

De Minister van Asiel en Migratie,
A. de Vries`;

function read(text: string): { letter: Letter; messages: string[] } {
  const result = importText(text);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { letter: result.letter!, messages: result.diagnostics.map((d) => `${d.severity}: ${d.message}`) };
}

function bodies(letter: Letter): Block[][] {
  return (letter.questionsAndAnswers?.sections ?? []).flatMap((s) => s.items.map((i) => i.body));
}

function paragraphs(blocks: Block[]): string[] {
  return blocks.map((b) => (b.type === 'paragraph' ? plainText(b.content) : b.type));
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const sup = (n: number) => [...String(n)].map((d) => SUPERSCRIPT[Number(d)]).join('');

describe('endnotes at the end of the letter', () => {
  it('takes a list of fifteen notes numbered "1 …" as the footnotes of the superscript marks, however long the list', () => {
    const answers = Array.from({ length: 15 }, (_, k) => `Vraag ${k + 1}\nWordt regel ${k + 1} toegepast?\n\nAntwoord op vraag ${k + 1}\nJa, zoals de wet voorschrijft.${sup(k + 1)} Dat blijft zo.\n`).join('\n');
    const notes = Array.from({ length: 15 }, (_, k) => `${k + 1} Kamerstuk 36 ${100 + k}, nr. ${k + 1}.`).join('\n');
    const { letter, messages } = read(`${LETTERHEAD}\n\n${COVER}\n\n${answers}\n${notes}\n`);
    expect(letter.footnotes?.map((f) => f.label)).toEqual(Array.from({ length: 15 }, (_, k) => String(k + 1)));
    expect(letter.footnotes?.[14].content).toEqual([{ type: 'paragraph', content: [{ type: 'text', text: 'Kamerstuk 36 114, nr. 15.' }] }]);
    const last = bodies(letter)[29][0];
    expect(last).toEqual({ type: 'paragraph', content: [{ type: 'text', text: 'Ja, zoals de wet voorschrijft.' }, { type: 'footnoteRef', footnote: 'fn15' }, { type: 'text', text: ' Dat blijft zo.' }] });
    expect(messages.filter((m) => m.startsWith('warning') && !m.includes('no reference found'))).toEqual([]);
  });

  it('does not take a numbered list at the end for notes when no mark stands in the text (a PO box number is no year with a mark)', () => {
    const { letter } = read(`${LETTERHEAD}\n\n${COVER}\n\nVraag 1\nWat volgt?\n\nAntwoord op vraag 1\nDe stappen zijn:\n\n1 Aanmelden bij de gemeente.\n2 Wachten op het besluit.\n`);
    expect(letter.footnotes).toBeUndefined();
    expect(paragraphs(bodies(letter)[1]).join(' ')).toBe('De stappen zijn: 1 Aanmelden bij de gemeente. 2 Wachten op het besluit.');
  });
});

describe('letterhead read across the page (pdftotext without -layout)', () => {
  const interleaved = (recipientCity: string) => `Retouradres Postbus 20301 2500 EH Den Haag

Aan de Voorzitter van de Tweede Kamer

Directoraat-Generaal Migratie

der Staten-Generaal

Turfmarkt 147

Postbus 20018

2511 DP Den Haag

2500 EA ${recipientCity}

Postbus 20301
2500 EH Den Haag

Datum 18 juni 2026
Betreft Antwoorden op vragen over de proef met de nieuwe regeling

${COVER}

Vraag 1
Wat volgt?

Antwoord op vraag 1
Een besluit.
`;

  it('takes the recipient and the sender apart: postcodes paired in order, the recipient by its place name in capitals', () => {
    const { letter, messages } = read(interleaved('DEN HAAG'));
    expect(letter.letterhead).toEqual({
      returnAddress: 'Postbus 20301 2500 EH Den Haag',
      recipient: ['Aan de Voorzitter van de Tweede Kamer', 'der Staten-Generaal', 'Postbus 20018', '2500 EA DEN HAAG'],
      sender: { units: ['Directoraat-Generaal Migratie'], visitingAddress: ['Turfmarkt 147', '2511 DP Den Haag'], postalAddress: ['Postbus 20301', '2500 EH Den Haag'] },
    });
    expect(messages.filter((m) => m.startsWith('warning') && !m.includes('no reference found'))).toEqual([]);
    expect(messages.some((m) => m.includes('letterhead columns read across the page taken apart'))).toBe(true);
  });

  it('leaves the lines as they are, and says so, when no address is the recipient\'s by its capitals', () => {
    const { messages } = read(interleaved('Den Haag'));
    expect(messages.some((m) => m.includes('taken apart'))).toBe(false);
    expect(messages.filter((m) => m.startsWith('warning: letterhead line')).length).toBeGreaterThan(0);
  });
});

/** A letter of three pages whose running heads print "Onze referentie" and its value. */
function threePages(page1: string, head: string): string {
  const page = (n: number) => `${head}\nPagina ${n} van 3\n\nVraag ${n}\nWordt punt ${n} geregeld?\n\nAntwoord op vraag ${n}\nPunt ${n} wordt dit jaar geregeld.\n`;
  return `${page1}\f${page(2)}\f${page(3)}`;
}
const HEAD = 'Directoraat-Generaal Migratie\nDatum\n18 juni 2026\nOnze referentie\n7562802';

describe('side-column value away from its label', () => {
  it('puts the value back under "Onze referentie" where the running heads print it there', () => {
    const page1 = `${LETTERHEAD.replace('2500 EA DEN HAAG\n', '2500 EA DEN HAAG\nOnze referentie\n')}\n\n${COVER}\n\nVraag 1\nWordt punt 1 geregeld?\n\nAntwoord op vraag 1\nPunt 1 wordt dit jaar geregeld.\n\n7562802\n`;
    const { letter, messages } = read(threePages(page1, HEAD));
    expect(letter.metadata.reference).toBe('7562802');
    expect(messages).toContain('info: "7562802" put back under "Onze referentie" (line 7): the running heads of later pages print it there');
    expect(paragraphs(bodies(letter)[1])).toEqual(['Punt 1 wordt dit jaar geregeld.']);
  });

  it('takes no value from the running heads that page 1 does not print', () => {
    const page1 = `${LETTERHEAD.replace('2500 EA DEN HAAG\n', '2500 EA DEN HAAG\nOnze referentie\n')}\n\n${COVER}\n\nVraag 1\nWordt punt 1 geregeld?\n\nAntwoord op vraag 1\nPunt 1 wordt dit jaar geregeld.\n`;
    const { letter } = read(threePages(page1, HEAD));
    expect(letter.metadata.reference).toBeUndefined();
  });
});

describe('side column of page 1 after the body (OCR reads the page in blocks)', () => {
  it('moves it into the letterhead', () => {
    const page1 = `${LETTERHEAD}\n\n${COVER}\n\nVraag 1\nWordt punt 1 geregeld?\n\nAntwoord op vraag 1\nPunt 1 wordt dit jaar geregeld.\n\nDirectoraat-Generaal Migratie\n\nTurfmarkt 147\n2511 DP Den Haag\n\nOnze referentie\n7562802\n`;
    const { letter, messages } = read(threePages(page1, HEAD));
    expect(letter.metadata.reference).toBe('7562802');
    expect(letter.letterhead?.sender).toEqual({ units: ['Directoraat-Generaal Migratie'], visitingAddress: ['Turfmarkt 147', '2511 DP Den Haag'] });
    expect(paragraphs(bodies(letter)[1])).toEqual(['Punt 1 wordt dit jaar geregeld.']);
    expect(messages.some((m) => m.startsWith('info: side column of page 1 found after the body'))).toBe(true);
  });

  it('moves it on a letter of one page too', () => {
    const { letter } = read(`${LETTERHEAD}\n\n${COVER}\n\nVraag 1\nWordt punt 1 geregeld?\n\nAntwoord op vraag 1\nPunt 1 wordt dit jaar geregeld.\n\nDirectoraat-Generaal Migratie\n\nPostbus 20301\n2500 EH Den Haag\n\nOnze referentie\n7562802\n`);
    expect(letter.metadata.reference).toBe('7562802');
    expect(letter.letterhead?.sender).toEqual({ units: ['Directoraat-Generaal Migratie'], postalAddress: ['Postbus 20301', '2500 EH Den Haag'] });
  });

  it('leaves an address that ends the page where it is: it may be text of the letter', () => {
    const { letter } = read(`${LETTERHEAD}\n\n${COVER}\n\nVraag 1\nWaar zit het bureau?\n\nAntwoord op vraag 1\nHet bureau zit hier:\n\nTurfmarkt 147\n2511 DP Den Haag\nwww.rijksoverheid.nl\n`);
    expect(letter.letterhead?.sender).toBeUndefined();
    expect(paragraphs(bodies(letter)[1]).join(' ')).toBe('Het bureau zit hier: Turfmarkt 147 2511 DP Den Haag www.rijksoverheid.nl');
  });
});

describe('list labels on lines of their own', () => {
  it('puts "i.", "ii.", "iii." in front of the text under each', () => {
    const { letter } = read(`${LETTERHEAD}\n\n${COVER}\n\nVraag 1\nWanneer geldt het?\n\nAntwoord op vraag 1\nHet geldt:\n\ni.\n\nals er een band bestaat,\n\nii.\n\nals de vreemdeling er was, of\n\niii.\n\nals er een regeling is.\n`);
    expect(bodies(letter)[1][1]).toMatchObject({ type: 'list', style: 'lower-roman', items: [{ label: 'i.' }, { label: 'ii.' }, { label: 'iii.' }] });
  });

  it('leaves dashes alone, as tables print them in empty cells', () => {
    const { letter } = read(`${LETTERHEAD}\n\n${COVER}\n\nVraag 1\nWat geldt?\n\nAntwoord op vraag 1\nArtikel 3\n\n–\n\nArtikel 4\n\n–\n\nArtikel 5\n`);
    expect(plainText((bodies(letter)[1][0] as Extract<Block, { type: 'paragraph' }>).content)).toBe('Artikel 3');
    expect(JSON.stringify(bodies(letter)[1])).not.toContain('– Artikel');
  });
});

describe('blank lines inside a paragraph (OCR)', () => {
  it('passes over a blank line after a wide line that ends no sentence when the next goes on in lower case', () => {
    const { letter } = read(`${LETTERHEAD}\n\n${COVER}\n\nVraag 1\nKan de regering nader toelichten onder welke voorwaarden en binnen welke\n\nkaders deze instrumenten worden ingezet?\n\nAntwoord op vraag 1\nDat kan.\n`);
    expect(paragraphs(bodies(letter)[0])).toEqual(['Kan de regering nader toelichten onder welke voorwaarden en binnen welke kaders deze instrumenten worden ingezet?']);
  });

  it('keeps the break after a sentence, and after a short line', () => {
    const { letter } = read(`${LETTERHEAD}\n\n${COVER}\n\nVraag 1\nWat is er gebeurd?\n\nAntwoord op vraag 1\nHet kabinet heeft in de afgelopen maanden veel gesprekken gevoerd met de partijen.\n\nnu volgt een besluit.\n\nKort\n\ndaarna de rest.\n`);
    expect(paragraphs(bodies(letter)[1])).toEqual(['Het kabinet heeft in de afgelopen maanden veel gesprekken gevoerd met de partijen.', 'nu volgt een besluit.', 'Kort', 'daarna de rest.']);
  });
});

describe('OCR confusions', () => {
  it('reads "Al" as "AI" inside a sentence, but not "Al Jazeera" or "Al" opening a sentence', () => {
    const { letter } = read(`${LETTERHEAD}\n\n${COVER}\n\nDigitalisering, Al en Grensbeheer\n\nVraag 1\nWelke waarborgen gelden voor Al-systemen en de inzet van Al in grensbeheer?\n\nAntwoord op vraag 1\nAl jaren gelden regels. Al Jazeera meldde dat ook.\n`);
    expect(letter.questionsAndAnswers?.sections[0].heading).toBe('Digitalisering, AI en Grensbeheer');
    expect(paragraphs(bodies(letter)[0])).toEqual(['Welke waarborgen gelden voor AI-systemen en de inzet van AI in grensbeheer?']);
    expect(paragraphs(bodies(letter)[1])).toEqual(['Al jaren gelden regels. Al Jazeera meldde dat ook.']);
  });

  it('drops a stray "_" after a list label, and reads "!" after a quoted word as its closing quote', () => {
    const { letter } = read(`${LETTERHEAD}\n\n${COVER}\n\nVraag 1\nWat geldt?\n\nAntwoord op vraag 1\nDe definitie van het 'land van terugkeer! wordt uitgebreid:\n\na. _Het leven wordt niet bedreigd,\nb. _ Er is geen risico.\n`);
    expect(paragraphs(bodies(letter)[1])[0]).toBe("De definitie van het 'land van terugkeer' wordt uitgebreid:");
    expect(bodies(letter)[1][1]).toEqual({
      type: 'list',
      style: 'lower-alpha',
      items: [
        { label: 'a.', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Het leven wordt niet bedreigd,' }] }] },
        { label: 'b.', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Er is geen risico.' }] }] },
      ],
    });
  });

  const marked = (one: string, two: string, three: string) =>
    `${LETTERHEAD}\n\n${COVER}\n\nVraag 1\nWat geldt?\n\nAntwoord op vraag 1\nDe criteria staan in de verordening.${one} Ook de richtlijn${two}, en de brief van 2025${three} is bekend.\n\n1 Verordening (EU) 2024/1348\n2 Richtlijn 2013/32/EU\n3 Kamerstuk 36 100, nr. 5\n`;

  /** A paragraph of these texts with the marks of notes 1, 2, 3 … between them. */
  const withMarks = (...texts: string[]) => ({
    type: 'paragraph',
    content: texts.flatMap((text, k) => (k === 0 ? [{ type: 'text', text }] : [{ type: 'footnoteRef', footnote: `fn${k}` }, { type: 'text', text }])),
  });

  it('reads marks OCR gave as "!", "?" and "°" as the notes\' marks, in order and by shape', () => {
    const { letter } = read(marked('!', '?', '°'));
    expect(bodies(letter)[1][0]).toEqual(withMarks('De criteria staan in de verordening.', ' Ook de richtlijn', ', en de brief van 2025', ' is bekend.'));
  });

  it('reads marks OCR gave as "\'" after a full stop, "®" after a word and "“" glued to a bracket as the notes\' marks', () => {
    const text = `${LETTERHEAD}\n\n${COVER}\n\nVraag 1\nWat geldt?\n\nAntwoord op vraag 1\nDe criteria staan in de verordening.' Ook de richtlijn® en het advies (Aanjaagteam)“ uit 2025 gelden.\n\n1 Verordening (EU) 2024/1348\n2 Richtlijn 2013/32/EU\n3 Kamerstuk 36 100, nr. 5\n`;
    const { letter } = read(text);
    expect(bodies(letter)[1][0]).toEqual(withMarks('De criteria staan in de verordening.', ' Ook de richtlijn', ' en het advies (Aanjaagteam)', ' uit 2025 gelden.'));
  });

  it('leaves a quote that opens a word, and an apostrophe inside a word, as text', () => {
    const text = `${LETTERHEAD}\n\n${COVER}\n\nVraag 1\nWat geldt?\n\nAntwoord op vraag 1\nDe brief noemt “veilig” en risico's.\n`;
    const { letter } = read(text);
    expect(paragraphs(bodies(letter)[1])[0]).toBe("De brief noemt “veilig” en risico's.");
  });

  it('takes a note whose mark is lost between two that have theirs, and reports it', () => {
    const { letter, messages } = read(marked('¹', '', '³'));
    expect(letter.footnotes?.map((f) => f.label)).toEqual(['1', '2', '3']);
    expect(messages).toContain('warning: footnote 2 (fn2) has no mark in the text');
  });

  it('places no glyph where more than one pairing fits', () => {
    // One "?" for notes 2 and 3: it could be either.
    const { letter, messages } = read(marked('¹', '?', ''));
    expect(paragraphs(bodies(letter)[1])[0]).toContain('Ook de richtlijn?, en de brief van 2025 is bekend.');
    expect(messages.some((m) => m.startsWith('warning: marks of notes 2, 3 not placed'))).toBe(true);
  });
});
