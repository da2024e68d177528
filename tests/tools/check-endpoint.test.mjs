// Tests of scripts/check-endpoint.mjs, run as a command the way `make
// check-endpoint` runs it. Against the end-to-end tests' mock endpoint (a
// correct implementation of the contract) every check passes; against small
// stand-ins that each break the contract one way, exactly the row for that
// break fails (or warns) and the exit status says so.
//
//   node --test tests/tools/check-endpoint.test.mjs   (a step of make test)
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { createServer } from 'node:http';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';

const checker = fileURLToPath(new URL('../../scripts/check-endpoint.mjs', import.meta.url));
const mockScript = fileURLToPath(new URL('../support/booking-endpoint.mjs', import.meta.url));
const origin = 'https://site.example';

const CHECKS = [
  'url',
  'preflight',
  'preflight origin',
  'preflight method',
  'preflight headers',
  'booking',
  'booking origin',
  'retry-after exposed',
  'replay answer',
  'replay once',
];

/** Runs the checker; its exit code, output and table rows by check name. */
function check(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [checker, ...args], { timeout: 30_000 }, (err, stdout, stderr) => {
      const rows = new Map();
      for (const line of stdout.split('\n')) {
        const row = /^(PASS|WARN|FAIL|SKIP)\s+(\S+(?: \S+)*)\s{2,}(.*)$/.exec(line);
        if (row) rows.set(row[2], { result: row[1], reason: row[3] });
      }
      resolve({ code: err ? err.code : 0, stdout, stderr, rows });
    });
  });
}

/** The rows that did not pass, as { check: result }. */
function notPassed(rows) {
  return Object.fromEntries([...rows].filter(([, r]) => r.result !== 'PASS').map(([name, r]) => [name, r.result]));
}

function assertTable(run) {
  assert.deepEqual([...run.rows.keys()], CHECKS, `the table has every check, in order:\n${run.stdout}`);
}

/**
 * An endpoint that keeps the contract unless `breaks` says otherwise:
 * allowOrigin, allowHeaders, expose (header values), postStatus (every POST
 * answers it), replay ('books again': a new booking per request whatever the
 * key; 'conflict': 409 for a known key; 'quiet': a bare 200 without hint),
 * references (false: bodies carry none), hang (never answers), redirect
 * (every request answered 307 to that URL).
 */
async function standIn(breaks = {}) {
  const stored = new Map();
  let bookings = 0;
  const server = createServer((req, res) => {
    if (breaks.hang) return;
    if (breaks.redirect) {
      res.writeHead(307, { location: breaks.redirect });
      return res.end();
    }
    const cors = {
      'access-control-allow-origin': breaks.allowOrigin ?? req.headers.origin,
      'access-control-expose-headers': breaks.expose ?? 'Retry-After',
    };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, {
        ...cors,
        'access-control-allow-methods': 'POST',
        'access-control-allow-headers': breaks.allowHeaders ?? 'content-type, accept, idempotency-key',
      });
      return res.end();
    }
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const answer = (status, body, headers = {}) => {
        res.writeHead(status, { ...cors, 'content-type': 'application/json', ...headers });
        res.end(JSON.stringify(body));
      };
      if (breaks.postStatus) return answer(breaks.postStatus, { error: 'the database is down' });
      const key = req.headers['idempotency-key'];
      const known = stored.get(key);
      if (known && breaks.replay === 'conflict') return answer(409, { error: 'Idempotency-Key already used' });
      if (known && breaks.replay === 'quiet') return answer(200, {});
      if (known && breaks.replay !== 'books again') return answer(known.status, known.body, { 'idempotent-replayed': 'true' });
      bookings += 1;
      const body = breaks.references === false ? { ok: true } : { reference: `SB-${bookings}` };
      stored.set(key, { status: 201, body });
      answer(201, body);
    });
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  return { url: `http://127.0.0.1:${server.address().port}/bookings`, close: () => server.close() };
}

/** Runs the checker against a stand-in with `breaks`, then stops the stand-in. */
async function checkStandIn(breaks, ...args) {
  const endpoint = await standIn(breaks);
  try {
    return await check(endpoint.url, '--origin', origin, ...args);
  } finally {
    endpoint.close();
  }
}

describe('against the mock endpoint of the end-to-end tests', () => {
  let mock;
  let base;
  before(async () => {
    mock = spawn(process.execPath, [mockScript, '--port', '0'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const [line] = await once(mock.stdout, 'data');
    base = /(http:\/\/127\.0\.0\.1:\d+)\/bookings/.exec(String(line))[1];
  });
  after(() => mock.kill());

  test('every check passes, and one booking is stored under one key', async () => {
    const run = await check(`${base}/bookings`, '--origin', origin);
    assertTable(run);
    assert.deepEqual(notPassed(run.rows), {}, run.stdout);
    assert.equal(run.code, 0);
    assert.match(run.rows.get('replay once').reason, /Idempotent-Replayed: true/i);

    const control = async (path) => (await fetch(`${base}/__control/${path}`)).json();
    const [preflight] = (await control('preflights')).slice(-1);
    assert.deepEqual(
      { origin: preflight.origin, method: preflight.method, headers: preflight.headers },
      { origin, method: 'POST', headers: 'content-type,idempotency-key' },
    );
    const email = 'endpoint-check@example.invalid';
    const requests = await control(`requests?email=${email}`);
    assert.equal(requests.length, 2, 'the booking and its replay');
    const [first, second] = requests;
    assert.equal(first.key, first.body.id, 'Idempotency-Key is the booking id');
    assert.equal(second.key, first.key);
    assert.deepEqual(second.body, first.body);
    assert.equal(first.contentType, 'application/json');
    assert.equal(first.accept, 'application/json');
    assert.equal(first.origin, origin);
    assert.deepEqual(Object.keys(first.body), [
      'id',
      'name',
      'email',
      'company',
      'topic',
      'message',
      'timezone',
      'windows',
      'submitted_at',
    ]);
    assert.match(first.body.name, /test booking, please ignore/);
    assert.match(first.body.message, /automated contract check.*make check-endpoint/);
    assert.deepEqual(Object.keys(first.body.topic), ['id', 'label']);
    assert.deepEqual(Object.keys(first.body.windows[0]), ['date', 'part', 'label', 'start', 'end']);
    assert.match(first.body.submitted_at, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
    assert.equal((await control(`bookings?email=${email}`)).length, 1);
  });

  test('--email sets the test booking\'s address', async () => {
    const run = await check('--url', `${base}/bookings`, '--origin', origin, '--email', 'owner@site.example');
    assert.equal(run.code, 0, run.stdout);
    assert.equal((await (await fetch(`${base}/__control/bookings?email=owner@site.example`)).json()).length, 1);
  });
});

describe('against stand-ins that break the contract one way each', () => {
  test('the stand-in without breaks passes, so each break below is the only one', async () => {
    const run = await checkStandIn({});
    assertTable(run);
    assert.deepEqual(notPassed(run.rows), {}, run.stdout);
    assert.equal(run.code, 0);
  });

  test('* in Allow-Origin, Allow-Headers and Expose-Headers counts (no credentials)', async () => {
    const run = await checkStandIn({ allowOrigin: '*', allowHeaders: '*', expose: '*' });
    assert.deepEqual(notPassed(run.rows), {}, run.stdout);
    assert.equal(run.code, 0);
  });

  test('a preflight that does not allow Idempotency-Key fails', async () => {
    const run = await checkStandIn({ allowHeaders: 'Content-Type, Accept' });
    assert.deepEqual(notPassed(run.rows), { 'preflight headers': 'FAIL' }, run.stdout);
    assert.match(run.rows.get('preflight headers').reason, /^idempotency-key not in Access-Control-Allow-Headers/);
    assert.equal(run.code, 1);
  });

  test('header names are matched whatever their case', async () => {
    const run = await checkStandIn({ allowHeaders: 'CONTENT-TYPE,Idempotency-KEY', expose: 'retry-after' });
    assert.deepEqual(notPassed(run.rows), {}, run.stdout);
  });

  test('another origin in Access-Control-Allow-Origin fails both places it is read', async () => {
    const run = await checkStandIn({ allowOrigin: 'https://elsewhere.example' });
    assert.deepEqual(notPassed(run.rows), { 'preflight origin': 'FAIL', 'booking origin': 'FAIL' }, run.stdout);
    assert.equal(run.code, 1);
  });

  test('Retry-After not exposed fails', async () => {
    const run = await checkStandIn({ expose: 'Idempotent-Replayed' });
    assert.deepEqual(notPassed(run.rows), { 'retry-after exposed': 'FAIL' }, run.stdout);
    assert.equal(run.code, 1);
  });

  test('a POST answered 500 fails with the body\'s words, and no replay is sent', async () => {
    const run = await checkStandIn({ postStatus: 500 });
    assert.deepEqual(
      notPassed(run.rows),
      { booking: 'FAIL', 'replay answer': 'SKIP', 'replay once': 'SKIP' },
      run.stdout,
    );
    assert.equal(run.rows.get('booking').reason, 'POST answered 500: the database is down');
    assert.equal(run.code, 1);
  });

  test('a replay that books again (a second reference) fails', async () => {
    const run = await checkStandIn({ replay: 'books again' });
    assert.deepEqual(notPassed(run.rows), { 'replay once': 'FAIL' }, run.stdout);
    assert.match(run.rows.get('replay once').reason, /a second reference \(SB-2 after SB-1\)/);
    assert.equal(run.code, 1);
  });

  test('a replay answered with another status (409) fails', async () => {
    const run = await checkStandIn({ replay: 'conflict' });
    assert.deepEqual(notPassed(run.rows), { 'replay answer': 'FAIL', 'replay once': 'SKIP' }, run.stdout);
    assert.match(run.rows.get('replay answer').reason, /answered 409: Idempotency-Key already used/);
    assert.equal(run.code, 1);
  });

  test('a replay the answers cannot vouch for only warns, and warnings exit 0', async () => {
    const run = await checkStandIn({ references: false, replay: 'quiet' });
    assert.deepEqual(notPassed(run.rows), { 'replay answer': 'WARN', 'replay once': 'WARN' }, run.stdout);
    assert.match(run.rows.get('replay once').reason, /inbox\/dashboard/);
    assert.equal(run.code, 0);
  });

  test('a preflight that redirects fails: browsers do not follow it', async () => {
    const run = await checkStandIn({ redirect: 'https://api.site.example/bookings' });
    assert.equal(run.rows.get('preflight').result, 'FAIL', run.stdout);
    assert.match(run.rows.get('preflight').reason, /answered 307, a redirect to https:\/\/api\.site\.example\/bookings/);
    assert.equal(run.code, 1);
  });

  test('an endpoint that never answers times out with a clear message', async () => {
    const run = await checkStandIn({ hang: true }, '--timeout', '0.3');
    assert.equal(run.rows.get('preflight').reason, 'no answer within 0.3 s');
    assert.equal(run.rows.get('booking').reason, 'no answer within 0.3 s');
    assert.equal(run.code, 1);
  });
});

describe('wrong addresses', () => {
  test('nothing listening: connection refused', async () => {
    const endpoint = await standIn();
    endpoint.close();
    const run = await check(endpoint.url, '--origin', origin);
    assert.match(run.rows.get('booking').reason, /connection refused/);
    assert.equal(run.code, 1);
  });

  test('plain http to another host from an https site fails (mixed content)', async () => {
    const run = await check('http://192.0.2.1/bookings', '--origin', origin, '--timeout', '0.2');
    assert.equal(run.rows.get('url').result, 'FAIL', run.stdout);
    assert.match(run.rows.get('url').reason, /mixed content/);
  });

  for (const [given, said] of [
    ['ftp://example.com/bookings', /not an http\(s\) URL/],
    ['not a url', /is not a URL/],
    ['https://user:secret@example.com/bookings', /user name or password/],
  ]) {
    test(`"${given}" is refused before any request, with status 2`, async () => {
      const run = await check(given);
      assert.equal(run.code, 2);
      assert.match(run.stderr, said);
      assert.equal(run.stdout, '');
    });
  }

  test('no URL: usage, status 2', async () => {
    const run = await check();
    assert.equal(run.code, 2);
    assert.match(run.stderr, /no URL given/);
  });
});
