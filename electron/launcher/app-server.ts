import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadAsset } from '../services/app-assets';
import { SECURITY_HEADERS } from '../services/security-policy';

export interface AppServer {
  origin: string;
  close(): Promise<void>;
}

/**
 * Serves the built renderer on 127.0.0.1 with the same assets and security
 * headers as the app:// protocol in Electron. Only GET and HEAD are answered,
 * and only for the host 127.0.0.1:PORT: a page of another name that resolves
 * here (DNS rebinding) gets nothing.
 */
export async function startAppServer(rootDir: string, port = 0): Promise<AppServer> {
  let host = '';
  const server: Server = createServer((request, response) => {
    if (request.headers.host !== host) {
      response.writeHead(421, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end('Misdirected request');
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { ...SECURITY_HEADERS, Allow: 'GET, HEAD' }).end();
      return;
    }
    const pathname = new URL(request.url ?? '/', 'http://127.0.0.1').pathname;
    void loadAsset(rootDir, pathname).then((asset) => {
      if (!asset) {
        response.writeHead(404, { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
        return;
      }
      response.writeHead(200, {
        ...SECURITY_HEADERS,
        'Content-Type': asset.contentType,
        'Content-Length': asset.body.length,
        'Cache-Control': 'no-cache',
      });
      response.end(request.method === 'HEAD' ? undefined : asset.body);
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} on 127.0.0.1 is in use by another program. Close it, or choose another port with ASSAY_PORT.`)
          : error,
      ),
    );
    server.listen(port, '127.0.0.1', () => resolve());
  });
  const { port: boundPort } = server.address() as AddressInfo;
  host = `127.0.0.1:${boundPort}`;
  return {
    origin: `http://127.0.0.1:${boundPort}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
