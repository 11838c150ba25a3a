/** The Electron security checklist applied to every window and session (see ENGINEERING.md §4). */
import { session, type BrowserWindow, type WebContents } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';

export const APP_ORIGIN = 'app://plekkenplanner';

/** True when a URL belongs to our own UI (packaged protocol or electron-vite's dev server). */
export function isOwnUrl(url: string): boolean {
  if (url.startsWith(`${APP_ORIGIN}/`)) return true;
  const dev = process.env.ELECTRON_RENDERER_URL;
  return !!dev && url.startsWith(dev);
}

export function hardenSession(): void {
  const s = session.defaultSession;
  s.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  s.setPermissionCheckHandler(() => false);
  // The dev server (electron-vite dev) needs inline scripts for hot reload; built apps get the strict policy.
  if (!process.env.ELECTRON_RENDERER_URL) s.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
  // No remote content: only our own protocol, the dev server and devtools may load.
  s.webRequest.onBeforeRequest((details, callback) => {
    const ok = isOwnUrl(details.url) || details.url.startsWith('devtools://') || details.url.startsWith('data:');
    callback({ cancel: !ok });
  });
}

export function hardenWindow(win: BrowserWindow): void {
  const wc: WebContents = win.webContents;
  wc.on('will-navigate', (event, url) => {
    if (!isOwnUrl(url)) event.preventDefault();
  });
  wc.on('will-redirect', (event, url) => {
    if (!isOwnUrl(url)) event.preventDefault();
  });
  wc.setWindowOpenHandler(() => ({ action: 'deny' }));
  wc.on('will-attach-webview', (event) => event.preventDefault());
}
