/** The narrow bridge: `window.api.call(channel, input)` for the contract, and the desktop-only database picker. */
import { contextBridge, ipcRenderer } from 'electron';

contextBridge.exposeInMainWorld('api', {
  call: (channel: string, input: unknown) => ipcRenderer.invoke('plekkenplanner:call', String(channel), input),
  /** Desktop only: choose another database file; Plekkenplanner restarts with it. */
  openDatabase: () => ipcRenderer.invoke('plekkenplanner:open-database'),
  /** Desktop only: save the report on screen as a (tagged) PDF via a save dialog. */
  savePdf: (fileName: string) => ipcRenderer.invoke('plekkenplanner:save-pdf', String(fileName)),
});
