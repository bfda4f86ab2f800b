/**
 * Semantic checks beyond the schema (DESIGN.md §1). Errors make a letter unusable for
 * publication (a reference that points nowhere, a number used twice); warnings are
 * things real letters do (a question left unanswered) that a clerk should confirm.
 */
import { pointer, type Diagnostic } from './diagnostics';
import { inlineNormalFormProblem } from './text';
import type { Inline, Letter } from './types';
import { allInlineSequences, sectionItems } from './walk';

export function checkSemantics(letter: Letter): Diagnostic[] {
  return [
    ...checkQuestionsAndAnswers(letter),
    ...checkFootnotes(letter),
    ...checkInlineNormalForm(letter),
    ...checkDates(letter),
  ];
}

function checkQuestionsAndAnswers(letter: Letter): Diagnostic[] {
  const out: Diagnostic[] = [];
  const questions = new Map<string, string>(); // number -> pointer of its question
  const answeredAt = new Map<string, string>(); // number -> pointer of its first answer
  for (const { item, at } of sectionItems(letter)) {
    if (item.type !== 'question') continue;
    item.numbers.forEach((n, k) => {
      const first = questions.get(n);
      if (first !== undefined) {
        out.push({
          severity: 'error',
          pointer: `${at}/numbers/${k}`,
          message: `question ${n} appears twice (first at ${first}); question numbers must be unique`,
        });
      } else {
        questions.set(n, at);
      }
    });
  }
  for (const { item, at } of sectionItems(letter)) {
    if (item.type !== 'answer') continue;
    item.questions.forEach((n, k) => {
      if (!questions.has(n)) {
        out.push({
          severity: 'error',
          pointer: `${at}/questions/${k}`,
          message: `the answer covers question ${n}, but the letter has no question ${n}`,
        });
        return;
      }
      const earlier = answeredAt.get(n);
      if (earlier !== undefined) {
        out.push({
          severity: 'warning',
          pointer: `${at}/questions/${k}`,
          message: `question ${n} is answered more than once (also at ${earlier})`,
        });
      } else {
        answeredAt.set(n, at);
      }
    });
  }
  // A postponement notice ("Mededeling") prints the questions it answers later, or elsewhere.
  for (const [n, at] of letter.kind === 'postponement-notice' ? [] : questions) {
    if (!answeredAt.has(n)) {
      out.push({ severity: 'warning', pointer: at, message: `question ${n} has no answer` });
    }
  }
  if (letter.kind === 'answer-letter' && !letter.questionsAndAnswers) {
    out.push({ severity: 'warning', pointer: '', message: 'the answer letter holds no questions and answers' });
  }
  return out;
}

function checkFootnotes(letter: Letter): Diagnostic[] {
  const out: Diagnostic[] = [];
  const ids = new Map<string, number>();
  (letter.footnotes ?? []).forEach((fn, i) => {
    if (ids.has(fn.id)) {
      out.push({
        severity: 'error',
        pointer: pointer('footnotes', i, 'id'),
        message: `footnote id "${fn.id}" is used twice`,
      });
    } else {
      ids.set(fn.id, i);
    }
  });
  const referenced = new Set<string>();
  for (const { inlines, at } of allInlineSequences(letter)) {
    inlines.forEach((node: Inline, i) => {
      if (node.type !== 'footnoteRef') return;
      referenced.add(node.footnote);
      if (!ids.has(node.footnote)) {
        out.push({
          severity: 'error',
          pointer: `${at}/${i}/footnote`,
          message: `reference to footnote "${node.footnote}", but the letter has no such footnote`,
        });
      }
    });
  }
  for (const [id, i] of ids) {
    if (!referenced.has(id)) {
      out.push({
        severity: 'warning',
        pointer: pointer('footnotes', i),
        message: `footnote ${letter.footnotes![i].label} ("${id}") is never referenced from the text`,
      });
    }
  }
  return out;
}

function checkInlineNormalForm(letter: Letter): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const { inlines, at, isBlock } of allInlineSequences(letter)) {
    const problem = inlineNormalFormProblem(inlines, isBlock);
    if (problem) out.push({ severity: 'error', pointer: at, message: `text not normalised: ${problem}` });
  }
  return out;
}

function checkDates(letter: Letter): Diagnostic[] {
  const submitted = letter.inquiry?.submitted;
  if (submitted && submitted > letter.metadata.date) {
    return [
      {
        severity: 'warning',
        pointer: pointer('inquiry', 'submitted'),
        message: `the questions were submitted (${submitted}) after the letter's date (${letter.metadata.date})`,
      },
    ];
  }
  return [];
}
