/**
 * Names shared by the Akoma Ntoso exporter and importer: namespaces, the names of the
 * letterhead containers, the eIds of people and roles in `<references>`, FRBR URIs.
 */
import type { Letter } from '../model/types';
import type { FormattingType } from '../model/text';

export const AKN_NS = 'http://docs.oasis-open.org/legaldocml/ns/akn/3.0';
/** kamerbrief's own namespace for model data that has no AKN element (in `<proprietary>`). */
export const KB_NS = 'urn:kamerbrief:akn:1';

/** Elements whose content is text (mixed content): never indented. */
export const INLINE_CONTAINERS: ReadonlySet<string> = new Set([
  'p', 'num', 'heading', 'subheading', 'docTitle', 'docNumber', 'docDate', 'docAuthority', 'signature',
  'inline', 'i', 'b', 'u', 'sup', 'sub', 'a', 'ref', 'span', 'person', 'role', 'organization',
]);

/** The model's formatting nodes and AKN's elements for them, both ways. */
export const AKN_ELEMENT_OF_FORMATTING: Readonly<Record<FormattingType, string>> = { emphasis: 'i', strong: 'b', superscript: 'sup', subscript: 'sub' };
export const FORMATTING_OF_AKN_ELEMENT: Readonly<Partial<Record<string, FormattingType>>> = Object.fromEntries(
  (Object.entries(AKN_ELEMENT_OF_FORMATTING) as [FormattingType, string][]).map(([type, element]) => [element, type]),
);

/** `<container name>` of each part of the letterhead. */
export const LETTERHEAD_CONTAINERS = {
  sender: 'afzender',
  returnAddress: 'retouradres',
  recipient: 'geadresseerde',
  fields: 'kenmerken',
} as const;

/** The class of the `<docTitle>` that holds the subject ("Betreft"). */
export const SUBJECT_CLASS = 'betreft';

export function signatoryIds(i: number): { person: string; role: string } {
  return { person: `ondertekenaar${i + 1}`, role: `rolOndertekenaar${i + 1}` };
}

export function askerIds(i: number): { person: string; faction: string } {
  return { person: `vragensteller${i + 1}`, faction: `fractieVragensteller${i + 1}` };
}

/** Lower-case ASCII words joined by dots, for ontology hrefs ("Van der Lee" -> "van.der.lee"). */
export function slug(text: string): string {
  const ascii = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  return ascii.replace(/[^a-z0-9]+/g, '.').replace(/^\.+|\.+$/g, '') || 'x';
}

const CHAMBER_ACTOR: Record<NonNullable<Letter['chamber']>, string> = { 'eerste-kamer': 'ek', 'tweede-kamer': 'tk' };

/**
 * FRBR URIs after the AKN naming convention, /akn/<country>/<type>/<subtype>/<actor>/<date>/<number>:
 * subtype antwoordbrief or uitstelbericht (antwoorden for a stand-alone Q&A publication),
 * actor the chamber the letter goes to ("ek", "tk", as in officielebekendmakingen
 * identifiers such as ah-tk-…), number the letter's own reference ("Onze referentie").
 * Parts the letter does not give are left out.
 */
export function frbrUris(letter: Letter, type: 'doc' | 'debate'): { work: string; expression: string; subtype: string; number?: string } {
  const subtype = type === 'debate' ? 'antwoorden' : letter.kind === 'postponement-notice' ? 'uitstelbericht' : 'antwoordbrief';
  const number = letter.metadata.reference?.replace(/[^A-Za-z0-9._-]+/g, '-');
  const parts = ['', 'akn', 'nl', type, subtype];
  if (letter.chamber) parts.push(CHAMBER_ACTOR[letter.chamber]);
  parts.push(letter.metadata.date);
  if (number) parts.push(number);
  const work = parts.join('/');
  return { work, expression: `${work}/nld@`, subtype, number };
}
