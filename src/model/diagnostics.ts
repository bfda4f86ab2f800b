/** A finding about a letter or an input file, for a person to read. */
export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  message: string;
  /** JSON pointer into the model (RFC 6901), where the finding is about the model. */
  pointer?: string;
  /** 1-based line (and column) in the input file, where the finding is about the input. */
  line?: number;
  column?: number;
  /** 1-based page of the input, where the input has pages and no lines (a PDF). */
  page?: number;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Escapes one reference token of a JSON pointer (RFC 6901). */
export function pointerToken(token: string | number): string {
  return String(token).replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointer(...tokens: (string | number)[]): string {
  return tokens.map((t) => '/' + pointerToken(t)).join('');
}

/** "error at /metadata/date: …", "letter.txt:12: warning: …" or "letter.pdf: page 3: warning: …" */
export function formatDiagnostic(d: Diagnostic, file?: string): string {
  const where: string[] = [];
  if (file !== undefined) where.push(file);
  if (d.line !== undefined) where.push(d.column !== undefined ? `${d.line}:${d.column}` : String(d.line));
  let head = where.join(':');
  if (d.page !== undefined) head += (head ? ': ' : '') + `page ${d.page}`;
  if (d.pointer !== undefined) head += (head ? ' ' : '') + `at ${d.pointer || '/'}`;
  return `${head ? head + ': ' : ''}${d.severity}: ${d.message}`;
}
