/**
 * An exporter's refusal to write a letter it cannot represent faithfully (a character the
 * embedded font cannot draw). The CLI reports it as the input's error, not as a crash.
 */
export class ExportError extends Error {
  constructor(
    message: string,
    /** JSON pointer of the place in the letter, where one is known. */
    readonly pointer?: string,
    /** The text refused (a character no font draws), so that a shell can find its line in the input. */
    readonly refusedText?: string,
  ) {
    super(message);
  }
}
