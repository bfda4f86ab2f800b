/** The OpenAPI 3.1 description of the JSON API, served at /api/openapi.json. */
import { INPUT_FORMATS, OUTPUT_FORMATS } from '../formats';
import { METADATA_KEYS } from './upload';

const error = {
  description: 'A bad request, said in one line',
  content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
};

const upload = {
  required: true,
  content: {
    'multipart/form-data': {
      schema: {
        type: 'object',
        required: ['file'],
        properties: {
          file: { type: 'string', format: 'binary', description: `the letter (${INPUT_FORMATS.join(', ')}); its name tells its format` },
          from: { type: 'string', enum: INPUT_FORMATS, description: 'the input format, when the name does not tell' },
          ...Object.fromEntries(METADATA_KEYS.map((k) => [k, { type: 'string', description: `${k} to fill in or correct (as --metadata ${k}=…)` }])),
        },
      },
    },
  },
};

const busy = { description: 'The queue is full (Retry-After says when to come back), a conversion ran out of time, or the server is shutting down', content: error.content };

export function openApiDocument(): object {
  return {
    openapi: '3.1.0',
    info: { title: 'kamerbrief', version: require('../../package.json').version, description: 'Reads Dutch government answer letters into one model and writes them in other formats.' },
    paths: {
      '/api/health': { get: { summary: 'Is the server up', responses: { 200: { description: 'Workers and queue', content: { 'application/json': { schema: { type: 'object' } } } } } } },
      '/api/formats': { get: { summary: 'The formats read and written', responses: { 200: { description: 'Input and output formats', content: { 'application/json': { schema: { type: 'object' } } } } } } },
      '/api/inspect': {
        post: {
          summary: 'Read a letter: its summary (as `kamerbrief inspect --json`), the model, the source lines marked by what they became, the diagnostics',
          requestBody: upload,
          responses: { 200: { description: 'The letter as recognised', content: { 'application/json': { schema: { $ref: '#/components/schemas/Inspection' } } } }, 400: error, 413: error, 415: error, 422: { description: 'No letter could be read; the diagnostics say why', content: { 'application/json': { schema: { $ref: '#/components/schemas/Inspection' } } } }, 503: busy },
        },
      },
      '/api/convert': {
        post: {
          summary: 'Write a letter in one format (the file) or several (one ZIP, with diagnostics.json)',
          parameters: [{ name: 'to', in: 'query', required: true, schema: { type: 'string' }, description: `comma-separated, from ${OUTPUT_FORMATS.join(', ')}; or all` }],
          requestBody: upload,
          responses: {
            200: { description: 'The file; header Kamerbrief-Warnings counts the warnings', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } },
            400: error, 413: error, 415: error,
            422: { description: 'The letter has errors or a format refused it', content: error.content },
            503: busy,
          },
        },
      },
      '/api/preview': {
        post: {
          summary: 'The first pages of the letter as PDF or DOCX, drawn as PNG images',
          parameters: [{ name: 'format', in: 'query', required: true, schema: { type: 'string', enum: ['pdf', 'docx'] } }],
          requestBody: upload,
          responses: { 200: { description: 'Pages as data: URLs', content: { 'application/json': { schema: { type: 'object', properties: { pages: { type: 'array', items: { type: 'string' } } } } } } }, 400: error, 422: error, 501: { description: 'The drawing tool (poppler, LibreOffice) is not installed', content: error.content }, 503: busy },
        },
      },
    },
    components: {
      schemas: {
        Error: { type: 'object', required: ['status', 'error'], properties: { status: { type: 'integer' }, error: { type: 'string' } } },
        Diagnostic: { type: 'object', required: ['severity', 'message'], properties: { severity: { enum: ['error', 'warning', 'info'] }, message: { type: 'string' }, pointer: { type: 'string' }, line: { type: 'integer' }, column: { type: 'integer' } } },
        Inspection: {
          type: 'object',
          required: ['format', 'diagnostics'],
          properties: {
            format: { enum: INPUT_FORMATS },
            summary: { type: 'object', description: 'as `kamerbrief inspect --json`' },
            letter: { type: 'object', description: 'the canonical model (schemas/answer-letter.schema.json)' },
            source: { type: 'array', items: { type: 'object', properties: { line: { type: 'integer' }, text: { type: 'string' }, role: { enum: ['head', 'title', 'heading', 'question', 'answer', 'note', 'furniture', 'blank'] }, joined: { const: true }, diagnostics: { type: 'array', items: { type: 'integer' } } } } },
            diagnostics: { type: 'array', items: { $ref: '#/components/schemas/Diagnostic' } },
          },
        },
      },
    },
  };
}
