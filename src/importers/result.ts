import type { Diagnostic } from '../model/diagnostics';
import type { Letter } from '../model/types';

/** What every importer returns: the letter (when one could be read) and what it found. */
export interface ImportResult {
  /** Absent when the input could not be read as a letter at all. */
  letter?: Letter;
  diagnostics: Diagnostic[];
  /**
   * Source line of places in the letter, by JSON pointer, so that findings of later
   * checks (an unanswered question) can name the line of the input.
   */
  lines?: Record<string, number>;
}

/** Gives each diagnostic with a pointer the line of the nearest located place above it. */
export function locate(diagnostics: Diagnostic[], lines: Record<string, number> | undefined): Diagnostic[] {
  if (!lines) return diagnostics;
  return diagnostics.map((d) => {
    if (d.line !== undefined || d.pointer === undefined) return d;
    for (let p = d.pointer; p !== ''; p = p.slice(0, p.lastIndexOf('/'))) {
      if (lines[p] !== undefined) return { ...d, line: lines[p] };
    }
    return d;
  });
}
