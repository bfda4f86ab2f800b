/**
 * Old Handelingen in OCR (1960s–1990s): "VRAGEN van …" with numbered questions, "ANTWOORD van
 * de heer …" with numbered answers, and the publication's head ("Zitting 1971", "Aanhangsel tot
 * het Verslag …") printed again at the top of later pages, on a letter written for the test.
 */
import { importText } from '../../src/importers/text';
import { summarize } from '../../src/model/summary';
import { plainText } from '../../src/model/text';

const ITEM = [
  'TWEEDE KAMER',
  'Aanhangsel tot het Verslag van de Handelingen der Tweede Kamer',
  'Zitting 1971',
  '612',
  'VRAGEN van het lid De Vries (P.v.d.A.) inzake de veerdienst naar Ameland. (Ingezonden 3 maart 1971.)',
  '1. Is het de Minister bekend, dat de veerdienst naar Ameland in de afgelopen winter op veertien dagen is uitgevallen?',
  '2. Is hij bereid de rederij te vragen een tweede schip in te zetten?',
  '\f1230',
  'Zitting 1971',
  'Aanhangsel tot het Verslag van de Handelingen der Tweede Kamer',
  'ANTWOORD van de heer Jansen, Minister van Verkeer en Waterstaat. (Ingezonden 20 maart 1971.)',
  '1. Het is de ondergetekende bekend, dat de dienst door laag water en storm enige malen is uitgevallen.',
  '2. De rederij heeft inmiddels een tweede schip in de vaart gebracht. De Kamer wordt over de',
  'resultaten bericht.',
];

describe('old Handelingen', () => {
  const result = importText(ITEM.join('\n'));

  it('reads the numbered questions and answers and the date', () => {
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const s = summarize(result.letter!, []);
    expect({ questions: s.questions, answers: s.answers, date: s.metadata.date }).toEqual({ questions: ['1', '2'], answers: [['1'], ['2']], date: '1971-03-20' });
    const answers = result.letter!.questionsAndAnswers!.sections.flatMap((x) => x.items.filter((i) => i.type === 'answer'));
    expect(answers.map((a) => a.body.map((b) => (b.type === 'paragraph' ? plainText(b.content) : b.type)))).toEqual([
      ['Het is de ondergetekende bekend, dat de dienst door laag water en storm enige malen is uitgevallen.'],
      ['De rederij heeft inmiddels een tweede schip in de vaart gebracht. De Kamer wordt over de resultaten bericht.'],
    ]);
  });

  it('drops the publication head printed again at the top of page 2', () => {
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ line: 9, message: expect.stringMatching(/^"Zitting 1971" dropped/) }));
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ message: '"Aanhangsel tot het Verslag van de Handelingen der Tweede Kamer" dropped (page head of page 2)' }));
  });
});
