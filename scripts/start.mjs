// `npm start`: build, then open the Electron app, or Chromium where Electron is not installed.
import { buildApp, electronBinary, importTs, root, run } from './lib/tools.mjs';

await buildApp();
const electron = electronBinary();
if (electron) {
  await run(electron, [root]);
} else {
  console.log('The Electron binary is not installed on this machine; opening Assay in Chromium instead.');
  await importTs('electron/launcher/start.ts');
}
