/**
 * The neutral block stream that front ends (Markdown, plain text) hand to the structure
 * recogniser. Nothing here knows Markdown or text syntax: a front end has already turned
 * its syntax into model inlines and blocks, and keeps the source lines for evidence.
 */
import type { Block, Inline, List, Table } from '../../model/types';

interface Located {
  /** 1-based line in the input where the block starts. */
  line: number;
}

export interface ParagraphBlock extends Located {
  kind: 'paragraph';
  /**
   * The content split at the source's line breaks, each line normalised. Letterhead
   * columns and labels ("Vraag 1" on the line above its text) are found line by line.
   */
  lines: Inline[][];
  /** True when every line is in emphasis (italic), as questions often are. */
  allEmphasis?: boolean;
  /** True when every line is bold. */
  allStrong?: boolean;
}

export interface HeadingBlock extends Located {
  kind: 'heading';
  level: number;
  content: Inline[];
}

export interface ListBlock extends Located {
  kind: 'list';
  list: List;
}

export interface QuoteBlock extends Located {
  kind: 'blockquote';
  content: Block[];
}

export interface TableBlock extends Located {
  kind: 'table';
  table: Table;
}

/** A footnote definition: GFM "[^1]: …", or a page-bottom "¹ …" the recogniser found. */
export interface FootnoteDefBlock extends Located {
  kind: 'footnoteDef';
  label: string;
  /**
   * The key footnoteRef nodes of the front end hold for it, where that is not the label (two
   * notes may print the same label: a Word footnote "1" and a note typed as "[1]").
   */
  key?: string;
  content: Block[];
  /**
   * How the mark looks in the running text: "[^1]" (gfm, the default), plain digits
   * after a word or punctuation ("gevraagd.2", as pdftotext leaves superscripts), or
   * superscript digits ("verordening.¹") under a note numbered "1".
   */
  mark?: 'gfm' | 'plain' | 'superscript';
}

/** A page or section break the source marks explicitly (form feed, thematic break). */
export interface BreakBlock extends Located {
  kind: 'break';
  /** A thematic break ("* * *") in authored Markdown separates sections without a heading. */
  thematic?: boolean;
}

export type SourceBlock = ParagraphBlock | HeadingBlock | ListBlock | QuoteBlock | TableBlock | FootnoteDefBlock | BreakBlock;

/** Metadata a front end found outside the block stream (YAML front matter). */
export type { Inline };
