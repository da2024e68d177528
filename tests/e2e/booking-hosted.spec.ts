import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { BookingPage, fill, type BookingInput } from './pages/booking-page';
import { content } from './content';

// The booking form against each hosted form service's stand-in
// (tests/support/hosted-standins.mjs; Netlify Forms: serve-dist's
// --netlify-forms), each site the same release with other settings
// (scripts/dev.sh hosted_sites). A stand-in refuses a preflight that asks for
// a header the service does not allow, so a custom header fails the booking.

const copy = content('booking.json');
const blocks = content('architecture.json').blocks;
const nextYear = new Date().getFullYear() + 1;
const port = Number(process.env.E2E_PORT ?? 4173);
const standins = `http://127.0.0.1:${port + 3}`;
const allowedHeaders = ['accept', 'content-type', 'x-requested-with', 'authorization'];

const services = {
  formspree: { site: port + 6, path: '/formspree/f/test-form', honeypot: '_gotcha', fixed: { _subject: /.+/ } },
  basin: { site: port + 7, path: '/basin/f/test-form', honeypot: '_gotcha', fixed: {} },
  web3forms: { site: port + 8, path: '/web3forms/submit', honeypot: 'botcheck', fixed: { access_key: 'test-web3forms-key', subject: /.+/ } },
  staticforms: { site: port + 9, path: '/staticforms/submit', honeypot: 'honeypot', fixed: { apiKey: 'test-staticforms-key', subject: /.+/ } },
} as const;
const netlifySite = `http://127.0.0.1:${port + 10}`;

function emailFor(name: string): string {
  const id = `${test.info().testId}-${Date.now().toString(36)}`.replace(/[^a-z0-9-]/gi, '').toLowerCase();
  return `${name}-${id}@example.com`;
}

function booking(form: BookingPage, email: string): BookingInput {
  return {
    name: 'Dorothy Vaughan',
    email,
    company: 'Fortran Works',
    topic: blocks[0].title,
    message: 'Our "batch" jobs\nstall at night.',
    windows: [
      [`${nextYear}-03-10`, form.partLabel(0)],
      [`${nextYear}-03-11`, form.partLabel(1)],
    ],
  };
}

/** Opens a provider site's booking page, recording CSP violations from the first script on. */
async function open(page: Page, origin: string) {
  await page.addInitScript(() => {
    (window as any).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as any).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const form = new BookingPage(page);
  await form.goto(`${origin}/book`); // (waits for the app: a click before it would post natively)
  await expect(form.heading).toHaveText(copy.page.heading);
  return form;
}

const cspViolations = (page: Page) => page.evaluate(() => (window as any).__csp as string[]);

async function plan(email: string, steps: unknown[]) {
  await fetch(`${standins}/__control/plan`, { method: 'POST', body: JSON.stringify({ email, steps }) });
}

async function received(email: string): Promise<any[]> {
  return (await fetch(`${standins}/__control/requests?email=${encodeURIComponent(email)}`)).json();
}

test.use({ expectedFailures: [`${standins}/`] });

for (const [name, service] of Object.entries(services)) {
  const site = `http://127.0.0.1:${service.site}`;

  test.describe(name, () => {
    test('a booking arrives with named fields, the service honeypot and fixed fields, and no custom header', async ({ page }) => {
      const form = await open(page, site);
      // Hydration kept the prerendered no-JavaScript post (the bundle does not write it).
      const action = await page.evaluate(() => document.querySelector('form.booking-form')?.getAttribute('action'));
      expect(action).toBe(`${standins}${service.path}`);
      const email = emailFor(name);
      await form.fillBooking(booking(form, email));
      await form.submit.click();
      await form.expectConfirmed();
      const [request, ...more] = await received(email);
      expect(more, 'one request').toEqual([]);
      expect(request.service).toBe(name);
      expect(request.native).toBe(false);
      expect(request.contentType).toBe('application/json');
      expect(request.headers['idempotency-key']).toBeUndefined();
      const fields = request.fields;
      expect(fields.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-/);
      expect(fields).toMatchObject({ name: 'Dorothy Vaughan', email, company: 'Fortran Works', topic: blocks[0].title });
      expect(fields.message).toBe('Our "batch" jobs\nstall at night.');
      expect(fields['windows[0]']).toContain(`${nextYear}-03-10`);
      expect(fields[service.honeypot], 'the service honeypot, empty').toBe('');
      expect(fields.website, 'not this site’s own honeypot name').toBeUndefined();
      for (const [field, value] of Object.entries(service.fixed)) expect(fields[field]).toMatch(value);
      // The preflight asked only for headers the service allows.
      const preflights = (await (await fetch(`${standins}/__control/preflights`)).json()).filter(
        (p: any) => p.service === name && p.origin === site,
      );
      expect(preflights.length).toBeGreaterThan(0);
      for (const p of preflights) expect(p.asked.every((h: string) => allowedHeaders.includes(h)), JSON.stringify(p)).toBe(true);
      await expect(form.confirmation).toContainText(fields.id.split('-')[0].toUpperCase());
      expect(await cspViolations(page)).toEqual([]);
    });

    test('a 429 and a 503 are retried with the same id', async ({ page }) => {
      const form = await open(page, site);
      const email = emailFor(name);
      await plan(email, [{ status: 429, body: { error: 'Too many requests' } }, { status: 503, body: 'busy' }]);
      await form.fillBooking(booking(form, email));
      await form.submit.click();
      await form.expectConfirmed();
      const requests = await received(email);
      expect(requests.map((r) => r.answer)).toEqual([429, 503, 200]);
      expect(new Set(requests.map((r) => r.fields.id)).size, 'one id on every attempt').toBe(1);
      expect(await cspViolations(page)).toEqual([]);
    });

    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false });

      test('the form posts natively to the service with named fields, and nothing typed lands in a URL', async ({ page }) => {
        const urls: string[] = [];
        page.on('request', (r) => urls.push(r.url()));
        const form = new BookingPage(page);
        await page.goto(`${site}/book`);
        const send = page.getByRole('button', { name: copy.no_script.send_direct, exact: true });
        await expect(send).toBeVisible();
        const email = emailFor(name);
        await form.name.fill('Mary Jackson');
        await form.email.fill(email);
        await form.message.fill('private details');
        await send.click();
        await page.waitForURL(`${standins}${service.path}`);
        const [request] = await received(email);
        expect(request.native).toBe(true);
        expect(request.query).toBe('');
        expect(request.contentType).toBe('application/x-www-form-urlencoded');
        expect(request.fields).toMatchObject({ name: 'Mary Jackson', email, message: 'private details' });
        expect(request.fields[service.honeypot]).toBe('');
        for (const [field, value] of Object.entries(service.fixed)) expect(request.fields[field]).toMatch(value);
        expect(urls.filter((url) => /private|Mary/.test(url)), 'no URL carries what was typed').toEqual([]);
      });
    });
  });
}

test('a stand-in refuses what its service refuses: a request with a custom header', async ({ page, problems }) => {
  // So the tests above, where bookings arrive, show that the form sends none.
  await open(page, `http://127.0.0.1:${services.formspree.site}`);
  const outcome = (headers: Record<string, string>) =>
    page.evaluate(
      ([url, headers]) =>
        fetch(url, { method: 'POST', headers, body: '{"email":"refused@example.com"}' }).then(
          (res) => `HTTP ${res.status}`,
          () => 'refused',
        ),
      [`${standins}${services.formspree.path}`, headers] as const,
    );
  expect(await outcome({ 'Content-Type': 'application/json', Accept: 'application/json', 'Idempotency-Key': 'x' })).toBe('refused');
  expect(await outcome({ 'Content-Type': 'application/json', Accept: 'application/json' })).toBe('HTTP 200');
  // The refused preflight is in the console as a CORS error, which this test expects.
  const cors = problems.console.filter((m) => m.includes('blocked by CORS policy'));
  expect(cors).toHaveLength(1);
  problems.console.splice(problems.console.indexOf(cors[0]), 1);
});

test('Formspree field errors appear beside their fields, marked invalid', async ({ page }) => {
  const form = await open(page, `http://127.0.0.1:${services.formspree.site}`);
  const email = emailFor('formspree');
  const message = 'should be an email from your company';
  await plan(email, [{ status: 422, body: { error: 'Validation errors', errors: [{ code: 'TYPE_EMAIL', field: 'email', message }] } }]);
  await form.fillBooking(booking(form, email));
  await form.submit.click();
  await expect(form.email).toHaveAttribute('aria-invalid', 'true');
  await expect(form.email).toHaveAccessibleDescription(new RegExp(message));
  await expect(form.email).toBeFocused();
  await expect(form.confirmation).toBeHidden();
  expect(await cspViolations(page)).toEqual([]);
});

test('Web3Forms saying success:false with a 200 is a refusal the visitor reads', async ({ page }) => {
  const form = await open(page, `http://127.0.0.1:${services.web3forms.site}`);
  const email = emailFor('web3forms');
  await plan(email, [{ status: 200, body: { success: false, body: { message: 'This form is paused by its owner' } } }]);
  await form.fillBooking(booking(form, email));
  await form.submit.click();
  await expect(form.statusText).toHaveText(fill(copy.status.rejected, { status: 400 }));
  await expect(page.getByText('This form is paused by its owner', { exact: true })).toBeVisible();
  await expect(form.confirmation).toBeHidden();
  expect(await received(email)).toHaveLength(1);
});

test.describe('Netlify Forms', () => {
  const submissions = async (email: string): Promise<any[]> =>
    (await fetch(`${netlifySite}/__netlify/submissions?email=${encodeURIComponent(email)}`)).json();

  test('a booking posts url-encoded to the page itself with form-name and the honeypot', async ({ page }) => {
    const form = await open(page, netlifySite);
    const email = emailFor('netlify');
    await form.fillBooking(booking(form, email));
    await form.submit.click();
    await form.expectConfirmed();
    const [submission, ...more] = await submissions(email);
    expect(more).toEqual([]);
    expect(submission.path).toBe('/book/');
    expect(submission.origin).toBe(netlifySite);
    expect(submission.contentType).toBe('application/x-www-form-urlencoded');
    expect(submission.headers['idempotency-key']).toBeUndefined();
    expect(submission.fields).toMatchObject({ 'form-name': 'booking', 'bot-field': '', name: 'Dorothy Vaughan', email });
    expect(submission.fields.id).toMatch(/^[0-9a-f]{8}-/);
    expect(await cspViolations(page)).toEqual([]);
  });

  test.describe('without JavaScript', () => {
    // The thank-you page asks for a favicon the site does not have there.
    test.use({ javaScriptEnabled: false, expectedFailures: [`${netlifySite}/favicon.ico`] });

    test('the form posts natively to the page, and its deploy bot finds the form in the HTML', async ({ page, problems }) => {
      const form = new BookingPage(page);
      await page.goto(`${netlifySite}/book`);
      // The hidden copy Netlify's deploy bot reads, with every field name.
      const detected = page.locator('form[name="booking"][data-netlify="true"][netlify-honeypot="bot-field"]');
      await expect(detected).toBeHidden();
      for (const field of ['form-name', 'bot-field', 'name', 'email', 'message', 'windows[0].date', 'windows[0]', 'id']) {
        await expect(detected.locator(`[name="${field}"]`)).toHaveCount(1);
      }
      const email = emailFor('netlify');
      await form.name.fill('Mary Jackson');
      await form.email.fill(email);
      await form.message.fill('private details');
      await page.getByRole('button', { name: copy.no_script.send_direct, exact: true }).click();
      await page.waitForURL(`${netlifySite}/book/`);
      await expect(page.getByRole('heading', { name: /Thank you/ })).toBeVisible();
      const [submission] = await submissions(email);
      expect(submission.query).toBe('');
      expect(submission.fields).toMatchObject({ 'form-name': 'booking', 'bot-field': '', name: 'Mary Jackson', message: 'private details' });
      // Chromium reports the site's view transition aborted on the way to Netlify's
      // thank-you page, which does not opt in; that page is Netlify's, not ours.
      const aborted = problems.console.findIndex((m) => m.includes('ViewTransition opt-in disabled'));
      if (aborted >= 0) problems.console.splice(aborted, 1);
    });
  });
});
