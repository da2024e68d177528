// A stand-in for Cal.com's API v2 on loopback, following the parts of its
// public contract the booking page uses, for end-to-end tests:
//
//   node tests/support/calcom-standin.mjs --port 4177
//
// GET  /v2/slots?eventTypeId=|username=&eventTypeSlug=, start=, end= (YYYY-MM-DD),
//      timeZone=   with `cal-api-version: 2024-09-04`: the open times from start
//      to end (dates in that zone) as {"status":"success","data":{"YYYY-MM-DD":
//      [{"start":"<ISO 8601 with the zone's offset>"}]}}.
// POST /v2/bookings   with `cal-api-version: 2024-08-13` and a JSON body (start
//      in UTC, attendee, bookingFieldsResponses, metadata): books an open time
//      (201, {"status":"success","data":{uid, start, end, meetingUrl, …}}) and
//      closes it; a time not open answers 400 with Cal.com's message.
// OPTIONS             the CORS preflight: allowed only when every requested
//      header is one Cal.com allows (cal-api-version, accept, authorization,
//      content-type, origin, x-cal-*); otherwise refused, as Cal.com would.
// Errors are {"status":"error","error":{"code","message"}}.
//
// Control API (the spec that uses it runs its tests one at a time):
//   POST /__control/open      {"starts": ["<ISO>", …]} sets the open times
//   POST /__control/plan      {"slots": [step…], "bookings": [step…]} answers the next
//                             requests of each kind in order. A step: {"status", "body"}
//                             (answer so, without booking), {"drop": true} (cut the
//                             connection), {"hang": true} (never answer), {"delayMs"}
//                             (answer late), and with {"book": true} the booking is made first.
//   GET  /__control/requests  every request (method, path, query, headers, body)
//   GET  /__control/bookings  every booking made
//   GET  /__control/preflights every OPTIONS (requested headers, whether allowed)
//   POST /__control/reset     open times back to the default, everything else forgotten
//   GET  /__control/health
import { createServer } from 'node:http';

const args = Object.fromEntries(
  process.argv.slice(2).reduce((pairs, arg, i, all) => {
    if (arg.startsWith('--')) pairs.push([arg.slice(2), all[i + 1]]);
    return pairs;
  }, []),
);
const port = Number(args.port ?? 4177);
const allowedHeaders = ['cal-api-version', 'accept', 'authorization', 'content-type', 'origin'];
const headerAllowed = (name) => allowedHeaders.includes(name) || name.startsWith('x-cal-');

/** By default: tomorrow and the day after (UTC), 14:00, 14:30 and 19:00 UTC. */
function defaultOpen() {
  const day = 86_400_000;
  const midnight = Math.floor(Date.now() / day) * day;
  return [1, 2].flatMap((d) => [14 * 60, 14 * 60 + 30, 19 * 60].map((m) => midnight + d * day + m * 60_000));
}

let open = defaultOpen(); // UTC ms
let plan = { slots: [], bookings: [] };
const requests = [];
const bookings = [];
const preflights = [];
const hanging = [];

/** The date and ISO 8601 text (with offset) of `ms` in `zone`. */
function inZone(ms, zone) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit',
      hour: '2-digit', minute: '2-digit', second: '2-digit',
    }).formatToParts(new Date(ms)).map((p) => [p.type, p.value]),
  );
  const date = `${parts.year}-${parts.month}-${parts.day}`;
  const wall = Date.UTC(+parts.year, +parts.month - 1, +parts.day, +parts.hour % 24, +parts.minute, +parts.second);
  const offset = Math.round((wall - ms) / 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  const hhmm = `${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
  return { date, iso: `${date}T${parts.hour}:${parts.minute}:${parts.second}.000${sign}${hhmm}` };
}

function cors(req) {
  return { 'access-control-allow-origin': req.headers.origin ?? '*', vary: 'Origin' };
}

function send(req, res, status, body) {
  res.writeHead(status, { ...cors(req), 'content-type': 'application/json', 'cache-control': 'no-store' });
  res.end(JSON.stringify(body));
}

const error = (message, code = 'BadRequestException') => ({ status: 'error', error: { code, message } });

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Plays a planned step; true when it has answered (or dropped, or hangs). */
function play(step, req, res) {
  if (step.drop) {
    req.socket.destroy();
    return true;
  }
  if (step.hang) {
    hanging.push(res);
    return true;
  }
  if (step.status) {
    send(req, res, step.status, step.body ?? error(`planned ${step.status}`, 'InternalServerErrorException'));
    return true;
  }
  return false;
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function slots(req, res, url) {
  const step = plan.slots.shift() ?? {};
  if (step.delayMs) await sleep(step.delayMs);
  if (play(step, req, res)) return;
  if (req.headers['cal-api-version'] !== '2024-09-04') return send(req, res, 400, error('cal-api-version 2024-09-04 expected'));
  const q = url.searchParams;
  if (!q.get('eventTypeId') && !(q.get('username') && q.get('eventTypeSlug'))) {
    return send(req, res, 400, error('eventTypeId, or username and eventTypeSlug, required'));
  }
  const [start, end, zone] = [q.get('start'), q.get('end'), q.get('timeZone') ?? 'UTC'];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(start ?? '') || !/^\d{4}-\d{2}-\d{2}$/.test(end ?? '')) {
    return send(req, res, 400, error('start and end must be dates'));
  }
  const data = {};
  for (const ms of [...open].sort((a, b) => a - b)) {
    if (ms < Date.now()) continue;
    const { date, iso } = inZone(ms, zone);
    if (date < start || date > end) continue;
    (data[date] ??= []).push({ start: iso });
  }
  send(req, res, 200, { status: 'success', data });
}

function book(body) {
  const start = Date.parse(body.start);
  const uid = `bk_${(bookings.length + 1).toString().padStart(4, '0')}_${Math.random().toString(36).slice(2, 8)}`;
  const booking = {
    id: bookings.length + 1,
    uid,
    title: 'Call',
    status: 'accepted',
    start: new Date(start).toISOString(),
    end: new Date(start + 30 * 60_000).toISOString(),
    duration: 30,
    eventTypeId: body.eventTypeId,
    attendees: [{ ...body.attendee }],
    bookingFieldsResponses: body.bookingFieldsResponses,
    metadata: body.metadata,
    location: `https://meet.example.test/${uid}`,
    meetingUrl: `https://meet.example.test/${uid}`,
    rescheduleUrl: `https://cal.example.test/reschedule/${uid}`,
    cancelUrl: `https://cal.example.test/booking/${uid}?cancel=true`,
  };
  bookings.push(booking);
  open = open.filter((ms) => ms !== start);
  return booking;
}

async function takeBooking(req, res, record) {
  const raw = await readBody(req);
  let body = null;
  try {
    body = JSON.parse(raw);
  } catch {}
  record.body = body;
  const step = plan.bookings.shift() ?? {};
  if (req.headers['cal-api-version'] !== '2024-08-13') return send(req, res, 400, error('cal-api-version 2024-08-13 expected'));
  if (!body?.start || !body.attendee?.email || !(body.eventTypeId || (body.eventTypeSlug && body.username))) {
    return send(req, res, 400, error('start, attendee and the event type are required'));
  }
  const start = Date.parse(body.start);
  const isOpen = open.includes(start);
  const booking = step.book && isOpen ? book(body) : null;
  if (play(step, req, res)) return;
  if (booking) return send(req, res, 201, { status: 'success', data: booking });
  if (!isOpen) return send(req, res, 400, error('User either already has booking at this time or is not available'));
  send(req, res, 201, { status: 'success', data: book(body) });
}

function control(req, res, url) {
  const json = (status, body) => {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  };
  switch (`${req.method} ${url.pathname}`) {
    case 'GET /__control/health':
      return json(200, { ok: true });
    case 'GET /__control/requests':
      return json(200, requests);
    case 'GET /__control/bookings':
      return json(200, bookings);
    case 'GET /__control/preflights':
      return json(200, preflights);
    case 'POST /__control/reset':
      open = defaultOpen();
      plan = { slots: [], bookings: [] };
      requests.length = 0;
      bookings.length = 0;
      preflights.length = 0;
      for (const res of hanging.splice(0)) res.socket?.destroy();
      return json(200, { ok: true });
    case 'POST /__control/open':
      return readBody(req).then((raw) => {
        open = JSON.parse(raw).starts.map((s) => Date.parse(s));
        json(200, { ok: true });
      });
    case 'POST /__control/plan':
      return readBody(req).then((raw) => {
        const next = JSON.parse(raw);
        plan = { slots: [...(next.slots ?? [])], bookings: [...(next.bookings ?? [])] };
        json(200, { ok: true });
      });
    default:
      return json(404, { error: 'no such control' });
  }
}

const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://localhost');
  // A fresh connection per request: Chromium silently resends a request whose
  // reused keep-alive connection drops, which would blur what a "drop" tests.
  res.shouldKeepAlive = false;
  if (url.pathname.startsWith('/__control/')) {
    Promise.resolve(control(req, res, url)).catch((err) => {
      res.writeHead(400);
      res.end(String(err));
    });
    return;
  }
  if (req.method === 'OPTIONS') {
    const asked = (req.headers['access-control-request-headers'] ?? '').split(',').map((h) => h.trim().toLowerCase()).filter(Boolean);
    const allowed = asked.every(headerAllowed);
    preflights.push({ path: url.pathname, method: req.headers['access-control-request-method'] ?? null, headers: asked, allowed });
    if (!allowed) {
      res.writeHead(403, { 'content-type': 'text/plain' });
      return res.end('request header not allowed');
    }
    res.writeHead(204, {
      ...cors(req),
      'access-control-allow-methods': 'GET, POST, PATCH, DELETE, OPTIONS',
      'access-control-allow-headers': asked.join(', ') || 'content-type',
      'access-control-max-age': '600',
    });
    return res.end();
  }
  const record = { at: Date.now(), method: req.method, path: url.pathname, query: Object.fromEntries(url.searchParams), headers: req.headers, body: null };
  requests.push(record);
  if (req.method === 'GET' && url.pathname === '/v2/slots') return slots(req, res, url);
  if (req.method === 'POST' && url.pathname === '/v2/bookings') {
    return takeBooking(req, res, record).catch((err) => send(req, res, 500, error(String(err), 'InternalServerErrorException')));
  }
  send(req, res, 404, error('Not found', 'NotFoundException'));
});

server.listen(port, '127.0.0.1', () => {
  console.log(`Cal.com stand-in at http://127.0.0.1:${port}/v2`);
});
