import { test, expect } from './fixtures';
import { SitePage } from './pages/site-page';
import { CalcomStandIn, timeIn } from './booking-calcom';
import { content } from './content';

// Screenshots of /book built for Cal.com, with the open times shown and one
// chosen, at 375 and 1280 px, light and dark, into test-results/; and the
// confirmation after booking.

const c = content('booking.json').calcom;
const blocks = content('architecture.json').blocks;
const calcom = new CalcomStandIn();
const zone = 'America/New_York';
const day = 86_400_000;
const midnight = Math.floor(Date.now() / day) * day;
const starts = [1, 2, 3, 6].flatMap((d) => [14, 14.5, 15, 16, 18.5, 20].map((h) => midnight + d * day + h * 3_600_000));

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: CalcomStandIn.site, timezoneId: zone, expectedFailures: [CalcomStandIn.origin] });

for (const colorScheme of ['light', 'dark'] as const) {
  test(`the open times picker and the confirmation, ${colorScheme}, at 375 and 1280 px`, async ({ page }, testInfo) => {
    await calcom.reset();
    await calcom.open(starts);
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    const view = new SitePage(page);
    await view.goto('/book');
    const group = page.getByRole('group', { name: c.field, exact: true });
    const f = content('booking.json').fields;
    await page.getByLabel(f.name.label, { exact: true }).fill('Ada Lovelace');
    await page.getByLabel(f.email.label, { exact: true }).fill(`ada-screens-${colorScheme}@example.com`);
    await page.getByLabel(f.company.label, { exact: true }).fill('Analytical Engines Ltd');
    await page.getByLabel(f.topic.label, { exact: true }).selectOption({ label: blocks[0].title });
    await page.getByLabel(f.message.label, { exact: true }).fill('Webhooks time out twice a day.');
    await group.getByRole('radio', { name: timeIn(starts[1], zone), exact: true }).first().check();
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      await group.scrollIntoViewIfNeeded();
      const path = testInfo.outputPath(`book-calcom-picker-${colorScheme}-${width}.png`);
      await page.screenshot({ path });
      await testInfo.attach(`book-calcom-picker-${colorScheme}-${width}`, { path, contentType: 'image/png' });
    }
    // Someone else takes that time first: the message, the times read again.
    await calcom.bookAsSomeoneElse(starts[1]);
    await page.getByRole('button', { name: content('booking.json').submit, exact: true }).click();
    await expect(page.getByRole('status').filter({ hasText: c.taken })).toHaveCount(1);
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      const path = testInfo.outputPath(`book-calcom-taken-${colorScheme}-${width}.png`);
      await page.screenshot({ path });
      await testInfo.attach(`book-calcom-taken-${colorScheme}-${width}`, { path, contentType: 'image/png' });
    }
    await group.getByRole('radio', { name: timeIn(starts[2], zone), exact: true }).first().check();
    await page.getByRole('button', { name: content('booking.json').submit, exact: true }).click();
    await expect(page.getByRole('region', { name: c.confirmation.heading })).toBeVisible();
    for (const width of [375, 1280]) {
      await view.screenshotAt(width, `book-calcom-confirmation-${colorScheme}`, testInfo);
    }
  });
}
