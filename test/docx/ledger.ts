/**
 * The word ledger of a DOCX import: every word of every story part of the package (body,
 * page headers and footers, footnotes, endnotes, text boxes in all their copies) must be in
 * the letter as the text export prints it, or in a diagnostic that names it. Words are
 * counted: a word the parts hold three times must be found three times.
 */
import { exportText } from '../../src/exporters/text';
import type { Diagnostic } from '../../src/model/diagnostics';
import type { Letter } from '../../src/model/types';
import { decodeXml, parseXml, type XmlElement } from '../../src/xml/read';
import { openZip } from '../../src/zip/unzip';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const STORY = /^word\/(?:document|header\d*|footer\d*|footnotes|endnotes)\.xml$/;

/** The words of the text runs (w:t) of each story part, by part. */
export function storyWords(bytes: Uint8Array): Map<string, string[]> {
  const zip = openZip(bytes);
  const out = new Map<string, string[]>();
  for (const name of zip.entries.map((e) => e.name).filter((n) => STORY.test(n)).sort()) {
    const root = parseXml(decodeXml(zip.read(name)!));
    // Runs split words anywhere ("Voedselkwalit" + "eit"): the words are those of the runs joined.
    out.set(name, words(runsJoined(root)));
  }
  return out;
}

/** The text of a part with its paragraphs apart and its runs joined, as Word shows it. */
function runsJoined(root: XmlElement): string {
  let out = '';
  const walk = (el: XmlElement) => {
    for (const c of el.children) {
      if (typeof c === 'string') continue;
      if (c.local === 't' && c.uri === W) out += c.children.filter((x): x is string => typeof x === 'string').join('');
      else if ((c.local === 'tab' || c.local === 'br' || c.local === 'cr') && c.uri === W) out += ' ';
      else {
        walk(c);
        if ((c.local === 'p' || c.local === 'tc') && c.uri === W) out += '\n';
      }
    }
  };
  walk(root);
  return out;
}

/**
 * Words as compared: lower case, letters apart from digits (a mark glued to a word,
 * "gedrag2)", is the word and the note's number), superscript digits as digits (NFKC).
 */
export function words(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{M}]+|\p{Nd}+/gu) ?? [];
}

/** Words of the parts not found in the letter or the diagnostics, with how many are missing. */
export function unaccounted(bytes: Uint8Array, letter: Letter | undefined, diagnostics: Diagnostic[]): Map<string, number> {
  const found = new Map<string, number>();
  const add = (text: string) => {
    for (const w of words(text)) found.set(w, (found.get(w) ?? 0) + 1);
  };
  if (letter) add(exportText(letter));
  for (const d of diagnostics) add(d.message);
  const missing = new Map<string, number>();
  const wanted = new Map<string, number>();
  for (const list of storyWords(bytes).values()) for (const w of list) wanted.set(w, (wanted.get(w) ?? 0) + 1);
  for (const [w, n] of wanted) {
    const have = found.get(w) ?? 0;
    if (have < n) missing.set(w, n - have);
  }
  return missing;
}
