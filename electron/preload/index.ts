/** The narrow bridge: the renderer gets one function, `window.api.call(channel, input)`, and nothing else. */
import { contextBridge, ipcRenderer } from 'electron';

contextBridge.exposeInMainWorld('api', {
  call: (channel: string, input: unknown) => ipcRenderer.invoke('plekkenplanner:call', String(channel), input),
});
