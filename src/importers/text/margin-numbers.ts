/**
 * Margin numbers. In and out: lines and pages. In a nota naar aanleiding van het verslag the
 * question numbers stand in the margin ("12" on a line of its own) and answers start with a
 * bare "Antwoord": such numbers become "Vraag 12" lines. Runs first, before furniture would take
 * a number at a page top for a page number.
 */
import type { Diagnostic } from '../../model/diagnostics';
import { questionLabel } from '../../model/labels';
import { parseLabel, parseNumberList } from '../recognise/labels';
import { atPageEdge } from './furniture';
import type { TextLine } from './navigate';

/**
 * A nota naar aanleiding van het verslag numbers its questions in the margin ("12", "5, 6 en
 * 7" on a line of their own) and starts each answer with a bare "Antwoord". Where a text does
 * that, the margin number that stands last before each "Antwoord" (and counts on from the
 * previous one) becomes the label "Vraag 12". Lone numbers that are not followed by an answer
 * (page numbers, note numbers) are left alone.
 */
export function marginNumbers(lines: (TextLine | 'page')[], diagnostics: Diagnostic[]): (TextLine | 'page')[] {
  const isBareAnswer = (t: string) => /^antwoord\s*:?$/i.test(t);
  const bareAnswers = lines.filter((l) => l !== 'page' && isBareAnswer(l.text)).length;
  if (bareAnswers < 5) return lines;
  const out = [...lines];
  let expected = 1;
  let candidate: { at: number; numbers: string[] } | undefined;
  for (let i = 0; i < out.length; i++) {
    const l = out[i];
    if (l === 'page' || !l.text) continue;
    const label = parseLabel(l.text);
    if (label?.kind === 'question' && label.numbers.length > 0) {
      // A printed "Vraag 36": the count goes on from there.
      expected = Number.parseInt(label.numbers[label.numbers.length - 1], 10) + 1;
      candidate = undefined;
      continue;
    }
    const list = /^\d{1,3}(?:(?:,\s*|\s+en\s+)\d{1,3})*$/.test(l.text) ? parseNumberList(l.text) : undefined;
    // A number at the foot of a page is its page number, not a margin number.
    if (list && Number(list.numbers[0]) === expected && !atPageEdge(out, i, 1)) {
      candidate = { at: i, numbers: list.numbers };
      continue;
    }
    if (isBareAnswer(l.text) && candidate) {
      const c = out[candidate.at] as TextLine;
      const text = questionLabel(candidate.numbers);
      out[candidate.at] = { ...c, text };
      diagnostics.push({ severity: 'info', line: c.line, message: `margin number "${c.text}" read as "${text}"` });
      expected = Number(candidate.numbers[candidate.numbers.length - 1]) + 1;
      candidate = undefined;
    } else if (isBareAnswer(l.text) && expected > 1 && nextMarginNumber(out, i) === expected + 1) {
      // The number of this question is missing from the text, the next one is there: the
      // paragraph right above "Antwoord" (back to the last sentence end) is question `expected`.
      let start = i - 1;
      while (start > 0) {
        const prev = out[start - 1];
        if (prev === 'page' || !prev.text || /[.!:]["')]*$/.test(prev.text)) break;
        start--;
      }
      const at = out[start] as TextLine;
      out.splice(start, 0, { ...at, text: questionLabel([String(expected)]) });
      diagnostics.push({ severity: 'warning', line: at.line, message: `question ${expected} has no number in the text; the paragraph from line ${at.line} to "Antwoord" is taken as it` });
      expected++;
      i++;
    }
  }
  return out;
}

/** The first lone number after line i, before the next "Antwoord". */
function nextMarginNumber(lines: (TextLine | 'page')[], i: number): number | undefined {
  for (let j = i + 1; j < lines.length; j++) {
    const l = lines[j];
    if (l === 'page' || !l.text) continue;
    if (/^antwoord\s*:?$/i.test(l.text)) return undefined;
    const m = /^(\d{1,3})(?:(?:,\s*|\s+en\s+)\d{1,3})*$/.exec(l.text);
    if (m) return Number(m[1]);
  }
  return undefined;
}
