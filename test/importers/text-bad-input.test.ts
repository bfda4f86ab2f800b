/** Broken and hostile plain text: clear messages, never an exception. */
import { importText } from '../../src/importers/text';

describe('text importer on bad input', () => {
  it('an empty file', () => {
    expect(importText('\n \n')).toEqual({ diagnostics: [{ severity: 'error', line: 1, message: 'the file is empty; expected the text of a letter' }] });
  });

  it('garbage that is not text', () => {
    let seed = 7;
    const noise = Array.from({ length: 5000 }, () => String.fromCharCode(33 + ((seed = (seed * 48271) % 2147483647) % 60))).join('');
    const r = importText(noise);
    expect(r.letter).toBeUndefined();
    expect(r.diagnostics).toEqual([{ severity: 'error', line: 1, message: 'this does not read as text: fewer than half of its characters are letters' }]);
  });

  it('text with no letter in it', () => {
    const r = importText('Boodschappenlijst\n\nmelk\nbrood\nkaas\n');
    expect(r.letter).toBeUndefined();
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', message: expect.stringContaining('this is not an answer letter: no questions or answers found (looked for') }));
    expect(r.diagnostics.some((d) => /no date found/.test(d.message))).toBe(false);
  });

  it('a 20 MB letter is read whole (question numbers stay below 10000, as the model allows)', () => {
    const answer = 'De regering heeft hierover met de betrokken partijen gesproken en komt voor de zomer met een voorstel. '.repeat(40).trim();
    const parts = ['Datum 18 juni 2026', 'Betreft Grote brief', '', 'Hierbij bied ik u de antwoorden aan.', ''];
    let n = 0;
    let size = 0;
    while (size < 20 * 1024 * 1024) {
      n++;
      const block = `Vraag ${n}\nHoe staat het met onderwerp ${n}?\n\nAntwoord op vraag ${n}\n${answer}\n\n${n % 3 === 0 ? `Pagina ${n / 3} van 999\n\f` : ''}`;
      parts.push(block);
      size += block.length;
    }
    const r = importText(parts.join('\n'));
    expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const items = r.letter!.questionsAndAnswers!.sections[0].items;
    expect(items).toHaveLength(2 * n);
    expect(items[2 * n - 1]).toEqual({ type: 'answer', questions: [String(n)], body: [{ type: 'paragraph', content: [{ type: 'text', text: answer }] }] });
  }, 120_000);
});
