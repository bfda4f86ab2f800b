/** `kamerbrief inspect`: a summary of one letter, for people or (with --json) scripts. */
import { formatDutchDate } from '../model/dates';
import { formatDiagnostic, hasErrors } from '../model/diagnostics';
import { summarize, type LetterSummary } from '../model/summary';
import { loadLetter, ocrProgress, parseOcrMode } from './load';

export async function runInspect(input: string, opts: { from?: string; json?: boolean; ocr?: string }): Promise<number> {
  const loaded = await loadLetter(input, opts.from, undefined, {}, { ocr: parseOcrMode(opts.ocr), onOcrPage: ocrProgress(input) });
  if (!loaded.letter) {
    for (const d of loaded.diagnostics) process.stderr.write(formatDiagnostic(d, input) + '\n');
    return 1;
  }
  const summary = summarize(loaded.letter, loaded.diagnostics);
  process.stdout.write(opts.json ? JSON.stringify(summary, null, 2) + '\n' : describe(summary, input));
  return hasErrors(loaded.diagnostics) ? 1 : 0;
}

function describe(s: LetterSummary, file: string): string {
  const lines: string[] = [];
  const add = (label: string, value: string | undefined) => {
    if (value) lines.push(`${label.padEnd(17)}${value}`);
  };
  add('Soort', s.kind === 'answer-letter' ? 'antwoordbrief' : 'uitstelbericht');
  add('Kamer', s.metadata.chamber === 'eerste-kamer' ? 'Eerste Kamer' : s.metadata.chamber === 'tweede-kamer' ? 'Tweede Kamer' : undefined);
  // A letter whose date was not found is still shown, its error below says what is missing.
  add('Datum', s.metadata.date ? `${formatDutchDate(s.metadata.date)} (${s.metadata.date})` : '(none found)');
  add('Onze referentie', s.metadata.reference);
  add('Betreft', s.metadata.subject);
  if (s.inquiry) {
    const parts = [
      s.inquiry.reference && `kenmerk ${s.inquiry.reference}`,
      s.inquiry.submitted && `ingezonden ${formatDutchDate(s.inquiry.submitted)}`,
      s.inquiry.askers && `door ${s.inquiry.askers.map(describeAsker).join(', ')}`,
    ].filter(Boolean);
    add('Kamervragen', parts.join(', '));
  }
  for (const sig of s.signatories) add('Ondertekend', [sig.role, sig.name].filter(Boolean).join(', '));
  add('Titel', s.title);
  lines.push(`${'Vragen'.padEnd(17)}${s.questions.length}: ${s.questions.join(', ') || '-'}`);
  const combined = s.answers.filter((a) => a.length > 1).map((a) => a.join('+'));
  lines.push(`${'Antwoorden'.padEnd(17)}${s.answers.length}${combined.length ? ` (samen: ${combined.join(', ')})` : ''}`);
  lines.push(`${'Onderdelen'.padEnd(17)}${s.sections.length}`);
  for (const heading of s.sections) lines.push(`  - ${heading ?? '(zonder kop)'}`);
  lines.push(`${'Voetnoten'.padEnd(17)}${s.footnotes}`);
  const infos = s.diagnostics.filter((d) => d.severity === 'info').length;
  const problems = s.diagnostics.filter((d) => d.severity !== 'info');
  if (problems.length === 0) lines.push('No problems found.');
  for (const d of problems) lines.push(formatDiagnostic(d, file));
  if (infos > 0) lines.push(`(${infos} notes on what the importer changed; see them with --json)`);
  return lines.join('\n') + '\n';
}

function describeAsker(a: { name?: string; faction?: string }): string {
  if (a.name && a.faction) return `${a.name} (${a.faction})`;
  return a.name ?? `fractie ${a.faction}`;
}
