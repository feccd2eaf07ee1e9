import { request } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startAppServer, type AppServer } from '../../electron/launcher/app-server';
import { chromiumFlags } from '../../electron/launcher/chromium';

let dir: string;
let server: AppServer | undefined;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'assay-launcher-'));
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>Assay</title>');
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(dir, { recursive: true, force: true });
});

function get(origin: string, host: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const url = new URL('/index.html', origin);
    const sent = request({ hostname: url.hostname, port: url.port, path: url.pathname, headers: { Host: host } }, (response) => {
      let body = '';
      response.on('data', (chunk: Buffer) => (body += chunk.toString()));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    sent.on('error', reject);
    sent.end();
  });
}

describe('the Chromium launcher', () => {
  it('serves the app only to its own host name, not to another name that resolves to 127.0.0.1', async () => {
    server = await startAppServer(dir);
    const host = new URL(server.origin).host;
    await expect(get(server.origin, host)).resolves.toMatchObject({ status: 200, body: expect.stringContaining('<title>Assay</title>') });
    for (const other of ['attacker.example', `attacker.example:${new URL(server.origin).port}`, 'localhost', '127.0.0.1'])
      await expect(get(server.origin, other), other).resolves.toMatchObject({ status: 421, body: 'Misdirected request' });
  });

  it('says in words when its port is taken, and opens nothing of the program that holds it', async () => {
    server = await startAppServer(dir);
    const port = Number(new URL(server.origin).port);
    await expect(startAppServer(dir, port)).rejects.toThrow(
      `Port ${port} on 127.0.0.1 is in use by another program. Close it, or choose another port with ASSAY_PORT.`,
    );
  });

  it('keeps Chromium’s sandbox on, except as root where Chromium cannot start with it', () => {
    expect(chromiumFlags(1000)).not.toContain('--no-sandbox');
    expect(chromiumFlags(0)).toContain('--no-sandbox');
    expect(chromiumFlags(1000)).toContain('--disable-background-networking');
  });
});
