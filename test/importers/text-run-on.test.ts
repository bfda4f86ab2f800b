/**
 * Text without its line structure, as scrapers keep a letter: the whole Aanhangsel on one
 * line, or a page per line. It is cut at its labels, headers, footers and sentence ends before
 * recognition (run-on.ts), on a letter written for the test; a text with lines of its own is
 * left alone.
 */
import { importText } from '../../src/importers/text';
import { summarize } from '../../src/model/summary';
import { plainText } from '../../src/model/text';

const PAGE_1 = [
  'Tweede Kamer der Staten-Generaal Vergaderjaar 2025–2026 Aanhangsel van de Handelingen',
  'Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden 1412',
  'Vragen van het lid Kok (D66) aan de Minister van Onderwijs, Cultuur en Wetenschap over de bibliotheken (ingezonden 3 maart 2026).',
  'Antwoord van Minister Janssens (Onderwijs, Cultuur en Wetenschap) (ontvangen 5 mei 2026).',
  'Vraag 1 Hoeveel bibliotheken sloten er in 2025? Hoeveel vestigingen gingen open?',
  'Antwoord 1 Er sloten elf bibliotheken. Er gingen drie vestigingen open, in Assen, Emmen en Hoorn.',
  'Vraag 2 en 3 Wanneer verschijnt het plan? Wordt de Kamer daarbij betrokken?',
  'Tweede Kamer, vergaderjaar 2025–2026, Aanhangsel 1',
];
const PAGE_2 = [
  'Antwoord 2 en 3 Het plan verschijnt in het najaar. De Kamer ontvangt het met een brief van D. de Boer, de directeur van de N.V. Bibliotheekdiensten.',
  'Vraag 4 Deelt u de mening dat elke gemeente een bibliotheek moet hebben?',
  'Antwoord 4 Ja.',
  'Tweede Kamer, vergaderjaar 2025–2026, Aanhangsel 2',
];

function structure(text: string) {
  const result = importText(text);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  const s = summarize(result.letter!, []);
  const answers = result.letter!.questionsAndAnswers!.sections.flatMap((x) => x.items.filter((i) => i.type === 'answer'));
  return {
    questions: s.questions,
    answers: s.answers,
    date: s.metadata.date,
    text: answers.map((a) => a.body.map((b) => (b.type === 'paragraph' ? plainText(b.content) : b.type)).join(' ')),
    runOn: result.diagnostics.some((d) => d.message.startsWith('the text has lost its line breaks')),
  };
}

const EXPECTED = {
  questions: ['1', '2', '3', '4'],
  answers: [['1'], ['2', '3'], ['4']],
  date: '2026-05-05',
  text: [
    'Er sloten elf bibliotheken. Er gingen drie vestigingen open, in Assen, Emmen en Hoorn.',
    'Het plan verschijnt in het najaar. De Kamer ontvangt het met een brief van D. de Boer, de directeur van de N.V. Bibliotheekdiensten.',
    'Ja.',
  ],
};

describe('text without its line structure', () => {
  it('a whole Aanhangsel on one line', () => {
    expect(structure([...PAGE_1, ...PAGE_2].join(' '))).toEqual({ ...EXPECTED, runOn: true });
  });

  it('a page per line', () => {
    expect(structure([PAGE_1.join(' '), PAGE_2.join(' ')].join('\n'))).toEqual({ ...EXPECTED, runOn: true });
  });

  it('the same letter with its lines is not cut', () => {
    const lines = [...PAGE_1, '\f', ...PAGE_2].join('\n').replace(/(Vraag [\d en]+|Antwoord [\d en]+) /g, '$1\n');
    expect(structure(lines)).toEqual({ ...EXPECTED, runOn: false });
  });
});
