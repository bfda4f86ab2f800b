import { validateLetter } from '../../src/model/validate';
import type { Diagnostic } from '../../src/model/diagnostics';
import type { Letter, Paragraph, Question, Answer } from '../../src/model/types';
import { loadSample } from '../support/samples';

function only(diagnostics: Diagnostic[], severity: Diagnostic['severity']): Diagnostic[] {
  return diagnostics.filter((d) => d.severity === severity);
}

const firstSection = (l: Letter) => l.questionsAndAnswers!.sections[0];

describe('validateLetter on the golden source letter', () => {
  it('finds nothing wrong', () => {
    expect(validateLetter(loadSample())).toEqual([]);
  });
});

describe('validateLetter on broken copies of the source letter', () => {
  it('reports a missing date as an error at /metadata/date', () => {
    const l = loadSample() as unknown as { metadata: Record<string, unknown> };
    delete l.metadata.date;
    const d = validateLetter(l);
    expect(d).toEqual([
      { severity: 'error', pointer: '/metadata/date', message: 'Datum ("date") is missing' },
    ]);
  });

  it('reports an impossible date', () => {
    const l = loadSample();
    l.metadata.date = '2026-02-30';
    const d = validateLetter(l);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ severity: 'error', pointer: '/metadata/date' });
    expect(d[0].message).toContain('"2026-02-30" is not a real calendar date');
  });

  it('reports an unknown property at its own pointer', () => {
    const l = loadSample() as unknown as { metadata: Record<string, unknown> };
    l.metadata.kenmerk = '123';
    const d = validateLetter(l);
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ severity: 'error', pointer: '/metadata/kenmerk' });
    expect(d[0].message).toMatch(/^unknown property "kenmerk" in Briefgegevens; expected only: date, reference, subject$/);
  });

  it('reports an unknown block type inside an answer', () => {
    const l = loadSample() as unknown as Letter;
    (firstSection(l).items[1].body[0] as unknown as { type: string }).type = 'alinea';
    const d = validateLetter(l);
    expect(d).toEqual([
      {
        severity: 'error',
        pointer: '/questionsAndAnswers/sections/0/items/1/body/0/type',
        message: 'unknown node type "alinea" here',
      },
    ]);
  });

  it('reports an answer that covers a question that does not exist', () => {
    const l = loadSample();
    (firstSection(l).items[1] as Answer).questions = ['1', '99'];
    const d = validateLetter(l);
    expect(only(d, 'error')).toEqual([
      {
        severity: 'error',
        pointer: '/questionsAndAnswers/sections/0/items/1/questions/1',
        message: 'the answer covers question 99, but the letter has no question 99',
      },
    ]);
  });

  it('reports a duplicate question number', () => {
    const l = loadSample();
    (firstSection(l).items[2] as Question).numbers = ['1'];
    const d = validateLetter(l);
    expect(only(d, 'error')).toEqual([
      {
        severity: 'error',
        pointer: '/questionsAndAnswers/sections/0/items/2/numbers/0',
        message: 'question 1 appears twice (first at /questionsAndAnswers/sections/0/items/0); question numbers must be unique',
      },
      // Question 2 is gone with it, so "Antwoord op vraag 2" now answers nothing.
      {
        severity: 'error',
        pointer: '/questionsAndAnswers/sections/0/items/3/questions/0',
        message: 'the answer covers question 2, but the letter has no question 2',
      },
    ]);
  });

  it('reports a footnote reference that points nowhere', () => {
    const l = loadSample();
    // Answer 5 and 6, first paragraph, the mark after "Asielprocedureverordening."
    const para = l.questionsAndAnswers!.sections[1].items[2].body[0] as Paragraph;
    expect(para.content[1]).toEqual({ type: 'footnoteRef', footnote: 'fn1' });
    para.content[1] = { type: 'footnoteRef', footnote: 'fn9' };
    const d = validateLetter(l);
    expect(only(d, 'error')).toEqual([
      {
        severity: 'error',
        pointer: '/questionsAndAnswers/sections/1/items/2/body/0/content/1/footnote',
        message: 'reference to footnote "fn9", but the letter has no such footnote',
      },
    ]);
    // fn1 is now referenced nowhere: that is a warning of its own.
    expect(only(d, 'warning')).toEqual([
      { severity: 'warning', pointer: '/footnotes/0', message: 'footnote 1 ("fn1") is never referenced from the text' },
    ]);
  });

  it('warns about a footnote nobody references', () => {
    const l = loadSample();
    l.footnotes!.push({ id: 'fn6', label: '6', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ongebruikt.' }] }] });
    expect(validateLetter(l)).toEqual([
      { severity: 'warning', pointer: '/footnotes/5', message: 'footnote 6 ("fn6") is never referenced from the text' },
    ]);
  });

  it('warns about an unanswered question and accepts the letter', () => {
    const l = loadSample();
    firstSection(l).items.splice(1, 1); // drop "Antwoord op vraag 1"
    expect(validateLetter(l)).toEqual([
      { severity: 'warning', pointer: '/questionsAndAnswers/sections/0/items/0', message: 'question 1 has no answer' },
    ]);
  });

  it('warns about a question answered twice', () => {
    const l = loadSample();
    (firstSection(l).items[3] as Answer).questions = ['1'];
    const d = validateLetter(l);
    expect(d).toContainEqual({
      severity: 'warning',
      pointer: '/questionsAndAnswers/sections/0/items/3/questions/0',
      message: 'question 1 is answered more than once (also at /questionsAndAnswers/sections/0/items/1)',
    });
    expect(d).toContainEqual({ severity: 'warning', pointer: '/questionsAndAnswers/sections/0/items/2', message: 'question 2 has no answer' });
  });

  it('rejects text that is not whitespace-normalised, in a plain field and in inlines', () => {
    const l = loadSample();
    l.metadata.subject = 'Antwoorden  vragen';
    (l.coverLetter![1] as Paragraph).content = [
      { type: 'text', text: 'Deze vragen ' },
      { type: 'emphasis', content: [{ type: 'text', text: ' werden' }] },
      { type: 'text', text: ' ingezonden.' },
    ];
    const d = validateLetter(l);
    expect(d).toEqual([
      expect.objectContaining({ severity: 'error', pointer: '/metadata/subject' }),
    ]);
    expect(d[0].message).toContain('is not whitespace-normalised');
    l.metadata.subject = 'Antwoorden vragen';
    expect(validateLetter(l)).toEqual([
      { severity: 'error', pointer: '/coverLetter/1/content', message: 'text not normalised: the text has two spaces in a row' },
    ]);
  });

  it('rejects an empty section and an empty optional array', () => {
    const l = loadSample();
    l.questionsAndAnswers!.sections[3].items = [];
    l.signatories = [];
    const d = validateLetter(l);
    expect(d.map((x) => x.pointer).sort()).toEqual(['/questionsAndAnswers/sections/3/items', '/signatories']);
    expect(d.every((x) => x.severity === 'error')).toBe(true);
  });
});
