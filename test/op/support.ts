/** Helpers for the OP XML and DiWoo tests: the reference folder and element trees to compare. */
import { requireReference } from '../support/reference';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { normalizeSpace } from '../../src/model/text';
import { isElement, parseXml, type XmlElement } from '../../src/xml/read';

/** A file of ../shared/reference/<sub>, or a clear failure saying the folder is missing. */
export function referenceFile(sub: string, file: string): string {
  return fs.readFileSync(path.join(requireReference(sub), file), 'utf8');
}

/** An element as compared: name, attributes, and children with text whitespace-normalised. */
export interface Tree {
  name: string;
  attrs: Record<string, string>;
  children: (Tree | string)[];
}

/**
 * The element tree of an XML document: the same elements in the same order, the same
 * attributes, and text equal after whitespace normalisation (text that is only white space
 * between elements is layout and left out).
 */
export function elementTree(xml: string): Tree {
  const walk = (el: XmlElement): Tree => ({
    name: el.name,
    attrs: el.attrs,
    children: el.children
      .map((c) => (isElement(c) ? walk(c) : normalizeSpace(c)))
      .filter((c) => c !== ''),
  });
  return walk(parseXml(xml));
}
