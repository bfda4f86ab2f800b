/**
 * What a house style's field placements print for a letter, independent of the output
 * format: each placement becomes zero or more lines with an optional label. Used by the
 * PDF exporter (and usable by any paged format).
 */
import { formatDutchDate } from '../model/dates';
import type { Letter } from '../model/types';
import { LETTER_FIELDS, type FieldPlacement, type HouseStyle, type LetterField } from './types';

export interface PlacedLine {
  /** The label printed with this line ("Datum"), on the first line of a field only. */
  label?: string;
  labelPlacement: 'above' | 'inline';
  text: string;
  bold: boolean;
  /** Space above, mm (first line of a field only). */
  spaceBefore: number;
  field: LetterField;
  /** For letterhead.fields: which field of the list. */
  index?: number;
}

/** Labels for fields a house style places nowhere, when they are added to page 1 after all. */
export const DEFAULT_FIELD_LABELS: Partial<Record<LetterField, string>> = {
  'metadata.date': 'Datum',
  'metadata.reference': 'Onze referentie',
  'metadata.subject': 'Betreft',
};

/** The printed lines of one placement. */
export function placedLines(letter: Letter, placement: FieldPlacement): PlacedLine[] {
  const sender = letter.letterhead?.sender;
  const labelPlacement = placement.labelPlacement ?? 'above';
  const bold = placement.bold ?? false;
  const lines = (values: readonly string[] | undefined, label?: string): PlacedLine[] =>
    (values ?? []).map((text, i) => ({
      ...(i === 0 && label ? { label } : {}),
      labelPlacement,
      text,
      bold,
      spaceBefore: i === 0 ? placement.spaceBefore ?? 0 : 0,
      field: placement.field,
    }));
  const one = (value: string | undefined) => (value === undefined ? undefined : [value]);
  switch (placement.field) {
    case 'sender.organisation':
      return lines(one(sender?.organisation), placement.label);
    case 'sender.units':
      return lines(sender?.units, placement.label);
    case 'sender.visitingAddress':
      return lines(sender?.visitingAddress, placement.label);
    case 'sender.postalAddress':
      return lines(sender?.postalAddress, placement.label);
    case 'sender.website':
      return lines(one(sender?.website), placement.label);
    case 'letterhead.fields':
      return (letter.letterhead?.fields ?? []).map((f, i) => ({
        label: f.label,
        labelPlacement,
        text: f.value,
        bold,
        spaceBefore: i === 0 ? placement.spaceBefore ?? 0 : 0,
        field: placement.field,
        index: i,
      }));
    case 'metadata.date':
      return lines([formatDutchDate(letter.metadata.date)], placement.label);
    case 'metadata.reference':
      return lines(one(letter.metadata.reference), placement.label);
    case 'metadata.subject':
      return lines(one(letter.metadata.subject), placement.label);
  }
}

/**
 * The placements of page 1's text block: the house style's own, then every field it places
 * nowhere on page 1 (so that no model field is lost to a sparse template).
 */
export function firstPageTextFields(style: HouseStyle): FieldPlacement[] {
  const placed = new Set<LetterField>([...(style.sideColumn?.fields ?? []), ...style.metaBlock].map((f) => f.field));
  const missing = LETTER_FIELDS.filter((f) => !placed.has(f)).map(
    (field): FieldPlacement => ({ field, label: DEFAULT_FIELD_LABELS[field], labelPlacement: 'inline' }),
  );
  return [...style.metaBlock, ...missing];
}
