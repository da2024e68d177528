import { test, expect } from './fixtures';
import { BookingPage, fill, templatePattern, type BookingInput } from './pages/booking-page';
import { BookingEndpoint } from './booking-endpoint';
import { content } from './content';

// Delivery when the endpoint or the network misbehaves: every case ends with
// exactly one booking (or none, and the visitor told so), never two.

const copy = content('booking.json');
const blocks = content('architecture.json').blocks;
const nextYear = new Date().getFullYear() + 1;

function booking(endpoint: BookingEndpoint, page: BookingPage): BookingInput {
  return {
    name: 'Katherine Johnson',
    email: endpoint.email,
    company: 'Orbital Mechanics Inc',
    topic: blocks[blocks.length - 1].title,
    message: 'Our queue workers fall over at peak.',
    windows: [
      [`${nextYear}-02-10`, page.partLabel(0)],
      [`${nextYear}-02-11`, page.partLabel(2)],
    ],
  };
}

async function start(page: import('@playwright/test').Page) {
  const endpoint = BookingEndpoint.forTest(test.info().testId);
  const form = new BookingPage(page);
  await form.open();
  await form.fillBooking(booking(endpoint, form));
  return { endpoint, form };
}

/** "Retrying in <any> s, attempt <attempt> of 5", from the content's template. */
function retryingAttempt(attempt: number): RegExp {
  const text = fill(copy.status.retrying, { seconds: 'SECONDS', attempt, max: 5 }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${text.replace('SECONDS', '\\d+')}$`);
}

function expectOneKey(requests: { key: string | null; body: any }[]) {
  const keys = new Set(requests.map((r) => r.key));
  expect(keys.size, 'one idempotency key on every request').toBe(1);
  for (const r of requests) expect(r.body.id).toBe(r.key);
}

test.use({ expectedFailures: [BookingEndpoint.url] });

test('two 503s then success: three requests, one key, one booking', async ({ page }) => {
  const { endpoint, form } = await start(page);
  await endpoint.plan([{ status: 503 }, { status: 503, body: { error: 'Try later' } }]);
  await form.recordStatuses();
  await form.submit.click();
  await form.expectConfirmed();
  // The jittered waits may be short, so the status line's history is checked, not its moment.
  const seen = await form.statuses();
  for (const attempt of [2, 3]) {
    const pattern = retryingAttempt(attempt);
    expect(seen.some((text) => pattern.test(text)), `${pattern} in ${JSON.stringify(seen)}`).toBe(true);
  }
  const requests = await endpoint.requests();
  expect(requests.map((r) => r.answer)).toEqual([503, 503, 201]);
  expectOneKey(requests);
  expect(await endpoint.bookings()).toHaveLength(1);
});

test('429 with Retry-After: the wait is shown, and "retry now" does not wait', async ({ page }) => {
  const { endpoint, form } = await start(page);
  await endpoint.plan([{ status: 429, headers: { 'Retry-After': '30' } }]);
  await form.submit.click();
  await expect(form.statusText).toHaveText(fill(copy.status.retrying, { seconds: 30, attempt: 2, max: 5 }));
  await expect(form.status).toHaveText(fill(copy.status.retrying, { seconds: 30, attempt: 2, max: 5 }));
  await expect(form.submit).toBeDisabled();
  await form.button(copy.status.retry_now).click();
  await form.expectConfirmed();
  const requests = await endpoint.requests();
  expect(requests).toHaveLength(2);
  expectOneKey(requests);
});

test('422 with field errors: shown beside the fields, the form stays filled, nothing booked', async ({ page }) => {
  const { endpoint, form } = await start(page);
  await endpoint.plan([
    {
      status: 422,
      body: { errors: [{ field: 'email', message: 'This domain does not receive mail' }, { field: 'windows[1].date', message: 'Fully booked that day' }] },
    },
  ]);
  await form.submit.click();
  await expect(form.statusText).toHaveText(fill(copy.status.rejected, { status: 422 }));
  await expect(form.email).toHaveAccessibleDescription(/This domain does not receive mail/);
  await expect(form.email).toHaveAttribute('aria-invalid', 'true');
  await expect(form.email).toBeFocused();
  await expect(form.windowDate(2)).toHaveAccessibleDescription(/Fully booked that day/);
  await expect(form.summary).toContainText('This domain does not receive mail');
  await expect(form.email).toHaveValue(endpoint.email);
  await expect(form.message).toHaveValue('Our queue workers fall over at peak.');
  expect(await endpoint.requests()).toHaveLength(1);
  expect(await endpoint.bookings()).toHaveLength(0);
});

test('a general 4xx message is shown and not retried', async ({ page }) => {
  const { endpoint, form } = await start(page);
  await endpoint.plan([{ status: 403, body: { message: 'Bookings are closed this week' } }]);
  await form.submit.click();
  await expect(page.getByText('Bookings are closed this week')).toBeVisible();
  await page.waitForTimeout(1500);
  expect(await endpoint.requests()).toHaveLength(1);
});

test('a timeout then success: the retry replays under the same key, one booking', async ({ page }) => {
  test.setTimeout(60_000);
  const { endpoint, form } = await start(page);
  // The endpoint takes the booking but answers after the 10 s timeout.
  await endpoint.plan([{ delayMs: 12_000 }]);
  await form.recordStatuses();
  await form.submit.click();
  await form.expectConfirmed();
  expect((await form.statuses()).some((text) => templatePattern(copy.status.retrying).test(text))).toBe(true);
  const requests = await endpoint.requests();
  expect(requests).toHaveLength(2);
  expectOneKey(requests);
  expect(await endpoint.bookings()).toHaveLength(1);
});

test('a dropped connection is retried', async ({ page }) => {
  const { endpoint, form } = await start(page);
  await endpoint.plan([{ drop: true }]);
  await form.submit.click();
  await form.expectConfirmed();
  const requests = await endpoint.requests();
  expect(requests).toHaveLength(2);
  expectOneKey(requests);
});

test('offline: the booking waits, says so, and goes when the connection returns', async ({ page, context }) => {
  const { endpoint, form } = await start(page);
  await context.setOffline(true);
  await form.submit.click();
  await expect(form.statusText).toHaveText(copy.status.offline);
  await page.waitForTimeout(500);
  expect(await endpoint.requests()).toHaveLength(0);
  await context.setOffline(false);
  await form.expectConfirmed();
  expect(await endpoint.bookings()).toHaveLength(1);
});

test('a reload during retries resumes with the same key and books once', async ({ page }) => {
  const { endpoint, form } = await start(page);
  await endpoint.plan([{ status: 503, headers: { 'Retry-After': '30' } }]);
  await form.submit.click();
  await expect(form.statusText).toHaveText(templatePattern(copy.status.retrying));
  await page.reload();
  await form.waitForApp();
  await form.expectConfirmed();
  const requests = await endpoint.requests();
  expect(requests).toHaveLength(2);
  expectOneKey(requests);
  expect(await endpoint.bookings()).toHaveLength(1);
});

test('a double click and a double Enter send one request', async ({ page }) => {
  const { endpoint, form } = await start(page);
  await endpoint.plan([{ delayMs: 1_500 }]);
  await form.submit.dblclick();
  await form.message.focus().catch(() => {});
  await page.keyboard.press('Enter');
  await form.name.press('Enter').catch(() => {});
  await form.expectConfirmed();
  await page.waitForTimeout(500);
  expect(await endpoint.requests()).toHaveLength(1);
  expect(await endpoint.bookings()).toHaveLength(1);
});

test('Enter pressed twice in a field sends one request', async ({ page }) => {
  const { endpoint, form } = await start(page);
  await endpoint.plan([{ delayMs: 1_500 }]);
  await form.company.press('Enter');
  await form.company.press('Enter').catch(() => {});
  await form.expectConfirmed();
  await page.waitForTimeout(500);
  expect(await endpoint.requests()).toHaveLength(1);
});

test('a second tab does not send the booking again', async ({ page, context }) => {
  const { endpoint, form } = await start(page);
  await endpoint.plan([{ delayMs: 3_000 }]);
  await page.waitForTimeout(600); // the draft reaches storage
  await form.submit.click();
  const second = new BookingPage(await context.newPage());
  await second.open();
  // The draft is there in the second tab; submitting it sends nothing new.
  await expect(second.email).toHaveValue(endpoint.email);
  await expect(second.statusText).toHaveText(copy.status.other_tab);
  await expect(second.submit).toBeDisabled();
  await form.expectConfirmed();
  await expect(second.confirmation).toBeVisible({ timeout: 10_000 });
  expect(await endpoint.requests()).toHaveLength(1);
  expect(await endpoint.bookings()).toHaveLength(1);
});

test('when every attempt fails the visitor keeps everything and gets a mail link', async ({ page }) => {
  const { endpoint, form } = await start(page);
  const failing = { status: 503, headers: { 'Retry-After': '0' } };
  await endpoint.plan([failing, failing, failing, failing, failing]);
  await form.submit.click();
  await expect(form.statusText).toHaveText(fill(copy.status.failed, { max: 5 }), { timeout: 20_000 });
  const href = await form.mailLink().getAttribute('href');
  const mail = new URL(href!);
  expect(mail.protocol).toBe('mailto:');
  const body = mail.searchParams.get('body')!;
  expect(body).toContain('Our queue workers fall over at peak.');
  expect(body).toContain(endpoint.email);
  await expect(form.message).toHaveValue('Our queue workers fall over at peak.');
  const requests = await endpoint.requests();
  expect(requests).toHaveLength(5);
  expectOneKey(requests);
  // Trying again later resends the same booking under the same key.
  await form.button(copy.status.try_again).click();
  await form.expectConfirmed();
  const all = await endpoint.requests();
  expect(all).toHaveLength(6);
  expectOneKey(all);
  expect(await endpoint.bookings()).toHaveLength(1);
});

test('stopping the retries keeps the booking and offers the mail link', async ({ page }) => {
  const { endpoint, form } = await start(page);
  await endpoint.plan([{ status: 500, headers: { 'Retry-After': '30' } }]);
  await form.submit.click();
  await expect(form.statusText).toHaveText(templatePattern(copy.status.retrying));
  await form.button(copy.status.cancel).click();
  await expect(form.statusText).toHaveText(copy.status.cancelled);
  await expect(form.mailLink()).toBeVisible();
  await expect(form.submit).toBeEnabled();
  // Sending the unchanged form again reuses the key.
  await form.submit.click();
  await form.expectConfirmed();
  const requests = await endpoint.requests();
  expect(requests).toHaveLength(2);
  expectOneKey(requests);
});
