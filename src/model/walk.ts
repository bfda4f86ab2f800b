/**
 * Visits every block and inline sequence of a letter with its JSON pointer, so that
 * checks and exporters need not know where in the letter blocks can stand.
 */
import { pointer } from './diagnostics';
import type { Block, Inline, Letter, Question, Answer } from './types';

export interface InlineVisit {
  inlines: Inline[];
  /** Pointer of the array holding the inlines. */
  at: string;
  /** True for the content of a paragraph or table cell (not a nested container). */
  isBlock: boolean;
}

/** Every block array of the letter with its pointer: cover letter, Q&A bodies, footnotes. */
export function* blockArrays(letter: Letter): Generator<{ blocks: Block[]; at: string }> {
  if (letter.coverLetter) yield { blocks: letter.coverLetter, at: pointer('coverLetter') };
  for (const { item, at } of sectionItems(letter)) yield { blocks: item.body, at: at + '/body' };
  for (const [i, fn] of (letter.footnotes ?? []).entries()) {
    yield { blocks: fn.content, at: pointer('footnotes', i, 'content') };
  }
}

export function* sectionItems(
  letter: Letter,
): Generator<{ item: Question | Answer; at: string; section: number }> {
  const sections = letter.questionsAndAnswers?.sections ?? [];
  for (const [s, section] of sections.entries()) {
    for (const [i, item] of section.items.entries()) {
      yield { item, at: pointer('questionsAndAnswers', 'sections', s, 'items', i), section: s };
    }
  }
}

/** Every inline sequence in the blocks, depth first, in document order. */
export function* inlineSequences(blocks: Block[], at: string): Generator<InlineVisit> {
  for (const [i, block] of blocks.entries()) {
    const here = `${at}/${i}`;
    switch (block.type) {
      case 'paragraph':
        yield* nested(block.content, `${here}/content`, true);
        break;
      case 'list':
        for (const [j, item] of block.items.entries()) {
          yield* inlineSequences(item.content, `${here}/items/${j}/content`);
        }
        break;
      case 'blockquote':
        yield* inlineSequences(block.content, `${here}/content`);
        break;
      case 'table':
        for (const [r, row] of block.rows.entries()) {
          for (const [c, cell] of row.cells.entries()) {
            yield* nested(cell.content, `${here}/rows/${r}/cells/${c}/content`, true);
          }
        }
        break;
    }
  }
}

function* nested(inlines: Inline[], at: string, isBlock: boolean): Generator<InlineVisit> {
  yield { inlines, at, isBlock };
  for (const [i, node] of inlines.entries()) {
    if ('content' in node) yield* nested(node.content, `${at}/${i}/content`, false);
  }
}

/** Every inline sequence of the whole letter. */
export function* allInlineSequences(letter: Letter): Generator<InlineVisit> {
  for (const { blocks, at } of blockArrays(letter)) yield* inlineSequences(blocks, at);
}
