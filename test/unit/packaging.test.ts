import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FuseV1Options, FuseVersion } from '@electron/fuses';

const root = resolve(__dirname, '../..');
const config = JSON.parse(readFileSync(resolve(root, 'electron-builder.json'), 'utf8')) as Record<string, Record<string, unknown>> & {
  afterPack: string;
  asar: boolean;
  asarUnpack: string[];
  extraResources: { from: string; to: string }[];
};

describe('the packaged app', () => {
  it('is built for Windows (NSIS, signed), macOS (dmg, hardened runtime, notarised) and Linux (AppImage, deb), inside an ASAR', () => {
    expect(config.win).toMatchObject({ target: ['nsis'], signtoolOptions: { sign: expect.any(String) } });
    expect(config.mac).toMatchObject({ target: ['dmg'], hardenedRuntime: true, notarize: true });
    expect(config.linux).toMatchObject({ target: ['AppImage', 'deb'] });
    expect(config.asar).toBe(true);
    for (const hook of [
      config.afterPack,
      (config.win as { signtoolOptions: { sign: string } }).signtoolOptions.sign,
      (config.mac as { entitlements: string }).entitlements,
    ])
      expect(existsSync(resolve(root, hook)), hook).toBe(true);
    // The fonts the reports embed travel as a resource, where the main process looks for them when packaged.
    expect(config.extraResources).toEqual([{ from: 'assets/fonts', to: 'assets/fonts' }]);
    expect(readFileSync(resolve(root, 'electron/main/index.ts'), 'utf8')).toContain("join(process.resourcesPath, 'assets', 'fonts')");
  });

  it('sets the fuses: no running as Node, no NODE_OPTIONS or inspector, encrypted cookies, only its own checked ASAR', () => {
    const { FUSES } = createRequire(__filename)(resolve(root, config.afterPack)) as { FUSES: Record<string | number, unknown> };
    expect(FUSES).toEqual({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    });
  });
});
