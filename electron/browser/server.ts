/**
 * Browser mode: the same UI and backend over HTTP, for machines without the Electron binary.
 * Bound to 127.0.0.1 only, on a free port; every API call needs this run's secret token and a same-origin request.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { CONTENT_SECURITY_POLICY } from '../../shared/csp';
import { AppError } from '../../shared/errors';
import { CONTROL_CHAR } from '../../shared/validation';
import type { Backend } from '../backend/backend';

/** The largest contract input is a scenario file of up to 5 MB, sent as an escaped string inside JSON. */
const MAX_BODY_BYTES = 12_000_000;
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.ico': 'image/x-icon',
};

/** The decoded path of a request URL; null when it is malformed or carries a NUL or other control character (CONTROL_CHAR). */
export function requestPath(rawUrl: string): string | null {
  if (!rawUrl.startsWith('/')) return null;
  const raw = rawUrl.split(/[?#]/, 1)[0];
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return null;
  }
  return CONTROL_CHAR.test(decoded) ? null : decoded;
}

/** Content-Type application/json, with optional parameters (charset), in any letter case; nothing else. */
export function isJson(contentType: string | undefined): boolean {
  return (contentType ?? '').split(';', 1)[0].trim().toLowerCase() === 'application/json';
}

/** The charset parameter of a Content-Type, in lower case and without quotes; undefined when it has none. */
export function charsetOf(contentType: string | undefined): string | undefined {
  for (const param of (contentType ?? '').split(';').slice(1)) {
    const eq = param.indexOf('=');
    if (eq >= 0 && param.slice(0, eq).trim().toLowerCase() === 'charset') return param.slice(eq + 1).trim().replace(/^"(.*)"$/, '$1').toLowerCase();
  }
  return undefined;
}

/** JSON is UTF-8 (RFC 8259): no charset, or utf-8 by its name or its common alias. */
export function isUtf8(contentType: string | undefined): boolean {
  const charset = charsetOf(contentType);
  return charset === undefined || charset === 'utf-8' || charset === 'utf8';
}

/** Answers to requests Node's parser refuses (clientError), as short Dutch text. */
const CLIENT_ERRORS: Record<string, [number, string, string]> = {
  HPE_HEADER_OVERFLOW: [431, 'Request Header Fields Too Large', 'De kopregels van het verzoek zijn te groot.'],
};
const BAD_REQUEST: [number, string, string] = [400, 'Bad Request', 'Ongeldig verzoek.'];

export interface BrowserServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

export async function startBrowserServer(opts: { backend: Backend; rendererDir: string; port?: number; token?: string }): Promise<BrowserServer> {
  const token = opts.token ?? crypto.randomBytes(24).toString('base64url');
  const tokenBuf = Buffer.from(token);
  let port = 0;
  const allowedHosts = () => [`127.0.0.1:${port}`, `localhost:${port}`];

  const security = {
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
  const send = (res: http.ServerResponse, status: number, body: string | Buffer, type: string) => {
    res.writeHead(status, { ...security, 'Content-Type': type, 'Content-Length': Buffer.byteLength(body) });
    res.end(body);
  };
  const sendJson = (res: http.ServerResponse, status: number, value: unknown) =>
    send(res, status, JSON.stringify(value), 'application/json; charset=utf-8');
  const refuse = (res: http.ServerResponse, status: number, code: string, message: string) =>
    sendJson(res, status, { ok: false, error: { code, message } });

  const server = http.createServer((req, res) => {
    // Nothing a request carries may stop the server: every throw ends as an answer to that request.
    try {
      route(req, res);
    } catch (e) {
      console.error('[plekkenplanner] verzoek mislukt:', e);
      if (!res.headersSent) refuse(res, 500, 'INTERN', 'Er ging iets mis in Plekkenplanner.');
      else res.destroy();
    }
  });
  server.on('clientError', (err: NodeJS.ErrnoException, socket) => {
    if (!socket.writable || err.code === 'ECONNRESET') return void socket.destroy();
    const [status, reason, text] = CLIENT_ERRORS[err.code ?? ''] ?? BAD_REQUEST;
    const body = Buffer.from(`${text}\n`);
    const head = [
      `HTTP/1.1 ${status} ${reason}`,
      'Content-Type: text/plain; charset=utf-8',
      `Content-Length: ${body.length}`,
      'X-Content-Type-Options: nosniff',
      'Cache-Control: no-store',
      'Connection: close',
    ];
    socket.end(Buffer.concat([Buffer.from(`${head.join('\r\n')}\r\n\r\n`), body]));
  });

  function route(req: http.IncomingMessage, res: http.ServerResponse) {
    // DNS-rebinding guard: only our own loopback host names.
    if (!allowedHosts().includes(req.headers.host ?? '')) return refuse(res, 421, 'GEEN_TOEGANG', 'Onbekende host.');
    const pathname = requestPath(req.url ?? '/');
    if (pathname === null) return refuse(res, 400, 'ONGELDIGE_INVOER', 'Ongeldig adres.');
    if (pathname.startsWith('/api/')) return handleApi(req, res, pathname.slice('/api/'.length));
    if (req.method !== 'GET' && req.method !== 'HEAD') return refuse(res, 405, 'GEEN_TOEGANG', 'Methode niet toegestaan.');
    serveStatic(res, pathname);
  }

  function handleApi(req: http.IncomingMessage, res: http.ServerResponse, channel: string) {
    if (req.method !== 'POST') return refuse(res, 405, 'GEEN_TOEGANG', 'Gebruik POST voor de API.');
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts().some((h) => origin === `http://${h}`)) {
      return refuse(res, 403, 'GEEN_TOEGANG', 'Verzoek van een andere herkomst geweigerd.');
    }
    const given = Buffer.from(String(req.headers['x-plekkenplanner-token'] ?? ''));
    if (given.length !== tokenBuf.length || !crypto.timingSafeEqual(given, tokenBuf)) {
      return refuse(res, 401, 'GEEN_TOEGANG', 'Geen of ongeldige sleutel. Open Plekkenplanner via de link die bij het starten is getoond.');
    }
    if (!isJson(req.headers['content-type'])) {
      return refuse(res, 415, 'ONGELDIGE_INVOER', 'Verwacht JSON (Content-Type: application/json).');
    }
    if (!isUtf8(req.headers['content-type'])) {
      return refuse(res, 415, 'ONGELDIGE_INVOER', 'Verwacht JSON in UTF-8 (Content-Type: application/json; charset=utf-8).');
    }
    // Too large: answer at once and close the connection; the rest of the body is never read.
    const tooLarge = () => {
      res.setHeader('Connection', 'close');
      refuse(res, 413, 'ONGELDIGE_INVOER', 'Het verzoek is te groot.');
      req.removeAllListeners('data');
      req.pause();
    };
    req.on('error', () => res.destroy());
    if (Number(req.headers['content-length']) > MAX_BODY_BYTES) return tooLarge();
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size <= MAX_BODY_BYTES) return void chunks.push(c);
      chunks.length = 0;
      tooLarge();
    });
    req.on('end', () => {
      if (res.headersSent) return;
      try {
        let text: string;
        try {
          // Strict: invalid UTF-8 is refused, not silently repaired to U+FFFD and stored.
          text = new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks));
        } catch {
          return refuse(res, 400, 'ONGELDIGE_INVOER', 'Het verzoek is geen geldige UTF-8-tekst.');
        }
        let input: unknown;
        try {
          input = JSON.parse(text || '{}');
        } catch {
          return refuse(res, 400, 'ONGELDIGE_INVOER', 'Het verzoek is geen geldige JSON.');
        }
        const answer = opts.backend.call(channel, input);
        // An unknown channel is an address that does not exist: 404, with the same Dutch message as over IPC.
        sendJson(res, !answer.ok && answer.error.code === 'ONBEKEND_KANAAL' ? 404 : 200, answer);
      } catch (e) {
        console.error('[plekkenplanner] verzoek mislukt:', e);
        if (!res.headersSent) refuse(res, 500, 'INTERN', 'Er ging iets mis in Plekkenplanner.');
      }
    });
  }

  function serveStatic(res: http.ServerResponse, pathname: string) {
    const rel = pathname === '/' ? '/index.html' : pathname;
    const file = path.resolve(opts.rendererDir, '.' + rel);
    if (!file.startsWith(path.resolve(opts.rendererDir) + path.sep)) return refuse(res, 404, 'NIET_GEVONDEN', 'Niet gevonden.');
    fs.readFile(file, (err, data) => {
      if (err) return refuse(res, 404, 'NIET_GEVONDEN', 'Niet gevonden.');
      send(res, 200, data, TYPES[path.extname(file)] ?? 'application/octet-stream');
    });
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', (e: NodeJS.ErrnoException) =>
      reject(
        e.code === 'EADDRINUSE'
          ? new AppError('CONFLICT', `Poort ${opts.port} is al in gebruik door een ander programma. Kies een andere poort (npm start -- --port <nummer>) of laat --port weg: dan kiest Plekkenplanner zelf een vrije poort.`)
          : e.code === 'EACCES'
            ? new AppError('CONFLICT', `Poort ${opts.port} mag niet worden gebruikt (geen rechten). Kies een poort boven 1024 of laat --port weg.`)
            : e,
      ),
    );
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as { port: number }).port;
  return {
    url: `http://127.0.0.1:${port}/#token=${token}`,
    port,
    token,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
