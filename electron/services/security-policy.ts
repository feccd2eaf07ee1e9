/**
 * What the app may load and where it may go, in one place. The Electron main
 * process and the Chromium launcher both enforce these decisions.
 */

export const APP_SCHEME = 'app';
export const APP_HOST = 'assay';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "media-src 'self' blob:",
  "worker-src 'self'",
  "frame-src 'none'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  // No sandbox directive: the app needs both allow-scripts and allow-same-origin (IndexedDB is per origin), and a
  // sandbox with both is one the page can escape (Chromium warns so on every load). The shells refuse what it stood
  // for: new windows (Electron's window-open handler, the Chromium launcher's init script) and navigation away.
].join('; ');

export const SECURITY_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), usb=(), serial=(), hid=(), bluetooth=()',
});

/** Schemes a page of the app may use for its own in-memory resources. */
const LOCAL_SCHEMES = new Set(['data:', 'blob:']);

export interface RequestPolicy {
  readonly appOrigin: string;
  /** Any subresource or fetch: only the app's own origin and in-memory data. */
  allowRequest(url: string): boolean;
  /** A top-level navigation: only within the app's own origin. */
  allowNavigation(url: string): boolean;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function createRequestPolicy(appOrigin: string = APP_ORIGIN): RequestPolicy {
  const sameOrigin = (url: URL) => `${url.protocol}//${url.host}` === appOrigin;
  return {
    appOrigin,
    allowRequest(raw) {
      const url = parse(raw);
      if (!url) return false;
      return sameOrigin(url) || LOCAL_SCHEMES.has(url.protocol) || url.protocol === 'devtools:';
    },
    allowNavigation(raw) {
      const url = parse(raw);
      return url !== null && sameOrigin(url);
    },
  };
}
