/**
 * PDF/A-3a together with PDF/UA-1 for kamerbrief's PDFs. pdfkit writes one subset: with
 * `PDF/A-3a` it adds the pdfaid identifier to the XMP and the sRGB output intent (its own ICC
 * profile); this module adds the PDF/UA identifier beside it, with the XMP extension schema
 * PDF/A asks for a property outside its predefined schemas, and embeds the letter's files
 * (./embedded.ts). Every font is embedded (./fonts.ts), nothing is encrypted, no JavaScript.
 */
import type PDFDocument from 'pdfkit';
import { exportAkn } from '../akn';
import { exportJson } from '../json';
import type { Letter } from '../../model/types';
import { LETTER_AKN, LETTER_JSON, type EmbeddedLetterFile } from './embedded';

type Doc = InstanceType<typeof PDFDocument>;

/** pdfkit's subset name; @types/pdfkit lists it. */
export const PDF_A_SUBSET: NonNullable<PDFKit.PDFDocumentOptions['subset']> = 'PDF/A-3a';

/** The pdfuaid identifier and the extension schema that declares it to a PDF/A reader. */
const PDF_UA_XMP = `
        <rdf:Description rdf:about="" xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">
            <pdfuaid:part>1</pdfuaid:part>
        </rdf:Description>
        <rdf:Description rdf:about="" xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/" xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#" xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
            <pdfaExtension:schemas>
                <rdf:Bag>
                    <rdf:li rdf:parseType="Resource">
                        <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
                        <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
                        <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
                        <pdfaSchema:property>
                            <rdf:Seq>
                                <rdf:li rdf:parseType="Resource">
                                    <pdfaProperty:name>part</pdfaProperty:name>
                                    <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
                                    <pdfaProperty:category>internal</pdfaProperty:category>
                                    <pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>
                                </rdf:li>
                            </rdf:Seq>
                        </pdfaSchema:property>
                    </rdf:li>
                </rdf:Bag>
            </pdfaExtension:schemas>
        </rdf:Description>
        `;

interface SubsetInternals {
  endSubset(this: SubsetInternals): void;
  appendXML(xml: string): void;
}

/** Makes the PDF/A-3a document declare PDF/UA-1 as well. Call once, right after creating it. */
export function declarePdfUa(doc: Doc): void {
  const internals = doc as unknown as SubsetInternals;
  const endSubset = internals.endSubset;
  if (typeof endSubset !== 'function') throw new Error('pdfkit has no endSubset: the PDF/UA identifier workaround needs updating');
  internals.endSubset = function endBothSubsets(this: SubsetInternals) {
    endSubset.call(this);
    this.appendXML(PDF_UA_XMP);
  };
}

/** Embeds the letter's canonical JSON (Source) and Akoma Ntoso (Alternative) as associated files. */
export function embedLetter(doc: Doc, letter: Letter, date: Date): void {
  const embed = (file: EmbeddedLetterFile, text: string) => {
    // pdfkit writes /AFRelationship from `relationship`; @types/pdfkit does not list it.
    const options: PDFKit.Mixins.PDFAttachmentOptions & { relationship: string } = {
      name: file.name,
      type: file.mimeType,
      description: file.description,
      relationship: file.relationship,
      creationDate: date,
      modifiedDate: date,
    };
    doc.file(Buffer.from(text, 'utf8'), options);
  };
  embed(LETTER_JSON, exportJson(letter));
  embed(LETTER_AKN, exportAkn(letter));
}
