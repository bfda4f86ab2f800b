/**
 * The ministries of the TOOI register (rwc_ministeries_compleet, version 4 of 2024-07-10) with
 * their identifiers, for DiWoo's organisation fields and OP XML's `organisatie` element.
 *
 * Derived by hand from /work/shared/reference/diwoo/diwoo-metadata-lijsten.xsd (simpleType
 * `ministerielijst`: identifier and label of each ministry that exists today; mnre1040,
 * mnre0170 and mnre0180 are ministries that ended and are left out). Abbreviations come from
 * the `afkorting` of tooi-rwc_ministeries_compleet_1.json where that older list has the same
 * ministry under the same name; ministries it does not have (or names differently) have none.
 */

export interface Ministry {
  /** Name after "ministerie van", as a signatory's role prints it ("Sociale Zaken en Werkgelegenheid"). */
  name: string;
  /** TOOI identifier, e.g. https://identifier.overheid.nl/tooi/id/ministerie/mnre1073. */
  uri: string;
  /** Abbreviation as OP XML prints it in `organisatie afkorting` ("SZW"), where known. */
  abbreviation?: string;
  /**
   * The name the letter printed, where that is a ministry since renamed or merged into this
   * one (FORMER_MINISTRIES): "Verkeer en Waterstaat" for Infrastructuur en Waterstaat.
   */
  formerName?: string;
}

const TOOI_MINISTRY = 'https://identifier.overheid.nl/tooi/id/ministerie/';

const ministry = (code: string, name: string, abbreviation?: string): Ministry =>
  abbreviation ? { name, uri: TOOI_MINISTRY + code, abbreviation } : { name, uri: TOOI_MINISTRY + code };

export const MINISTRIES: readonly Ministry[] = [
  ministry('mnre1010', 'Algemene Zaken', 'AZ'),
  ministry('mnre1162', 'Asiel en Migratie'),
  ministry('mnre1034', 'Binnenlandse Zaken en Koninkrijksrelaties', 'BZK'),
  ministry('mnre1013', 'Buitenlandse Zaken', 'BZ'),
  ministry('mnre1018', 'Defensie', 'Def'),
  ministry('mnre1045', 'Economische Zaken'),
  ministry('mnre1058', 'Justitie en Veiligheid', 'JenV'),
  ministry('mnre1090', 'Financiën', 'Fin'),
  ministry('mnre1130', 'Infrastructuur en Waterstaat', 'IenW'),
  ministry('mnre1182', 'Klimaat en Groene Groei'),
  ministry('mnre1150', 'Landbouw, Natuur en Voedselkwaliteit', 'LNV'),
  ministry('mnre1153', 'Landbouw, Visserij, Voedselzekerheid en Natuur'),
  ministry('mnre1109', 'Onderwijs, Cultuur en Wetenschap', 'OCW'),
  ministry('mnre1073', 'Sociale Zaken en Werkgelegenheid', 'SZW'),
  ministry('mnre1025', 'Volksgezondheid, Welzijn en Sport', 'VWS'),
  ministry('mnre1171', 'Volkshuisvesting en Ruimtelijke Ordening'),
];

/**
 * Ministries that ended or were renamed, as letters of their time print them, with the one
 * that carries them on according to the TOOI register's succession
 * (/work/shared/reference/diwoo/tooi-rwc_ministeries_compleet_1.json: a historic version's
 * `specializationOf`, or the ministry a merger `generated`). The DiWoo value lists hold only
 * today's ministries, so a record of an older letter names its successor.
 */
const FORMER_MINISTRIES: readonly { name: string; successor: string }[] = [
  { name: 'Justitie', successor: 'Justitie en Veiligheid' }, // hv_04793043, until 2010-12-01
  { name: 'Veiligheid en Justitie', successor: 'Justitie en Veiligheid' }, // hv_04795600, until 2018
  { name: 'Verkeer en Waterstaat', successor: 'Infrastructuur en Waterstaat' }, // mnre0170, merged 2010-10-14 (wzg_00926444)
  { name: 'Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer', successor: 'Infrastructuur en Waterstaat' }, // mnre0180, the same merger
  { name: 'Infrastructuur en Milieu', successor: 'Infrastructuur en Waterstaat' }, // hv_06784634, until 2018
  { name: 'Economische Zaken, Landbouw en Innovatie', successor: 'Economische Zaken' }, // hv_17252319, until 2013
  { name: 'Economische Zaken en Klimaat', successor: 'Economische Zaken' }, // mnre1045 under its 2017–2024 name
];

/** The ministry with exactly this name (case-insensitive), as after "Minister van". */
export function ministryByName(name: string): Ministry | undefined {
  const wanted = name.trim().toLowerCase();
  return MINISTRIES.find((m) => m.name.toLowerCase() === wanted);
}

/** Every name a ministry is printed under, longest first (so "Justitie en Veiligheid" before "Justitie"). */
const NAMES: readonly { name: string; ministry: Ministry }[] = [
  ...MINISTRIES.map((m) => ({ name: m.name, ministry: m })),
  ...FORMER_MINISTRIES.map((f) => ({ name: f.name, ministry: { ...ministryByName(f.successor)!, formerName: f.name } })),
].sort((a, b) => b.name.length - a.name.length);

/**
 * The ministry a signatory's role or an organisation line names: "De Minister van Asiel en
 * Migratie", "Staatssecretaris van Financiën", "Ministerie van Justitie en Veiligheid", also
 * when more follows ("minister van Buitenlandse Zaken mede namens …") and under a former name
 * (`formerName`). The Minister-President heads Algemene Zaken.
 */
export function ministryOf(text: string): Ministry | undefined {
  // What follows "(mede) namens" is another member of the government: the role is before it.
  return ministryNamedIn(text.replace(NAMENS, '').trim());
}

/**
 * The ministry of the member of the government a role signs for ("… mede namens de Minister
 * van Justitie en Veiligheid"), or undefined when it names none.
 */
export function ministryOnBehalfOf(text: string): Ministry | undefined {
  const m = NAMENS.exec(text);
  return m ? ministryNamedIn(m[0].replace(/^,?\s*(?:mede\s+)?namens\s*/i, '')) : undefined;
}

const NAMENS = /,?\s*(?:mede\s+)?namens\b.*$/is;

function ministryNamedIn(own: string): Ministry | undefined {
  if (/\bminister-president\b/i.test(own)) return ministryByName('Algemene Zaken');
  const m = /\b(?:minister|staatssecretaris|ministerie)\s+van\s+(.+)$/i.exec(own);
  if (!m) return undefined;
  // OCR divides words in names too ("Verkeer en Water-staat").
  const named = m[1].replace(/(\p{Ll})-(\p{Ll})/gu, '$1$2').toLowerCase();
  return NAMES.find(({ name }) => named.startsWith(name.toLowerCase()) && !/\p{L}/u.test(named.charAt(name.length)))?.ministry;
}

/** Organisations of the TOOI register "overige overheidsorganisaties" that letters are sent to. */
export const CHAMBERS = {
  'eerste-kamer': { name: 'Eerste Kamer', uri: 'https://identifier.overheid.nl/tooi/id/oorg/oorg10001' },
  'tweede-kamer': { name: 'Tweede Kamer', uri: 'https://identifier.overheid.nl/tooi/id/oorg/oorg10002' },
} as const;
