/** The narrow bridge: `window.api.call(channel, input)` for the contract, and the desktop-only database picker. */
import { contextBridge, ipcRenderer } from 'electron';

contextBridge.exposeInMainWorld('api', {
  call: (channel: string, input: unknown) => ipcRenderer.invoke('plekkenplanner:call', String(channel), input),
  /** Desktop only: choose another database file; Plekkenplanner restarts with it. */
  openDatabase: () => ipcRenderer.invoke('plekkenplanner:open-database'),
});
