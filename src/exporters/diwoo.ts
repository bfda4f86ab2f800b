/**
 * DiWoo exporter: the Woo metadata record of a letter (DiWoo 0.9.8, `diwoo:Document`), as the
 * Woo-index and the archive take it, valid against diwoo-metadata.xsd. The choices, field by
 * field, are in docs/op-xml.md ("DiWoo"); in short:
 *
 * - publisher, verantwoordelijke and opsteller: the ministry the first signatory's role (or
 *   else the sender organisation of the letterhead) names, with its TOOI identifier;
 * - officieleTitel: the subject ("Betreft"), else the title of the questions;
 * - informatiecategorie "bij vertegenwoordigende organen ingekomen stukken" (a letter the
 *   government sends to the Staten-Generaal); documentsoort "Kamerbrief" for a letter with
 *   a cover letter, "Kamervraag met antwoord" for questions and answers alone;
 * - one documenthandeling: the signing by the ministry at the letter's date, or, for a
 *   publication without a cover letter, its receipt by the chamber. The model knows the day
 *   only; the time is written as midnight, as xs:dateTime needs one.
 */
import { ExportError } from './errors';
import { create } from 'xmlbuilder2';
import type { XMLBuilder } from 'xmlbuilder2/lib/interfaces';
import { pointer, type Diagnostic } from '../model/diagnostics';
import type { ExportFiles } from '../formats';
import type { Letter } from '../model/types';
import { CHAMBERS, ministryOf, ministryOnBehalfOf, type Ministry } from '../vocab/ministries';
import { derivedPublicationTitle } from './op';
import { newline, serialize } from './op/blocks';

export const DIWOO_NS = 'https://standaarden.overheid.nl/diwoo/metadata/';

const TOOI_KERN = 'https://identifier.overheid.nl/tooi/def/thes/kern/';
/** Values of the DiWoo value lists (diwoo-metadata-lijsten.xsd) this exporter uses. */
export const DIWOO_VALUES = {
  informatiecategorie: { uri: `${TOOI_KERN}c_8c840238`, label: 'bij vertegenwoordigende organen ingekomen stukken' },
  kamerbrief: { uri: `${TOOI_KERN}c_49599e6c`, label: 'Kamerbrief' },
  kamervraagMetAntwoord: { uri: `${TOOI_KERN}c_6d494ab6`, label: 'Kamervraag met antwoord' },
  ondertekening: { uri: `${TOOI_KERN}c_e1ec050e`, label: 'ondertekening' },
  ontvangst: { uri: `${TOOI_KERN}c_dfcee535`, label: 'ontvangst' },
  nederlands: { uri: 'http://publications.europa.eu/resource/authority/language/NLD', label: 'Nederlands' },
} as const;

/** The letter names no ministry in the TOOI list, and DiWoo needs one as publisher. */
export class DiwooExportError extends ExportError {}

/** The responsible ministry: from the first signatory whose role names one, else the sender. */
export function responsibleMinistry(letter: Letter): Ministry | undefined {
  return ministryNamed(letter)?.ministry;
}

/**
 * The responsible ministry and the JSON pointer of the text that names it. A minister
 * without portfolio ("Minister voor Rechtsbescherming, mede namens de Minister van Justitie
 * en Veiligheid") names no ministry of its own: then the ministry signed for is taken, last
 * (`onBehalf`), and said.
 */
function ministryNamed(letter: Letter): { ministry: Ministry; pointer: string; onBehalf?: true } | undefined {
  const signatories = (letter.signatories ?? []).map((s, k) => ({ role: s.role ?? '', at: pointer('signatories', k, 'role') }));
  for (const s of signatories) {
    const found = ministryOf(s.role);
    if (found) return { ministry: found, pointer: s.at };
  }
  const organisation = letter.letterhead?.sender?.organisation;
  const found = organisation ? ministryOf(organisation) : undefined;
  if (found) return { ministry: found, pointer: pointer('letterhead', 'sender', 'organisation') };
  for (const s of signatories) {
    const behalf = ministryOnBehalfOf(s.role);
    if (behalf) return { ministry: behalf, pointer: s.at, onBehalf: true };
  }
  return undefined;
}

/**
 * The DiWoo record, and what it says of the letter's ministry: a letter of a ministry since
 * renamed or merged names its successor (the value lists hold today's ministries only).
 */
export function exportDiwooFiles(letter: Letter): ExportFiles {
  const named = ministryNamed(letter);
  const data = diwooRecord(letter, named?.ministry);
  const { ministry, pointer: at, onBehalf } = named!;
  const diagnostics: Diagnostic[] = [];
  if (onBehalf) {
    diagnostics.push({
      severity: 'warning',
      pointer: at,
      message: `DiWoo: the signatory's role names no ministry of its own (a minister without portfolio); the ministerie van ${ministry.name}, which it signs for ("mede namens"), is named as publisher`,
    });
  }
  if (ministry.formerName) {
    diagnostics.push({
      severity: 'info',
      pointer: at,
      message: `DiWoo: the letter's ministry of ${ministry.formerName} is now the ministerie van ${ministry.name} (TOOI), named as publisher and responsible; the author (opsteller) is left out, as the value list has no ministry of ${ministry.formerName}`,
    });
  }
  return { data, companions: [], diagnostics };
}

export function exportDiwoo(letter: Letter): string {
  return diwooRecord(letter, responsibleMinistry(letter));
}

/** The DiWoo record of a letter whose responsible ministry is found; refused without one. */
function diwooRecord(letter: Letter, ministry: Ministry | undefined): string {
  if (!ministry) {
    const roles = (letter.signatories ?? []).map((s) => s.role).filter(Boolean);
    throw new DiwooExportError(
      `DiWoo needs the responsible ministry as publisher, and ${roles.length > 0 ? `no signatory role (${roles.map((r) => `"${r}"`).join(', ')})` : 'no signatory role'} or sender organisation names a ministry of the TOOI list; expected e.g. "De Minister van Justitie en Veiligheid"`,
      pointer('signatories'),
    );
  }
  const doc = create({ version: '1.0', encoding: 'UTF-8' });
  const root = doc.ele(DIWOO_NS, 'diwoo:Document');
  newline(root);
  const diwoo = root.ele(DIWOO_NS, 'diwoo:DiWoo');
  const add = (parent: XMLBuilder, name: string, text: string, resource?: string): XMLBuilder => {
    newline(parent);
    const el = parent.ele(DIWOO_NS, `diwoo:${name}`, resource ? { resource } : {});
    el.txt(text);
    return el;
  };
  const group = (parent: XMLBuilder, name: string): XMLBuilder => {
    newline(parent);
    return parent.ele(DIWOO_NS, `diwoo:${name}`);
  };
  const close = (el: XMLBuilder) => newline(el);

  if (letter.metadata.reference) {
    const ids = group(diwoo, 'identifiers');
    add(ids, 'identifier', letter.metadata.reference);
    close(ids);
  }
  const organisation = `ministerie van ${ministry.name}`;
  add(diwoo, 'publisher', organisation, ministry.uri);
  add(diwoo, 'verantwoordelijke', organisation, ministry.uri);
  // The author is the ministry of the letter's time: one the value list no longer has is left out.
  if (!ministry.formerName) add(diwoo, 'opsteller', organisation, ministry.uri);
  const titles = group(diwoo, 'titelcollectie');
  const officialTitle = letter.metadata.subject ?? letter.questionsAndAnswers?.title ?? derivedPublicationTitle(letter);
  add(titles, 'officieleTitel', officialTitle);
  close(titles);
  const title = letter.questionsAndAnswers?.title;
  if (title && title !== officialTitle) {
    const descriptions = group(diwoo, 'omschrijvingen');
    add(descriptions, 'omschrijving', title);
    close(descriptions);
  }
  const classes = group(diwoo, 'classificatiecollectie');
  const categories = group(classes, 'informatiecategorieen');
  add(categories, 'informatiecategorie', DIWOO_VALUES.informatiecategorie.label, DIWOO_VALUES.informatiecategorie.uri);
  close(categories);
  const kinds = group(classes, 'documentsoorten');
  const kind = letter.coverLetter ? DIWOO_VALUES.kamerbrief : DIWOO_VALUES.kamervraagMetAntwoord;
  add(kinds, 'documentsoort', kind.label, kind.uri);
  close(kinds);
  close(classes);
  add(diwoo, 'creatiedatum', letter.metadata.date);
  add(diwoo, 'language', DIWOO_VALUES.nederlands.label, DIWOO_VALUES.nederlands.uri);
  const acts = group(diwoo, 'documenthandelingen');
  const act = group(acts, 'documenthandeling');
  const received = !letter.coverLetter && letter.chamber ? CHAMBERS[letter.chamber] : undefined;
  const handling = received ? DIWOO_VALUES.ontvangst : DIWOO_VALUES.ondertekening;
  add(act, 'soortHandeling', handling.label, handling.uri);
  add(act, 'atTime', `${letter.metadata.date}T00:00:00`);
  add(act, 'wasAssociatedWith', received?.name ?? organisation, received?.uri ?? ministry.uri);
  close(act);
  close(acts);
  close(diwoo);
  close(root);
  return serialize(doc);
}
