/** How footnote marks are printed in a kamerbrief PDF. */

export const SUPERSCRIPT_DIGITS = '⁰¹²³⁴⁵⁶⁷⁸⁹';

/** A footnote mark as printed: superscript digits for a number ("12" -> "¹²"), else the label. */
export function markText(label: string): string {
  return /^\d+$/.test(label) ? [...label].map((d) => SUPERSCRIPT_DIGITS[Number(d)]).join('') : label;
}
