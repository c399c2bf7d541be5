// Tests of web/server.mjs: MIME types, and hostile requests that try to leave the served roots.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { spawn, spawnSync } from 'node:child_process';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { after, before, describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { MIME_TYPES, defaultRoots, pyodideDir, startServer } from '../../../server.mjs';

/** Raw request: the path is sent exactly as given (no URL normalization, unlike fetch). */
function request(port, rawPath, { method = 'GET', host = `127.0.0.1:${port}` } = {}) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: rawPath, method, headers: { Host: host } }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', reject);
    req.end();
  });
}

describe('server.mjs', () => {
  let tmp;
  let srv;
  let port;
  const SECRET = 'top secret outside the root';

  before(async () => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'samovar-web-'));
    const site = path.join(tmp, 'site');
    const other = path.join(tmp, 'other');
    fs.mkdirSync(path.join(site, 'sub'), { recursive: true });
    fs.mkdirSync(other);
    fs.writeFileSync(path.join(tmp, 'secret.txt'), SECRET);
    fs.writeFileSync(path.join(site, 'index.html'), '<!doctype html><title>t</title>');
    fs.writeFileSync(path.join(site, 'a.py'), 'print(1)\n');
    fs.writeFileSync(path.join(site, 'x-1.0-py3-none-any.whl'), 'PK\x03\x04');
    fs.writeFileSync(path.join(site, 'sub', 'data.json'), '{}');
    fs.writeFileSync(path.join(site, 'noext'), 'bytes');
    fs.writeFileSync(path.join(other, 'o.txt'), 'other root');
    fs.symlinkSync(path.join(tmp, 'secret.txt'), path.join(site, 'link-out.txt'));
    fs.symlinkSync(tmp, path.join(site, 'dir-out'));
    fs.writeFileSync(path.join(site, 'sub', 'inside.txt'), 'inside');
    fs.symlinkSync(path.join(site, 'sub', 'inside.txt'), path.join(site, 'link-in.txt'));
    const build = path.join(tmp, 'build');
    fs.mkdirSync(build);
    fs.writeFileSync(path.join(build, 'javacore-0.1.0-py3-none-any.whl'), 'PK\x03\x04wheel');
    fs.writeFileSync(path.join(build, 'javacore.wasm'), '\0asm');
    fs.writeFileSync(path.join(build, 'evil name-1-py3-none-any.whl'), 'x');
    const roots = { '/': site, '/other/': other, '/pyodide/': pyodideDir(), '/samovar/': build };
    srv = await startServer({ port: 0, roots });
    port = Number(new URL(srv.url).port);
  });

  after(async () => {
    await srv?.close();
    fs.rmSync(tmp, { recursive: true, force: true });
  });

  test('binds to loopback only', () => {
    assert.equal(srv.server.address().address, '127.0.0.1');
  });

  test('refuses a non-loopback bind address', async () => {
    await assert.rejects(startServer({ port: 0, host: '0.0.0.0', roots: {} }), /not a loopback address/);
  });

  test('serves the index at / and files with their MIME types', async () => {
    const index = await request(port, '/');
    assert.equal(index.status, 200);
    assert.equal(index.headers['content-type'], 'text/html; charset=utf-8');
    assert.match(index.body.toString(), /<title>t<\/title>/);
    const cases = [
      ['/a.py', 'text/x-python; charset=utf-8'],
      ['/x-1.0-py3-none-any.whl', 'application/zip'],
      ['/sub/data.json', 'application/json; charset=utf-8'],
      ['/noext', 'application/octet-stream'],
      ['/other/o.txt', 'text/plain; charset=utf-8'],
      ['/pyodide/pyodide.asm.wasm', 'application/wasm'],
      ['/pyodide/pyodide.mjs', 'text/javascript; charset=utf-8'],
      ['/pyodide/pyodide.js', 'text/javascript; charset=utf-8'],
      ['/pyodide/pyodide-lock.json', 'application/json; charset=utf-8'],
    ];
    for (const [p, type] of cases) {
      const r = await request(port, p);
      assert.equal(r.status, 200, p);
      assert.equal(r.headers['content-type'], type, p);
      assert.equal(r.headers['x-content-type-options'], 'nosniff', p);
      assert.equal(Number(r.headers['content-length']), r.body.length, p);
    }
    const wasm = await request(port, '/pyodide/pyodide.asm.wasm');
    assert.deepEqual([...wasm.body.subarray(0, 4)], [0, 0x61, 0x73, 0x6d], 'real wasm bytes');
  });

  test('/api/wheels.json lists the wheels of the build output, and they are served as zip', async () => {
    const r = await request(port, '/api/wheels.json');
    assert.equal(r.status, 200);
    assert.equal(r.headers['content-type'], 'application/json; charset=utf-8');
    assert.deepEqual(JSON.parse(r.body), {
      wheels: [{ name: 'javacore-0.1.0-py3-none-any.whl', url: '/samovar/javacore-0.1.0-py3-none-any.whl', size: 9 }],
    });
    const whl = await request(port, '/samovar/javacore-0.1.0-py3-none-any.whl');
    assert.equal(whl.status, 200);
    assert.equal(whl.headers['content-type'], 'application/zip');
    assert.equal((await request(port, '/samovar/javacore.wasm')).headers['content-type'], 'application/wasm');
  });

  test('/api/wheels.json is an empty list when nothing is built', async () => {
    const empty = await startServer({ port: 0, roots: { '/': tmp, '/samovar/': path.join(tmp, 'missing') } });
    try {
      const r = await request(Number(new URL(empty.url).port), '/api/wheels.json');
      assert.deepEqual(JSON.parse(r.body), { wheels: [] });
    } finally {
      await empty.close();
    }
  });

  test('HEAD sends headers only; other methods get 405', async () => {
    const head = await request(port, '/a.py', { method: 'HEAD' });
    assert.equal(head.status, 200);
    assert.equal(head.body.length, 0);
    const post = await request(port, '/a.py', { method: 'POST' });
    assert.equal(post.status, 405);
    assert.equal(post.headers.allow, 'GET, HEAD');
  });

  test('a symlink that stays inside the root is served', async () => {
    const r = await request(port, '/link-in.txt');
    assert.equal(r.status, 200);
    assert.equal(r.body.toString(), 'inside');
  });

  test('path traversal never reaches a file outside the roots', async () => {
    const attacks = [
      '/../secret.txt',
      '/sub/../../secret.txt',
      '/%2e%2e/secret.txt',
      '/%2E%2E/secret.txt',
      '/sub/%2e%2e/%2e%2e/secret.txt',
      '/..%2fsecret.txt',
      '/%2e%2e%2fsecret.txt',
      '/sub%2f..%2f..%2fsecret.txt',
      '/..\\secret.txt',
      '/%5c..%5csecret.txt',
      '/other/../../secret.txt',
      '/other/%2e%2e/%2e%2e/secret.txt',
      '/pyodide/../../../../../../../../etc/passwd',
      '/pyodide/%2e%2e/%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/passwd',
      `/${encodeURIComponent(path.join(tmp, 'secret.txt'))}`,
      '//etc/passwd',
      '/secret.txt%00.html',
      '/a.py%00',
      '/link-out.txt',
      '/dir-out/secret.txt',
      '/%',
      '/%zz',
      '/./a.py',
      '/sub/./data.json',
    ];
    for (const p of attacks) {
      const r = await request(port, p);
      assert.ok([400, 403, 404].includes(r.status), `${p} -> ${r.status}`);
      assert.ok(!r.body.toString().includes(SECRET), `${p} leaked the secret`);
      assert.ok(!r.body.toString().includes('root:'), `${p} leaked /etc/passwd`);
    }
  });

  test('no directory listing', async () => {
    assert.equal((await request(port, '/sub/')).status, 404);
    assert.equal((await request(port, '/sub')).status, 404);
    assert.equal((await request(port, '/pyodide/')).status, 404);
  });

  test('a non-loopback Host header is refused (DNS rebinding)', async () => {
    assert.equal((await request(port, '/a.py', { host: 'evil.example:80' })).status, 421);
    assert.equal((await request(port, '/a.py', { host: 'localhost.evil.example' })).status, 421);
    assert.equal((await request(port, '/a.py', { host: '127.0.0.1.nip.io:80' })).status, 421);
    assert.equal((await request(port, '/a.py', { host: 'localhost' })).status, 200);
    assert.equal((await request(port, '/a.py', { host: `[::1]:${port}` })).status, 200);
  });

  test('every default root prefix is well formed and the page root exists', () => {
    const roots = defaultRoots();
    assert.ok(fs.existsSync(path.join(roots['/'], 'index.html')));
    assert.ok(fs.existsSync(path.join(roots['/pyodide/'], 'pyodide.mjs')));
    for (const ext of ['.wasm', '.mjs', '.js', '.whl', '.json', '.py']) assert.ok(MIME_TYPES[ext], ext);
  });
});

describe('the command line', () => {
  const server = fileURLToPath(new URL('../../../server.mjs', import.meta.url));
  const launcher = fileURLToPath(new URL('../../../../bin/samovar-web', import.meta.url));

  test('bin/samovar-web --port 0 serves the page and the Pyodide files on loopback', async () => {
    const child = spawn(launcher, ['--port', '0', '--quiet'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      const url = await new Promise((resolve, reject) => {
        let out = '';
        child.stdout.on('data', (d) => {
          out += d;
          const m = /Samovar page: (http:\/\/127\.0\.0\.1:\d+\/)/.exec(out);
          if (m) resolve(m[1]);
        });
        child.on('exit', (code) => reject(new Error(`exited ${code}: ${out}`)));
      });
      const port = Number(new URL(url).port);
      const index = await request(port, '/');
      assert.equal(index.status, 200);
      assert.match(index.body.toString(), /<title>Samovar/);
      assert.equal((await request(port, '/pyodide/pyodide.asm.wasm', { method: 'HEAD' })).headers['content-type'], 'application/wasm');
      assert.equal((await request(port, '/../package.json')).status, 400);
    } finally {
      child.kill();
    }
  });

  test('bad options exit 2 with a message naming the option', () => {
    const cases = [
      [['--port', 'http'], /--port must be 0\.\.65535, got http/],
      [['--port'], /--port needs a value/],
      [['--host', '0.0.0.0', '--port', '0'], /--host 0\.0\.0\.0 is not a loopback address/],
      [['--verbose'], /unknown option --verbose; usage: node web\/server\.mjs/],
    ];
    for (const [args, message] of cases) {
      const r = spawnSync(process.execPath, [server, ...args], { encoding: 'utf8', timeout: 20_000 });
      assert.equal(r.status, 2, `${args.join(' ')}: ${r.stderr}`);
      assert.match(r.stderr, message);
    }
  });
});
