/** The source view's marks, on the seed letter extracted from PDF to Markdown. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { importLetter } from '../../src/formats';
import { describeSource, type SourceLine } from '../../src/server/source-lines';
import { SAMPLES_DIR, SOURCE_LETTER } from '../support/samples';

const bytes = fs.readFileSync(path.join(SAMPLES_DIR, `${SOURCE_LETTER}.md`));

describe('describeSource', () => {
  let lines: SourceLine[];
  let diagnostics: { severity: string; message: string; line?: number }[];
  beforeAll(async () => {
    const r = await importLetter('md', bytes);
    diagnostics = r.diagnostics;
    lines = describeSource(bytes, 'md', r.letter, r.lines, r.diagnostics)!;
  });
  const at = (n: number) => lines[n - 1];
  const firstLine = (re: RegExp) => diagnostics.find((d) => re.test(d.message))!.line!;

  it('gives every line of the input, numbered as diagnostics number them', () => {
    expect(lines).toHaveLength(bytes.toString('utf8').split('\n').length);
    expect(lines.every((l, k) => l.line === k + 1)).toBe(true);
  });

  it('strikes each line of a running head that was dropped, and only those', () => {
    const start = firstLine(/^running head "Directoraat-Generaal \/ Migratie \/ Bureau Internationale Migratie" dropped/);
    expect([at(start), at(start + 1), at(start + 2)].map((l) => [l.text, l.role])).toEqual([
      ['**Directoraat-Generaal', 'furniture'],
      ['Migratie**', 'furniture'],
      ['Bureau Internationale Migratie', 'furniture'],
    ]);
    expect(at(start + 3).role).toBe('blank');
    // The theme heading right under it is the section's heading, not furniture.
    expect([at(start + 4).text, at(start + 4).role]).toEqual(['Migratiediplomatie en inzet van drukmiddelen', 'heading']);
  });

  it('marks questions, answers, notes taken out of the text and paragraphs joined across a page', () => {
    const question = lines.find((l) => l.text === 'Vraag 1')!;
    expect(question.role).toBe('question');
    expect(lines.find((l) => l.text === 'Antwoord op vraag 1')!.role).toBe('answer');
    expect(lines.find((l) => l.text.startsWith('Kan de regering nader toelichten'))!.role).toBe('question');
    const note = firstLine(/^footnote 1 definition/);
    expect([at(note).text, at(note).role]).toEqual(['¹ Verordening (EU) 2024/1348', 'note']);
    const join = firstLine(/joined/);
    expect(at(join).joined).toBe(true);
    expect(at(join).role).toBe('answer');
    expect(lines.filter((l) => l.joined)).toHaveLength(diagnostics.filter((d) => /joined/.test(d.message)).length);
  });

  it('links every diagnostic with a line from that line', () => {
    diagnostics.forEach((d, k) => {
      if (d.line !== undefined) expect(at(d.line).diagnostics).toContain(k);
    });
  });

  it('the letterhead before the questions is the head', () => {
    expect(lines.slice(0, 30).filter((l) => l.role !== 'blank').every((l) => l.role === 'head' || l.role === 'title')).toBe(true);
  });

  it('gives no line view of binary formats', () => {
    expect(describeSource(new Uint8Array([37, 80, 68, 70]), 'pdf', undefined, undefined, [])).toBeUndefined();
    expect(describeSource(new Uint8Array([80, 75, 3, 4]), 'docx', undefined, undefined, [])).toBeUndefined();
  });
});
