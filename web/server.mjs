#!/usr/bin/env node
// Samovar's page server: a small static server for the page, the javacore build output, the
// Samovar loader and the `pyodide` npm package's own files (never a CDN). No dependencies.
//   node web/server.mjs [--port 8765] [--host 127.0.0.1]
// It serves only GET/HEAD, only from the roots below, only to loopback clients, never a directory
// listing, and refuses any path that could leave a root (`..`, encoded slashes, NUL, symlinks out).
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..');

/** Content types by extension; anything else is application/octet-stream. */
export const MIME_TYPES = Object.freeze({
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.whl': 'application/zip',
  '.zip': 'application/zip',
  '.tar': 'application/x-tar',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.py': 'text/x-python; charset=utf-8',
  '.pyi': 'text/x-python; charset=utf-8',
  '.ts': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
});

/** Where the `pyodide` npm package lives (node_modules, found as Node resolves packages). */
export function pyodideDir() {
  const require = createRequire(path.join(repo, 'package.json'));
  try {
    return path.dirname(require.resolve('pyodide/package.json'));
  } catch {
    try {
      return path.dirname(require.resolve('pyodide'));
    } catch {
      throw new Error(`server.mjs: the npm package 'pyodide' is not installed; run 'npm ci' in ${repo}`);
    }
  }
}

/**
 * The default URL prefixes and the directories they serve. `/samovar/` is the build output of
 * wasm-core (javacore.wasm and the wheel), `/loader/` the Samovar JS runtime of pyodide-loader.
 */
export function defaultRoots() {
  return {
    '/': path.join(here, 'src/main/web'),
    '/pyodide/': pyodideDir(),
    '/samovar/': path.join(repo, 'wasm-core/target/samovar'),
    '/loader/': path.join(repo, 'pyodide-loader/target/classes/dev/samovar/pyodide/runtime'),
  };
}

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

class HttpError extends Error {
  constructor(status, message) {
    super(message);
    this.status = status;
  }
}

/** Maps a request path to a file under one of the roots, or throws an HttpError. */
function resolvePath(roots, rawPath) {
  if (rawPath.includes('\\')) throw new HttpError(400, 'backslash in path');
  // The longest prefix wins, so '/pyodide/x' is not looked up under '/'.
  const prefix = Object.keys(roots)
    .filter((p) => rawPath.startsWith(p) || rawPath === p.slice(0, -1))
    .sort((a, b) => b.length - a.length)[0];
  if (!prefix) throw new HttpError(404, 'no such root');
  const rest = rawPath.slice(prefix.length);
  const segments = [];
  for (const raw of rest.split('/')) {
    let seg;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      throw new HttpError(400, 'malformed percent-encoding');
    }
    if (seg === '') continue;
    if (seg === '.' || seg === '..' || seg.includes('/') || seg.includes('\\') || seg.includes('\0')) {
      throw new HttpError(400, `forbidden path segment ${JSON.stringify(seg)}`);
    }
    segments.push(seg);
  }
  if (segments.length === 0) segments.push('index.html');
  return { root: roots[prefix], file: path.join(roots[prefix], ...segments) };
}

/** Resolves symlinks and checks the file is still inside its root (the root may be a symlink). */
function checkInside(root, file) {
  let realRoot;
  let realFile;
  try {
    realRoot = fs.realpathSync(root);
    realFile = fs.realpathSync(file);
  } catch {
    throw new HttpError(404, 'not found');
  }
  if (realFile !== realRoot && !realFile.startsWith(realRoot + path.sep)) {
    throw new HttpError(403, 'outside the served directory');
  }
  const st = fs.statSync(realFile);
  if (!st.isFile()) throw new HttpError(404, 'not a file');
  return { realFile, size: st.size };
}

function hostAllowed(hostHeader) {
  if (!hostHeader) return false;
  const m = /^(\[[^\]]+\]|[^:]+)(?::\d+)?$/.exec(hostHeader);
  if (!m) return false;
  return LOOPBACK.has(m[1].replace(/^\[|\]$/g, '').toLowerCase());
}

/** The one generated response: the wheels under /samovar/, so the page needs no version baked in. */
export const WHEELS_PATH = '/api/wheels.json';

function wheels(roots) {
  const dir = roots['/samovar/'];
  let names = [];
  try {
    names = fs.readdirSync(dir).filter((f) => /^[A-Za-z0-9_.-]+-py3-none-any\.whl$/.test(f)).sort();
  } catch {
    // no build output yet: an empty list, and the page says what to build
  }
  return { wheels: names.map((name) => ({ name, url: `/samovar/${name}`, size: fs.statSync(path.join(dir, name)).size })) };
}

function sendJson(res, req, value) {
  const body = Buffer.from(JSON.stringify(value));
  res.writeHead(200, {
    'Content-Type': MIME_TYPES['.json'],
    'Content-Length': body.length,
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(req.method === 'HEAD' ? undefined : body);
}

/** The request handler, exported for tests. */
export function handler(roots = defaultRoots(), { log = null } = {}) {
  return (req, res) => {
    const send = (status, text) => {
      res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
      res.end(req.method === 'HEAD' ? undefined : `${status} ${text}\n`);
      log?.(`${status} ${req.method} ${req.url}`);
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.setHeader('Allow', 'GET, HEAD');
        throw new HttpError(405, 'only GET and HEAD');
      }
      // DNS rebinding: a page on another site that resolves its name to 127.0.0.1 gets nothing.
      if (!hostAllowed(req.headers.host)) throw new HttpError(421, 'the Host header must be a loopback name');
      const rawPath = (req.url ?? '').split(/[?#]/, 1)[0];
      if (!rawPath.startsWith('/')) throw new HttpError(400, 'the path must start with /');
      if (rawPath === WHEELS_PATH) {
        sendJson(res, req, wheels(roots));
        log?.(`200 ${req.method} ${req.url}`);
        return;
      }
      const { root, file } = resolvePath(roots, rawPath);
      const { realFile, size } = checkInside(root, file);
      const type = MIME_TYPES[path.extname(realFile).toLowerCase()] ?? 'application/octet-stream';
      res.writeHead(200, {
        'Content-Type': type,
        'Content-Length': size,
        'Cache-Control': 'no-cache',
        'X-Content-Type-Options': 'nosniff',
      });
      log?.(`200 ${req.method} ${req.url}`);
      if (req.method === 'HEAD') {
        res.end();
        return;
      }
      fs.createReadStream(realFile)
        .on('error', () => res.destroy())
        .pipe(res);
    } catch (e) {
      if (e instanceof HttpError) send(e.status, e.message);
      else send(500, 'internal error');
    }
  };
}

/**
 * Starts the server; resolves to {server, url, close()}. Options: port (0 = any free port),
 * host (a loopback address; default 127.0.0.1), roots (prefix → directory; default defaultRoots()).
 */
export function startServer({ port = 8765, host = '127.0.0.1', roots = defaultRoots(), log = null } = {}) {
  if (!LOOPBACK.has(host)) {
    return Promise.reject(new Error(`server.mjs: --host ${host} is not a loopback address; use 127.0.0.1, ::1 or localhost`));
  }
  for (const prefix of Object.keys(roots)) {
    if (!prefix.startsWith('/') || !prefix.endsWith('/')) {
      return Promise.reject(new Error(`server.mjs: root prefix ${JSON.stringify(prefix)} must start and end with '/'`));
    }
  }
  const server = http.createServer(handler(roots, { log }));
  return new Promise((resolve, reject) => {
    server.once('error', (e) => {
      reject(e.code === 'EADDRINUSE' ? new Error(`server.mjs: port ${port} is in use; pass --port <n> (or --port 0 for any)`) : e);
    });
    server.listen(port, host, () => {
      const addr = server.address();
      const h = addr.family === 'IPv6' ? `[${addr.address}]` : addr.address;
      resolve({
        server,
        url: `http://${h}:${addr.port}/`,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}

function parseArgs(argv) {
  const out = { port: 8765, host: '127.0.0.1', quiet: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) throw new Error(`server.mjs: ${a} needs a value`);
      return argv[++i];
    };
    if (a === '--port') {
      const p = Number(value());
      if (!Number.isInteger(p) || p < 0 || p > 65535) throw new Error(`server.mjs: --port must be 0..65535, got ${argv[i]}`);
      out.port = p;
    } else if (a === '--host') out.host = value();
    else if (a === '--quiet') out.quiet = true;
    else if (a === '--help' || a === '-h') out.help = true;
    else throw new Error(`server.mjs: unknown option ${a}; usage: node web/server.mjs [--port N] [--host 127.0.0.1] [--quiet]`);
  }
  return out;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    const opts = parseArgs(process.argv.slice(2));
    if (opts.help) {
      console.log('usage: node web/server.mjs [--port N] [--host 127.0.0.1] [--quiet]');
      process.exit(0);
    }
    const roots = defaultRoots();
    for (const [prefix, dir] of Object.entries(roots)) {
      if (!fs.existsSync(dir)) console.error(`server.mjs: warning: ${prefix} -> ${dir} does not exist yet (build it: mvn -Dquick -pl wasm-core,pyodide-loader -am package)`);
    }
    const { url } = await startServer({ ...opts, roots, log: opts.quiet ? null : (line) => console.log(line) });
    console.log(`Samovar page: ${url}  (Ctrl-C to stop)`);
  } catch (e) {
    console.error(e.message);
    process.exit(2);
  }
}
