// `npm start`: builds the app, then opens the Electron window — or, where the Electron binary is missing
// (no internet to download it), serves the same UI and backend in browser mode on 127.0.0.1.
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const forceBrowser = args.includes('--browser') || process.env.PLEKKENPLANNER_BROWSER === '1';
const passArgs = args.filter((a) => a !== '--browser' && a !== '--no-build');

if (!args.includes('--no-build')) {
  // The build's own warnings (chunk sizes, comments in dependencies) are for developers: shown only when it fails.
  const build = spawnSync(process.execPath, [path.join(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
    cwd: root,
    stdio: ['ignore', 'pipe', 'pipe'],
    encoding: 'utf8',
  });
  if (build.status !== 0) {
    process.stderr.write(build.stdout ?? '');
    process.stderr.write(build.stderr ?? '');
    console.error('Plekkenplanner kon niet worden gebouwd (zie de melding hierboven).');
    process.exit(build.status ?? 1);
  }
}

/** The Electron executable, downloading it on first use where the network allows; null when it cannot be had. */
function electronBinary() {
  const probe = spawnSync(process.execPath, ['-e', 'process.stdout.write(require("electron"))'], {
    cwd: root,
    encoding: 'utf8',
    timeout: 180_000,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return probe.status === 0 && probe.stdout ? probe.stdout : null;
}

function run(command, commandArgs, extraEnv = {}) {
  const child = spawn(command, commandArgs, { cwd: root, stdio: 'inherit', env: { ...process.env, ...extraEnv } });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 0 : 1)));
}

const electron = forceBrowser ? null : electronBinary();
if (electron) {
  run(electron, ['.', ...passArgs]);
} else {
  if (!forceBrowser) {
    console.log('Electron is op deze machine niet beschikbaar (het programmabestand kon niet worden gedownload); Plekkenplanner start in browsermodus.');
  }
  run(process.execPath, [path.join(root, 'out/main/server.js'), ...passArgs]);
}
