import type { MenuItemConstructorOptions } from 'electron';

/**
 * The application menu: the usual File, Edit (copy and paste in every field), View (zoom, full screen) and Window
 * menus, with the developer tools and reloading only for a developer's unpackaged build: in the shipped app nobody
 * opens a console onto the data or reloads away unsaved input from a menu.
 */
export function menuTemplate(platform: NodeJS.Platform, options: { developer: boolean }): MenuItemConstructorOptions[] {
  const developer: MenuItemConstructorOptions[] = options.developer
    ? [{ type: 'separator' }, { role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }]
    : [];
  return [
    ...(platform === 'darwin' ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    { role: 'fileMenu' },
    { role: 'editMenu' },
    {
      label: 'View',
      submenu: [{ role: 'resetZoom' }, { role: 'zoomIn' }, { role: 'zoomOut' }, { type: 'separator' }, { role: 'togglefullscreen' }, ...developer],
    },
    { role: 'windowMenu' },
  ];
}
