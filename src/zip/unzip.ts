/**
 * Reading ZIP archives (DOCX, and any other zipped input) from untrusted bytes.
 *
 * Why not fflate's `unzipSync` alone: it allocates each member at the size the archive
 * claims and trusts it. Here the central directory is read first and every declared size
 * is checked against the limits before any member is inflated (a zip bomb is refused
 * without work); members are then inflated in small slices through fflate's streaming
 * `Inflate`, counting the bytes that come out, so a member that inflates to more than it
 * declared (a lying header) is stopped as soon as it passes its declared size.
 */
import { Inflate } from 'fflate';

export class ZipError extends Error {}

export interface ZipLimits {
  /** Largest unpacked size of one member, in bytes. */
  maxMemberBytes?: number;
  /** Largest unpacked size of all members together, in bytes. */
  maxTotalBytes?: number;
  /** Most members in the archive. */
  maxMembers?: number;
}

export const DEFAULT_ZIP_LIMITS: Required<ZipLimits> = {
  maxMemberBytes: 64 * 1024 * 1024,
  maxTotalBytes: 256 * 1024 * 1024,
  maxMembers: 10_000,
};

export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated; others are refused when read. */
  method: number;
  compressedSize: number;
  /** As the central directory declares it; checked against the limits. */
  size: number;
  localHeaderOffset: number;
}

export interface ZipArchive {
  entries: ZipEntry[];
  /** True when the archive has a member of this name. */
  has(name: string): boolean;
  /** The unpacked bytes of a member, or undefined when there is none. */
  read(name: string): Uint8Array | undefined;
}

const EOCD_SIGNATURE = 0x06054b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
/** Compressed input handed to the inflater at a time: deflate expands at most ~1032:1, so one slice yields at most ~4 MB. */
const INFLATE_SLICE = 4096;

/** True when the bytes start like a ZIP archive (local file header or empty archive). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 3 || bytes[2] === 5) && (bytes[3] === 4 || bytes[3] === 6);
}

/**
 * Opens a ZIP archive: reads its central directory and checks member count and declared
 * sizes against the limits. Throws ZipError naming what is wrong.
 */
export function openZip(bytes: Uint8Array, limits: ZipLimits = {}): ZipArchive {
  const { maxMemberBytes, maxTotalBytes, maxMembers } = { ...DEFAULT_ZIP_LIMITS, ...limits };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfCentralDirectory(bytes, view);
  const count = view.getUint16(eocd + 10, true);
  const dirSize = view.getUint32(eocd + 12, true);
  const dirOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || dirOffset === 0xffffffff) throw new ZipError('ZIP64 archives are not supported; no letter needs one');
  if (count > maxMembers) throw new ZipError(`the archive has ${count} members; at most ${maxMembers} are accepted`);
  if (dirOffset + dirSize > eocd) throw new ZipError('the archive is truncated or corrupt: its central directory lies outside the file');

  const entries: ZipEntry[] = [];
  const decoder = new TextDecoder('utf-8');
  let total = 0;
  let p = dirOffset;
  for (let i = 0; i < count; i++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== CENTRAL_SIGNATURE) {
      throw new ZipError('the archive is truncated or corrupt: a central directory entry is missing');
    }
    const method = view.getUint16(p + 10, true);
    const compressedSize = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const localHeaderOffset = view.getUint32(p + 42, true);
    const name = decoder.decode(bytes.subarray(p + 46, p + 46 + nameLength));
    if (size === 0xffffffff || compressedSize === 0xffffffff || localHeaderOffset === 0xffffffff) {
      throw new ZipError(`member ${name}: ZIP64 sizes are not supported`);
    }
    if (size > maxMemberBytes) {
      throw new ZipError(`member ${name} unpacks to ${size} bytes; at most ${maxMemberBytes} are accepted (a zip bomb?)`);
    }
    total += size;
    if (total > maxTotalBytes) {
      throw new ZipError(`the archive unpacks to more than ${maxTotalBytes} bytes; refused (a zip bomb?)`);
    }
    entries.push({ name, method, compressedSize, size, localHeaderOffset });
    p += 46 + nameLength + extraLength + commentLength;
  }
  const byName = new Map(entries.map((e) => [e.name, e]));
  return {
    entries,
    has: (name) => byName.has(name),
    read: (name) => {
      const entry = byName.get(name);
      return entry ? readEntry(bytes, view, entry) : undefined;
    },
  };
}

function findEndOfCentralDirectory(bytes: Uint8Array, view: DataView): number {
  // The record is 22 bytes plus a comment of at most 65535 bytes, at the very end.
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let p = bytes.length - 22; p >= lowest; p--) {
    if (view.getUint32(p, true) === EOCD_SIGNATURE) return p;
  }
  throw new ZipError(
    looksLikeZip(bytes)
      ? 'the archive is truncated or corrupt: its end (the central directory) is missing'
      : 'this is not a ZIP archive',
  );
}

function readEntry(bytes: Uint8Array, view: DataView, entry: ZipEntry): Uint8Array {
  const p = entry.localHeaderOffset;
  if (p + 30 > bytes.length || view.getUint32(p, true) !== LOCAL_SIGNATURE) {
    throw new ZipError(`member ${entry.name}: its local header is missing (truncated or corrupt archive)`);
  }
  const start = p + 30 + view.getUint16(p + 26, true) + view.getUint16(p + 28, true);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipError(`member ${entry.name} is cut off (truncated archive)`);
  const data = bytes.subarray(start, end);
  if (entry.method === 0) {
    if (data.length !== entry.size) throw new ZipError(`member ${entry.name}: stored size ${data.length} differs from the declared ${entry.size}`);
    return data.slice();
  }
  if (entry.method !== 8) throw new ZipError(`member ${entry.name}: compression method ${entry.method} is not supported (only stored and deflate)`);
  return inflateBounded(entry, data);
}

/** Inflates slice by slice, stopping as soon as the output passes the declared size. */
function inflateBounded(entry: ZipEntry, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(entry.size);
  let written = 0;
  let ended = false;
  const inflater = new Inflate((chunk, final) => {
    if (written + chunk.length > entry.size) {
      throw new ZipError(`member ${entry.name} unpacks to more than the ${entry.size} bytes it declares; refused (a zip bomb?)`);
    }
    out.set(chunk, written);
    written += chunk.length;
    if (final) ended = true;
  });
  try {
    for (let i = 0; i < data.length; i += INFLATE_SLICE) {
      inflater.push(data.subarray(i, Math.min(data.length, i + INFLATE_SLICE)), i + INFLATE_SLICE >= data.length);
    }
    if (data.length === 0) inflater.push(new Uint8Array(0), true);
  } catch (err) {
    if (err instanceof ZipError) throw err;
    throw new ZipError(`member ${entry.name} is corrupt: ${(err as Error).message}`);
  }
  if (!ended || written !== entry.size) {
    throw new ZipError(`member ${entry.name} is corrupt or cut off: it unpacks to ${written} bytes, not the ${entry.size} it declares`);
  }
  return out;
}
