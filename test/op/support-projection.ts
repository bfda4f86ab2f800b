/** What OP XML carries of a letter, for comparing round trips (see docs/op-xml.md). */
import type { OpForm } from '../../src/exporters/op';
import type { Block, Footnote, Letter } from '../../src/model/types';
import { referencedIds as referenced } from '../support/arbitrary';

/**
 * The letter as OP XML carries it: no letterhead and no "Onze referentie" in either form, no
 * cover letter in an Aanhangsel of answers (a postponement notice keeps its text); footnotes are those the carried text references, in order of
 * their first reference (a footnote is written where it is first referenced).
 */
export function opCarried(letter: Letter, form: OpForm = 'aanhangsel'): Letter {
  const { letterhead: _letterhead, coverLetter, footnotes, metadata, ...rest } = structuredClone(letter);
  const { reference: _reference, ...carriedMetadata } = metadata;
  const out: Letter = { ...rest, metadata: carriedMetadata };
  // An Aanhangsel prints the text of a Mededeling, not the cover letter of an answer.
  const keepCover = (form === 'kamerstuk' || letter.kind === 'postponement-notice') && coverLetter;
  if (keepCover) out.coverLetter = coverLetter;
  const ids = referenced([keepCover ? coverLetter : [], letter.questionsAndAnswers] as (Block[] | unknown)[]);
  const byId = new Map((footnotes ?? []).map((f): [string, Footnote] => [f.id, f]));
  const kept = ids.map((id) => byId.get(id)).filter((f): f is Footnote => f !== undefined);
  if (kept.length > 0) out.footnotes = kept;
  return out;
}
