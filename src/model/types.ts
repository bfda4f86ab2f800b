/**
 * The canonical answer-letter model. The types are generated from
 * schemas/answer-letter.schema.json (see types.generated.ts); this module re-exports
 * them with the few unions and aliases the rest of the code needs.
 */
export * from './types.generated';
import type {
  AnswerLetter,
  Answer,
  Block,
  Inline,
  List,
  Question,
} from './types.generated';

export type Letter = AnswerLetter;
export type ListStyle = List['style'];
export type QuestionOrAnswer = Question | Answer;
export type BlockType = Block['type'];
export type InlineType = Inline['type'];
/** Inlines that hold other inlines. */
export type InlineContainer = Extract<Inline, { content: Inline[] }>;

export const SCHEMA_VERSION = '1.0' as const;
export const LIST_STYLES: readonly ListStyle[] = [
  'bullet',
  'decimal',
  'lower-alpha',
  'upper-alpha',
  'lower-roman',
  'upper-roman',
];
