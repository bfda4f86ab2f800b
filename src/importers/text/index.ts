/**
 * Plain-text importer: pdftotext output (with or without -layout), OCR, HTML stripped to
 * text. Its front end rebuilds what the text lost: paragraphs from hard-wrapped lines,
 * words from end-of-line hyphenation, pages from form feeds; it drops page furniture
 * that stands on lines of its own, takes footnote texts from the page bottoms, and then
 * hands the blocks to the structure recogniser that the Markdown importer uses too.
 * Every change to the text is a diagnostic with its line.
 *
 * The stages, in the order they run, one file each:
 * lines (source -> lines and pages, with the side column split off: columns), margin-numbers,
 * columns (side-column lines put back where the letterhead reader looks), furniture (footers,
 * page numbers, running heads out), note-marks (lone marks lifted), ocr (OCR confusions and
 * lost marks), footnotes (note texts out of the page feet, with foot-of-page), divided-words,
 * lists (list labels on lines of their own), paragraphs (lines -> source blocks), and then the
 * shared recogniser. navigate and wrapping are helpers the stages share.
 */
import type { Diagnostic } from '../../model/diagnostics';
import type { SourceBlock } from '../recognise/blocks';
import { recognise } from '../recognise/recognise';
import type { ImportResult } from '../result';
import { sideColumnAfterBody, sideSentencesBelowFields, sideValuesFromRunningHeads } from './columns';
import { joinDividedWords } from './divided-words';
import { takeFootnotes } from './footnotes';
import { dropFurniture } from './furniture';
import { readLines } from './lines';
import { joinLoneListLabels, pairStackedListLabels } from './lists';
import { marginNumbers } from './margin-numbers';
import type { TextLine } from './navigate';
import { liftLoneMarks } from './note-marks';
import { ocrConfusions, ocrFootnoteMarks } from './ocr';
import { paragraphs } from './paragraphs';

export type { TextLine } from './navigate';

export const MAX_TEXT_CHARS = 32 * 1024 * 1024;

export interface LineImportOptions {
  /** The caller has already taken page furniture out (skip the furniture stages). */
  furnitureDone?: boolean;
  /** Footnote definitions the caller found itself; the text stages then look for no notes. */
  notes?: SourceBlock[];
}

export function importText(source: string): ImportResult {
  if (source.length > MAX_TEXT_CHARS) {
    return { diagnostics: [{ severity: 'error', message: `the file is too large (${source.length} characters; at most ${MAX_TEXT_CHARS})` }] };
  }
  if (source.trim() === '') return { diagnostics: [{ severity: 'error', line: 1, message: 'the file is empty; expected the text of a letter' }] };
  const diagnostics: Diagnostic[] = [];
  const lines = readLines(source, diagnostics);
  // Counted on what is left after taking the rest out: matching every letter made an array of them.
  const letters = source.replace(/\P{L}+/gu, '').length;
  if (letters < source.replace(/\s+/g, '').length * 0.5) {
    return { diagnostics: [{ severity: 'error', line: 1, message: 'this does not read as text: fewer than half of its characters are letters' }] };
  }
  const result = importTextLines(lines);
  return { ...result, diagnostics: [...diagnostics, ...result.diagnostics].sort(byLine) };
}

/** The text importer's stages from lines on (what importText runs after reading its source). */
export function importTextLines(lines: (TextLine | 'page')[], options: LineImportOptions = {}): ImportResult {
  const diagnostics: Diagnostic[] = [];
  // Margin numbers first: one at the top of a page would otherwise be taken for a page number.
  const columns = sideValuesFromRunningHeads(sideSentencesBelowFields(sideColumnAfterBody(marginNumbers(lines, diagnostics), diagnostics), diagnostics), diagnostics);
  const body = options.furnitureDone ? columns : dropFurniture(columns, diagnostics);
  const repaired = ocrConfusions(options.notes ? body : liftLoneMarks(body, diagnostics), diagnostics);
  const { rest, defs } = options.notes ? { rest: repaired, defs: options.notes } : takeFootnotes(ocrFootnoteMarks(repaired, diagnostics), diagnostics);
  const blocks = [...paragraphs(joinLoneListLabels(pairStackedListLabels(joinDividedWords(rest, diagnostics), diagnostics), diagnostics), diagnostics), ...defs];
  const result = recognise(blocks);
  return { letter: result.letter, diagnostics: [...diagnostics, ...result.diagnostics].sort(byLine), lines: result.lines };
}

function byLine(a: Diagnostic, b: Diagnostic): number {
  return (a.line ?? 0) - (b.line ?? 0);
}
