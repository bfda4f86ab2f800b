/**
 * The page's files, read once from the package when the server starts and served from
 * memory under fixed routes: no part of a request's path ever names a file.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export interface Asset {
  route: string;
  type: string;
  body: Buffer;
}

/** The package root: the same from src/server (tests) and dist/server. */
const ROOT = path.resolve(__dirname, '..', '..');

const ASSETS: { route: string; file: string; type: string }[] = [
  { route: '/', file: 'web/index.html', type: 'text/html; charset=utf-8' },
  { route: '/page.css', file: 'web/page.css', type: 'text/css; charset=utf-8' },
  // Built from web/page.ts by `npm run build` (web/tsconfig.json).
  { route: '/page.js', file: 'dist/web/page.js', type: 'text/javascript; charset=utf-8' },
];

export function loadAssets(): Asset[] {
  return ASSETS.map(({ route, file, type }) => {
    const full = path.join(ROOT, file);
    let body: Buffer;
    try {
      body = fs.readFileSync(full);
    } catch {
      throw new Error(`the page's file ${file} is missing from the package (run npm run build)`);
    }
    return { route, type, body };
  });
}
