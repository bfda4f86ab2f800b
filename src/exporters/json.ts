/** JSON exporter: the canonical model, two-space indented, one trailing newline. */
import type { Letter } from '../model/types';

export function exportJson(letter: Letter): string {
  return JSON.stringify(letter, null, 2) + '\n';
}
