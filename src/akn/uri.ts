/**
 * URIs in Akoma Ntoso attributes (xs:anyURI): characters a URI may not hold (a space,
 * brackets, "^", quotes, "<", ">", "|", "\", "{", "}", "`", controls) are percent-encoded, so
 * the XML validates whatever a damaged source left in a link target or website
 * ("https://www.rijksoverheid.nl[^/vro"). A "%" already in the URI stays: it is an encoding.
 * Read back, such a target keeps its encoded form.
 */
const NOT_IN_URI = /[\u0000-\u0020"<>[\\\]^`{|}\u007f]/g;

export function uriForAttribute(uri: string): string {
  return uri.replace(NOT_IN_URI, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
