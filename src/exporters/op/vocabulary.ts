/**
 * Names and fixed texts of OP XML (KOOP's "officiële publicaties", op-xsd-2014-05-15) that
 * the exporter writes and the importer reads, in one place. docs/op-xml.md maps them to the
 * model element by element.
 */
export const OP_SCHEMA_LOCATION =
  'http://technische-documentatie.oep.overheid.nl/repository/schemas/op-consolidated/op-consolidated_2014-05-15/xsd/op-xsd-2014-05-15.xsd';
export const XSI_NS = 'http://www.w3.org/2001/XMLSchema-instance';

/** Where a publication's metadata.xml lives; the content XML points to it. */
export const METADATA_RECORD_URL = (identifier: string) => `https://zoek.officielebekendmakingen.nl/${identifier}/metadata.xml`;
/** A link to another official publication ("stb-2020-118") is an `extref soort="document"`. */
export const PUBLICATION_URL = 'https://zoek.officielebekendmakingen.nl/';
export const PUBLICATION_ID = /^[a-z]+(?:-[a-z0-9]+)+$/;

/** The `meta` in the content XML that holds heading facts the printed sentences do not (see sentences.ts). */
export const HEADING_DATA_META = 'kamerbrief.kopgegevens';

export const AANHANGSEL_DOCUMENTTYPE = 'Aanhangsel van de Handelingen';
export const AANHANGSEL_OVERIG = 'Vragen gesteld door de leden der Kamer, met de daarop door de regering gegeven antwoorden';
export const KAMERSTUK_DOCUMENTTYPE = 'Kamerstukken';

/**
 * The `meta` that holds the styles of lists whose labels do not tell them (a one-item list
 * "i." of the ninth letter), as JSON `[[n, style], …]`, n the `lijst` in document order from 0.
 */
export const LIST_STYLES_META = 'kamerbrief.lijststijlen';

/** Inline formatting elements: `nadruk type="cur"` is emphasis, `type="vet"` strong. */
export const EMPHASIS = { element: 'nadruk', type: 'cur' } as const;
export const STRONG = { element: 'nadruk', type: 'vet' } as const;

/** `lijst type`: numbered lists carry their printed labels in `li.nr`; bullets are unmarked. */
export const LIST_TYPE = { numbered: 'expliciet', bullet: 'ongemarkeerd' } as const;

/** Names of the `metadata` records of metadata.xml that the model maps to. */
export const METADATA_NAMES = {
  title: 'DC.title',
  identifier: 'DC.identifier',
  aanhangselNummer: 'OVERHEIDop.aanhangselNummer',
  indiener: 'OVERHEIDop.indiener',
  ontvanger: 'OVERHEIDop.ontvanger',
  vergaderjaar: 'OVERHEIDop.vergaderjaar',
  vraagnummer: 'OVERHEIDop.vraagnummer',
  datumOntvangst: 'OVERHEIDop.datumOntvangst',
  issued: 'DCTERMS.issued',
  available: 'DCTERMS.available',
  creator: 'DC.creator',
  type: 'DC.type',
} as const;
