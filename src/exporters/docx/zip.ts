/**
 * The ZIP container of a DOCX package, written from members packed beforehand, so that
 * the parts a house style makes the same for every letter are deflated once and reused
 * (see ./index.ts). Every member has the same fixed time and no extra fields, and members
 * keep the order given: the same members give the same bytes, on any machine (deflate is
 * fflate's, pure JavaScript, not the platform's zlib).
 *
 * Why not fflate's own container: `zipSync` deflates what it is given, and cannot take
 * members deflated beforehand; its streaming `Zip` can, but writes every member's CRC and
 * sizes in a data descriptor after the bytes, which streaming readers (Java's
 * ZipInputStream, commons-compress as Apache POI uses it) refuse for a stored member, so
 * every small part would have to be deflated too. Tried (2026-11-29): a DOCX export took 25 %
 * longer that way. The container below is the plain layout of APPNOTE 4.3 (local headers,
 * central directory, end record), checked against zlib's CRC and unpacked by fflate, by
 * kamerbrief's reader and by LibreOffice in test/docx.
 */
import { deflateSync } from 'fflate';

export interface ZipMember {
  name: string;
  /** 8: deflated; 0: stored as they are. */
  method: 0 | 8;
  /** The bytes as stored. */
  data: Uint8Array;
  crc: number;
  /** Unpacked size. */
  size: number;
}

/** Deflate level: level 1 saves a tenth of the time of deflating and costs 8 % in size. */
const LEVEL = 6;
/**
 * Members smaller than this are stored: deflate gains a few bytes on them (a relationship
 * part of 123 bytes becomes 109) and costs as much as on a part of some kilobytes.
 */
const STORE_BELOW = 200;

export function deflateMember(name: string, bytes: Uint8Array): ZipMember {
  const stored = bytes.length < STORE_BELOW;
  return { name, method: stored ? 0 : 8, data: stored ? bytes : deflateSync(bytes, { level: LEVEL }), crc: crc32(bytes), size: bytes.length };
}

/** DOS time and date of every member: 1980-01-01 12:00:00, the DOS epoch at noon. */
const DOS_TIME = 12 << 11;
const DOS_DATE = (0 << 9) | (1 << 5) | 1;
const VERSION = 20;

/** The archive of the members, in their order. Names are ASCII (part names of a DOCX package). */
export function zipMembers(members: readonly ZipMember[]): Uint8Array {
  const names = members.map((m) => asciiBytes(m.name));
  let local = 0;
  let central = 0;
  members.forEach((m, i) => {
    local += 30 + names[i].length + m.data.length;
    central += 46 + names[i].length;
  });
  const out = new Uint8Array(local + central + 22);
  const view = new DataView(out.buffer);
  let at = 0;
  const offsets: number[] = [];
  members.forEach((m, i) => {
    offsets.push(at);
    view.setUint32(at, 0x04034b50, true);
    view.setUint16(at + 4, VERSION, true);
    view.setUint16(at + 6, 0, true); // flags
    view.setUint16(at + 8, m.method, true);
    view.setUint16(at + 10, DOS_TIME, true);
    view.setUint16(at + 12, DOS_DATE, true);
    view.setUint32(at + 14, m.crc, true);
    view.setUint32(at + 18, m.data.length, true);
    view.setUint32(at + 22, m.size, true);
    view.setUint16(at + 26, names[i].length, true);
    view.setUint16(at + 28, 0, true); // extra field length
    out.set(names[i], at + 30);
    at += 30 + names[i].length;
    out.set(m.data, at);
    at += m.data.length;
  });
  const centralStart = at;
  members.forEach((m, i) => {
    view.setUint32(at, 0x02014b50, true);
    view.setUint16(at + 4, VERSION, true); // made by: MS-DOS attributes, version 2.0
    view.setUint16(at + 6, VERSION, true);
    view.setUint16(at + 8, 0, true);
    view.setUint16(at + 10, m.method, true);
    view.setUint16(at + 12, DOS_TIME, true);
    view.setUint16(at + 14, DOS_DATE, true);
    view.setUint32(at + 16, m.crc, true);
    view.setUint32(at + 20, m.data.length, true);
    view.setUint32(at + 24, m.size, true);
    view.setUint16(at + 28, names[i].length, true);
    // extra and comment length, disk number, internal and external attributes: all zero
    view.setUint32(at + 42, offsets[i], true);
    out.set(names[i], at + 46);
    at += 46 + names[i].length;
  });
  view.setUint32(at, 0x06054b50, true);
  view.setUint16(at + 8, members.length, true);
  view.setUint16(at + 10, members.length, true);
  view.setUint32(at + 12, at - centralStart, true);
  view.setUint32(at + 16, centralStart, true);
  return out;
}

function asciiBytes(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7e || c < 0x20) throw new Error(`ZIP member name is not printable ASCII: ${JSON.stringify(text)}`);
    bytes[i] = c;
  }
  return bytes;
}

let crcTable: Int32Array | undefined;

/** CRC-32 (IEEE), as ZIP stores it. */
export function crc32(bytes: Uint8Array): number {
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  const table = crcTable;
  let crc = -1;
  for (let i = 0; i < bytes.length; i++) crc = table[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ -1) >>> 0;
}
