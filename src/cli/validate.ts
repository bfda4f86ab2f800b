/** `kamerbrief validate`: schema and semantic checks of one or more letters. */
import { formatDiagnostic, hasErrors } from '../model/diagnostics';
import { loadOrReport } from './load';

export function runValidate(inputs: string[], opts: { from?: string; quiet?: boolean }): number {
  let failed = false;
  for (const file of inputs) {
    const loaded = loadOrReport(file, opts.from);
    if (!loaded) {
      failed = true;
      continue;
    }
    const { diagnostics } = loaded;
    for (const d of diagnostics) process.stdout.write(formatDiagnostic(d, file) + '\n');
    const errors = diagnostics.filter((d) => d.severity === 'error').length;
    const warnings = diagnostics.filter((d) => d.severity === 'warning').length;
    if (hasErrors(diagnostics) || !loaded.letter) {
      failed = true;
      process.stdout.write(`${file}: invalid (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'})\n`);
    } else if (!opts.quiet) {
      process.stdout.write(`${file}: valid${warnings ? ` (${warnings} warning${warnings === 1 ? '' : 's'})` : ''}\n`);
    }
  }
  return failed ? 1 : 0;
}
