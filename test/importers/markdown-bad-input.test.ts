/** Hostile and broken Markdown: each ends in a clear message or warnings, never an exception. */
import { importMarkdown } from '../../src/importers/markdown';
import { decodeText } from '../../src/formats';

describe('Markdown importer on bad input', () => {
  it('an empty file', () => {
    expect(importMarkdown('')).toEqual({ diagnostics: [{ severity: 'error', line: 1, message: 'the file is empty; expected a letter in Markdown' }] });
    expect(importMarkdown(' \n\n\t\n').letter).toBeUndefined();
  });

  it('a binary file is refused before it reaches the importer', () => {
    const bytes = Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00]);
    expect(decodeText(bytes)).toEqual({ diagnostic: { severity: 'error', message: 'this is a binary file, not text; expected a text letter' } });
  });

  it('Markdown that is no letter: no letter, and a message saying what was missing', () => {
    const r = importMarkdown('# Boodschappen\n\n- melk\n- brood\n\nNiets bijzonders hier.\n');
    expect(r.letter).toBeUndefined();
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ severity: 'error', message: expect.stringContaining('this is not an answer letter: no questions or answers found (looked for') }));
  });

  it('front matter that is not closed, or not YAML, is an error with its line', () => {
    expect(importMarkdown('---\ndate: 2026-01-01\n\nTekst.\n').diagnostics).toEqual([
      { severity: 'error', line: 1, message: 'front matter opened with "---" is never closed by a "---" line' },
    ]);
    const bad = importMarkdown('---\ndate: 2026-01-01\nsubject: [unclosed\n---\n\nTekst.\n');
    expect(bad.letter).toBeUndefined();
    expect(bad.diagnostics[0]).toMatchObject({ severity: 'error', message: expect.stringContaining('front matter is not valid YAML') });
  });

  it('YAML aliases cannot expand without bound (billion laughs)', () => {
    const lines = ['---', 'a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let i = 1; i < 12; i++) lines.push(`${String.fromCharCode(97 + i)}: &${String.fromCharCode(97 + i)} [${Array(10).fill('*' + String.fromCharCode(96 + i)).join(',')}]`);
    lines.push('date: 2026-01-01', '---', '', 'Tekst.');
    const r = importMarkdown(lines.join('\n'));
    expect(r.letter).toBeUndefined();
    expect(r.diagnostics[0].severity).toBe('error');
  });

  it('lists nested 80 deep are flattened past 50 levels with a warning, keeping their words', () => {
    const nested = Array.from({ length: 80 }, (_, i) => `${'  '.repeat(i)}- niveau${i}`).join('\n');
    const r = importMarkdown(`---\ndate: 2026-01-01\n---\n\n${nested}\n`);
    expect(r.diagnostics).toContainEqual(expect.objectContaining({ severity: 'warning', message: 'nesting deeper than 50 levels flattened to text' }));
    const json = JSON.stringify(r.letter);
    for (const i of [0, 49, 50, 79]) expect(json).toContain(`niveau${i}`);
  });

  it('block quotes nested 80 deep likewise', () => {
    const nested = Array.from({ length: 80 }, (_, i) => `${'>'.repeat(i + 1)} citaat${i}`).join('\n');
    const r = importMarkdown(`---\ndate: 2026-01-01\n---\n\n${nested}\n`);
    expect(r.letter).toBeDefined();
    expect(JSON.stringify(r.letter)).toContain('citaat79');
  });

  it('lists or quotes nested 500 deep are refused before parsing, naming the line (marked takes seconds on them)', () => {
    const lists = Array.from({ length: 500 }, (_, i) => `${'  '.repeat(i)}- niveau${i}`).join('\n');
    const quotes = Array.from({ length: 500 }, (_, i) => `${'>'.repeat(i + 1)} citaat${i}`).join('\n');
    for (const nested of [lists, quotes]) {
      const r = importMarkdown(`---\ndate: 2026-01-01\n---\n\n${nested}\n`);
      expect(r.letter).toBeUndefined();
      expect(r.diagnostics).toEqual([{ severity: 'error', line: 105, message: 'lists and quotes nested more than 100 levels deep here; no letter nests so deep, so the file is not read' }]);
    }
  });

  it('a 5 MB letter is read whole', () => {
    const paragraph = 'Het kabinet maakt werk van samenwerking met derde landen om terugkeer te bevorderen. '.repeat(20).trim();
    const parts = ['Datum 18 juni 2026', 'Betreft Grote brief', 'Hierbij bied ik u de antwoorden aan.'];
    let n = 0;
    while (parts.join('\n\n').length < 5 * 1024 * 1024) {
      n++;
      parts.push(`Vraag ${n}`, `Hoe staat het met punt ${n}?`, `Antwoord op vraag ${n}`, paragraph);
      if (n % 4 === 0) parts.push('Datum\n18 juni 2026', 'Onze referentie\n7562802');
    }
    const r = importMarkdown(parts.join('\n\n') + '\n');
    expect(r.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
    const items = r.letter!.questionsAndAnswers!.sections[0].items;
    expect(items).toHaveLength(2 * n);
    expect(items[items.length - 1]).toEqual({ type: 'answer', questions: [String(n)], body: [{ type: 'paragraph', content: [{ type: 'text', text: paragraph }] }] });
  });
});
