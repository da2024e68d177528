// Serves a built dist/ folder the way a static CDN does, for end-to-end tests
// and the benchmark: exact files, folder index.html, 404.html with status 404
// for unknown paths, brotli or gzip by Accept-Encoding, and the rules of a
// Netlify / Cloudflare Pages style `_headers` file.
//
//   node tests/support/serve-dist.mjs --dir dist --port 4173 [--base /portfolio/] [--netlify-forms on]
//
// With --netlify-forms, it also takes form posts as Netlify Forms does: a
// same-origin url-encoded POST to a page, whose `form-name` names a form that
// the site's HTML declares for Netlify (`<form name=… data-netlify="true">`),
// is recorded and answered with a thank-you page; another form name gets 404.
// For tests: GET /__netlify/submissions?email=, POST /__netlify/plan {"email",
// "steps": [{"status","body"}]} to answer that email's next posts so.
import { createServer } from 'node:http';
import { readBody } from './read-body.mjs';
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

const netlify = { submissions: [], plans: new Map() };


/** Netlify Forms: the form names the site's HTML declares, then the post. */
async function netlifyForms(req, res, url) {
  if (url.pathname === '/__netlify/submissions') {
    const email = url.searchParams.get('email');
    const list = netlify.submissions.filter((s) => !email || s.fields.email === email);
    return res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(list));
  }
  const raw = await readBody(req);
  if (url.pathname === '/__netlify/plan') {
    const { email, steps } = JSON.parse(raw);
    netlify.plans.set(email, steps);
    return res.writeHead(200).end();
  }
  const contentType = String(req.headers['content-type'] ?? '');
  const fields = contentType.startsWith('application/x-www-form-urlencoded') ? Object.fromEntries(new URLSearchParams(raw)) : {};
  const page = (await fileAt(join(root, url.pathname))) ?? '';
  const html = page ? await readFile(page, 'utf8') : '';
  const declared = [...html.matchAll(/<form name="([^"]+)" data-netlify="true"(?: netlify-honeypot="([^"]+)")?/g)];
  const form = declared.find((m) => m[1] === fields['form-name']);
  const record = { at: Date.now(), path: url.pathname, query: url.search, origin: req.headers.origin, headers: req.headers, contentType, raw, fields };
  netlify.submissions.push(record);
  if (!form) return res.writeHead(404, { 'content-type': 'text/html' }).end('<h1>Page not found</h1>');
  record.spam = Boolean(form[2] && fields[form[2]]);
  const step = (netlify.plans.get(fields.email) ?? []).shift();
  if (step) return res.writeHead(step.status, { 'content-type': 'text/html' }).end(step.body ?? '');
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Thank you</title><h1>Thank you! Your form submission has been received.</h1>');
}

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (args['netlify-forms'] && (req.method === 'POST' || url.pathname.startsWith('/__netlify/'))) return netlifyForms(req, res, url);
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
