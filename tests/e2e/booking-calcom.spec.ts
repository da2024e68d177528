import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { BookingPage, fill } from './pages/booking-page';
import { SitePage } from './pages/site-page';
import { BookingEndpoint } from './booking-endpoint';
import { CalcomStandIn, dateIn, timeIn } from './booking-calcom';
import { content } from './content';
import type { Page } from '@playwright/test';

// The booking page built for Cal.com (dist-calcom/, from the same wasm as
// dist/) against the loopback stand-in, in a browser in New York: the open
// times, the booking and each of its outcomes. The tests share the stand-in's
// open times, so they run one at a time.

const copy = content('booking.json');
const c = copy.calcom;
const blocks = content('architecture.json').blocks;
const zone = 'America/New_York';
const calcom = new CalcomStandIn();

const day = 86_400_000;
const midnight = Math.floor(Date.now() / day) * day;
/** The open times: two the day after tomorrow, one the day after (UTC). */
const starts = [midnight + 2 * day + 14 * 3_600_000, midnight + 2 * day + 14.5 * 3_600_000, midnight + 3 * day + 19 * 3_600_000];

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: CalcomStandIn.site, timezoneId: zone, expectedFailures: [CalcomStandIn.origin, BookingEndpoint.url] });

function dayHeading(ms: number, inZone = zone): string {
  const date = dateIn(ms, inZone);
  const weekday = copy.windows.weekdays[(new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7];
  return fill(c.day, { weekday, date });
}

/** The radio of the open time `ms`, found by its day and its time as the visitor reads them. */
function slot(page: Page, ms: number, inZone = zone) {
  return picker(page).getByRole('group', { name: dayHeading(ms, inZone), exact: true }).getByRole('radio', { name: timeIn(ms, inZone), exact: true });
}

function picker(page: Page) {
  return page.getByRole('group', { name: c.field, exact: true });
}

/** The form's status line (the page object's), where Cal.com's outcomes are said. */
function statusLine(page: Page) {
  return new BookingPage(page).statusText;
}

async function fillDetails(form: BookingPage, email: string) {
  await form.name.fill('Ada Lovelace');
  await form.email.fill(email);
  await form.company.fill('Analytical Engines Ltd');
  await form.role.fill('CTO');
  await form.topic.selectOption({ label: blocks[0].title });
  await form.traffic.fill('90% reads, 2k rps at peak');
  await form.message.fill('Webhooks time out twice a day.\nWe run Express on Postgres.');
}

async function openWithTimes(page: Page) {
  const form = new BookingPage(page);
  await form.open();
  await expect(slot(page, starts[0])).toBeVisible();
  return form;
}

test.beforeEach(async () => {
  await calcom.reset();
  await calcom.open(starts);
});

test.describe('booking an open time with Cal.com', () => {
  test('shows the open times in the visitor zone, read once with only allowed headers, and no axe violations', async ({ page }) => {
    const form = await openWithTimes(page);
    await expect(page.getByRole('group', { name: c.legend })).toBeVisible();
    // New York is UTC−5 (or −4): 14:00 UTC reads as 9:00 AM (or 10:00 AM), never as 14:00.
    expect(timeIn(starts[0], zone)).toMatch(/^(9|10):00 AM$/);
    for (const ms of starts) await expect(slot(page, ms)).toBeVisible();
    await expect(picker(page).getByRole('radio')).toHaveCount(starts.length);
    // The windows give way to the picker; the zone select stays.
    await expect(form.windowDate(1)).toBeHidden();
    await expect(form.timezone).toHaveValue(zone);
    // What was asked: 14 days from today in the visitor's zone, with the documented version header only.
    const [read] = await calcom.slotReads();
    const today = dateIn(Date.now(), zone);
    const end = new Date(Date.parse(`${today}T00:00:00Z`) + 13 * day).toISOString().slice(0, 10);
    expect(read.query).toEqual({ eventTypeId: '4242', start: today, end, timeZone: zone });
    expect(read.headers['cal-api-version']).toBe('2024-09-04');
    expect(read.headers['idempotency-key']).toBeUndefined();
    for (const preflight of await calcom.preflights()) expect(preflight.allowed, preflight.headers.join()).toBe(true);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      const results = await new AxeBuilder({ page }).include('main').analyze();
      expect(results.violations, colorScheme).toEqual([]);
    }
  });

  test('a time is chosen with the keyboard, booked with the contract body, and confirmed with uid, .ics and links', async ({ page }) => {
    const form = await openWithTimes(page);
    await fillDetails(form, 'ada-book@example.com');
    // Into the group with Tab from the zone, then the arrow keys choose.
    await form.timezone.focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(slot(page, starts[0])).toBeFocused();
    await page.keyboard.press('Space');
    await expect(slot(page, starts[0])).toBeChecked();
    await page.keyboard.press('ArrowRight');
    await expect(slot(page, starts[1])).toBeChecked();
    await form.submit.click();

    const confirmation = page.getByRole('region', { name: c.confirmation.heading });
    await expect(confirmation).toBeVisible();
    const [booking] = await calcom.bookings();
    await expect(confirmation.getByText(booking.uid, { exact: true })).toBeVisible();
    await expect(confirmation).toContainText(timeIn(starts[1], zone));
    await expect(confirmation).toContainText(`(${zone})`);
    await expect(confirmation.getByRole('link', { name: c.confirmation.meeting })).toHaveAttribute('href', booking.meetingUrl);
    await expect(confirmation.getByRole('link', { name: c.confirmation.reschedule })).toHaveAttribute('href', booking.rescheduleUrl);
    await expect(confirmation.getByRole('link', { name: c.confirmation.cancel })).toHaveAttribute('href', booking.cancelUrl);
    const ics = decodeURIComponent((await confirmation.getByRole('link', { name: c.confirmation.calendar }).getAttribute('href'))!);
    const stamp = (ms: number) => new Date(ms).toISOString().replace(/[-:]/g, '').replace(/\.\d+/, '');
    expect(ics).toContain(`DTSTART:${stamp(starts[1])}`);
    expect(ics).toContain(`DTEND:${stamp(starts[1] + 30 * 60_000)}`);
    expect(ics).toContain(`UID:${booking.uid}@`);

    const posts = await calcom.bookingPosts();
    expect(posts).toHaveLength(1);
    const { body, headers } = posts[0];
    expect(body).toEqual({
      start: new Date(starts[1]).toISOString().replace('.000Z', 'Z'),
      eventTypeId: 4242,
      attendee: { name: 'Ada Lovelace', email: 'ada-book@example.com', timeZone: zone },
      bookingFieldsResponses: {
        company: 'Analytical Engines Ltd',
        role: 'CTO',
        topic: blocks[0].title,
        traffic: '90% reads, 2k rps at peak',
        message: 'Webhooks time out twice a day.\nWe run Express on Postgres.',
      },
      metadata: { bookingId: expect.stringMatching(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/) },
    });
    expect(headers['cal-api-version']).toBe('2024-08-13');
    expect(headers['content-type']).toMatch(/^application\/json/);
    expect(headers['idempotency-key']).toBeUndefined();
    const asked = (await calcom.preflights()).filter((p) => p.path === '/v2/bookings');
    expect(asked.length).toBeGreaterThan(0);
    for (const preflight of asked) {
      expect(preflight.allowed).toBe(true);
      expect(preflight.headers.sort()).toEqual(['cal-api-version', 'content-type']);
    }
    const results = await new AxeBuilder({ page }).include('main').analyze();
    expect(results.violations).toEqual([]);
  });

  test('another zone reads the times again and labels them there', async ({ page }) => {
    const form = await openWithTimes(page);
    const tokyo = 'Asia/Tokyo';
    await form.timezone.selectOption(tokyo);
    // 19:00 UTC is 4:00 AM in Tokyo (UTC+9): on the next day there.
    await expect(slot(page, starts[2], tokyo)).toBeVisible();
    expect(timeIn(starts[2], tokyo)).toBe('4:00 AM');
    expect(dateIn(starts[2], tokyo)).not.toBe(dateIn(starts[2], zone));
    await expect(slot(page, starts[0], tokyo)).toHaveAccessibleName('11:00 PM');
    await expect(picker(page).getByRole('radio', { name: timeIn(starts[0], zone), exact: true })).toHaveCount(0);
    const reads = await calcom.slotReads();
    expect(reads.at(-1)!.query.timeZone).toBe(tokyo);
  });

  test('"later" reads the next 14 days, and a range without open times says so', async ({ page }) => {
    await openWithTimes(page);
    await page.getByRole('button', { name: c.later }).click();
    const today = Date.parse(`${dateIn(Date.now(), zone)}T00:00:00Z`);
    const [from, to] = [14, 27].map((n) => new Date(today + n * day).toISOString().slice(0, 10));
    await expect(picker(page).getByText(fill(c.empty, { from, to }), { exact: true })).toBeVisible();
    await expect(picker(page).getByRole('radio')).toHaveCount(0);
    const later = (await calcom.slotReads()).at(-1)!.query;
    expect([later.start, later.end]).toEqual([from, to]);
    await page.getByRole('button', { name: c.earlier }).click();
    await expect(slot(page, starts[0])).toBeVisible();
  });

  test('without a chosen time the form says so beside the picker, in the summary, and focus goes there', async ({ page }) => {
    const form = await openWithTimes(page);
    await fillDetails(form, 'ada-none@example.com');
    await form.submit.click();
    await expect(form.summary.getByRole('link', { name: new RegExp(c.required) })).toBeVisible();
    await expect(picker(page)).toBeFocused();
    await expect(picker(page)).toHaveAccessibleDescription(new RegExp(c.required));
    await slot(page, starts[0]).check();
    await expect(picker(page)).not.toHaveAccessibleDescription(new RegExp(c.required));
    expect(await calcom.bookingPosts()).toHaveLength(0);
  });

  test('a time taken meanwhile: said plainly, everything typed kept, the times read again', async ({ page }) => {
    const form = await openWithTimes(page);
    await fillDetails(form, 'ada-taken@example.com');
    await slot(page, starts[0]).check();
    await calcom.bookAsSomeoneElse(starts[0]);
    const readsBefore = (await calcom.slotReads()).length;
    await form.submit.click();
    await expect(statusLine(page)).toHaveText(c.taken);
    await expect(slot(page, starts[0])).toHaveCount(0);
    await expect(slot(page, starts[1])).toBeVisible();
    expect((await calcom.slotReads()).length).toBeGreaterThan(readsBefore);
    await expect(form.name).toHaveValue('Ada Lovelace');
    await expect(form.message).toHaveValue(/Express on Postgres/);
    // Another time books at once.
    await slot(page, starts[1]).check();
    await form.submit.click();
    await expect(page.getByRole('region', { name: c.confirmation.heading })).toBeVisible();
    expect((await calcom.bookings()).map((b) => b.attendees[0].email)).toEqual(['someone@example.com', 'ada-taken@example.com']);
  });

  test('the connection drops after Cal.com booked: the times say it may be made, and nothing is sent twice', async ({ page }) => {
    await calcom.plan({ bookings: [{ book: true, drop: true }] });
    const form = await openWithTimes(page);
    await fillDetails(form, 'ada-dropped@example.com');
    await slot(page, starts[0]).check();
    await form.submit.click();
    await expect(statusLine(page)).toHaveText(c.maybe_booked);
    await expect(slot(page, starts[0])).toHaveCount(0);
    // Submitting again (after choosing nothing) sends nothing; a reload sends nothing.
    await form.submit.click();
    await page.reload();
    await expect(slot(page, starts[1])).toBeVisible();
    expect(await calcom.bookingPosts()).toHaveLength(1);
    expect(await calcom.bookings()).toHaveLength(1);
  });

  test('the connection drops before Cal.com booked: the time is still open, and sending again books it once', async ({ page }) => {
    await calcom.plan({ bookings: [{ drop: true }] });
    const form = await openWithTimes(page);
    await fillDetails(form, 'ada-retry@example.com');
    await slot(page, starts[0]).check();
    await form.submit.click();
    await expect(statusLine(page)).toHaveText(c.still_open);
    await expect(slot(page, starts[0])).toBeChecked();
    await form.submit.click();
    await expect(page.getByRole('region', { name: c.confirmation.heading })).toBeVisible();
    expect(await calcom.bookingPosts()).toHaveLength(2);
    expect(await calcom.bookings()).toHaveLength(1);
  });

  test('a server error is settled by the times too, and another refusal is said with Cal.com\'s message', async ({ page }) => {
    await calcom.plan({
      bookings: [
        { status: 503 },
        { status: 400, body: { status: 'error', error: { code: 'BadRequestException', message: 'responses.company is too long' } } },
      ],
    });
    const form = await openWithTimes(page);
    await fillDetails(form, 'ada-errors@example.com');
    await slot(page, starts[0]).check();
    await form.submit.click();
    await expect(statusLine(page)).toHaveText(c.still_open);
    await form.submit.click();
    await expect(statusLine(page)).toHaveText(fill(c.refused, { message: 'responses.company is too long' }));
    await expect(form.company).toHaveValue('Analytical Engines Ltd');
    expect(await calcom.bookingPosts()).toHaveLength(2);
    expect(await calcom.bookings()).toHaveLength(0);
  });

  test('no answer within the timeout: the times are read again, and a time gone means maybe booked', async ({ page }) => {
    test.setTimeout(45_000);
    await calcom.plan({ bookings: [{ book: true, hang: true }] });
    const form = await openWithTimes(page);
    await fillDetails(form, 'ada-timeout@example.com');
    await slot(page, starts[0]).check();
    await form.submit.click();
    await expect(statusLine(page)).toHaveText(c.sending);
    // The request gives up after 10 s.
    await expect(statusLine(page)).toHaveText(c.maybe_booked, { timeout: 20_000 });
    expect(await calcom.bookingPosts()).toHaveLength(1);
  });

  test('a reload while the booking is on its way sends nothing again', async ({ page }) => {
    await calcom.plan({ bookings: [{ book: true, hang: true }] });
    const form = await openWithTimes(page);
    await fillDetails(form, 'ada-reload@example.com');
    await slot(page, starts[0]).check();
    await form.submit.click();
    await expect(statusLine(page)).toHaveText(c.sending);
    await expect.poll(async () => (await calcom.bookings()).length).toBe(1);
    await page.reload();
    await expect(statusLine(page)).toHaveText(c.maybe_booked);
    await expect(form.name).toHaveValue('Ada Lovelace');
    await form.submit.click();
    expect(await calcom.bookingPosts()).toHaveLength(1);
  });

  test('open times that cannot be read bring back the preferred windows, sent to the fallback', async ({ page }) => {
    await calcom.plan({ slots: [{ status: 503 }] });
    const endpoint = BookingEndpoint.forTest('calcom-fallback');
    const form = new BookingPage(page);
    await form.open();
    await expect(page.getByText(c.fallback)).toBeVisible();
    await expect(picker(page)).toBeHidden();
    await fillDetails(form, endpoint.email);
    const nextYear = new Date().getFullYear() + 1;
    for (const [n, date] of [[1, `${nextYear}-01-15`], [2, `${nextYear}-01-16`]] as const) {
      await form.windowDate(n).fill(date);
      await form.windowPart(n).selectOption({ label: form.partLabel(0) });
    }
    await form.submit.click();
    await expect(form.confirmation).toBeVisible();
    const [stored] = await endpoint.bookings();
    expect(stored.body.windows).toHaveLength(2);
    expect(stored.body.timezone).toBe(zone);
    expect(await calcom.bookingPosts()).toHaveLength(0);
  });

  test('space is reserved while the times load: no layout shift', async ({ page }) => {
    await calcom.plan({ slots: [{ delayMs: 4000 }] });
    await page.addInitScript(() => {
      (window as any).__shifts = [];
      new PerformanceObserver((list) =>
        (window as any).__shifts.push(
          ...list.getEntries().map((e: any) => ({
            value: e.value,
            at: Math.round(e.startTime),
            sources: (e.sources ?? []).map((s: any) => `${s.node?.nodeName}.${s.node?.className ?? ''}`).join(' '),
          })),
        ),
      ).observe({
        type: 'layout-shift',
        buffered: true,
      });
    });
    const form = new BookingPage(page);
    await form.open();
    await expect(picker(page).getByText(c.loading)).toBeVisible();
    const submitBefore = await form.submit.boundingBox();
    await expect(slot(page, starts[0])).toBeVisible();
    expect(await form.submit.boundingBox()).toEqual(submitBefore);
    const shifts: { value: number }[] = await page.evaluate(() => (window as any).__shifts);
    expect(shifts, 'layout shifts while the times load').toEqual([]);
  });
});

test.describe('with JavaScript off', () => {
  test.use({ javaScriptEnabled: false });

  test('the page is the preferred-windows form, posting to the email program as with any provider', async ({ page }) => {
    const form = new BookingPage(page);
    await page.goto('/book');
    await expect(form.heading).toHaveText(copy.page.heading);
    await expect(page.getByRole('group', { name: copy.windows.legend, exact: true })).toBeVisible();
    await expect(form.windowDate(1)).toBeVisible();
    await expect(picker(page)).toBeHidden();
    await expect(page.getByText(c.loading)).toBeHidden();
    await expect(page.getByText(c.fallback)).toBeHidden();
    await expect(page.locator('form.booking-form')).toHaveAttribute('action', /^mailto:/);
    expect(await calcom.slotReads()).toHaveLength(0);
  });
});

// Screenshots at 375 and 1280 px, light and dark, into test-results/: the
// picker with a time chosen, the taken-time message, the confirmation.
test.describe('looked at', () => {
  const screenStarts = [1, 2, 3, 6].flatMap((d) => [14, 14.5, 15, 16, 18.5, 20].map((h) => midnight + d * day + h * 3_600_000));

  for (const colorScheme of ['light', 'dark'] as const) {
    test(`the open times picker and the confirmation, ${colorScheme}, at 375 and 1280 px`, async ({ page }, testInfo) => {
      test.setTimeout(90_000);
      await calcom.open(screenStarts);
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      const view = new SitePage(page);
      await view.goto('/book');
      const group = picker(page);
      const f = copy.fields;
      await page.getByLabel(f.name.label, { exact: true }).fill('Ada Lovelace');
      await page.getByLabel(f.email.label, { exact: true }).fill(`ada-screens-${colorScheme}@example.com`);
      await page.getByLabel(f.company.label, { exact: true }).fill('Analytical Engines Ltd');
      await page.getByLabel(f.topic.label, { exact: true }).selectOption({ label: blocks[0].title });
      await page.getByLabel(f.message.label, { exact: true }).fill('Webhooks time out twice a day.');
      await group.getByRole('radio', { name: timeIn(screenStarts[1], zone), exact: true }).first().check();
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await group.scrollIntoViewIfNeeded();
        const path = testInfo.outputPath(`book-calcom-picker-${colorScheme}-${width}.png`);
        await page.screenshot({ path });
        await testInfo.attach(`book-calcom-picker-${colorScheme}-${width}`, { path, contentType: 'image/png' });
      }
      // Someone else takes that time first: the message, the times read again.
      await calcom.bookAsSomeoneElse(screenStarts[1]);
      await page.getByRole('button', { name: copy.submit, exact: true }).click();
      await expect(page.getByRole('status').filter({ hasText: c.taken })).toHaveCount(1);
      for (const width of [375, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        const path = testInfo.outputPath(`book-calcom-taken-${colorScheme}-${width}.png`);
        await page.screenshot({ path });
        await testInfo.attach(`book-calcom-taken-${colorScheme}-${width}`, { path, contentType: 'image/png' });
      }
      await group.getByRole('radio', { name: timeIn(screenStarts[2], zone), exact: true }).first().check();
      await page.getByRole('button', { name: copy.submit, exact: true }).click();
      await expect(page.getByRole('region', { name: c.confirmation.heading })).toBeVisible();
      for (const width of [375, 1280]) {
        await view.screenshotAt(width, `book-calcom-confirmation-${colorScheme}`, testInfo);
      }
    });
  }
});
