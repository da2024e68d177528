import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { test, expect } from './fixtures';
import { BookingPage, fill, templatePattern, type BookingInput } from './pages/booking-page';
import { BookingEndpoint } from './booking-endpoint';
import { content } from './content';

const copy = content('booking.json');
const blocks = content('architecture.json').blocks;
const nextYear = new Date().getFullYear() + 1;

function booking(endpoint: BookingEndpoint, page: BookingPage, extra: Partial<BookingInput> = {}): BookingInput {
  return {
    name: 'Ada Lovelace',
    email: endpoint.email,
    company: 'Analytical Engines Ltd',
    role: 'CTO',
    topic: blocks[0].title,
    traffic: '90% reads, 2k rps at peak',
    message: 'Webhooks time out twice a day.\nWe run Express on Postgres.',
    windows: [
      [`${nextYear}-01-15`, page.partLabel(0)],
      [`${nextYear}-01-16`, page.partLabel(1)],
    ],
    ...extra,
  };
}

test.use({ expectedFailures: [BookingEndpoint.url], timezoneId: 'Europe/Berlin' });

test.describe('the booking form', () => {
  test('has its copy from the content, labelled fields and no axe violations', async ({ page }) => {
    const form = new BookingPage(page);
    await form.open();
    await expect(page).toHaveTitle(new RegExp(copy.page.title));
    await expect(page.getByText(copy.page.lead)).toBeVisible();
    for (const field of [form.name, form.email, form.company, form.role, form.topic, form.traffic, form.message, form.timezone]) {
      await expect(field).toBeVisible();
    }
    // Help topics: the building blocks from the content, then "something else".
    const options = await form.topic.locator('option').evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).label));
    expect(options).toEqual([copy.topic_placeholder, ...blocks.map((b: any) => b.title), copy.topic_other.label]);
    // The time zone is the browser's, and changeable.
    await expect(form.timezone).toHaveValue('Europe/Berlin');
    await expect(form.timezone.locator('option[value="America/New_York"]')).toHaveCount(1);
    await expect(page.getByText(copy.windows.hint)).toBeVisible();
    await expect(page.getByText(copy.not_configured)).toBeHidden();
    const results = await new AxeBuilder({ page }).include('main').analyze();
    expect(results.violations).toEqual([]);
  });

  test('checks fields on blur and on submit, with messages beside them, a summary and focus', async ({ page }) => {
    const form = new BookingPage(page);
    await form.open();
    // On blur: a malformed email gets its message beside the field.
    await form.email.fill('not-an-email');
    await form.email.blur();
    await expect(form.email).toHaveAttribute('aria-invalid', 'true');
    await expect(form.email).toHaveAccessibleDescription(new RegExp(copy.problems.email));
    await form.email.fill('ada@example.com');
    await expect(form.email).not.toHaveAttribute('aria-invalid');
    // On submit: every blank required field, a summary, focus on the first.
    await form.submit.click();
    await expect(form.summary).toBeVisible();
    await expect(form.summary.getByRole('heading')).toHaveText(templatePattern(copy.summary_other));
    await expect(form.name).toBeFocused();
    await expect(form.name).toHaveAccessibleDescription(new RegExp(copy.fields.name.required));
    await expect(form.message).toHaveAccessibleDescription(new RegExp(copy.fields.message.required));
    await expect(form.windowDate(1)).toHaveAccessibleDescription(new RegExp(copy.windows.required_date));
    await expect(form.email).not.toHaveAttribute('aria-invalid');
    // A summary link moves focus to its field.
    await form.summary.getByRole('link', { name: new RegExp(copy.fields.company.required) }).click();
    await expect(form.company).toBeFocused();
    // Fixing a field clears its message as it is typed.
    await form.name.fill('Ada');
    await expect(form.name).not.toHaveAttribute('aria-invalid');
    // Dates in the past are refused.
    await form.windowDate(1).fill('2001-01-01');
    await form.windowDate(1).blur();
    await expect(form.windowDate(1)).toHaveAccessibleDescription(new RegExp(copy.problems.past_date));
    // A long message shows its count near the limit, and is refused over it.
    await form.message.fill('x'.repeat(4001));
    await expect(form.message).toHaveAccessibleDescription(new RegExp(fill(copy.problems.too_long, { max: 4000, count: 4001 })));
    await expect(page.getByText(fill(copy.count, { count: 4001, max: 4000 }))).toBeVisible();
    await form.screenshotAt(375, 'booking-errors', test.info());
  });

  test('sends one booking with its idempotency key and shows the confirmation and a calendar file', async ({ page }) => {
    const endpoint = BookingEndpoint.forTest(test.info().testId);
    const form = new BookingPage(page);
    await form.open();
    await form.fillBooking(booking(endpoint, form));
    await form.screenshotAt(1280, 'booking-filled', test.info());
    await form.submit.click();
    await form.expectConfirmed();

    const [request] = await endpoint.requests();
    expect(request.contentType).toMatch(/^application\/json/);
    expect(request.accept).toBe('application/json');
    expect(request.key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(request.body.id).toBe(request.key);
    expect(request.body.topic).toEqual({ id: blocks[0].slug, label: blocks[0].title });
    expect(request.body.timezone).toBe('Europe/Berlin');
    // 09:00 in Berlin in January is 08:00 UTC.
    const morning = copy.windows.parts[0];
    const hour = String(Number(morning.start.slice(0, 2)) - 1).padStart(2, '0');
    expect(request.body.windows[0]).toMatchObject({ date: `${nextYear}-01-15`, part: morning.id, start: `${nextYear}-01-15T${hour}:${morning.start.slice(3)}:00Z` });
    expect(await endpoint.bookings()).toHaveLength(1);
    // The browser asked first (CORS preflight) and the endpoint allowed the key header.
    const preflights = await endpoint.preflights();
    expect(preflights.some((p) => p.method === 'POST' && /idempotency-key/i.test(p.headers ?? ''))).toBe(true);

    // The endpoint's reference and what was sent, as text.
    await expect(form.confirmation.getByText(/^BK-\d{4}$/)).toBeVisible();
    await expect(form.confirmation.getByText('Analytical Engines Ltd')).toBeVisible();
    // A tentative event for the first window.
    const download = page.waitForEvent('download');
    await form.confirmation.getByRole('link', { name: copy.confirmation.calendar }).click();
    const ics = await readFile(await (await download).path(), 'utf8');
    expect(ics).toContain('STATUS:TENTATIVE');
    expect(ics).toContain(`DTSTART:${nextYear}0115T${hour}${morning.start.slice(3)}00Z`);
    expect(ics).toContain(`UID:${request.key}@`);
    await form.screenshotAt(375, 'booking-confirmed', test.info());

    // The draft is gone; a reload shows the confirmation again until dismissed.
    await page.reload();
    await form.waitForApp();
    await expect(form.confirmation).toBeVisible();
    await form.button(copy.confirmation.new_booking).click();
    await expect(form.name).toHaveValue('');
  });

  test('repeated windows: every rejected field is in the summary, which takes focus; its links show the field below the header', async ({ page }) => {
    const endpoint = BookingEndpoint.forTest(test.info().testId);
    const form = new BookingPage(page);
    await form.open();
    const same: [string, string] = [`${nextYear}-01-15`, form.partLabel(0)];
    await form.fillBooking(booking(endpoint, form, { windows: [same, same, same] }));
    await form.submit.click();
    // The summary lists both repeats, says how many, and is where focus went.
    await expect(form.summary).toBeVisible();
    await expect(form.summary.getByRole('heading')).toHaveText(fill(copy.summary_other, { count: 2 }));
    await expect(form.summary.getByRole('link')).toHaveCount(2);
    const duplicate = new RegExp(fill(copy.problems.duplicate, { n: 1 }).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
    await expect(form.windowDate(2)).toHaveAccessibleDescription(duplicate);
    await expect(form.windowDate(3)).toHaveAccessibleDescription(duplicate);
    const focused = await page.evaluate(() => document.activeElement?.id ?? '');
    expect(['booking-summary-heading', 'booking-window-2-date'], `focus on the summary or the first wrong field, not ${focused}`).toContain(focused);
    expect(await endpoint.requests()).toHaveLength(0);
    // Following a summary link puts the field, its label and its message below the sticky header.
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 700 });
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      await form.summary.getByRole('link').last().click();
      await expect(form.windowDate(3)).toBeFocused();
      const box = await page.evaluate(() => {
        const field = document.getElementById('booking-window-3-date')!.closest('.booking-field')!;
        const header = document.querySelector('header')!.getBoundingClientRect();
        const rect = field.getBoundingClientRect();
        return { headerBottom: header.bottom, top: rect.top, bottom: rect.bottom, viewport: window.innerHeight };
      });
      expect(box.top, `at ${width}px the label is not under the header`).toBeGreaterThanOrEqual(box.headerBottom);
      expect(box.bottom, `at ${width}px the field is on screen`).toBeLessThanOrEqual(box.viewport);
    }
  });

  test('keeps the draft across a reload and clears it on request', async ({ page }) => {
    const form = new BookingPage(page);
    await form.open();
    await form.name.fill('Grace Hopper');
    await form.message.fill('Draft text that must survive a reload');
    await page.waitForTimeout(600); // the draft is saved once typing pauses
    await page.reload();
    await form.waitForApp();
    await expect(form.name).toHaveValue('Grace Hopper');
    await expect(form.message).toHaveValue('Draft text that must survive a reload');
    await expect(page.getByText(copy.draft.restored)).toBeVisible();
    await form.button(copy.draft.clear).click();
    await expect(form.name).toHaveValue('');
    await page.waitForTimeout(600);
    await page.reload();
    await form.waitForApp();
    await expect(form.name).toHaveValue('');
    await expect(page.getByText(copy.draft.restored)).toBeHidden();
  });

  test('sends markup as text and shows it back as text', async ({ page }) => {
    const endpoint = BookingEndpoint.forTest(test.info().testId);
    const form = new BookingPage(page);
    const markup = '<script>window.__injected = 1</script><b>bold</b> & <img src=x onerror="window.__injected=2">';
    await form.open();
    await form.fillBooking(booking(endpoint, form, { message: markup, company: '<i>Acme</i>' }));
    await form.submit.click();
    await form.expectConfirmed();
    const [request] = await endpoint.requests();
    expect(request.body.message).toBe(markup);
    expect(request.body.company).toBe('<i>Acme</i>');
    await expect(form.confirmation.getByText(markup, { exact: true })).toBeVisible();
    await expect(form.confirmation.getByText('<i>Acme</i>', { exact: true })).toBeVisible();
    await expect(form.confirmation.locator('b, i, img, script')).toHaveCount(0);
    expect(await page.evaluate(() => (window as any).__injected)).toBeUndefined();
  });

  test('a filled honeypot sends nothing', async ({ page }) => {
    const endpoint = BookingEndpoint.forTest(test.info().testId);
    const form = new BookingPage(page);
    await form.open();
    await form.fillBooking(booking(endpoint, form));
    // Bots fill every input they find by name; people never see this one.
    await page.locator('input[name="website"]').fill('https://spam.example', { force: true });
    await form.submit.click();
    await expect(form.confirmation).toBeVisible();
    await page.waitForTimeout(500);
    expect(await endpoint.requests()).toEqual([]);
  });
});

for (const width of [375, 1280]) {
  test(`booking page screenshot at ${width}px`, async ({ page }, testInfo) => {
    const form = new BookingPage(page);
    await form.open();
    await form.screenshotAt(width, 'booking', testInfo);
  });
}
