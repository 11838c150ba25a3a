/** Browser-mode transport: loopback only, per-run token, same origin, and the same backend as Electron. */
import fc from 'fast-check';
import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openBackend, type Backend } from '../../electron/backend/backend';
import { charsetOf, isJson, isUtf8, requestPath, startBrowserServer, type BrowserServer } from '../../electron/browser/server';
import { FIXED_NOW, tempDb } from './tempFiles';

let backend: Backend;
let server: BrowserServer;
let rendererDir: string;

beforeAll(async () => {
  const file = tempDb('server');
  rendererDir = path.join(path.dirname(file), 'renderer');
  fs.mkdirSync(rendererDir);
  fs.writeFileSync(path.join(rendererDir, 'index.html'), '<!doctype html><title>Plekkenplanner</title>');
  fs.writeFileSync(path.join(path.dirname(file), 'geheim.txt'), 'niet serveren');
  backend = openBackend(file, 'test', FIXED_NOW);
  server = await startBrowserServer({ backend, rendererDir });
});
afterAll(async () => {
  await server.close();
  backend.close();
});

function request(opts: { path: string; method?: string; headers?: Record<string, string>; body?: string | Buffer }) {
  return new Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }>((resolve, reject) => {
    const req = http.request(
      { host: '127.0.0.1', port: server.port, path: opts.path, method: opts.method ?? 'GET', headers: { host: `127.0.0.1:${server.port}`, ...opts.headers } },
      (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}
/** A request written by hand on a socket, so any bytes can stand in the path; resolves with the status code (0: no answer). */
async function raw(pathText: string, method = 'GET', headers: Record<string, string> = {}, body = ''): Promise<number> {
  const lines = [`${method} ${pathText} HTTP/1.1`, `Host: 127.0.0.1:${server.port}`, 'Connection: close', ...Object.entries(headers).map(([k, v]) => `${k}: ${v}`)];
  if (body) lines.push(`Content-Length: ${Buffer.byteLength(body)}`);
  return (await rawBytes([Buffer.from(`${lines.join('\r\n')}\r\n\r\n${body}`)])).status;
}
/**
 * Bytes written by hand on a socket, which is left open (the request may be unfinished); resolves with the answer as
 * soon as the server closes the connection, or with status 0 after `timeoutMs` without an answer.
 */
function rawBytes(parts: Buffer[], timeoutMs = 5000): Promise<{ status: number; text: string }> {
  return new Promise((resolve) => {
    const socket = net.connect(server.port, '127.0.0.1');
    let text = '';
    const done = () => resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text });
    socket.on('connect', () => parts.forEach((p) => socket.write(p)));
    socket.on('data', (d) => (text += d));
    socket.on('error', done);
    socket.on('close', done);
    socket.setTimeout(timeoutMs, () => socket.destroy());
  });
}
const alive = async () => (await request({ path: '/' })).status === 200;

const api = (channel: string, body: unknown, headers: Record<string, string> = {}) =>
  request({
    path: `/api/${channel}`,
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-plekkenplanner-token': server.token, ...headers },
    body: JSON.stringify(body),
  });

describe('browser-mode server', () => {
  it('listens on 127.0.0.1 only and prints a URL carrying the token', () => {
    expect(server.url).toMatch(new RegExp(`^http://127\\.0\\.0\\.1:${server.port}/#token=[A-Za-z0-9_-]{32}$`));
  });

  it('takes a scenario file as large as the contract allows, and refuses a larger request', async () => {
    const big = await api('scenario.import', { fileName: 'groot.json', json: `{"format":"iets anders","vulling":"${'x'.repeat(4_500_000)}"}` });
    expect(big.status).toBe(200);
    expect(JSON.parse(big.body).error.message).toContain('geen Plekkenplanner-scenario');
    const tooBig = await api('scenario.import', { fileName: 'te-groot.json', json: 'x'.repeat(12_500_000) });
    expect(tooBig.status).toBe(413);
  });

  it('answers 413 as soon as a request passes 12 MB, without reading the rest, and keeps running', async () => {
    const head = (extra: string) =>
      Buffer.from(
        `POST /api/scenario.list HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Type: application/json\r\nX-Plekkenplanner-Token: ${server.token}\r\n${extra}\r\n`,
      );
    // Chunked: 13 MB sent, the request never finished. The server used to wait for the end of the body before answering.
    const chunk = Buffer.alloc(1_000_000, 0x20);
    const chunked = [head('Transfer-Encoding: chunked\r\n'), ...Array.from({ length: 13 }, () => Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]))];
    const streamed = await rawBytes(chunked);
    expect(streamed.status).toBe(413);
    expect(streamed.text).toContain('Het verzoek is te groot.');
    expect(streamed.text.toLowerCase()).toContain('connection: close');
    expect(await alive()).toBe(true);
    // A Content-Length over the limit is refused before a byte of the body is read.
    const announced = await rawBytes([head('Content-Length: 20000000\r\n'), Buffer.from('{"a":')]);
    expect(announced.status).toBe(413);
    expect(await alive()).toBe(true);
    expect((await api('scenario.list', {})).status).toBe(200);
  });

  it('refuses a body that is not UTF-8 (it used to be repaired to U+FFFD and stored) and a charset other than UTF-8', async () => {
    const headers = { 'content-type': 'application/json', 'x-plekkenplanner-token': server.token };
    for (const bad of [[0xe9], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xff]]) {
      const body = Buffer.concat([Buffer.from('{"name":"Caf'), Buffer.from(bad), Buffer.from('"}')]);
      const r = await request({ path: '/api/scenario.create', method: 'POST', headers, body });
      expect(r.status, JSON.stringify(bad)).toBe(400);
      expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'ONGELDIGE_INVOER', message: 'Het verzoek is geen geldige UTF-8-tekst.' } });
    }
    for (const type of ['application/json; charset=iso-8859-1', 'application/json; charset=latin1', 'application/json;charset="utf-16"']) {
      const r = await api('scenario.list', {}, { 'content-type': type });
      expect(r.status, type).toBe(415);
      expect(JSON.parse(r.body).error.message).toMatch(/UTF-8/);
    }
    for (const type of ['application/json; charset=utf-8', 'application/json; charset="UTF-8"', 'application/json; charset=utf8']) {
      expect((await api('scenario.list', {}, { 'content-type': type })).status, type).toBe(200);
    }
    expect(charsetOf('application/json; foo=bar; Charset="UTF-8"')).toBe('utf-8');
    expect(isUtf8('application/json')).toBe(true);
    expect(JSON.parse((await api('scenario.list', {})).body).data).toHaveLength(1);
  });

  it('answers an unknown channel with 404 and the Dutch message (it used to be 200)', async () => {
    for (const channel of ['constructor', '__proto__', '', 'toString', 'hasOwnProperty', 'scenario.drop']) {
      const r = await api(channel, {});
      expect(r.status, channel).toBe(404);
      expect(JSON.parse(r.body)).toMatchObject({ ok: false, error: { code: 'ONBEKEND_KANAAL', message: expect.stringMatching(/^Onbekende opdracht/) } });
    }
    expect((await api('scenario.list', {})).status).toBe(200);
  });

  it('answers what Node’s parser refuses with a short Dutch text: 400, and 431 for too large headers', async () => {
    const garbage = await rawBytes([Buffer.from('DIT IS GEEN HTTP\r\n\r\n')]);
    expect(garbage.status).toBe(400);
    expect(garbage.text).toMatch(/\r\n\r\nOngeldig verzoek\.\n$/);
    expect(garbage.text).toMatch(/Content-Type: text\/plain; charset=utf-8/);
    const huge = await rawBytes([Buffer.from(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nX-Groot: ${'a'.repeat(20_000)}\r\n\r\n`)]);
    expect(huge.status).toBe(431);
    expect(huge.text).toMatch(/De kopregels van het verzoek zijn te groot\.\n$/);
    expect(await alive()).toBe(true);
  });

  it('answers a call with the token', async () => {
    const r = await api('scenario.list', {});
    expect(r.status).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ ok: true, data: [{ name: 'Basis — ongewijzigd beleid' }] });
  });

  it('refuses calls without or with a wrong token', async () => {
    const none = await request({ path: '/api/scenario.list', method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' });
    expect(none.status).toBe(401);
    expect(JSON.parse(none.body).error.message).toMatch(/sleutel/);
    expect((await api('scenario.list', {}, { 'x-plekkenplanner-token': 'x'.repeat(32) })).status).toBe(401);
  });

  it('refuses other origins and other host names (DNS rebinding)', async () => {
    expect((await api('scenario.list', {}, { origin: 'http://evil.example' })).status).toBe(403);
    expect((await api('scenario.list', {}, { origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
    expect((await api('scenario.list', {}, { host: `evil.example:${server.port}` })).status).toBe(421);
  });

  it('refuses malformed bodies and invalid input without storing anything', async () => {
    const bad = await request({
      path: '/api/scenario.create',
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-plekkenplanner-token': server.token },
      body: '{nope',
    });
    expect(bad.status).toBe(400);
    const invalid = JSON.parse((await api('scenario.create', { name: 42 })).body);
    expect(invalid).toMatchObject({ ok: false, error: { code: 'ONGELDIGE_INVOER' } });
    expect((await api('scenario.create', {}, { 'content-type': 'text/plain' })).status).toBe(415);
    expect((await api('scenario.list', {}, {})).status).toBe(200);
    expect(JSON.parse((await api('scenario.list', {})).body).data).toHaveLength(1);
    expect((await request({ path: '/api/scenario.list' })).status).toBe(405);
  });

  it('serves the UI with a strict CSP and never files outside it', async () => {
    const page = await request({ path: '/' });
    expect(page.status).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(page.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect((await request({ path: '/../geheim.txt' })).status).toBe(404);
    expect((await request({ path: '/%2e%2e/geheim.txt' })).status).toBe(404);
  });

  it('answers malformed percent-encoding and NUL bytes with 400 and goes on (they used to stop it)', async () => {
    for (const p of ['/%ZZ', '/%00', '/index.html%00.js', '/%E0%A4%A', '/%', '/%C0%AF']) {
      expect(await raw(p), p).toBe(400);
      expect(await alive()).toBe(true);
    }
    expect(await raw('/api/%ZZ', 'POST', { 'content-type': 'application/json', 'x-plekkenplanner-token': server.token }, '{}')).toBe(400);
    expect(await raw('http://127.0.0.1/absolute', 'GET')).toBe(400);
    expect(await alive()).toBe(true);
  });

  it('checks Content-Type exactly and in any letter case', async () => {
    expect((await api('scenario.list', {}, { 'content-type': 'APPLICATION/JSON; charset=UTF-8' })).status).toBe(200);
    expect((await api('scenario.list', {}, { 'content-type': 'Application/Json' })).status).toBe(200);
    expect((await api('scenario.list', {}, { 'content-type': 'application/jsonp' })).status).toBe(415);
    expect((await api('scenario.list', {}, { 'content-type': 'application/json-seq' })).status).toBe(415);
    expect(isJson(undefined)).toBe(false);
  });

  it('gives a Dutch message when the port is taken', async () => {
    await expect(startBrowserServer({ backend, rendererDir, port: server.port })).rejects.toThrow(/Poort \d+ is al in gebruik/);
    expect(await alive()).toBe(true);
  });

  it('never stops for any request path (property: random paths, raw bytes)', async () => {
    let tried = 0;
    const segment = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }).map(encodeURIComponent),
      fc.constantFrom('%', '%Z', '%ZZ', '%00', '%E0%A4%A', '%FF', '..', '%2e%2e', 'api', 'index.html', '%C0%AF', '\\', '%5C', '?', '#', ';', '%0A'),
      fc.stringMatching(/^[\x21-\x7e]{0,10}$/),
    );
    await fc.assert(
      fc.asyncProperty(fc.array(segment, { maxLength: 6 }), fc.constantFrom('GET', 'POST', 'HEAD', 'PUT'), async (parts, method) => {
        tried++;
        const p = `/${parts.join('/')}`.replace(/[\s]/g, '');
        const status = await raw(p, method, { 'content-type': 'application/json', 'x-plekkenplanner-token': server.token }, method === 'POST' ? '{}' : '');
        expect(status).toBeGreaterThanOrEqual(200);
        expect(status).toBeLessThan(500);
        return true;
      }),
      { numRuns: 300, seed: 20261125 },
    );
    expect(await alive()).toBe(true);
    console.log(`[property] ${tried} random request paths, the server answered every one and kept running`);
  }, 60_000);

  it('decodes paths safely', () => {
    expect(requestPath('/a%20b')).toBe('/a b');
    expect(requestPath('/%ZZ')).toBeNull();
    expect(requestPath('/x%00')).toBeNull();
    expect(requestPath('/x%0A')).toBeNull();
    // The app's one set of control characters: C1 (NEL), line separator, bidi override, zero-width space.
    for (const c of ['%C2%85', '%E2%80%A8', '%E2%80%AE', '%E2%80%8B']) expect(requestPath(`/x${c}`), c).toBeNull();
    expect(requestPath('relative')).toBeNull();
    expect(requestPath('/api/scenario.list?x=1')).toBe('/api/scenario.list');
  });
});
