import { test, expect } from './fixtures';
import { BookingPage } from './pages/booking-page';
import { SitePage } from './pages/site-page';
import { content } from './content';

// How /book starts: its own small bundle hydrates the form and nothing else;
// what a visitor types before that is kept; without JavaScript the form still
// sends the booking (to the email program) and never puts it in a URL.

const copy = content('booking.json');
const site = content('site.json');
const seo = content('seo.json');
const blocks = content('architecture.json').blocks;
const nextYear = new Date().getFullYear() + 1;
const bookingBundle = /^\/portfolio-book-[0-9a-f]{16}(_bg\.wasm|\.js)$/;

test('the booking page downloads only its own bundle, and carries only the styles it uses', async ({ page }) => {
  const view = new SitePage(page);
  await view.goto('/book');
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((e) => new URL(e.name).pathname)
      .filter((p) => /\.(js|wasm|css)$/.test(p)),
  );
  const code = scripts.filter((p) => /\.(js|wasm)$/.test(p));
  expect(code.sort()).toEqual([expect.stringMatching(bookingBundle), expect.stringMatching(bookingBundle)]);
  // Its styles arrive inside the HTML, each sheet named by a comment.
  expect(scripts.filter((p) => p.endsWith('.css'))).toEqual([]);
  const sheets = await page.evaluate(() =>
    [...document.querySelectorAll('style')].flatMap((style) => [...(style.textContent ?? '').matchAll(/\/\*(\w+)\*\//g)].map((m) => m[1])),
  );
  expect(sheets.sort()).toEqual(['booking', 'main', 'tokens']);
  // The form came to life: validation answers at once.
  const form = new BookingPage(page);
  await form.email.fill('not-an-email');
  await form.email.blur();
  await expect(form.email).toHaveAccessibleDescription(new RegExp(copy.problems.email));
});

test('header and footer links on the booking page load pages; the page loads the small bundle', async ({ page }) => {
  const view = new SitePage(page);
  await view.goto('/book');
  await page.evaluate(() => ((window as any).__sameDocument = true));
  await page.getByRole('banner').getByRole('link', { name: new RegExp(`^${site.identity.name}`) }).click();
  await expect(view.heading).toHaveText(site.home.headline);
  await view.waitForApp();
  expect(await page.evaluate(() => (window as any).__sameDocument), 'a new document').toBeUndefined();
  expect(await view.wasmFiles()).toEqual([expect.stringMatching(/^\/portfolio-lite-[0-9a-f]{16}_bg\.wasm$/)]);
});

test('what a visitor types before the form starts is kept when it starts, and the form then works', async ({ page }) => {
  // Hold the booking bundle's wasm until the visitor has typed.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/portfolio-book-[0-9a-f]{16}_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  const form = new BookingPage(page);
  await page.goto('/book');
  await expect(form.heading).toHaveText(copy.page.heading);
  expect(await page.evaluate(() => document.documentElement.dataset.app)).toBeUndefined();
  await form.name.fill('Grace Hopper');
  await form.email.fill('grace@example.com');
  await form.topic.selectOption({ label: blocks[1].title });
  await form.message.fill('COBOL to Node, gradually.');
  await form.windowDate(1).fill(`${nextYear}-03-09`);
  await form.windowPart(1).selectOption({ label: form.partLabel(1) });
  await form.company.focus();
  await page.keyboard.type('Navy');
  release();
  await form.waitForApp();
  await expect(form.name).toHaveValue('Grace Hopper');
  await expect(form.email).toHaveValue('grace@example.com');
  await expect(form.topic).toHaveValue(blocks[1].slug);
  await expect(form.message).toHaveValue('COBOL to Node, gradually.');
  await expect(form.windowDate(1)).toHaveValue(`${nextYear}-03-09`);
  await expect(form.windowPart(1)).toHaveValue(copy.windows.parts[1].id);
  await expect(form.company).toHaveValue('Navy');
  // Typing goes on where it was, and the live form checks it.
  await form.company.press('End');
  await page.keyboard.type(' Labs');
  await expect(form.company).toHaveValue('Navy Labs');
  await form.submit.click();
  await expect(form.summary).toBeVisible();
  await expect(form.windowDate(2)).toBeFocused();
  // And it is kept as a draft across a reload.
  await page.reload();
  await form.waitForApp();
  await expect(form.name).toHaveValue('Grace Hopper');
  await expect(form.company).toHaveValue('Navy Labs');
});

test('what a visitor types before the form starts wins over a saved draft, in every part of the form', async ({ page }) => {
  const form = new BookingPage(page);
  await page.goto('/book');
  await form.waitForApp();
  await form.name.fill('Old Name');
  await form.email.fill('kept@example.com');
  await form.message.fill('From the draft.');
  await form.windowDate(1).fill(`${nextYear}-02-02`);
  await page.waitForTimeout(600); // the draft is saved once typing pauses
  // Reload with the bundle held: the visitor types into the fields hydrated
  // first and into the time windows, hydrated in a task of their own.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/portfolio-book-[0-9a-f]{16}_bg\.wasm$/, async (route) => {
    await released;
    await route.continue();
  });
  await page.reload();
  await expect(form.heading).toHaveText(copy.page.heading);
  await form.name.fill('New Name');
  await form.message.fill('Typed again.');
  await form.windowDate(1).fill(`${nextYear}-04-04`);
  release();
  await form.waitForApp();
  await expect(page.getByText(copy.draft.restored)).toBeVisible();
  await expect(form.name).toHaveValue('New Name');
  await expect(form.message).toHaveValue('Typed again.');
  await expect(form.windowDate(1)).toHaveValue(`${nextYear}-04-04`);
  // What was not typed again comes from the draft.
  await expect(form.email).toHaveValue('kept@example.com');
  // And the live form checks what is shown: the blank company is a problem, the typed fields are not.
  await form.submit.click();
  await expect(form.summary).toBeVisible();
  await expect(form.company).toHaveAttribute('aria-invalid', 'true');
  for (const field of [form.name, form.email, form.message, form.windowDate(1)]) {
    await expect(field).not.toHaveAttribute('aria-invalid', 'true');
  }
  await expect(form.windowDate(1)).toHaveValue(`${nextYear}-04-04`);
});

test('every anchor has an address, before and after the form starts', async ({ page, request }) => {
  const html = await (await request.get('/book')).text();
  expect(html.match(/<a\b(?![^>]*\shref=)[^>]*>/g) ?? [], 'prerendered anchors without href').toEqual([]);
  const view = new SitePage(page);
  await view.goto('/book');
  expect(await page.locator('a:not([href])').count()).toBe(0);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the form says how to send the booking, inside the form, and posts it to the email program', async ({ page }) => {
    const requests: string[] = [];
    page.on('request', (r) => requests.push(r.url()));
    const form = new BookingPage(page);
    await page.goto('/book');
    await expect(form.heading).toHaveText(copy.page.heading);
    const bookingForm = page.locator('form.booking-form');
    // The scripted submit button is replaced by the explanation and a button that posts to mail.
    await expect(form.submit).toBeHidden();
    // (Playwright's text matching skips <noscript>, so the message is read from the DOM.)
    const explanation = bookingForm.locator('noscript .booking-form__no-script');
    await expect(explanation).toBeVisible();
    expect(await explanation.evaluate((el) => el.textContent)).toContain(copy.no_script.message);
    const send = bookingForm.getByRole('button', { name: copy.no_script.send, exact: true });
    await expect(send).toBeVisible();
    await expect(bookingForm.getByRole('link', { name: seo.contact_email })).toHaveAttribute('href', `mailto:${seo.contact_email}`);
    // The form posts as text to the owner's address: the fields are the mail's text, not a URL's query.
    await expect(bookingForm).toHaveAttribute('method', 'post');
    await expect(bookingForm).toHaveAttribute('enctype', 'text/plain');
    await expect(bookingForm).toHaveAttribute('action', new RegExp(`^mailto:${seo.contact_email.replace('.', '\\.')}\\?subject=`));
    for (const field of [form.name, form.email, form.company, form.topic, form.message]) {
      await expect(field).toHaveAttribute('name', /.+/);
    }
    // Sending never loads a page with the typed text in its address.
    await form.name.fill('Ada Lovelace');
    await form.message.fill('private details');
    await send.click();
    await page.waitForTimeout(300);
    await form.name.press('Enter');
    await page.waitForTimeout(300);
    expect(page.url()).toMatch(/\/book$/);
    expect(requests.filter((url) => /^https?:/.test(url) && /private|Ada/.test(url)), 'no page or request carries it').toEqual([]);
    // It went to the email program instead, every field as the mail's text.
    const mails = requests.filter((url) => url.startsWith(`mailto:${seo.contact_email}?subject=`));
    expect(mails.length).toBeGreaterThan(0);
    const body = decodeURIComponent(new URL(mails[0]).searchParams.get('body') ?? '');
    expect(body).toContain('name=Ada Lovelace');
    expect(body).toContain('message=private details');
    await expect(form.name).toHaveValue('Ada Lovelace');
  });

  test('the banner is styled like the site', async ({ page }) => {
    await page.goto('/book');
    const banner = page.locator('.noscript-banner');
    await expect(banner).toBeVisible();
    const style = await banner.evaluate((el) => {
      const s = getComputedStyle(el);
      return { background: s.backgroundColor, align: s.textAlign };
    });
    expect(style.background).not.toBe('rgba(0, 0, 0, 0)');
    expect(style.align).toBe('center');
  });
});
