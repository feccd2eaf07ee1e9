import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { menuTemplate } from '../../electron/main/menu';

const roles = (items: MenuItemConstructorOptions[]): string[] =>
  items.flatMap((item) => [...(item.role ? [item.role] : []), ...(Array.isArray(item.submenu) ? roles(item.submenu) : [])]);

describe('the application menu', () => {
  it('offers no developer tools and no reload in the shipped app, on any platform', () => {
    for (const platform of ['win32', 'darwin', 'linux'] as const) {
      const shipped = roles(menuTemplate(platform, { developer: false }));
      for (const role of ['toggleDevTools', 'reload', 'forceReload']) expect(shipped, `${platform} ${role}`).not.toContain(role);
      expect(shipped).toEqual(expect.arrayContaining(['editMenu', 'zoomIn', 'togglefullscreen']));
    }
    expect(roles(menuTemplate('darwin', { developer: false }))).toContain('appMenu');
  });

  it('keeps them for a developer’s unpackaged build', () => {
    expect(roles(menuTemplate('linux', { developer: true }))).toEqual(expect.arrayContaining(['toggleDevTools', 'reload']));
  });
});
