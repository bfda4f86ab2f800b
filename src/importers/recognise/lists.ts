/** Printed list labels ("i.", "b)", "IV."): which list style a run of them is. */
import { labelFor, romanValue } from '../../model/labels';
import type { List } from '../../model/types';

const LABEL_STYLES: { style: List['style']; re: RegExp; value: (s: string) => number }[] = [
  { style: 'lower-roman', re: /^([ivxlc]+)([.)])$/, value: romanValue },
  { style: 'upper-roman', re: /^([IVXLC]+)([.)])$/, value: (s) => romanValue(s.toLowerCase()) },
  { style: 'lower-alpha', re: /^([a-z])([.)])$/, value: (s) => s.charCodeAt(0) - 96 },
  { style: 'upper-alpha', re: /^([A-Z])([.)])$/, value: (s) => s.charCodeAt(0) - 64 },
];

/** For "- i. …" bullet items: the style whose labels the items carry, in sequence. */
export function labelledStyle(labels: (string | undefined)[]): List['style'] | undefined {
  if (labels.some((l) => l === undefined)) return undefined;
  // "c." is the third letter or roman 100, "i." roman 1 or the ninth letter: where labels
  // fit two styles, the one that starts lower is meant.
  let best: { style: List['style']; start: number } | undefined;
  for (const { style, re, value } of LABEL_STYLES) {
    const parsed = labels.map((l) => re.exec(l!));
    if (parsed.some((p) => !p)) continue;
    const start = value(parsed[0]![1]);
    if (Number.isNaN(start)) continue;
    if (!parsed.every((p, k) => labelFor(style, k, start, p![2]) === labels[k])) continue;
    if (!best || start < best.start) best = { style, start };
  }
  return best?.style;
}

/**
 * The style a numbered list's labels tell by themselves: decimal for numbers (or no labels),
 * else the sequence they count in (`labelledStyle`), else bullet. Readers of formats that keep
 * only the labels (OP XML, Markdown) use it; their writers say the style where it differs.
 */
export function listStyleFromLabels(labels: (string | undefined)[]): List['style'] {
  if (labels.every((l) => l === undefined)) return 'decimal';
  if (labels.every((l) => l !== undefined && /^\d+[.)]$/.test(l))) return 'decimal';
  return labelledStyle(labels) ?? 'bullet';
}

/** The label a line of text starts with ("ii. …" -> "ii."), or undefined. */
export function leadingLabel(text: string): string | undefined {
  return /^([ivxlcIVXLC]+|[a-zA-Z]|\d{1,3})([.)])\s/.exec(text)?.slice(1, 3).join('');
}

/** The style of a run of labels when it starts a list (a., i., A., I., 1.), else undefined. */
export function listStyleFromStart(labels: string[]): List['style'] | undefined {
  if (labels.length < 2) return undefined;
  if (labels.every((l, k) => l === `${k + 1}${labels[0].slice(-1)}`)) return 'decimal';
  const style = labelledStyle(labels);
  return style && /^[aiAI][.)]$/.test(labels[0]) ? style : undefined;
}
