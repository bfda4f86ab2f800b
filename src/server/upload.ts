/**
 * Reading one multipart upload: the letter file (in memory, up to a size limit) and the
 * form fields beside it (its format, metadata to fill in). Every problem is an HttpError
 * that names the field and what was expected.
 */
import type { FastifyRequest } from 'fastify';
import { INPUT_FORMATS, OUTPUT_FORMATS, canImport, isFormatName, type FormatName } from '../formats';
import { parseMetadataPairs, type MetadataKey, type MetadataOverrides } from '../model/overrides';
import type { UploadTask } from './task';

export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

/** Largest letter file the server takes (a scanned PDF of many pages fits). */
export const MAX_UPLOAD_BYTES = 32 * 1024 * 1024;
/** The form's metadata fields: the keys of --metadata. */
export const METADATA_KEYS: readonly MetadataKey[] = ['date', 'reference', 'subject', 'chamber', 'kind'];
const FIELDS = new Set<string>(['from', ...METADATA_KEYS]);

export async function readUpload(request: FastifyRequest): Promise<UploadTask> {
  if (!request.isMultipart()) throw new HttpError(415, 'expected a multipart/form-data body with the letter in a field named "file"');
  let file: { name: string; bytes: Uint8Array } | undefined;
  const fields: Record<string, string> = {};
  for await (const part of request.parts()) {
    if (part.type === 'file') {
      if (part.fieldname !== 'file' || file) {
        await part.toBuffer().catch(() => undefined);
        throw new HttpError(400, `unexpected file field "${part.fieldname}"; send one letter in a field named "file"`);
      }
      file = { name: part.filename || 'upload', bytes: await part.toBuffer() };
    } else {
      if (!FIELDS.has(part.fieldname)) throw new HttpError(400, `unknown form field "${part.fieldname}"; expected file, from or ${METADATA_KEYS.join(', ')}`);
      fields[part.fieldname] = String(part.value ?? '');
    }
  }
  if (!file) throw new HttpError(400, 'no file: send the letter in a multipart field named "file"');
  if (file.bytes.length === 0) throw new HttpError(400, `${file.name}: the file is empty`);
  return { name: file.name, bytes: file.bytes, from: inputFormat(fields.from), metadata: metadataOf(fields) };
}

function inputFormat(from: string | undefined): FormatName | undefined {
  if (from === undefined || from === '') return undefined;
  if (!isFormatName(from) || !canImport(from)) throw new HttpError(400, `from=${from}: unknown input format; expected one of ${INPUT_FORMATS.join(', ')}`);
  return from;
}

/** The metadata fields filled in (empty ones are not given), checked as --metadata checks them. */
function metadataOf(fields: Record<string, string>): MetadataOverrides {
  const pairs = METADATA_KEYS.filter((k) => fields[k] !== undefined && fields[k].trim() !== '').map((k) => `${k}=${fields[k]}`);
  const { overrides, errors } = parseMetadataPairs(pairs);
  if (errors.length > 0) throw new HttpError(400, errors.join('; '));
  return overrides;
}

/** `?to=docx,pdf` or `all`: the formats to write. */
export function targetsOf(to: unknown): FormatName[] {
  if (typeof to !== 'string' || to.trim() === '') throw new HttpError(400, `missing ?to=: expected formats, comma-separated, from ${OUTPUT_FORMATS.join(', ')}, or all`);
  if (to === 'all') return [...OUTPUT_FORMATS];
  const targets: FormatName[] = [];
  for (const name of to.split(',').map((s) => s.trim())) {
    if (!isFormatName(name) || !OUTPUT_FORMATS.includes(name)) throw new HttpError(400, `to=${to}: unknown output format "${name}"; expected ${OUTPUT_FORMATS.join(', ')} or all`);
    if (!targets.includes(name)) targets.push(name);
  }
  return targets;
}
