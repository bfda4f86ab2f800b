#!/usr/bin/env node
/**
 * The kamerbrief command line: the only place that touches files, arguments and the
 * terminal. Exit codes: 0 fine, 1 an input had errors, 2 usage error.
 */
import * as path from 'node:path';
import { Command, CommanderError } from 'commander';
import { InputError } from './io';
import { UsageError } from './load';
import { OUTPUT_FORMATS } from '../formats';
import { runConvert, type ConvertOptions } from './convert';
import { runInspect } from './inspect';
import { runValidate } from './validate';

export const EXIT_OK = 0;
export const EXIT_INPUT_ERRORS = 1;
export const EXIT_USAGE = 2;

function buildProgram(): Command {
  const program = new Command('kamerbrief')
    .description('Convert Dutch government answer letters between formats through one canonical model.')
    .version(require('../../package.json').version)
    .showHelpAfterError('(run kamerbrief --help for usage)')
    .exitOverride();
  program.configureOutput({ writeErr: (s) => process.stderr.write(s) });

  program
    .command('convert')
    .description('convert letters to other formats (written as <out>/<stem>.<ext>)')
    .argument('<input...>', 'letter files (.md, .txt, .json, .akn.xml, .op.xml, .xml, .docx, .pdf; - for standard input) or directories (walked; outputs mirror their tree)')
    .requiredOption('-t, --to <formats>', `output formats, comma-separated: ${OUTPUT_FORMATS.join(', ')}; or all`)
    .option('--from <format>', 'input format, when the file name does not tell')
    .option('-o, --out <dir>', 'output directory (default: the current directory; - for standard output)')
    .option('-f, --force', 'replace output files that already exist')
    .option('-v, --verbose', 'also print informational diagnostics (each running head dropped, each join)')
    .option('--template <name|path>', 'house style for docx and pdf (a name in templates/ or a file)')
    .option('--op-form <form>', 'op: write an Aanhangsel publication (aanhangsel, the default) or a Kamerstuk in letter form (kamerstuk)')
    .option('-j, --jobs <n>', 'worker threads for many inputs (default: one per core)')
    .option('--report <file>', 'write a JSON report: per input its outputs, status and diagnostics')
    .option('--ocr <mode>', 'scanned PDF pages: auto (OCR pages without text, with tesseract), never, always')
    .option(
      '-M, --metadata <key=value>',
      'set metadata the input lacks or states wrongly, repeatable: date (2024-07-25 or 25 juli 2024), reference, subject, chamber (eerste-kamer, tweede-kamer), kind (answer-letter, postponement-notice)',
      (pair: string, pairs: string[]) => [...pairs, pair],
      [] as string[],
    )
    .action(async (inputs: string[], opts: ConvertOptions) => {
      process.exitCode = await runConvert(inputs, opts);
    });

  program
    .command('validate')
    .description('check letters against the schema and the semantic rules; exit 1 on errors')
    .argument('<input...>', 'letter files (any input format; .akn.xml and .diwoo.xml are also checked against their XSD, .pdf against PDF/UA; - for standard input with --from)')
    .option('--from <format>', 'input format, when the file name does not tell')
    .option('-q, --quiet', 'print only problems, not the "valid" lines')
    .action(async (inputs: string[], opts: { from?: string; quiet?: boolean }) => {
      process.exitCode = await runValidate(inputs, opts);
    });

  program
    .command('inspect')
    .description('summarise a letter: metadata, questions and answers, diagnostics')
    .argument('<input>', 'letter file (or - for standard input with --from)')
    .option('--from <format>', 'input format, when the file name does not tell')
    .option('--json', 'print the summary as one JSON object (a stable contract for scripts)')
    .option('--ocr <mode>', 'scanned PDF pages: auto (OCR pages without text, with tesseract), never, always')
    .action(async (input: string, opts: { from?: string; json?: boolean; ocr?: string }) => {
      process.exitCode = await runInspect(input, opts);
    });

  program
    .command('serve')
    .description('serve the web page and the JSON API (loopback only unless --host is given)')
    .option('-p, --port <n>', 'port to listen on (0: any free port)', '8080')
    .option('--host <host>', 'address to bind; another than loopback serves other machines', '127.0.0.1')
    .option('-j, --jobs <n>', 'worker threads for conversions (default: one per core)')
    .option('--queue <n>', 'conversions that may wait for a worker; more get 503 (default: 16 per worker)')
    .option('--timeout <seconds>', 'time a conversion may take (default: 30)')
    .action(async (opts: { port: string; host: string; jobs?: string; queue?: string; timeout?: string }) => {
      // Loaded only here: the other commands do not pay for the server's code.
      process.exitCode = await (require('../server/serve') as typeof import('../server/serve')).runServe(opts);
    });
  return program;
}

export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return typeof process.exitCode === 'number' ? process.exitCode : EXIT_OK;
  } catch (err) {
    if (err instanceof CommanderError) {
      // Help and version end with exit code 0; every other commander error is usage.
      return err.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (err instanceof UsageError) {
      process.stderr.write(`kamerbrief: ${err.message}\n`);
      return EXIT_USAGE;
    }
    if (err instanceof InputError) {
      process.stderr.write(`kamerbrief: ${err.message}\n`);
      return EXIT_INPUT_ERRORS;
    }
    // Never a stack trace for the user; KAMERBRIEF_DEBUG=1 shows it to a developer.
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`kamerbrief: internal error: ${message}\n`);
    if (process.env.KAMERBRIEF_DEBUG) process.stderr.write(`${(err as Error).stack}\n`);
    return EXIT_INPUT_ERRORS;
  }
}

/**
 * KAMERBRIEF_DEBUG_MODULES=1 lists, at exit, every module the run loaded (relative to the
 * package), so a test can check that a conversion loads only the code of its formats.
 */
function listLoadedModules(): void {
  const root = path.resolve(__dirname, '..', '..');
  for (const id of Object.keys(require.cache)) process.stderr.write(`module: ${path.relative(root, id)}\n`);
}

if (require.main === module) {
  if (process.env.KAMERBRIEF_DEBUG_MODULES) process.on('exit', listLoadedModules);
  // `kamerbrief inspect x | head` closes the pipe early; that is not an error.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  void main(process.argv).then((code) => {
    process.exitCode = code;
  });
}
