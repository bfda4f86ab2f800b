/**
 * The inquiry as one printed line, for forms that have no field for it (plain text):
 * "(Kamervragen: kenmerk 2026Z01234; ingezonden 6 mei 2026; gesteld door Jansen (D66),
 * fractie Volt; aan de minister van Financiën)". A title states some of this in prose, but
 * not always all of it, nor unambiguously; this line states each part once, labelled, so
 * that what writes it and what reads it agree.
 */
import { formatDutchDate } from './dates';
import { parseDateValue } from './overrides';
import { normalizeSpace } from './text';
import type { Asker, Inquiry } from './types';

const OPEN = '(Kamervragen: ';
const LINE = /^\(Kamervragen: (.+)\)$/;

function describeAsker(a: Asker): string {
  if (a.name && a.faction) return `${a.name} (${a.faction})`;
  return a.name ?? `fractie ${a.faction}`;
}

/**
 * Why the inquiry cannot be written as a line that reads back the same: a value holding
 * the characters that separate the parts. Undefined when it can.
 */
export function inquiryLineProblem(inquiry: Inquiry): string | undefined {
  const values = [inquiry.reference, inquiry.addressee, ...(inquiry.askers ?? []).flatMap((a) => [a.name, a.faction])];
  if (values.some((v) => v !== undefined && /[;()]/.test(v))) return 'a part holds ";" or a parenthesis';
  if ((inquiry.askers ?? []).some((a) => (a.name !== undefined && (a.name.includes(',') || /^fractie /i.test(a.name))) || a.faction?.includes(','))) {
    return 'an asker\'s name or faction holds a comma, or a name begins with "fractie"';
  }
  if (inquiry.askers?.some((a) => a.name === undefined && a.faction === undefined)) return 'an asker has neither name nor faction';
  return undefined;
}

export function formatInquiryLine(inquiry: Inquiry): string | undefined {
  const parts: string[] = [];
  if (inquiry.reference) parts.push(`kenmerk ${inquiry.reference}`);
  if (inquiry.submitted) parts.push(`ingezonden ${formatDutchDate(inquiry.submitted)}`);
  if (inquiry.askers?.length) parts.push(`gesteld door ${inquiry.askers.map(describeAsker).join(', ')}`);
  if (inquiry.addressee) parts.push(`aan ${inquiry.addressee}`);
  return parts.length > 0 ? `${OPEN}${parts.join('; ')})` : undefined;
}

/** The inquiry of a line formatInquiryLine wrote; undefined for any other text. */
export function parseInquiryLine(text: string): Inquiry | undefined {
  const m = LINE.exec(normalizeSpace(text));
  if (!m) return undefined;
  const inquiry: Inquiry = {};
  for (const part of m[1].split('; ')) {
    const [, key, value] = /^(kenmerk|ingezonden|gesteld door|aan) (.+)$/.exec(part) ?? [];
    if (!key) return undefined;
    if (key === 'kenmerk') inquiry.reference = value;
    else if (key === 'aan') inquiry.addressee = value;
    else if (key === 'ingezonden') {
      const iso = parseDateValue(value);
      if (!iso) return undefined;
      inquiry.submitted = iso;
    } else {
      inquiry.askers = value.split(', ').map((who): Asker => {
        const faction = /^fractie (.+)$/.exec(who);
        if (faction) return { faction: faction[1] };
        const both = /^(.+?) \(([^()]+)\)$/.exec(who);
        return both ? { name: both[1], faction: both[2] } : { name: who };
      });
    }
  }
  // Keys in the model's order, as the other importers build them.
  const ordered: Inquiry = {};
  for (const k of ['reference', 'submitted', 'askers', 'addressee'] as const) if (inquiry[k] !== undefined) (ordered as Record<string, unknown>)[k] = inquiry[k];
  return ordered;
}
