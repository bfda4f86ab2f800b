/**
 * A bound on decompression before any PDF library sees the file. A small PDF can hold a
 * stream that inflates a thousandfold (an "inflation bomb"); the PDF libraries inflate a
 * whole stream into memory before anything can refuse it. Here every Flate stream that is
 * not an image (images are not inflated to read text) is inflated in chunks that are
 * counted and dropped, and the file is refused as soon as the total passes the bound.
 */
import { Decompress } from 'fflate';

/** What the non-image streams of a letter may inflate to, in all. */
export const MAX_INFLATED_BYTES = 64 * 1024 * 1024;

const latin1 = new TextDecoder('latin1');

class TooLarge extends Error {}

/** A reason to refuse the file, or undefined when its streams stay within the bound. */
export function checkInflation(bytes: Uint8Array, limit = MAX_INFLATED_BYTES): string | undefined {
  let total = 0;
  let from = 0;
  for (;;) {
    const at = indexOf(bytes, STREAM, from);
    if (at < 0) return undefined;
    if (at >= 3 && latin1.decode(bytes.subarray(at - 3, at)) === 'end') {
      from = at + STREAM.length; // "endstream" itself
      continue;
    }
    let start = at + STREAM.length;
    if (bytes[start] === 0x0d) start++;
    if (bytes[start] === 0x0a) start++;
    const end = indexOf(bytes, ENDSTREAM, start);
    const stop = end < 0 ? bytes.length : end;
    from = stop + ENDSTREAM.length;
    const dict = latin1.decode(bytes.subarray(Math.max(0, at - 2048), at));
    const head = dict.slice(dict.lastIndexOf('obj') + 1);
    if (!/FlateDecode|\/Fl\b/.test(head) || /\/Subtype\s*\/Image/.test(head)) continue;
    // Decompress takes zlib (as the PDF format says) and raw deflate (which readers accept too).
    const inflater = new Decompress((chunk) => {
      total += chunk.length;
      if (total > limit) throw new TooLarge();
    });
    try {
      // Pushed in slices so that a bomb is stopped within a slice's output, not a stream's.
      for (let p = start; p < stop; p += 16 * 1024) inflater.push(bytes.subarray(p, Math.min(stop, p + 16 * 1024)), p + 16 * 1024 >= stop);
    } catch (err) {
      if (err instanceof TooLarge) {
        return `the PDF's compressed streams inflate to more than ${Math.round(limit / 1024 / 1024)} MB; a letter needs far less (an inflation bomb?)`;
      }
      // A damaged stream is the PDF reader's to report.
    }
  }
}

const STREAM = new TextEncoder().encode('stream');
const ENDSTREAM = new TextEncoder().encode('endstream');

function indexOf(haystack: Uint8Array, needle: Uint8Array, from: number): number {
  const first = needle[0];
  for (let i = haystack.indexOf(first, from); i >= 0 && i <= haystack.length - needle.length; i = haystack.indexOf(first, i + 1)) {
    let k = 1;
    while (k < needle.length && haystack[i + k] === needle[k]) k++;
    if (k === needle.length) return i;
  }
  return -1;
}
