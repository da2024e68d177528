import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { SitePage } from './pages/site-page';
import { content } from './content';

// The header's colour theme choice: light, dark or the device's setting,
// stored in localStorage and applied before the first paint on every page.

const theme = content('site.json').nav.theme;
/** The page background of each theme (style/tokens.css, --color-bg). */
const background = { light: 'rgb(246, 245, 240)', dark: 'rgb(11, 15, 19)' };

const group = (page: Page) => page.getByRole('group', { name: theme.label });
const option = (page: Page, name: string) => group(page).getByRole('radio', { name, exact: true });

/** Records the theme and the page background at the first animation frame, which runs before the first paint. */
async function recordFirstFrame(page: Page) {
  await page.addInitScript(() => {
    (window as any).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => (window as any).__csp.push(e.violatedDirective));
    requestAnimationFrame(() => {
      (window as any).__firstFrame = {
        theme: document.documentElement.dataset.theme,
        background: document.body ? getComputedStyle(document.body).backgroundColor : 'no body yet',
      };
    });
  });
}

test('choosing dark with the system light: dark from the first frame after a reload, on every kind of page', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await recordFirstFrame(page);
  const view = new SitePage(page);
  await view.goto('/');
  await expect(option(page, theme.system)).toBeChecked();
  await expect(page.locator('body')).toHaveCSS('background-color', background.light);

  await option(page, theme.dark).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await expect(page.locator('body')).toHaveCSS('background-color', background.dark);
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('dark');

  // A content page (small bundle), the booking page (hydrated app) and a page
  // the app renders itself (unknown path): dark before the first paint, and
  // the header says so.
  for (const path of ['/', '/case-studies/' + content('case-studies.json').case_studies[0].slug, '/book']) {
    await view.goto(path);
    expect(await page.evaluate(() => (window as any).__firstFrame), path).toEqual({ theme: 'dark', background: background.dark });
    await expect(option(page, theme.dark), path).toBeChecked();
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);
    expect(await page.evaluate(() => (window as any).__csp), `${path}: no CSP violation`).toEqual([]);
  }
});

test.describe('a page the app renders itself', () => {
  test.use({ allowedDocumentStatuses: [404] });
  test('an unknown path keeps the chosen theme and shows it checked', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.addInitScript(() => localStorage.setItem('theme', 'light'));
    await recordFirstFrame(page);
    const view = new SitePage(page);
    await view.goto('/no/such/page');
    expect(await page.evaluate(() => (window as any).__firstFrame)).toEqual({ theme: 'light', background: background.light });
    await expect(option(page, theme.light)).toBeChecked();
    await expect(page.locator('body')).toHaveCSS('background-color', background.light);
  });
});

test('works before the wasm has arrived', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  // Hold every wasm download: only the inline script runs.
  await page.route(/\.wasm$/, () => {});
  await page.goto('/');
  await option(page, theme.dark).check();
  await expect(page.locator('body')).toHaveCSS('background-color', background.dark);
  expect(await page.evaluate(() => document.documentElement.dataset.app)).toBeUndefined();
});

test('keyboard: Tab reaches the checked option, arrow keys choose, the focus ring shows', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  const view = new SitePage(page);
  await view.goto('/');
  const system = option(page, theme.system);
  // Tab from the last navigation link lands on the checked option of the group.
  await page.getByRole('navigation', { name: content('site.json').nav.label }).getByRole('link').last().focus();
  await page.keyboard.press('Tab');
  await expect(system).toBeFocused();
  const ring = await page.evaluate(() => getComputedStyle(document.activeElement!.closest('label')!).outlineStyle);
  expect(ring).toBe('solid');

  await page.keyboard.press('ArrowLeft');
  await expect(option(page, theme.dark)).toBeChecked();
  await expect(option(page, theme.dark)).toBeFocused();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.keyboard.press('ArrowLeft');
  await expect(option(page, theme.light)).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  // Tab leaves the group for the call to action.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('banner').getByRole('link', { name: content('site.json').nav.cta.label })).toBeFocused();
});

test('system follows the device; the choice overrides it both ways', async ({ page }) => {
  const view = new SitePage(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await view.goto('/');
  await expect(page.locator('body')).toHaveCSS('background-color', background.dark);
  await option(page, theme.light).check();
  await expect(page.locator('body')).toHaveCSS('background-color', background.light);
  await option(page, theme.system).check();
  await expect(page.locator('body')).toHaveCSS('background-color', background.dark);
  await page.emulateMedia({ colorScheme: 'light' });
  await expect(page.locator('body')).toHaveCSS('background-color', background.light);
  expect(await page.evaluate(() => localStorage.getItem('theme'))).toBe('system');
});

test('no axe-core violations with a chosen theme against the system one, both ways', async ({ page }) => {
  test.setTimeout(90_000);
  const view = new SitePage(page);
  for (const [system, chosen] of [['light', 'dark'], ['dark', 'light']] as const) {
    await page.emulateMedia({ colorScheme: system });
    await view.goto('/');
    await option(page, theme[chosen]).check();
    await expect(page.locator('body')).toHaveCSS('background-color', background[chosen]);
    const results = await new AxeBuilder({ page }).analyze();
    const summary = results.violations.map((v) => `${v.id} (${chosen} on ${system}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
    expect(summary).toEqual([]);
  }
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, colorScheme: 'dark' });
  test('the system theme applies and the choice, which could do nothing, is not shown', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('body')).toHaveCSS('background-color', background.dark);
    await expect(page.getByRole('group', { name: theme.label })).toBeHidden();
  });
});

test('screenshots: the header with each theme chosen, at 375 and 1280 px', async ({ page }, testInfo) => {
  test.setTimeout(90_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  const view = new SitePage(page);
  for (const chosen of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: chosen === 'light' ? 'dark' : 'light' });
    await view.goto('/');
    await option(page, theme[chosen]).check();
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 800 });
      const path = testInfo.outputPath(`theme-${chosen}-${width}.png`);
      await page.screenshot({ path });
      await testInfo.attach(`theme-${chosen}-${width}`, { path, contentType: 'image/png' });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `no horizontal scrolling at ${width}px`).toBeLessThanOrEqual(0);
    }
  }
});
