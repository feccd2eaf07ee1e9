import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadAsset, resolveAssetPath } from '../../electron/services/app-assets';
import { CONTENT_SECURITY_POLICY, createRequestPolicy } from '../../electron/services/security-policy';

describe('request policy', () => {
  const app = createRequestPolicy('app://assay');
  const harness = createRequestPolicy('http://127.0.0.1:41731');

  it('allows the app origin and in-memory resources only', () => {
    expect(app.allowRequest('app://assay/index.html')).toBe(true);
    expect(app.allowRequest('app://assay/assets/index.js')).toBe(true);
    expect(app.allowRequest('data:image/png;base64,AAAA')).toBe(true);
    expect(app.allowRequest('blob:app://assay/1234')).toBe(true);
    for (const url of ['https://example.com/', 'http://127.0.0.1:41731/', 'app://evil/index.html', 'file:///etc/passwd', 'ws://127.0.0.1:9222/', 'not a url']) {
      expect(app.allowRequest(url), url).toBe(false);
    }
    expect(harness.allowRequest('http://127.0.0.1:41731/assets/x.js')).toBe(true);
    expect(harness.allowRequest('http://127.0.0.1:41732/assets/x.js')).toBe(false);
    expect(harness.allowRequest('http://localhost:41731/')).toBe(false);
  });

  it('allows navigation only within the app', () => {
    expect(app.allowNavigation('app://assay/index.html#/settings')).toBe(true);
    expect(app.allowNavigation('https://example.com/')).toBe(false);
    expect(app.allowNavigation('data:text/html,<h1>x</h1>')).toBe(false);
    expect(app.allowNavigation('javascript:alert(1)')).toBe(false);
  });

  it('has a CSP with no remote origins, no inline script and no eval', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("default-src 'none'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self'");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-(eval|inline)|https?:|\*/);
    expect(CONTENT_SECURITY_POLICY).not.toContain('allow-popups');
  });
});

describe('app assets', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'assay-assets-'));
    await mkdir(join(root, 'assets'));
    await writeFile(join(root, 'index.html'), '<!doctype html>');
    await writeFile(join(root, 'assets', 'app.js'), 'export {}');
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  it('serves index.html for / and files below the root with their type', async () => {
    await expect(loadAsset(root, '/')).resolves.toMatchObject({ contentType: 'text/html; charset=utf-8' });
    const js = await loadAsset(root, '/assets/app.js');
    expect(js?.contentType).toBe('text/javascript; charset=utf-8');
    expect(js?.body.toString()).toBe('export {}');
  });

  it('never serves outside the root', () => {
    for (const path of ['/../secret.html', '/assets/../../x.js', '/%2e%2e/x.js', '/%2e%2e%2fx.js', '/a%00.js', '/%E0%A4%A']) {
      expect(resolveAssetPath(root, path), path).toBeNull();
    }
  });

  it('refuses unknown file types and missing files', async () => {
    expect(resolveAssetPath(root, '/assets/app.exe')).toBeNull();
    await expect(loadAsset(root, '/missing.js')).resolves.toBeNull();
  });
});
