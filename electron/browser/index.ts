/** Browser-mode entry point: `node out/main/server.js [--port N] [--db FILE]`. Stops cleanly on Ctrl+C. */
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { openBackend, type Backend } from '../backend/backend';
import { resolveDataFile } from '../backend/dataFile';
import { moveAside } from '../backend/db';
import { startBrowserServer, type BrowserServer } from './server';

function argValue(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}

const startError = (e: unknown) => (e instanceof AppError ? e.message : `Plekkenplanner kon niet starten (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`);

/** --opnieuw-beginnen: the damaged file (the real one, symbolic links followed) is kept aside, a new database starts. */
function startFresh(dataFile: string): Backend {
  let kept: string;
  try {
    kept = moveAside(dataFile);
  } catch (e) {
    console.error(`Het beschadigde bestand ${dataFile} kon niet opzij worden gezet, dus er is geen nieuwe database begonnen. ${startError(e)}`);
    console.error('Verplaats het bestand zelf naar een andere plek, of open een ander bestand: npm start -- --db <bestand>');
    process.exit(2);
  }
  console.log(`Het beschadigde bestand is bewaard als ${kept}; Plekkenplanner begint met een nieuwe database.`);
  try {
    return openBackend(dataFile, 'browser', undefined, { workerFile: path.join(__dirname, 'mcWorker.js') });
  } catch (e) {
    console.error(startError(e));
    process.exit(2);
  }
}

async function main() {
  const argv = process.argv.slice(2);
  const dataFile = resolveDataFile(argv);
  let backend: Backend;
  try {
    backend = openBackend(dataFile, 'browser', undefined, { workerFile: path.join(__dirname, 'mcWorker.js') });
  } catch (e) {
    if (e instanceof AppError && e.problem === 'beschadigd' && argv.includes('--opnieuw-beginnen')) {
      backend = startFresh(dataFile);
    } else {
      console.error(startError(e));
      if (e instanceof AppError && e.problem === 'beschadigd') {
        console.error('Beginnen met een nieuwe database (het oude bestand blijft bewaard): npm start -- --opnieuw-beginnen');
        console.error('Een ander bestand openen: npm start -- --db <bestand>');
      }
      process.exit(2);
    }
  }
  const portText = argValue(argv, '--port') ?? process.env.PLEKKENPLANNER_PORT ?? '0';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`"${portText}" is geen geldige poort: kies een heel getal van 1 tot en met 65535, of laat --port weg.`);
    backend.close();
    process.exit(2);
  }
  let server: BrowserServer;
  try {
    server = await startBrowserServer({ backend, rendererDir: path.join(__dirname, '../renderer'), port });
  } catch (e) {
    console.error(e instanceof AppError ? e.message : `Plekkenplanner kon de browsermodus niet starten: ${(e as Error).message}`);
    backend.close();
    process.exit(2);
  }
  console.log(`Database: ${dataFile}`);
  if (backend.startNotice) console.log(backend.startNotice);
  console.log(`Plekkenplanner draait in browsermodus. Open: ${server.url}`);
  console.log('Stoppen: Ctrl+C');
  // Ctrl+C reaches this process twice (from the terminal and forwarded by npm start): stop once, ignore the rest.
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await server.close();
    backend.close();
    console.log('Plekkenplanner is gestopt.');
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

void main();
