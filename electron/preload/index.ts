/** Preload: exposes `window.api` (./api.ts) over ipcRenderer, one channel per entry of shared/ipc.ts. */
import { contextBridge, ipcRenderer } from 'electron';
import { createApi, type Invoke } from './api';

const invoke: Invoke = (channel, ...args) => ipcRenderer.invoke(channel, ...args);
const api = createApi(invoke);

contextBridge.exposeInMainWorld('api', api);

export type Api = typeof api;
