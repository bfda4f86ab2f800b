/** Parsing question and answer labels and their number lists. */
import { ANSWER_LABEL, ANSWER_LABEL_WITH_TEXT, QUESTION_LABEL, RANGE_SEPARATOR } from './patterns';

export interface Label {
  kind: 'question' | 'answer';
  /** Empty when the label names no number ("Antwoord"). */
  numbers: string[];
  /** Text after the label on the same line ("Antwoord: De regering …"). */
  rest?: string;
  /** True when OCR confusions were repaired ("Vraag l" -> 1). */
  repaired?: boolean;
}

/** Repairs OCR confusions in a number token: l/I -> 1, O/o -> 0, when the rest are digits. */
function number(token: string): { value: string; repaired: boolean } | undefined {
  if (/^[1-9][0-9]{0,3}[a-z]?$/.test(token)) return { value: token, repaired: false };
  if (/^[0-9lIOo]{1,4}$/.test(token) && /[lI0-9]/.test(token)) {
    const value = token.replace(/[lI]/g, '1').replace(/[Oo]/g, '0');
    if (/^[1-9][0-9]{0,3}$/.test(value)) return { value, repaired: true };
  }
  return undefined;
}

/**
 * Parses "2, 3 en 4", "7 t/m 9", "7 tot en met 9", "5 & 6", "7, 8, 9 10 en 11".
 * Returns undefined when anything in the list is not a number.
 */
export function parseNumberList(text: string): { numbers: string[]; repaired: boolean } | undefined {
  const tokens = text
    .replace(/tot en met/gi, ' t/m ')
    .replace(/[,&]/g, ' ')
    .replace(/(\d)\s*[-–]\s*(\d)/g, '$1 - $2')
    .replace(/[.:]$/, '')
    .split(/\s+/)
    .filter((t) => t !== '' && !/^(?:en|and)$/i.test(t));
  const numbers: string[] = [];
  let repaired = false;
  for (let i = 0; i < tokens.length; i++) {
    const tok = tokens[i];
    if (RANGE_SEPARATOR.test(tok)) {
      const from = numbers[numbers.length - 1];
      const to = number(tokens[i + 1] ?? '');
      if (from === undefined || !to || !/^\d+$/.test(from) || !/^\d+$/.test(to.value)) return undefined;
      const [a, b] = [Number(from), Number(to.value)];
      if (b <= a || b - a > 200) return undefined;
      for (let n = a + 1; n <= b; n++) numbers.push(String(n));
      repaired ||= to.repaired;
      i++;
      continue;
    }
    const n = number(tok);
    if (!n) return undefined;
    numbers.push(n.value);
    repaired ||= n.repaired;
  }
  return numbers.length > 0 ? { numbers, repaired } : undefined;
}

/** Parses a whole line as a question or answer label, or returns undefined. */
export function parseLabel(line: string): Label | undefined {
  const text = line.trim().replace(/\s+/g, ' ');
  // A label starts with a capital ("Vraag", "ANTWOORD"); "vragen 18 en 26." at the start of
  // a line is the rest of a sentence ("… verwijs ik naar het antwoord op de").
  if (text.length > 80 || !/^[VA]/.test(text)) return undefined;
  const q = QUESTION_LABEL.exec(text);
  if (q) return withNumbers('question', q[1]);
  const a = ANSWER_LABEL.exec(text);
  if (a) {
    const label = withNumbers('answer', a[1]);
    // "Antwoordop vraag 2": OCR lost the space between the label's words; said as a repair.
    return label && /^antwoord(?:op|vra)/i.test(text) ? { ...label, repaired: true } : label;
  }
  const withText = ANSWER_LABEL_WITH_TEXT.exec(line.trim());
  if (withText) {
    const label = withNumbers('answer', ANSWER_LABEL.exec(withText[1])?.[1]);
    if (label) return { ...label, rest: withText[2] };
  }
  return undefined;
}

function withNumbers(kind: Label['kind'], list: string | undefined): Label | undefined {
  if (list === undefined || list.trim() === '') return { kind, numbers: [] };
  const parsed = parseNumberList(list);
  if (!parsed) return undefined;
  return parsed.repaired ? { kind, numbers: parsed.numbers, repaired: true } : { kind, numbers: parsed.numbers };
}

