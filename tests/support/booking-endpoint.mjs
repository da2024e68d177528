// A booking endpoint for end-to-end tests: a real HTTP server on loopback, on
// another port than the site, so the browser makes a CORS preflight exactly as
// it would against the owner's endpoint.
//
//   node tests/support/booking-endpoint.mjs --port 4174
//
// `--port 0` takes a free port; the first line it prints names the one it got.
//
// POST /bookings        the endpoint. Honours Idempotency-Key: the first request
//                       with a key that it processes stores the booking; later
//                       ones with the same key replay the stored answer
//                       (Idempotent-Replayed: true), and the same key with a
//                       different body gets 422.
// OPTIONS /bookings     CORS preflight, allowing Content-Type, Accept, Idempotency-Key.
//
// Control API for tests (tests run in parallel, so everything is scoped by the
// booking's email address, which each test makes unique):
//   POST /__control/plan      {"email", "steps": [step, ...]} answers the next
//                             requests for that email in order, then succeeds.
//                             A step: {"status", "body", "headers", "delayMs"},
//                             or {"drop": true} to cut the connection.
//   GET  /__control/requests?email=   every POST received (headers, body, answer)
//   GET  /__control/bookings?email=   bookings stored (one per key)
//   GET  /__control/preflights        every OPTIONS received
//   POST /__control/reset?email=      forget that email (or everything)
//   GET  /__control/health
import { createServer } from 'node:http';
import { readBody } from './read-body.mjs';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => {
    if (arg.startsWith('--')) pairs.push([arg.slice(2), all[i + 1]]);
    return pairs;
  }, []),
);
const port = Number(args.port ?? process.env.BOOKING_MOCK_PORT ?? 4174);

const plans = new Map(); // email -> steps still to play
const requests = []; // every POST
const preflights = []; // every OPTIONS
const byKey = new Map(); // Idempotency-Key -> { rawBody, booking, status, body }
let bookingCount = 0;

function cors(req) {
  return {
    'access-control-allow-origin': req.headers.origin ?? '*',
    'access-control-expose-headers': 'Retry-After, Idempotent-Replayed',
    vary: 'Origin',
  };
}

function send(res, status, body, headers = {}) {
  const text = body === undefined ? '' : typeof body === 'string' ? body : JSON.stringify(body);
  res.writeHead(status, {
    ...(text ? { 'content-type': 'application/json' } : {}),
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(text);
}


const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function handleBooking(req, res) {
  const raw = await readBody(req);
  let body = null;
  try {
    body = JSON.parse(raw);
  } catch {}
  const email = body?.email ?? '';
  const key = req.headers['idempotency-key'] ?? null;
  const record = {
    at: Date.now(),
    key,
    contentType: req.headers['content-type'] ?? null,
    accept: req.headers.accept ?? null,
    origin: req.headers.origin ?? null,
    email,
    body,
    answer: null,
  };
  requests.push(record);

  const steps = plans.get(email) ?? [];
  const step = steps.shift() ?? {};
  const headers = { ...cors(req), ...(step.headers ?? {}) };

  if (step.drop) {
    record.answer = 'dropped';
    req.socket.destroy();
    return;
  }
  let status;
  let answer;
  if (!/^application\/json\b/.test(record.contentType ?? '')) {
    [status, answer] = [415, { error: 'Send JSON' }];
  } else if (!key) {
    [status, answer] = [400, { error: 'Idempotency-Key header missing' }];
  } else if (body === null) {
    [status, answer] = [400, { error: 'Body is not JSON' }];
  } else if (step.status && (step.status < 200 || step.status > 299)) {
    // A planned failure: the endpoint did not process the booking.
    [status, answer] = [step.status, step.body];
  } else if (byKey.has(key)) {
    const stored = byKey.get(key);
    if (stored.rawBody !== raw) {
      [status, answer] = [422, { error: 'Idempotency-Key reused with a different body' }];
    } else {
      [status, answer] = [stored.status, stored.body];
      headers['idempotent-replayed'] = 'true';
    }
  } else {
    bookingCount += 1;
    status = step.status ?? 201;
    answer = step.body ?? { reference: `BK-${String(bookingCount).padStart(4, '0')}` };
    byKey.set(key, { rawBody: raw, booking: { key, email, body, at: Date.now() }, status, body: answer });
  }
  record.answer = status;
  if (step.delayMs) await sleep(step.delayMs);
  if (res.destroyed || req.socket.destroyed) {
    record.answer = `${status} (client gone)`;
    return;
  }
  send(res, status, answer, headers);
}

function control(req, res, url) {
  const email = url.searchParams.get('email');
  const scoped = (list) => (email === null ? list : list.filter((r) => r.email === email));
  switch (`${req.method} ${url.pathname}`) {
    case 'GET /__control/health':
      return send(res, 200, { ok: true });
    case 'GET /__control/requests':
      return send(res, 200, scoped(requests));
    case 'GET /__control/bookings':
      return send(res, 200, scoped([...byKey.values()].map((s) => s.booking)));
    case 'GET /__control/preflights':
      return send(res, 200, preflights);
    case 'POST /__control/reset': {
      if (email === null) {
        plans.clear();
        requests.length = 0;
        preflights.length = 0;
        byKey.clear();
      } else {
        plans.delete(email);
        for (let i = requests.length - 1; i >= 0; i--) if (requests[i].email === email) requests.splice(i, 1);
        for (const [key, s] of byKey) if (s.booking.email === email) byKey.delete(key);
      }
      return send(res, 200, { ok: true });
    }
    case 'POST /__control/plan':
      return readBody(req).then((raw) => {
        const { email: who, steps } = JSON.parse(raw);
        plans.set(who, [...steps]);
        send(res, 200, { ok: true });
      });
    default:
      return send(res, 404, { error: 'no such control' });
  }
}

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  if (url.pathname.startsWith('/__control/')) {
    Promise.resolve(control(req, res, url)).catch((err) => send(res, 400, { error: String(err) }));
    return;
  }
  if (url.pathname !== '/bookings') return send(res, 404, { error: 'not found' }, cors(req));
  if (req.method === 'OPTIONS') {
    preflights.push({
      at: Date.now(),
      origin: req.headers.origin ?? null,
      method: req.headers['access-control-request-method'] ?? null,
      headers: req.headers['access-control-request-headers'] ?? null,
    });
    res.writeHead(204, {
      ...cors(req),
      'access-control-allow-methods': 'POST, OPTIONS',
      'access-control-allow-headers': 'Content-Type, Accept, Idempotency-Key',
      'access-control-max-age': '600',
    });
    res.end();
    return;
  }
  if (req.method !== 'POST') return send(res, 405, { error: 'POST only' }, { ...cors(req), allow: 'POST, OPTIONS' });
  handleBooking(req, res).catch((err) => send(res, 500, { error: String(err) }, cors(req)));
});

server.listen(port, '127.0.0.1', () => {
  console.log(`booking endpoint at http://127.0.0.1:${server.address().port}/bookings`);
});
