// Stand-ins for the hosted form services, for end-to-end tests: one loopback
// server, a path per service, each following that service's documented
// contract as far as the booking form meets it (see src/booking/hosted.rs
// for the sources):
//
//   POST /formspree/f/<id>   Formspree: JSON or url-encoded; `_gotcha` honeypot;
//                            {"ok":true,"next":…} / 422 {"error","errors":[{code,field,message}]}
//   POST /basin/f/<id>       Basin: JSON or url-encoded; `_gotcha`; {"success":true} / {"error"}
//   POST /web3forms/submit   Web3Forms: `access_key` required, `botcheck`;
//                            {"success":true,"message"} / {"success":false,"message"}
//   POST /staticforms/submit Static Forms: `apiKey` required, `honeypot`;
//                            {"success":true,"message"} / 400 {"success":false,"message"}
//
// CORS as the services allow it: a preflight asking for any request header
// other than Accept, Content-Type, X-Requested-With and Authorization (the
// headers Formspree's open-source server allowed) is refused (403, no
// Access-Control-Allow-Origin), as the real service would refuse it; answers
// allow the origin but expose no header, so `Retry-After` cannot be read.
// A post without `Accept: application/json` is a browser's native form post:
// it gets the service's HTML thank-you page.
//
//   node tests/support/hosted-standins.mjs --port 4176
//
// Control API (tests run in parallel: scoped by the booking's email):
//   POST /__control/plan {"email", "steps": [{"status","body","headers","delayMs"} | {"hang": true}]}
//   GET  /__control/requests?email=   every POST (service, headers, content type, fields)
//   GET  /__control/preflights        every OPTIONS (service, requested headers, allowed)
//   GET  /__control/health
import { createServer } from 'node:http';
import { readBody } from './read-body.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => {
    if (arg.startsWith('--')) pairs.push([arg.slice(2), all[i + 1]]);
    return pairs;
  }, []),
);
const port = Number(args.port ?? 4176);

/** The services: where they listen, their key and honeypot names, their success answer. */
const services = {
  formspree: { path: /^\/formspree\/f\/[\w-]+$/, key: null, honeypot: '_gotcha', ok: () => ({ ok: true, next: '/thanks' }) },
  basin: { path: /^\/basin\/f\/[\w-]+$/, key: null, honeypot: '_gotcha', ok: () => ({ success: true }) },
  web3forms: {
    path: /^\/web3forms\/submit$/,
    key: 'access_key',
    honeypot: 'botcheck',
    ok: (fields) => ({ success: true, message: 'Email sent successfully!', data: fields }),
    missingKey: [400, { success: false, message: 'Access key is required' }],
  },
  staticforms: {
    path: /^\/staticforms\/submit$/,
    key: 'apiKey',
    honeypot: 'honeypot',
    ok: () => ({ success: true, message: 'Form submission received' }),
    missingKey: [400, { success: false, message: 'API key is required' }],
  },
};
const allowedHeaders = ['accept', 'content-type', 'x-requested-with', 'authorization'];

const plans = new Map();
const requests = [];
const preflights = [];

const serviceAt = (path) => Object.entries(services).find(([, s]) => s.path.test(path))?.[0];


function parseFields(contentType, raw) {
  if (contentType.startsWith('application/json')) {
    try {
      const value = JSON.parse(raw);
      return value && typeof value === 'object' && !Array.isArray(value) ? value : null;
    } catch {
      return null;
    }
  }
  if (contentType.startsWith('application/x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(raw));
  return null;
}

function send(res, status, body, headers = {}) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, { 'content-type': typeof body === 'string' ? 'text/html; charset=utf-8' : 'application/json', ...headers });
  res.end(text);
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

const server = createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname.startsWith('/__control/')) return control(req, res, url);
  const name = serviceAt(url.pathname);
  if (!name) return send(res, 404, { error: 'Form not found' });
  const service = services[name];
  const origin = req.headers.origin;
  if (req.method === 'OPTIONS') {
    const asked = String(req.headers['access-control-request-headers'] ?? '')
      .split(',')
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean);
    const allowed = asked.every((h) => allowedHeaders.includes(h));
    preflights.push({ service: name, origin, asked, allowed });
    if (!allowed) return send(res, 403, 'Request header not allowed');
    res.writeHead(204, {
      'access-control-allow-origin': origin ?? '*',
      'access-control-allow-methods': 'POST',
      'access-control-allow-headers': allowedHeaders.join(', '),
      'access-control-max-age': '0',
      vary: 'Origin',
    });
    return res.end();
  }
  if (req.method !== 'POST') return send(res, 405, { error: 'Method not allowed' });
  const raw = await readBody(req);
  const contentType = String(req.headers['content-type'] ?? '');
  const fields = parseFields(contentType, raw);
  const native = !String(req.headers.accept ?? '').includes('application/json');
  const cors = origin ? { 'access-control-allow-origin': origin, vary: 'Origin' } : {};
  const email = fields?.email ?? '';
  const record = { at: Date.now(), service: name, path: url.pathname, query: url.search, headers: req.headers, contentType, raw, fields, native };
  requests.push(record);
  if (!fields) return send(res, 400, { error: 'Unreadable body' }, cors);
  if (service.key && !fields[service.key]) return send(res, ...service.missingKey, cors);
  const step = (plans.get(email) ?? []).shift();
  if (step?.hang) return; // never answers: the browser's timeout ends it
  if (step?.delayMs) await sleep(step.delayMs);
  if (step) {
    record.answer = step.status;
    return send(res, step.status, step.body ?? {}, { ...cors, ...(step.headers ?? {}) });
  }
  // A filled honeypot: accepted as far as the sender can tell, and dropped.
  record.spam = Boolean(fields[service.honeypot]);
  record.answer = 200;
  if (native) return send(res, 200, `<!doctype html><title>Thanks</title><h1>Thanks! ${name} received your submission.</h1>`);
  return send(res, 200, service.ok(fields), cors);
});

async function control(req, res, url) {
  const scoped = (list) => list.filter((r) => !url.searchParams.get('email') || r.fields?.email === url.searchParams.get('email'));
  switch (`${req.method} ${url.pathname}`) {
    case 'GET /__control/health':
      return send(res, 200, { ok: true });
    case 'POST /__control/plan': {
      const { email, steps } = JSON.parse(await readBody(req));
      plans.set(email, steps);
      return send(res, 200, { ok: true });
    }
    case 'GET /__control/requests':
      return send(res, 200, scoped(requests));
    case 'GET /__control/preflights':
      return send(res, 200, preflights);
    default:
      return send(res, 404, { error: 'unknown control path' });
  }
}

server.listen(port, '127.0.0.1', () => console.log(`hosted form service stand-ins on http://127.0.0.1:${port}`));
