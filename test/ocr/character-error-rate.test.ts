/** The distance behind the OCR round trip's character error rate, against a plain full table. */
import { characterErrorRate, letterText, levenshtein } from './character-error-rate';
import { loadSample } from '../support/samples';

function fullTable(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  }
  return d[a.length][b.length];
}

describe('character error rate', () => {
  it.each([
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['abc', '', 3],
    ['Vraag 1', 'Vraag l', 1],
    ['asiel- en migratiebeheer', 'asiel-en migratiebeheer', 1],
  ])('levenshtein(%j, %j) = %d', (a, b, expected) => {
    expect(levenshtein(a, b)).toBe(expected);
  });

  it('agrees with the full table on random strings, near and far apart', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let round = 0; round < 300; round++) {
      const alphabet = round % 2 === 0 ? 'ab' : 'abcdefg ';
      const a = Array.from({ length: Math.floor(random() * 120) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      // b: a with a few edits, or a string of its own.
      let b = a;
      if (round % 3 === 0) b = Array.from({ length: Math.floor(random() * 120) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      else {
        for (let e = Math.floor(random() * 30); e > 0; e--) {
          const at = Math.floor(random() * (b.length + 1));
          const op = Math.floor(random() * 3);
          const c = alphabet[Math.floor(random() * alphabet.length)];
          b = op === 0 ? b.slice(0, at) + c + b.slice(at) : op === 1 ? b.slice(0, at) + b.slice(at + 1) : b.slice(0, at) + c + b.slice(at + 1);
        }
      }
      expect([a, b, levenshtein(a, b)]).toEqual([a, b, fullTable(a, b)]);
    }
  });

  it('reads the letter text of the sample: cover letter, title, bodies, footnotes, lists with their labels', () => {
    const text = letterText(loadSample());
    const lines = text.split('\n');
    expect(lines[0]).toMatch(/^Hierbij bied ik u de antwoorden aan/);
    expect(lines).toContain('Vragen van de leden van de fracties van Volt en PvdD over de Europese strategie voor asiel- en migratiebeheer COM(2026)45.');
    expect(lines).toContain('ii. als de vreemdeling op weg naar de lidstaat door het land is gereisd, of');
    expect(lines[lines.length - 1]).toBe('Brief Kamer - Voortgang aanbevelingen Aanjaagteam bescherming arbeidsmigranten');
    // Footnote marks are not text: "Asielprocedureverordening." runs straight on.
    expect(text).toContain('zijn vastgelegd in de Asielprocedureverordening. Een derde land');
    expect(text).not.toMatch(/Vraag \d|Antwoord op vra/);
    expect(characterErrorRate(text, text)).toBe(0);
    expect(characterErrorRate(text.replace('Hierbij', 'Hierblj'), text)).toBeCloseTo(1 / text.length, 12);
  });
});
