/**
 * What a conversion shows while it runs. On a terminal: one progress bar on standard error,
 * with problems printed above it. Otherwise (a pipe, a log file, CI): plain lines, one per
 * file written on standard output and one per problem on standard error, as scripts expect.
 */

export interface Progress {
  /** An output file written. */
  wrote(input: string, file: string): void;
  /** A line about a problem (a diagnostic, a refusal). */
  note(line: string): void;
  /** One more input done. */
  advance(failed: number): void;
  /** Removes the bar, if there is one, before the summary is printed. */
  stop(): void;
}

export function startProgress(total: number, onTerminal: boolean): Progress {
  if (!onTerminal) {
    return {
      wrote: (input, file) => process.stdout.write(`${input} -> ${file}\n`),
      note: (line) => process.stderr.write(line + '\n'),
      advance: () => undefined,
      stop: () => undefined,
    };
  }
  // Loaded only for a terminal: a single conversion or a script does not pay for it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { MultiBar, Presets } = require('cli-progress') as typeof import('cli-progress');
  const bars = new MultiBar(
    {
      stream: process.stderr,
      format: 'converting {bar} {value}/{total} letters | {failed} failed | {duration_formatted} | ETA {eta_formatted}',
      hideCursor: true,
      etaBuffer: 50,
      fps: 10,
    },
    Presets.shades_classic,
  );
  const bar = bars.create(total, 0, { failed: 0 });
  let done = 0;
  return {
    wrote: () => undefined,
    note: (line) => bars.log(line + '\n'),
    advance: (failed) => bar.update(++done, { failed }),
    stop: () => {
      bars.update(); // prints lines logged since the last redraw, which stop() would drop
      bars.stop();
    },
  };
}
