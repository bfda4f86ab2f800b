/**
 * A house style: the page layout shared by the DOCX and PDF exporters (page size and
 * margins, fonts, the letterhead column, running heads, page numbers). Defined by
 * `schemas/house-style.schema.json`; the files live in `templates/`.
 *
 * PLACEHOLDER until the DOCX issue lands its full definition.
 */
export interface HouseStyle {
  name: string;
  [key: string]: unknown;
}
