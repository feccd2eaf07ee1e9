import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
};

export interface Asset {
  body: Buffer;
  contentType: string;
}

/**
 * Maps a URL path of the app to a file below rootDir. "/" is index.html; a path
 * that escapes rootDir, or a file type the app does not ship, is not served.
 */
export function resolveAssetPath(rootDir: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const root = resolve(rootDir);
  const file = resolve(root, relative);
  if (!file.startsWith(root + sep)) return null;
  if (!(extname(file).toLowerCase() in CONTENT_TYPES)) return null;
  return file;
}

export async function loadAsset(rootDir: string, urlPath: string): Promise<Asset | null> {
  const file = resolveAssetPath(rootDir, urlPath);
  if (!file) return null;
  try {
    const body = await readFile(file);
    return { body, contentType: CONTENT_TYPES[extname(file).toLowerCase()]! };
  } catch {
    return null;
  }
}
