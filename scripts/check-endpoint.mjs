// Checks an owner's booking endpoint against what the booking form on /book
// needs of it (README, "Booking"), before the site is built against it:
//
//   node scripts/check-endpoint.mjs [--url] URL [--origin ORIGIN] [--email ADDRESS] [--timeout SECONDS]
//
// It sends what a browser on the site would: the CORS preflight, then the
// booking POST, then the same POST again (same Idempotency-Key, same bytes),
// and prints a table with one row per check. The booking says plainly that it
// is a test. Exit status: 0 when no check failed (warnings allowed), 1 when
// one did, 2 when the command itself is wrong (no URL, not http(s), bad flag).
//
// Rows: PASS; WARN, browsers will work but something cannot be confirmed from
// the answers or is done loosely; FAIL, the form would not work in a browser or
// a retry would book twice; SKIP, not judged because an earlier step failed.
import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { parseArgs } from 'node:util';

const USAGE =
  'usage: node scripts/check-endpoint.mjs [--url] URL [--origin ORIGIN] [--email ADDRESS] [--timeout SECONDS]\n' +
  '   or: make check-endpoint URL=URL [ORIGIN=ORIGIN] [EMAIL=ADDRESS]';
const TEST_EMAIL = 'endpoint-check@example.invalid';
const TEST_NAME = 'Endpoint check (test booking, please ignore)';
const TEST_MESSAGE =
  'An automated contract check sent by `make check-endpoint` before deploying the website. ' +
  'Not a real booking: please ignore or delete it.';
// What a browser lists in Access-Control-Request-Headers for the form's POST:
// `Accept: application/json` is CORS-safelisted, so browsers never ask for it.
const REQUESTED_HEADERS = ['content-type', 'idempotency-key'];
// Headers that say "this answer is a replay of a stored one" (Stripe's name, the mock's).
const REPLAY_HEADERS = ['idempotent-replayed', 'x-idempotent-replayed'];

/** Stops the command with a message and exit status 2. */
function usageError(message) {
  console.error(`check-endpoint: ${message}`);
  console.error(USAGE);
  process.exit(2);
}

/** A file of the repository, relative to this script, as JSON. */
function readJson(relative) {
  return JSON.parse(readFileSync(new URL(relative, import.meta.url), 'utf8'));
}

/** The endpoint URL, refused unless it is http(s) without credentials. */
function parseEndpoint(text) {
  let url;
  try {
    url = new URL(text);
  } catch {
    usageError(`"${text}" is not a URL; give the endpoint's full address, e.g. https://api.example.com/bookings`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    usageError(`"${text}" is not an http(s) URL (${url.protocol}); the form can only POST to http: or https:`);
  }
  if (url.username || url.password) {
    usageError(`"${text}" carries a user name or password; browsers refuse to fetch such URLs`);
  }
  return url;
}

/** The site's origin: --origin, else SITE_URL (as the build reads it), else content/seo.json. */
function siteOrigin(flag) {
  const [text, from] = flag
    ? [flag, '--origin']
    : process.env.SITE_URL
      ? [process.env.SITE_URL, 'SITE_URL']
      : [readJson('../content/seo.json').site_url, 'site_url in content/seo.json'];
  let url;
  try {
    url = new URL(text);
  } catch {
    usageError(`${from} "${text}" is not a URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') usageError(`${from} "${text}" is not an http(s) origin`);
  return url.origin;
}

const isLoopback = (host) => host === 'localhost' || host === '[::1]' || /^127\.\d+\.\d+\.\d+$/.test(host);

/** A test booking of the same shape as `Payload` in src/booking/payload.rs. */
function testBooking(id, email, nowMs) {
  const copy = readJson('../content/booking.json');
  const part = copy.windows.parts[0];
  const day = new Date(nowMs + 7 * 86_400_000);
  const date = day.toISOString().slice(0, 10);
  const words = {
    weekday: copy.windows.weekdays[(day.getUTCDay() + 6) % 7],
    date,
    part: part.label,
    start: part.start,
    end: part.end,
  };
  return {
    id,
    name: TEST_NAME,
    email,
    company: 'Endpoint check',
    topic: { id: copy.topic_other.id, label: copy.topic_other.label },
    message: TEST_MESSAGE,
    timezone: 'UTC',
    windows: [
      {
        date,
        part: part.id,
        label: copy.windows.label.replace(/\{(\w+)\}/g, (all, name) => words[name] ?? all),
        start: `${date}T${part.start}:00Z`,
        end: `${date}T${part.end}:00Z`,
      },
    ],
    submitted_at: new Date(nowMs).toISOString().replace(/\.\d+Z$/, 'Z'),
  };
}

/** Why a request got no answer, in words. */
function describeFailure(err, timeoutSeconds) {
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError') return `no answer within ${timeoutSeconds} s`;
  const cause = err?.cause ?? err;
  const code = cause?.code ?? '';
  const known = {
    ECONNREFUSED: 'connection refused (nothing listens there)',
    ENOTFOUND: `host not found (DNS): ${cause?.hostname ?? ''}`.trim(),
    EAI_AGAIN: 'host name lookup failed for now (DNS)',
    ECONNRESET: 'connection reset by the server',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
    UND_ERR_SOCKET: 'the server closed the connection without answering',
  };
  if (known[code]) return known[code];
  if (/CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code)) return `TLS certificate refused (${code}): browsers will refuse it too`;
  return `network error: ${cause?.message ?? String(err)}${code ? ` (${code})` : ''}`;
}

/** One request under the timeout: `{ status, headers, text }`, or `{ failure }` in words. */
async function send(url, init, timeoutSeconds) {
  try {
    const signal = AbortSignal.timeout(timeoutSeconds * 1000);
    // Redirects are reported, not followed: a preflight that redirects fails in browsers.
    const response = await fetch(url, { ...init, redirect: 'manual', signal });
    const text = await response.text();
    return { status: response.status, headers: response.headers, text };
  } catch (err) {
    return { failure: describeFailure(err, timeoutSeconds) };
  }
}

/** A comma-separated header as lower-case tokens. */
const tokens = (value) =>
  (value ?? '')
    .split(',')
    .map((t) => t.trim().toLowerCase())
    .filter(Boolean);

/** `text` as JSON, or undefined. */
function parseJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

/** The booking reference in a success body, read as src/booking/response_body.rs reads it. */
function referenceOf(text) {
  const root = parseJson(text);
  const pick = (v) => {
    if (!v || typeof v !== 'object') return undefined;
    for (const key of ['reference', 'id', 'bookingId']) {
      const value = v[key];
      if (typeof value === 'string' && value.trim()) return value.trim();
      if (typeof value === 'number') return String(value);
    }
    return undefined;
  };
  return pick(root) ?? pick(root?.booking) ?? pick(root?.data);
}

/** A short account of an error body: its message if it has one, else its start. */
function errorOf(text) {
  const root = parseJson(text);
  const first = Array.isArray(root?.errors) ? root.errors[0] : undefined;
  const message =
    (typeof first === 'string' ? first : first?.message) ??
    (typeof root?.error === 'string' ? root.error : root?.error?.message) ??
    root?.message ??
    root?.detail ??
    root?.title;
  const said = typeof message === 'string' ? message : text.trim();
  return said.length > 120 ? `${said.slice(0, 117)}…` : said;
}

const isOk = (answer) => answer.status >= 200 && answer.status <= 299;
const isRedirect = (answer) => answer.status >= 300 && answer.status <= 399;

/** The answer's status in words when it is not a 2xx (or no answer came). */
function notOk(answer, what) {
  if (answer.failure) return answer.failure;
  if (isRedirect(answer)) {
    const to = answer.headers.get('location') ?? 'nowhere named';
    return `${what} answered ${answer.status}, a redirect to ${to}: set the endpoint to the final URL`;
  }
  const said = errorOf(answer.text);
  return `${what} answered ${answer.status}${said ? `: ${said}` : ''}`;
}

/** Access-Control-Allow-Origin against the site's origin. */
function allowOriginRow(check, answer, origin, consequence) {
  const value = answer.headers.get('access-control-allow-origin')?.trim();
  if (value === origin) return { check, result: 'pass', reason: value };
  if (value === '*') return { check, result: 'pass', reason: '* (fine: the form sends no credentials)' };
  if (!value) return { check, result: 'fail', reason: `no Access-Control-Allow-Origin: ${consequence}` };
  if (value.includes(',')) return { check, result: 'fail', reason: `several origins (${value}): browsers need exactly one` };
  return { check, result: 'fail', reason: `allows ${value}, not ${origin}: ${consequence}` };
}

/**
 * A row for a comma-separated CORS header that must list every name in
 * `wanted` (lower case). `*` counts: it is a wildcard in these headers when
 * no credentials are sent, and the form sends none.
 */
function listsRow(check, answer, header, wanted, passReason, onMissing) {
  const listed = tokens(answer.headers.get(header));
  if (listed.includes('*')) return { check, result: 'pass', reason: '* (a wildcard here: the form sends no credentials)' };
  const missing = wanted.filter((name) => !listed.includes(name));
  if (missing.length === 0) return { check, result: 'pass', reason: passReason(listed) };
  return { check, ...onMissing(missing, listed.join(', ') || 'none') };
}

/** The scheme: https, or http only where browsers allow it from the site. */
function urlRow(url, origin) {
  const check = 'url';
  if (url.protocol === 'https:') return { check, result: 'pass', reason: 'https' };
  if (isLoopback(url.hostname)) return { check, result: 'pass', reason: 'http on loopback: fine for a local check, deploy with https' };
  if (origin.startsWith('https:')) {
    return { check, result: 'fail', reason: `plain http: browsers block requests from ${origin} to http: (mixed content)` };
  }
  return { check, result: 'warn', reason: 'plain http: bookings would travel unencrypted' };
}

/** The preflight's rows: answered 2xx, and the origin, POST and the headers allowed. */
function preflightRows(answer, origin) {
  if (!answer.failure && isOk(answer)) {
    const rows = [{ check: 'preflight', result: 'pass', reason: `OPTIONS answered ${answer.status}` }];
    rows.push(allowOriginRow('preflight origin', answer, origin, 'browsers never send the booking'));

    rows.push(
      listsRow('preflight method', answer, 'access-control-allow-methods', ['post'], () => 'POST allowed', (missing, listed) => ({
        result: 'warn',
        reason: `POST not in Access-Control-Allow-Methods (${listed}); browsers let it through as a CORS-safelisted method`,
      })),
    );
    rows.push(
      listsRow(
        'preflight headers',
        answer,
        'access-control-allow-headers',
        REQUESTED_HEADERS,
        (listed) => `${REQUESTED_HEADERS.join(', ')} allowed${listed.includes('accept') ? ', accept too' : ' (accept: application/json needs no permission)'}`,
        (missing, listed) => ({
          result: 'fail',
          reason: `${missing.join(', ')} not in Access-Control-Allow-Headers (${listed}): browsers never send the booking`,
        }),
      ),
    );
    return rows;
  }
  const skip = (check) => ({ check, result: 'skip', reason: 'no successful preflight to read' });
  return [
    { check: 'preflight', result: 'fail', reason: notOk(answer, 'OPTIONS') },
    skip('preflight origin'),
    skip('preflight method'),
    skip('preflight headers'),
  ];
}

/** The first POST's rows: accepted, readable by the page, Retry-After exposed. */
function bookingRows(answer, origin, id) {
  if (answer.failure) {
    const skip = (check) => ({ check, result: 'skip', reason: 'no answer to read' });
    return [{ check: 'booking', result: 'fail', reason: answer.failure }, skip('booking origin'), skip('retry-after exposed')];
  }
  const reference = referenceOf(answer.text);
  const rows = [
    isOk(answer)
      ? {
          check: 'booking',
          result: 'pass',
          reason: `POST answered ${answer.status}, ${reference ? `reference ${reference}` : `no reference (the visitor sees ${id.split('-')[0].toUpperCase()})`}`,
        }
      : { check: 'booking', result: 'fail', reason: notOk(answer, 'POST') },
  ];
  rows.push(allowOriginRow('booking origin', answer, origin, 'the browser hides the answer, so the visitor sees a failure'));
  rows.push(
    listsRow('retry-after exposed', answer, 'access-control-expose-headers', ['retry-after'], () => 'Retry-After exposed', (missing, listed) => ({
      result: 'fail',
      reason: `Access-Control-Expose-Headers (${listed}) lacks Retry-After: the form cannot read it on 429/503`,
    })),
  );
  return rows;
}

/** The repeated POST's rows: answered as before, and (as far as the answer shows) stored once. */
function replayRows(first, second, email) {
  if (first.failure || !isOk(first)) {
    const skip = (check) => ({ check, result: 'skip', reason: 'the first booking was not accepted, so no replay was sent' });
    return [skip('replay answer'), skip('replay once')];
  }
  if (second.failure || !isOk(second)) {
    return [
      { check: 'replay answer', result: 'fail', reason: notOk(second, 'the same POST again') },
      { check: 'replay once', result: 'skip', reason: 'no accepted replay to read' },
    ];
  }
  const rows = [
    second.status === first.status
      ? { check: 'replay answer', result: 'pass', reason: `${second.status} again` }
      : {
          check: 'replay answer',
          result: 'warn',
          reason: `${first.status} first, ${second.status} now: the form takes both as success, but a replay should repeat the stored answer`,
        },
  ];
  const [before, after] = [referenceOf(first.text), referenceOf(second.text)];
  const flagged = REPLAY_HEADERS.find((name) => second.headers.get(name)?.trim().toLowerCase() === 'true');
  const check = 'replay once';
  if (before && after !== before) {
    rows.push({
      check,
      result: 'fail',
      reason: after ? `a second reference (${after} after ${before}): a second booking` : `no reference now (${before} before): the visitor would see another`,
    });
  } else if (flagged || before) {
    const hints = [flagged && `${flagged}: true`, before && `same reference ${before}`].filter(Boolean);
    rows.push({ check, result: 'pass', reason: `the answer says it is a replay (${hints.join(', ')})` });
  } else {
    rows.push({
      check,
      result: 'warn',
      reason: `not visible in the answers: check the inbox/dashboard holds one test booking from ${email}, not two`,
    });
  }
  return rows;
}

/** The rows as an aligned table. */
function table(rows) {
  const width = Math.max('check'.length, ...rows.map((r) => r.check.length));
  const line = (result, check, reason) => `${result.padEnd(6)}  ${check.padEnd(width)}  ${reason}`;
  return [line('result', 'check', 'reason'), ...rows.map((r) => line(r.result.toUpperCase(), r.check, r.reason))].join('\n');
}

async function main() {
  let parsed;
  try {
    parsed = parseArgs({
      allowPositionals: true,
      options: {
        url: { type: 'string' },
        origin: { type: 'string' },
        email: { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    usageError(err.message);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  const given = [values.url, ...positionals].filter((v) => v !== undefined && v !== '');
  if (given.length !== 1) usageError(given.length ? 'give one URL' : 'no URL given');
  const endpoint = parseEndpoint(given[0]);
  const origin = siteOrigin(values.origin);
  const email = values.email ?? TEST_EMAIL;
  if (!/^[^\s@]+@[^\s@]+$/.test(email)) usageError(`--email "${email}" is not an email address`);
  const timeout = Number(values.timeout ?? 10);
  if (!(timeout > 0)) usageError(`--timeout "${values.timeout}" is not a number of seconds`);

  console.log(`Checking ${endpoint.href} as the booking form on ${origin} uses it\n`);
  const preflight = await send(
    endpoint,
    {
      method: 'OPTIONS',
      headers: {
        Origin: origin,
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': REQUESTED_HEADERS.join(','),
      },
    },
    timeout,
  );
  const id = randomUUID();
  // Serialized once: the replay sends the very same bytes, as the form's retries do.
  const body = JSON.stringify(testBooking(id, email, Date.now()));
  const post = () =>
    send(
      endpoint,
      {
        method: 'POST',
        headers: { Origin: origin, 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': id },
        body,
      },
      timeout,
    );
  const first = await post();
  const second = first.failure || !isOk(first) ? undefined : await post();

  const rows = [
    urlRow(endpoint, origin),
    ...preflightRows(preflight, origin),
    ...bookingRows(first, origin, id),
    ...replayRows(first, second, email),
  ];
  console.log(table(rows));
  const count = (result) => rows.filter((r) => r.result === result).length;
  const failed = count('fail');
  console.log(
    `\n${failed ? 'FAILED' : 'OK'}: ${count('pass')} passed, ${count('warn')} warned, ${failed} failed, ${count('skip')} skipped`,
  );
  if (!first.failure) console.log(`Test booking sent from ${email}, Idempotency-Key ${id}: delete it where the endpoint stored it.`);
  return failed ? 1 : 0;
}

process.exitCode = await main();
