import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from '../support/app';

const root = resolve(__dirname, '../..');

let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
});

describe('npm start without the Electron binary', () => {
  it('says so in one line and opens the app headed in Chromium under Xvfb', async () => {
    const home = await mkdtemp(join(tmpdir(), 'assay-start-'));
    const port = await freePort();
    const child = spawn('xvfb-run', ['-a', 'node', 'scripts/start.mjs'], {
      cwd: root,
      env: { ...process.env, ASSAY_HOME: home, ASSAY_PORT: String(port), ELECTRON_OVERRIDE_DIST_PATH: join(home, 'no-electron') },
      detached: true,
    });
    const exited = new Promise((done) => child.once('exit', done));
    cleanup = async () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
      } catch {
        // already gone
      }
      await Promise.race([exited, new Promise((done) => setTimeout(done, 5_000))]);
      await rm(home, { recursive: true, force: true, maxRetries: 5, retryDelay: 200 });
    };
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    await new Promise<void>((done, fail) => {
      const timer = setTimeout(() => fail(new Error(`no start within 50 s:\n${output}`)), 50_000);
      const check = () => {
        if (output.includes('Assay is running at')) {
          clearTimeout(timer);
          done();
        }
      };
      child.stdout.on('data', check);
      child.on('exit', (code) => fail(new Error(`exited with ${code}:\n${output}`)));
    });

    const notices = output.split('\n').filter((line) => line.includes('Electron binary is not installed'));
    expect(notices).toHaveLength(1);
    expect(output).toContain(`Assay is running at http://127.0.0.1:${port}`);
    const response = await fetch(`http://127.0.0.1:${port}/index.html`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  }, 90_000);
});
