import { formatDutchDate, isIsoDate, parseDutchDate } from '../../src/model/dates';
import { inlineNormalFormProblem, normalizeInlines, normalizeSpace, plainText } from '../../src/model/text';
import type { Inline } from '../../src/model/types';

const t = (text: string): Inline => ({ type: 'text', text });

describe('normalizeSpace', () => {
  it('folds every kind of white space to one space and trims', () => {
    expect(normalizeSpace(' a\u00a0\u00a0b\tc\nd\u2009e  ')).toBe('a b c d e');
  });
});

describe('normalizeInlines', () => {
  it('merges adjacent text, hoists edge spaces out of containers and trims the block', () => {
    const input: Inline[] = [
      t('  Zie '),
      t(' het'),
      { type: 'emphasis', content: [t(' rapport ')] },
      t(' van'),
      { type: 'footnoteRef', footnote: 'fn1' },
      t(' 2025. '),
    ];
    const out = normalizeInlines(input);
    expect(out).toEqual([
      t('Zie het '),
      { type: 'emphasis', content: [t('rapport')] },
      t(' van'),
      { type: 'footnoteRef', footnote: 'fn1' },
      t(' 2025.'),
    ]);
    expect(inlineNormalFormProblem(out, true)).toBeUndefined();
    expect(plainText(out)).toBe('Zie het rapport van 2025.');
  });

  it('drops containers left empty and does not change its input', () => {
    const input: Inline[] = [t('a'), { type: 'strong', content: [t(' ')] }, t('b')];
    expect(normalizeInlines(input)).toEqual([t('a b')]);
    expect(input[1]).toEqual({ type: 'strong', content: [t(' ')] });
  });
});

describe('Dutch dates', () => {
  it('formats and parses', () => {
    expect(formatDutchDate('2026-06-18')).toBe('18 juni 2026');
    expect(formatDutchDate('2026-05-06')).toBe('6 mei 2026');
    expect(parseDutchDate('ingezonden op 6 mei 2026 met kenmerk')).toBe('2026-05-06');
    expect(parseDutchDate('Datum 18 Juni 2026')).toBe('2026-06-18');
  });
  it('refuses impossible dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(parseDutchDate('31 april 2026')).toBeUndefined();
  });
});
