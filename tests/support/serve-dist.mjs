// Serves a built dist/ folder the way a static CDN does, for end-to-end tests
// and the benchmark: exact files, folder index.html, 404.html with status 404
// for unknown paths, brotli or gzip by Accept-Encoding, and the rules of a
// Netlify / Cloudflare Pages style `_headers` file.
//
//   node tests/support/serve-dist.mjs --dir dist --port 4173 [--base /portfolio/]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => {
    if (arg.startsWith('--')) pairs.push([arg.slice(2), all[i + 1]]);
    return pairs;
  }, []),
);
const root = resolve(args.dir ?? 'dist');
const port = Number(args.port ?? 4173);
const base = (args.base ?? '/').replace(/\/?$/, '/');

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.woff2': 'font/woff2',
  '.webmanifest': 'application/manifest+json',
};
const compressible = new Set(['.html', '.js', '.mjs', '.css', '.wasm', '.svg', '.json', '.xml', '.txt']);

/** Parses `_headers`: blocks of a path pattern followed by indented `Name: value` lines. */
async function loadHeaderRules() {
  let text;
  try {
    text = await readFile(join(root, '_headers'), 'utf8');
  } catch {
    return [];
  }
  const rules = [];
  let current = null;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      current = { pattern: line.trim(), headers: [] };
      rules.push(current);
    } else if (current) {
      const at = line.indexOf(':');
      if (at > 0) current.headers.push([line.slice(0, at).trim(), line.slice(at + 1).trim()]);
    }
  }
  return rules;
}

function patternMatches(pattern, path) {
  const regex = new RegExp(
    '^' + pattern.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$',
  );
  return regex.test(path);
}

async function fileAt(path) {
  try {
    const info = await stat(path);
    if (info.isFile()) return path;
    if (info.isDirectory()) return fileAt(join(path, 'index.html'));
  } catch {}
  return null;
}

const cache = new Map();
async function body(file, encoding) {
  const key = `${file}|${encoding}`;
  if (!cache.has(key)) {
    // Precompressed files (written by the benchmark) win, as on a CDN.
    const suffix = { br: '.br', gzip: '.gz' }[encoding];
    const pre = suffix ? await readFile(file + suffix).catch(() => null) : null;
    if (pre) {
      cache.set(key, pre);
      return pre;
    }
    const raw = await readFile(file);
    let data = raw;
    if (encoding === 'br') {
      data = brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
    } else if (encoding === 'gzip') {
      data = gzipSync(raw, { level: 9 });
    }
    cache.set(key, data);
  }
  return cache.get(key);
}

const rules = await loadHeaderRules();

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  let path = decodeURIComponent(url.pathname);
  if (!path.startsWith(base) && path + '/' !== base) {
    res.writeHead(404, { 'content-type': 'text/plain' }).end('outside the site base path');
    return;
  }
  const inside = path.slice(base.length - 1) || '/';
  const target = normalize(join(root, inside));
  if (target !== root && !target.startsWith(root + sep)) {
    res.writeHead(400).end();
    return;
  }
  let status = 200;
  let file = await fileAt(target);
  if (!file) {
    status = 404;
    file = (await fileAt(join(root, '404.html'))) ?? (await fileAt(join(root, 'index.html')));
  }
  if (!file) {
    res.writeHead(404).end();
    return;
  }
  const ext = extname(file);
  const accepts = String(req.headers['accept-encoding'] ?? '');
  const encoding = !compressible.has(ext) ? null : /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
  const headers = { 'content-type': types[ext] ?? 'application/octet-stream', vary: 'Accept-Encoding' };
  if (encoding) headers['content-encoding'] = encoding;
  for (const rule of rules) {
    if (patternMatches(rule.pattern, inside)) {
      for (const [name, value] of rule.headers) headers[name.toLowerCase()] = value;
    }
  }
  const data = await body(file, encoding);
  headers['content-length'] = data.length;
  res.writeHead(status, headers);
  res.end(req.method === 'HEAD' ? undefined : data);
});

server.listen(port, '127.0.0.1', () => {
  console.log(`serving ${root} at http://127.0.0.1:${port}${base}`);
});
