/** Electron main process: one hardened window, the app:// protocol for the UI, and the IPC transport (via ./ipc). */
import { app, BrowserWindow, dialog, protocol } from 'electron';
import fs from 'node:fs/promises';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { AppError } from '../../shared/errors';
import { IPC_CHANNELS } from '../../shared/ipc';
import { openBackend, type Backend } from '../backend/backend';
import { resolveDataFile } from '../backend/dataFile';
import { moveAside } from '../backend/db';
import { handle } from './ipc';
import { APP_ORIGIN, hardenSession, hardenWindow } from './security';

const RENDERER_DIR = path.join(__dirname, '../renderer');

protocol.registerSchemesAsPrivileged([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
app.enableSandbox();

let backend: Backend | undefined;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
};

/** app://plekkenplanner/… serves the built UI from disk (never file://, never the network). */
function serveRenderer(): void {
  protocol.handle('app', async (request) => {
    const { pathname } = new URL(request.url);
    const file = path.resolve(RENDERER_DIR, '.' + decodeURIComponent(pathname === '/' ? '/index.html' : pathname));
    if (!file.startsWith(RENDERER_DIR + path.sep)) return new Response('Niet gevonden', { status: 404 });
    try {
      const body = await fs.readFile(file);
      return new Response(body, {
        headers: { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Content-Security-Policy': CONTENT_SECURITY_POLICY },
      });
    } catch {
      return new Response('Niet gevonden', { status: 404 });
    }
  });
}

function registerIpc(b: Backend): void {
  handle(IPC_CHANNELS.call, (_event, channel, input) => b.call(channel, input));
  // "Opslaan als PDF": print the report the window shows (print stylesheet), tagged for screen readers.
  handle(IPC_CHANNELS.savePdf, async (event, suggested) => {
    const win = BrowserWindow.fromWebContents(event.sender);
    if (!win) return { saved: false };
    const name = String(suggested ?? 'rapport.pdf').replace(/[^\p{L}\p{N} ._-]+/gu, '').slice(0, 120) || 'rapport.pdf';
    const picked = await dialog.showSaveDialog(win, { title: 'Rapport opslaan als PDF', defaultPath: name.endsWith('.pdf') ? name : `${name}.pdf`, filters: [{ name: 'PDF', extensions: ['pdf'] }] });
    if (picked.canceled || !picked.filePath) return { saved: false };
    const pdf = await event.sender.printToPDF({ printBackground: true, pageSize: 'A4', generateTaggedPDF: true, generateDocumentOutline: true });
    await fs.writeFile(picked.filePath, pdf);
    return { saved: true, file: picked.filePath };
  });
  // "Open database…": pick a file, then restart on it (the lock and migrations apply as at any start).
  handle(IPC_CHANNELS.openDatabase, async (event) => {
    const win = BrowserWindow.fromWebContents(event.sender);
    if (!win) return { opened: false };
    const picked = await dialog.showOpenDialog(win, {
      title: 'Database openen',
      properties: ['openFile'],
      filters: [{ name: 'Plekkenplanner-database', extensions: ['sqlite'] }],
    });
    if (picked.canceled || !picked.filePaths[0]) return { opened: false };
    const args = process.argv.slice(1).filter((a, i, all) => a !== '--db' && all[i - 1] !== '--db');
    // Close first: app.exit skips 'will-quit', so the lock would stay behind and the WAL would not be written back.
    backend?.close();
    backend = undefined;
    app.relaunch({ args: [...args, '--db', picked.filePaths[0]] });
    app.exit(0);
    return { opened: true };
  });
}

/**
 * Opens the database; for a damaged or foreign file the user chooses: start fresh (the file is kept aside),
 * open another file, or quit. Never a crash.
 */
function openWithRecovery(file: string): Backend | undefined {
  try {
    return openBackend(file, 'electron', undefined, { workerFile: path.join(__dirname, 'mcWorker.js') });
  } catch (e) {
    const message = e instanceof AppError ? e.message : String(e);
    if (!(e instanceof AppError) || e.problem !== 'beschadigd') {
      dialog.showErrorBox('Plekkenplanner kan de database niet openen', message);
      return undefined;
    }
    const choice = dialog.showMessageBoxSync({
      type: 'warning',
      title: 'Database beschadigd',
      message,
      buttons: ['Nieuwe database beginnen', 'Ander bestand openen…', 'Afsluiten'],
      defaultId: 0,
      cancelId: 2,
    });
    if (choice === 0) {
      // moveAside moves the real file (symbolic links followed) with its -wal and -shm.
      const kept = setAside(file);
      return kept ? openWithRecovery(file) : undefined;
    }
    if (choice === 1) {
      const picked = dialog.showOpenDialogSync({ title: 'Database openen', properties: ['openFile'], filters: [{ name: 'Plekkenplanner-database', extensions: ['sqlite'] }] });
      return picked?.[0] ? openWithRecovery(picked[0]) : undefined;
    }
    return undefined;
  }
}

/** Sets a damaged database aside; on failure says so in Dutch and returns null. */
function setAside(file: string): string | null {
  try {
    return moveAside(file);
  } catch (e) {
    const why = e instanceof AppError ? e.message : `(${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`;
    dialog.showErrorBox(
      'Plekkenplanner kan het beschadigde bestand niet opzijzetten',
      `Het beschadigde bestand ${file} kon niet worden hernoemd, dus er is geen nieuwe database begonnen. ${why} Verplaats het bestand zelf naar een andere plek, of open een ander bestand.`,
    );
    return null;
  }
}

function createWindow(): void {
  const win = new BrowserWindow({
    width: 1400,
    height: 900,
    title: 'Plekkenplanner',
    show: false,
    webPreferences: {
      preload: path.join(__dirname, '../preload/index.js'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      webSecurity: true,
      webviewTag: false,
      spellcheck: false,
    },
  });
  hardenWindow(win);
  win.once('ready-to-show', () => win.show());
  const devUrl = process.env.ELECTRON_RENDERER_URL;
  void win.loadURL(devUrl ?? `${APP_ORIGIN}/index.html`);
}

app.whenReady().then(() => {
  hardenSession();
  serveRenderer();
  // Same rule as browser mode: --db, PLEKKENPLANNER_DB, else the user data folder (app.getPath('userData')).
  const dataFile = resolveDataFile();
  backend = openWithRecovery(dataFile);
  if (!backend) {
    app.exit(2);
    return;
  }
  registerIpc(backend);
  createWindow();
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createWindow();
  });
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
app.on('will-quit', () => backend?.close());
