import { applyMetadata, parseMetadataPairs } from '../../src/model/overrides';
import type { Letter } from '../../src/model/types';
import { validateLetter } from '../../src/model/validate';

const letter = (date: string): Letter => ({
  schemaVersion: '1.0',
  language: 'nl',
  kind: 'answer-letter',
  metadata: { date, reference: '2024-0000123' },
  questionsAndAnswers: {
    sections: [
      {
        items: [
          { type: 'question', numbers: ['1'], body: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kent u het bericht?' }] }] },
          { type: 'answer', questions: ['1'], body: [{ type: 'paragraph', content: [{ type: 'text', text: 'Ja.' }] }] },
        ],
      },
    ],
  },
});

describe('parseMetadataPairs', () => {
  it('reads every key, dates in ISO and in Dutch', () => {
    const { overrides, errors } = parseMetadataPairs([
      'date=25 juli 2024',
      'reference=2024Z12345',
      'subject=  Antwoord op   vragen ',
      'chamber=eerste-kamer',
      'kind=postponement-notice',
    ]);
    expect(errors).toEqual([]);
    expect(overrides).toEqual({
      date: '2024-07-25',
      reference: '2024Z12345',
      subject: 'Antwoord op vragen',
      chamber: 'eerste-kamer',
      kind: 'postponement-notice',
    });
    expect(parseMetadataPairs(['date=2024-07-25']).overrides).toEqual({ date: '2024-07-25' });
    expect(parseMetadataPairs(['date=1 Maart 2023']).overrides).toEqual({ date: '2023-03-01' });
  });

  it('keeps "=" inside a value', () => {
    expect(parseMetadataPairs(['subject=a=b']).overrides).toEqual({ subject: 'a=b' });
  });

  it('names the pair and what was expected for every bad pair', () => {
    const { overrides, errors } = parseMetadataPairs([
      'date=30 februari 2024',
      'date=2024-13-01',
      'date=juli 2024',
      'chamber=senaat',
      'kind=brief',
      'author=Jansen',
      'subject',
      'reference=  ',
    ]);
    expect(overrides).toEqual({});
    expect(errors).toEqual([
      '"date=30 februari 2024": date must be a real date, as 2024-07-25 or 25 juli 2024',
      '"date=2024-13-01": date must be a real date, as 2024-07-25 or 25 juli 2024',
      '"date=juli 2024": date must be a real date, as 2024-07-25 or 25 juli 2024',
      '"chamber=senaat": chamber must be one of eerste-kamer, tweede-kamer',
      '"kind=brief": kind must be one of answer-letter, postponement-notice',
      '"author=Jansen": unknown key "author"; expected one of date, reference, subject, chamber, kind',
      '"subject": expected key=value, with key one of date, reference, subject, chamber, kind',
      '"reference=  ": reference must be a non-empty text',
    ]);
  });

  it('refuses one key with two different values, accepts the same value twice', () => {
    expect(parseMetadataPairs(['date=2024-07-25', 'date=25 juli 2024']).errors).toEqual([]);
    expect(parseMetadataPairs(['date=2024-07-25', 'date=2024-07-26']).errors).toEqual([
      '"date=2024-07-26": date is given twice (2024-07-25 before); give it once',
    ]);
  });
});

describe('applyMetadata', () => {
  it('fills a missing date, with an info diagnostic at its pointer, and the letter becomes valid', () => {
    const without = letter('');
    expect(validateLetter(without).some((d) => d.pointer === '/metadata/date')).toBe(true);
    const { letter: out, diagnostics } = applyMetadata(without, { date: '2024-07-25' });
    expect(out.metadata.date).toBe('2024-07-25');
    expect(without.metadata.date).toBe(''); // the input letter is not changed
    expect(diagnostics).toEqual([
      { severity: 'info', pointer: '/metadata/date', message: 'date set to "2024-07-25" from the metadata given (the letter had none)' },
    ]);
    expect(validateLetter(out)).toEqual([]);
  });

  it('replaces what the letter had, naming the old value, and says nothing for an unchanged value', () => {
    const { letter: out, diagnostics } = applyMetadata(letter('2024-01-02'), {
      reference: '2024-0000123',
      subject: 'Nieuw onderwerp',
      chamber: 'tweede-kamer',
      kind: 'postponement-notice',
      date: '2024-07-25',
    });
    expect(out.metadata).toEqual({ date: '2024-07-25', reference: '2024-0000123', subject: 'Nieuw onderwerp' });
    expect(out.chamber).toBe('tweede-kamer');
    expect(out.kind).toBe('postponement-notice');
    expect(diagnostics.map((d) => [d.pointer, d.message])).toEqual([
      ['/metadata/date', 'date set to "2024-07-25" from the metadata given (the letter had "2024-01-02")'],
      ['/metadata/subject', 'subject set to "Nieuw onderwerp" from the metadata given (the letter had none)'],
      ['/chamber', 'chamber set to "tweede-kamer" from the metadata given (the letter had none)'],
      ['/kind', 'kind set to "postponement-notice" from the metadata given (the letter had "answer-letter")'],
    ]);
  });
});
