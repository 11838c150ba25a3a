/** `window.api` as the preload exposes it (desktop); absent in browser mode. */
import type { Api } from '../../../electron/preload/api';

declare global {
  interface Window {
    api?: Api;
  }
}
