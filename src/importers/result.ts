import type { Diagnostic } from '../model/diagnostics';
import type { Letter } from '../model/types';

/** What every importer returns: the letter (when one could be read) and what it found. */
export interface ImportResult {
  /** Absent when the input could not be read as a letter at all. */
  letter?: Letter;
  diagnostics: Diagnostic[];
}
