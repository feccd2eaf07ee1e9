import react from '@vitejs/plugin-react';
import { defineConfig } from 'electron-vite';
import { resolve } from 'node:path';
import type { Plugin, Rollup } from 'vite';
import { pathAliases } from './path-aliases';
import { CONTENT_SECURITY_POLICY } from './electron/services/security-policy';

type RollupLog = Rollup.RollupLog;

// zod's sources carry comments Rollup cannot place; the warning says nothing about our code.
const onwarn = (warning: RollupLog, warn: (warning: RollupLog) => void) => {
  if (warning.code !== 'INVALID_ANNOTATION') warn(warning);
};

/**
 * The built page carries the app's Content-Security-Policy in a meta tag as well as in the response headers of both
 * shells, so that it holds wherever the page is opened from. frame-ancestors is only honoured in a header.
 */
const cspMeta: Plugin = {
  name: 'assay-csp-meta',
  apply: 'build',
  transformIndexHtml: () => [
    {
      tag: 'meta',
      attrs: {
        'http-equiv': 'Content-Security-Policy',
        content: CONTENT_SECURITY_POLICY.split('; ')
          .filter((directive) => !directive.startsWith('frame-ancestors'))
          .join('; '),
      },
      injectTo: 'head-prepend',
    },
  ],
};

export default defineConfig({
  main: {
    resolve: { alias: pathAliases },
    build: {
      outDir: 'out/main',
      // Untrusted PDFs and workbooks are read in a worker thread of their own (electron/services/isolation/isolated.ts).
      rollupOptions: {
        input: { index: resolve(__dirname, 'electron/main/index.ts'), 'file-worker': resolve(__dirname, 'electron/services/isolation/worker.ts') },
        onwarn,
      },
    },
  },
  preload: {
    resolve: { alias: pathAliases },
    // A sandboxed preload can only require 'electron': bundle zod and the contract into it.
    build: {
      outDir: 'out/preload',
      externalizeDeps: false,
      rollupOptions: { input: { index: resolve(__dirname, 'electron/preload/index.ts') }, onwarn },
    },
  },
  renderer: {
    root: resolve(__dirname, 'renderer'),
    resolve: { alias: pathAliases },
    base: './',
    build: {
      outDir: resolve(__dirname, 'out/renderer'),
      minify: true,
      chunkSizeWarningLimit: 800,
      rollupOptions: { input: resolve(__dirname, 'renderer/index.html'), onwarn },
    },
    plugins: [react(), cspMeta],
  },
});
