/** Letter metadata found in the text: the chamber, the inquiry (kenmerk, date, who asked). */
import { parseDutchDate } from '../../model/dates';
import { normalizeSpace } from '../../model/text';
import type { Asker, Inquiry, Letter } from '../../model/types';
import type { SourceBlock } from './blocks';
import type { Structure } from './structure';
import { sourceText } from './source';


export function findChamber(text: string, header: SourceBlock[]): Letter['chamber'] | undefined {
  const all = text + '\n' + header.slice(0, 5).map(sourceText).join('\n');
  const m = /\b(eerste|tweede)\s+kamer\b/i.exec(all);
  return m ? (m[1].toLowerCase() === 'eerste' ? 'eerste-kamer' : 'tweede-kamer') : undefined;
}

export function findInquiry(structure: Structure, text: string): Inquiry | undefined {
  const inquiry: Inquiry = {};
  const all = `${text}\n${structure.title ?? ''}`;
  const submitted = /ingezonden\s+(?:op\s+)?(\d{1,2}\s+\p{L}+\s+\d{4})/iu.exec(all);
  if (submitted) {
    const iso = parseDutchDate(submitted[1]);
    if (iso) inquiry.submitted = iso;
  }
  const tkNumber = /\b(\d{4}Z\d{5})\b/.exec(all);
  const kenmerk = /\bkenmerk\s+([A-Z0-9][\w./-]*\d)/i.exec(all);
  if (tkNumber) inquiry.reference = tkNumber[1];
  else if (kenmerk) inquiry.reference = kenmerk[1];
  const askers = parseAskers(structure.title ?? '') ?? parseAskers(text);
  if (askers) inquiry.askers = askers;
  const to = /\bvragen\b.{0,200}?\baan\s+(de\s+(?:minister|staatssecretaris|minister-president)[^()]*?)\s+over\b/i.exec((structure.title ?? '').slice(0, 500));
  if (to) inquiry.addressee = normalizeSpace(to[1]);
  return Object.keys(inquiry).length > 0 ? inquiry : undefined;
}

/**
 * "Vragen van de leden van de fracties van Volt en PvdD over …" -> factions;
 * "Vragen van het lid Jansen (GroenLinks-PvdA) aan …" -> member with faction;
 * "Kamervragen van de leden Temmink en Van Nispen (beiden SP) …" -> members.
 */
export function parseAskers(text: string): Asker[] | undefined {
  const head = text.slice(0, 500);
  const m = /vragen van (het lid|de leden van de fracties? van|de fracties? van|de leden|de fractie)\s+(.+?)(?:\s+aan\s|\s+over\s|\s*\(ingezonden|\.|$)/i.exec(head);
  if (!m) return undefined;
  const who = m[1].toLowerCase();
  const parts = m[2].split(/,\s*|\s+en\s+/).map((p) => p.trim()).filter(Boolean);
  if (who.includes('fractie')) return parts.map((p) => ({ faction: p.replace(/^(?:de|het)\s+/i, '') }));
  const shared = /\((?:beiden|allen|beide)\s+([^)]+)\)\s*$/i.exec(m[2]);
  return parts.map((p) => {
    const own = /^(.+?)\s*\(([^)]+)\)$/.exec(p);
    if (own && !/^(?:beiden|allen|beide)\s/i.test(own[2])) return { name: own[1], faction: own[2] };
    const name = p.replace(/\s*\((?:beiden|allen|beide)\s+[^)]+\)$/i, '');
    return shared ? { name, faction: shared[1] } : { name };
  });
}

