/**
 * The letter inside its PDF: a kamerbrief PDF (PDF/A-3a) carries the letter's canonical JSON
 * and its Akoma Ntoso as associated files, so the archived PDF keeps its machine-readable
 * letter for as long as the file is kept. This module names what is written, for the
 * exporter that writes it and for an importer that reads it back:
 *
 * - each file is an embedded file stream (`/Type /EmbeddedFile`) with `/Subtype` its MIME
 *   type (as a PDF name, "/" written `#2F`), `/Params` with `/Size`, `/CheckSum` (MD5),
 *   `/CreationDate` and `/ModDate` (the letter's date: the bytes do not vary between runs);
 * - its file specification (`/Type /Filespec`) has `/F` and `/UF` the file name below,
 *   `/Desc` a description, `/AFRelationship` the relation below, `/EF << /F stream >>`;
 * - each file specification is listed in the catalog's `/AF` array (PDF/A-3 associated
 *   files, in the order of `LETTER_FILES`) and in the `/Names /EmbeddedFiles` name tree
 *   under its file name, where PDF viewers show attachments.
 *
 * To read the letter back: take the catalog's `/AF`, find the file specification whose `/UF`
 * is `LETTER_JSON.name` (or whose `/AFRelationship` is `/Source` and whose stream's
 * `/Subtype` is `application/json`), decode its `/EF /F` stream, and validate it as a letter
 * (schemas/); where it is missing or invalid, fall back to the structure tree.
 */

export interface EmbeddedLetterFile {
  /** File name: /F and /UF of the file specification, the key in the EmbeddedFiles name tree. */
  name: string;
  /** MIME type: /Subtype of the embedded file stream. */
  mimeType: string;
  /** PDF/A-3 /AFRelationship of the file to the document. */
  relationship: 'Source' | 'Alternative' | 'Data' | 'Supplement' | 'Unspecified';
  /** /Desc of the file specification. */
  description: string;
}

/** The canonical JSON of the letter (schemas/letter.schema.json): the source the PDF was made from. */
export const LETTER_JSON: EmbeddedLetterFile = {
  name: 'letter.json',
  mimeType: 'application/json',
  relationship: 'Source',
  description: 'De brief als kamerbrief-JSON (canoniek model), waaruit deze PDF is gemaakt',
};

/** The letter in Akoma Ntoso 3.0: the same letter in the archival XML format. */
export const LETTER_AKN: EmbeddedLetterFile = {
  name: 'letter.akn.xml',
  mimeType: 'application/akn+xml',
  relationship: 'Alternative',
  description: 'De brief in Akoma Ntoso 3.0 (OASIS LegalDocML)',
};

/** Every file a kamerbrief PDF embeds, in the order of the catalog's /AF. */
export const LETTER_FILES: readonly EmbeddedLetterFile[] = [LETTER_JSON, LETTER_AKN];
