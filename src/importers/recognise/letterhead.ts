/**
 * The letterhead of page 1: return address, recipient block and the side column with
 * Datum, Onze referentie, Betreft and the sender's units and addresses. Works on plain
 * lines, so the Markdown and text front ends share it.
 */
import { parseDutchDate } from '../../model/dates';
import type { Diagnostic } from '../../model/diagnostics';
import { normalizeSpace } from '../../model/text';
import type { LabelledField, Letterhead, Sender } from '../../model/types';
import { SIDE_COLUMN_LABELS } from './patterns';

export interface LetterheadResult {
  letterhead: Letterhead;
  date?: string;
  /** The date as printed, so that running heads repeating it can be recognised. */
  printedDate?: string;
  reference?: string;
  subject?: string;
  /** Lines that were understood as the sender column (for recognising running heads). */
  senderLines: string[];
  /** Lines not understood; the caller keeps them as content. */
  leftover: { text: string; line: number }[];
  diagnostics: Diagnostic[];
}

export interface SourceLine {
  text: string;
  line: number;
  /** Index of the paragraph the line belongs to (lines of one paragraph stay together). */
  group: number;
  strong?: boolean;
}

export const POSTCODE = /^\d{4}\s?[A-Z]{2}\s+\S/;
export const POSTBUS = /^(?:postbus|antwoordnummer)\s+\d+/i;
export const STREET = /^[A-Z][A-Za-zÀ-ÿ'.\- ]{1,40}\s\d{1,4}[a-zA-Z]?(?:[-\s]\d{1,4})?$/;
export const WEBSITE = /^(?:www\.|https?:\/\/)\S+$/i;
export const UNIT = /^(?:directoraat-generaal|directie|bureau|afdeling|dienst|inspectie|programma|cluster|sector|team|staf|kabinet|agentschap|de minister|de staatssecretaris)\b/i;
export const MINISTRY = /^ministerie van\b/i;
const RECIPIENT = /^(?:aan\s+)?(?:de\s+)?(?:voorzitter|minister|staatssecretaris|leden)\b/i;
/** A postcode line with the place name in capitals: the addressee's, by the postal convention. */
const RECIPIENT_POSTCODE = /^\d{4}\s?[A-Z]{2}\s+[^a-z]+$/;
const RETURN_ADDRESS = /^>?\s*retouradres\s*:?\s*(.*)$/i;

function sideLabel(text: string): { field: string; value?: string } | undefined {
  for (const { label, field } of SIDE_COLUMN_LABELS) {
    if (label.test(text)) return { field };
  }
  // "Datum 18 juni 2026", "Betreft Antwoorden …", "Onze referentie 7562802"
  const m = /^(datum|betreft|onderwerp|onze referentie|ons kenmerk|uw referentie|uw kenmerk|contactpersoon|bijlage\(n\)|bijlagen?|[TFE])\s+(\S.*)$/.exec(text) ??
    /^(datum|betreft|onderwerp|onze referentie|ons kenmerk|uw referentie|uw kenmerk|contactpersoon|bijlage\(n\)|bijlagen?)\s+(\S.*)$/i.exec(text);
  if (m) {
    const entry = SIDE_COLUMN_LABELS.find((e) => e.label.test(m[1]));
    if (entry) return { field: entry.field, value: m[2] };
  }
  return undefined;
}

export function labelName(text: string): string {
  // Up to a space or the end, not \b: "Bijlage(n)" ends in a parenthesis.
  const m = /^(datum|betreft|onderwerp|onze referentie|ons kenmerk|uw referentie|uw kenmerk|contactpersoon|bijlage\(n\)|bijlagen?)(?=\s|$)/i.exec(text) ?? /^([TFE])\s/.exec(text);
  return m ? m[1] : text;
}

/**
 * Text that reads a two-column letterhead line by line across the page (pdftotext without
 * -layout) interleaves the recipient block with the side column: "Aan de Voorzitter …",
 * "Directoraat-Generaal …", "der Staten-Generaal", "Turfmarkt 147", "Postbus 20017",
 * "2511 DP Den Haag", "2500 EA DEN HAAG", … Each address starts (street or Postbus) before
 * its postcode line, in the same order, so postcodes are paired with the earliest open
 * address start. The recipient's address is the one whose place name is in capitals (the
 * postal convention for the addressee; the sender's is the return address); lines in lower
 * case go on the recipient's name ("der Staten-Generaal"). Lines come back reordered: the
 * recipient as one group, then the rest with each address start right above its postcode.
 * Left as they are when the addresses are not interleaved or cannot be paired this way.
 */
function untangleColumns(lines: SourceLine[], diagnostics: Diagnostic[]): SourceLine[] {
  const isStart = (t: string) => POSTBUS.test(t) || STREET.test(t);
  const interleaved = lines.some((l, i) => isStart(l.text) && !POSTCODE.test(lines[i + 1]?.text ?? ''));
  const recipientAt = lines.findIndex((l) => RECIPIENT.test(l.text));
  if (!interleaved || recipientAt < 0) return lines;
  const open: number[] = [];
  const pairs: [number, number][] = [];
  // A side-column label read across the page beside the addresses ("Onze referentie", then
  // "Postbus 20017", then "DGE/26123"): its value is the next line that is no address line.
  const valueOf = new Map<number, number>();
  let waiting: number | undefined;
  for (let i = recipientAt + 1; i < lines.length; i++) {
    const text = lines[i].text;
    const label = sideLabel(text);
    if (label && label.value === undefined && waiting === undefined && !pairs.some(([, code]) => RECIPIENT_POSTCODE.test(lines[code].text))) {
      waiting = i;
      continue;
    }
    if (label) break; // the fields (Datum, Betreft, …) end the address part
    if (waiting !== undefined && !isStart(text) && !POSTCODE.test(text) && !/^\p{Ll}/u.test(text)) {
      valueOf.set(waiting, i);
      waiting = undefined;
      continue;
    }
    if (isStart(text)) open.push(i);
    else if (POSTCODE.test(text)) {
      const start = open.shift();
      if (start === undefined) return lines;
      pairs.push([start, i]);
    }
  }
  const capitals = (i: number) => RECIPIENT_POSTCODE.test(lines[i].text);
  const recipientPairs = pairs.filter(([, code]) => capitals(code));
  // Two addresses interleaved, or the recipient's alone with a side-column field read into it.
  if (open.length > 0 || waiting !== undefined || recipientPairs.length !== 1 || (pairs.length < 2 && valueOf.size === 0)) return lines;
  const [start, code] = recipientPairs[0];
  const recipientNames = [recipientAt];
  for (let i = recipientAt + 1; i < start; i++) if (/^\p{Ll}/u.test(lines[i].text)) recipientNames.push(i);
  const recipient = [...recipientNames, start, code];
  const group = lines[recipientAt].group;
  const out: SourceLine[] = lines.slice(0, recipientAt);
  out.push(...recipient.map((i) => ({ ...lines[i], group })));
  const placed = new Set(recipient);
  for (let i = recipientAt + 1; i < lines.length; i++) {
    if (placed.has(i)) continue;
    const pair = pairs.find(([s]) => s === i);
    const value = valueOf.get(i);
    if (pair) {
      out.push(lines[pair[0]], { ...lines[pair[1]], group: lines[pair[0]].group });
      placed.add(pair[1]);
    } else if (value !== undefined) {
      out.push(lines[i], { ...lines[value], group: lines[i].group });
      placed.add(value);
    } else out.push(lines[i]);
  }
  diagnostics.push({
    severity: 'info',
    line: lines[recipientAt].line,
    message: `letterhead columns read across the page taken apart: recipient "${recipient.map((i) => lines[i].text).join(' / ')}"${pairs
      .filter((p) => p !== recipientPairs[0])
      .map(([s, c], k) => `${k ? ',' : ';'} "${lines[s].text} / ${lines[c].text}"${k === pairs.length - 2 ? ' of the sender' : ''}`)
      .join('')}${[...valueOf].map(([l, v]) => `; "${lines[v].text}" under "${lines[l].text}"`).join('')}`,
  });
  return out;
}

/** A side-column value on a line of its own: short, no label, no sentence, no address or unit. */
function isBareValue(text: string): boolean {
  return (
    text !== '' &&
    text.split(' ').length <= 3 &&
    !sideLabel(text) &&
    !/[.?!:;]$/.test(text) &&
    ![POSTCODE, POSTBUS, STREET, WEBSITE, UNIT, MINISTRY, RECIPIENT, RETURN_ADDRESS].some((re) => re.test(text))
  );
}

/** Reads the letterhead from the lines before the body. */
export function parseLetterhead(source: SourceLine[]): LetterheadResult {
  const result: LetterheadResult = { letterhead: {}, senderLines: [], leftover: [], diagnostics: [] };
  const lines = untangleColumns(source, result.diagnostics);
  const sender: Sender = {};
  const fields: LabelledField[] = [];
  const recipient: string[] = [];
  let i = 0;
  const next = () => lines[i + 1];
  while (i < lines.length) {
    const { text, line, group } = lines[i];
    const ret = RETURN_ADDRESS.exec(text);
    if (ret) {
      if (ret[1]) result.letterhead.returnAddress = normalizeSpace(ret[1]);
      i++;
      continue;
    }
    if (RECIPIENT.test(text) && recipient.length === 0) {
      // The recipient block: this line and the rest of its paragraph, up to the postcode line.
      while (i < lines.length && lines[i].group === group) {
        recipient.push(lines[i].text);
        if (POSTCODE.test(lines[i++].text)) break;
      }
      // OCR may set the address apart from the name by a blank line: an address right under
      // the name whose place name is in capitals is the addressee's.
      const start = lines[i]?.text ?? '';
      if (!recipient.some((t) => POSTCODE.test(t)) && (POSTBUS.test(start) || STREET.test(start)) && RECIPIENT_POSTCODE.test(lines[i + 1]?.text ?? '')) {
        recipient.push(start, lines[i + 1].text);
        result.diagnostics.push({ severity: 'info', line: lines[i].line, message: `"${start} / ${lines[i + 1].text}" below the recipient's name read as its address (place name in capitals)` });
        i += 2;
      }
      continue;
    }
    // "Datum 18 juni 2026 Betreft …" on one line (converters join the side column).
    const joined = /^(datum\s+\d{1,2}\s+\p{L}+\s+\d{4})\s+((?:betreft|onderwerp)\s.*)$/iu.exec(text);
    if (joined) {
      lines.splice(i, 1, { ...lines[i], text: joined[1] }, { ...lines[i], text: joined[2] });
      continue;
    }
    const label = sideLabel(text);
    if (label) {
      const name = labelName(text);
      let value = label.value;
      if (value === undefined && next() && !sideLabel(next().text)) {
        value = next().text;
        i++;
      } else if (value === undefined && next() && sideLabel(next().text)?.value !== undefined && isBareValue(lines[i + 2]?.text ?? '')) {
        // Read across the page, a row of the side column can fall between a label and its
        // value: "Bijlage", "Datum 2 april 2026", "1". The value goes back under its label.
        const [moved] = lines.splice(i + 2, 1);
        value = moved.text;
        result.diagnostics.push({ severity: 'info', line: moved.line, message: `"${moved.text}" put back under "${text}" (line ${line}): the field "${next().text}" stood between them` });
      }
      i++;
      if (label.field === 'subject') {
        // Betreft continues over the following lines of its paragraph.
        while (i < lines.length && lines[i].group === group && !sideLabel(lines[i].text)) {
          value = `${value ?? ''} ${lines[i++].text}`;
        }
      }
      if (value === undefined) {
        result.leftover.push({ text, line });
        continue;
      }
      value = normalizeSpace(value);
      const standard = { date: 'datum', reference: 'onze referentie', subject: 'betreft', other: name.toLowerCase() }[label.field];
      if (name.toLowerCase() !== standard) result.diagnostics.push({ severity: 'info', line, message: `"${name}" read as the ${label.field} ("${standard}")` });
      if (label.field === 'date') {
        const iso = parseDutchDate(value) ?? (/^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined);
        if (iso) {
          result.date ??= iso;
          result.printedDate ??= value;
        } else {
          result.diagnostics.push({ severity: 'warning', line, message: `"Datum ${value}" is not a date kamerbrief can read` });
          fields.push({ label: name, value });
        }
      } else if (label.field === 'reference') {
        // A reference field left blank in the template ("-") names no reference.
        if (/[\p{L}\d]/u.test(value)) result.reference ??= value;
        else result.diagnostics.push({ severity: 'info', line, message: `"${name}" has no reference, only "${value}"` });
      } else if (label.field === 'subject') {
        result.subject ??= value;
      } else {
        fields.push({ label: name, value });
      }
      continue;
    }
    if (MINISTRY.test(text) && !sender.organisation) {
      sender.organisation = text;
      result.senderLines.push(text);
      i++;
      continue;
    }
    if (POSTBUS.test(text)) {
      const address = [text];
      if (next() && POSTCODE.test(next().text)) address.push(lines[++i].text);
      if (!sender.postalAddress) sender.postalAddress = address;
      else result.leftover.push({ text: address.join(' '), line });
      result.senderLines.push(...address);
      i++;
      continue;
    }
    if (STREET.test(text) && next() && POSTCODE.test(next().text)) {
      const address = [text, lines[++i].text];
      if (!sender.visitingAddress) sender.visitingAddress = address;
      else result.leftover.push({ text: address.join(' '), line });
      result.senderLines.push(...address);
      i++;
      continue;
    }
    if (WEBSITE.test(text)) {
      sender.website ??= text;
      result.senderLines.push(text);
      i++;
      continue;
    }
    if (UNIT.test(text) || (lines[i].strong && !sender.visitingAddress && !sender.postalAddress)) {
      // A bold unit name may run over two lines ("Directoraat-Generaal" / "Migratie").
      let unit = text;
      while (lines[i].strong && next() && next().strong && next().group === group) unit += ' ' + lines[++i].text;
      (sender.units ??= []).push(normalizeSpace(unit));
      result.senderLines.push(normalizeSpace(unit));
      i++;
      continue;
    }
    if (sender.units && !sender.visitingAddress && !sender.postalAddress && group === lines[i - 1]?.group && text.split(' ').length <= 6) {
      // Further unit lines directly under a unit, in the same paragraph.
      sender.units.push(text);
      result.senderLines.push(text);
      i++;
      continue;
    }
    result.leftover.push({ text, line });
    i++;
  }
  if (recipient.length) result.letterhead.recipient = recipient;
  if (Object.keys(sender).length) result.letterhead.sender = sender;
  if (fields.length) result.letterhead.fields = fields;
  return result;
}

/**
 * Two readings of one letterhead (the lines above the text and a side column the source keeps
 * apart) as one: the first one's values stand, the second fills in what it lacks.
 */
export function mergeLetterheads(a: LetterheadResult, b: LetterheadResult): LetterheadResult {
  const letterhead: Letterhead = { ...b.letterhead, ...a.letterhead };
  if (a.letterhead.sender && b.letterhead.sender) letterhead.sender = { ...b.letterhead.sender, ...a.letterhead.sender };
  const fields = [...(a.letterhead.fields ?? []), ...(b.letterhead.fields ?? [])];
  if (fields.length) letterhead.fields = fields;
  const out: LetterheadResult = {
    letterhead,
    senderLines: [...a.senderLines, ...b.senderLines],
    leftover: [...a.leftover, ...b.leftover],
    diagnostics: [...a.diagnostics, ...b.diagnostics],
  };
  const date = a.date ?? b.date;
  if (date) {
    out.date = date;
    const printed = a.date ? a.printedDate : b.printedDate;
    if (printed) out.printedDate = printed;
  }
  const reference = a.reference ?? b.reference;
  if (reference) out.reference = reference;
  const subject = a.subject ?? b.subject;
  if (subject) out.subject = subject;
  return out;
}
