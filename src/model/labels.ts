/**
 * Printed labels, derived from the model: list item labels ("iii.", "b.") and the Dutch
 * question and answer headings ("Vraag 5 en 6", "Antwoord op vragen 2, 3 en 4").
 */
import type { List } from './types';

/** The value of a lower-case roman numeral, or NaN when it is not one in canonical form. */
export function romanValue(s: string): number {
  const v: Record<string, number> = { i: 1, v: 5, x: 10, l: 50, c: 100 };
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const cur = v[s[i]];
    const next = v[s[i + 1]] ?? 0;
    total += cur < next ? -cur : cur;
  }
  return toRoman(total) === s ? total : NaN;
}

export function toRoman(n: number): string {
  const table: [number, string][] = [[100, 'c'], [90, 'xc'], [50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [value, sym] of table) while (n >= value) { out += sym; n -= value; }
  return out;
}

/** The printed label of the item at 0-based `index` of a list of `style` starting at `start`. */
export function labelFor(style: List['style'], index: number, start = 1, delimiter = '.'): string | undefined {
  const n = start + index;
  switch (style) {
    case 'decimal': return `${n}${delimiter}`;
    case 'lower-roman': return `${toRoman(n)}${delimiter}`;
    case 'upper-roman': return `${toRoman(n).toUpperCase()}${delimiter}`;
    case 'lower-alpha': return n <= 26 ? `${String.fromCharCode(96 + n)}${delimiter}` : undefined;
    case 'upper-alpha': return n <= 26 ? `${String.fromCharCode(64 + n)}${delimiter}` : undefined;
    case 'bullet': return undefined;
  }
}


/** The printed label for a question: "Vraag 1", "Vraag 5 en 6". */
export function questionLabel(numbers: readonly string[]): string {
  return `Vraag ${joinNumbers(numbers)}`;
}

/** The printed label for an answer: "Antwoord op vraag 1", "Antwoord op vragen 5 en 6". */
export function answerLabel(numbers: readonly string[]): string {
  return `Antwoord op ${numbers.length > 1 ? 'vragen' : 'vraag'} ${joinNumbers(numbers)}`;
}

/** "1", "5 en 6", "2, 3 en 4". */
export function joinNumbers(numbers: readonly string[]): string {
  if (numbers.length <= 1) return numbers.join('');
  return `${numbers.slice(0, -1).join(', ')} en ${numbers[numbers.length - 1]}`;
}
