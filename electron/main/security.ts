import type { IpcMainInvokeEvent, Session, WebContents } from 'electron';
import { APP_ORIGIN, type RequestPolicy } from '../services/security-policy';

/** Applies the request policy to a session: no network, no permissions. */
export function hardenSession(session: Session, policy: RequestPolicy): void {
  session.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !policy.allowRequest(details.url) });
  });
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
  session.setDevicePermissionHandler(() => false);
  // The app's own exports (blob: URLs of its origin) may be saved, with the usual save dialog; nothing else.
  session.on('will-download', (event, item) => {
    if (!item.getURL().startsWith(`blob:${policy.appOrigin}/`)) event.preventDefault();
  });
}

/** Every web contents: no new windows, no navigation away, no webviews. */
export function hardenWebContents(contents: WebContents, policy: RequestPolicy): void {
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const blockForeign = (event: { preventDefault(): void }, url: string) => {
    if (!policy.allowNavigation(url)) event.preventDefault();
  };
  contents.on('will-navigate', blockForeign);
  contents.on('will-redirect', blockForeign);
  contents.on('will-frame-navigate', (event) => {
    if (!policy.allowNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/** IPC is answered only for the app's own top-level frame. */
export function isTrustedSender(event: IpcMainInvokeEvent): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  return frame.url.startsWith(`${APP_ORIGIN}/`);
}
