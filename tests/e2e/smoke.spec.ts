import { test, expect } from './fixtures';
import { SitePage } from './pages/site-page';
import { content as load } from './content';

const content = load('site.json');

test('home page has its title and headline from the content', async ({ page }) => {
  const site = new SitePage(page);
  await site.goto('/');
  await expect(page).toHaveTitle(content.home.title);
  await expect(site.heading).toHaveText(content.home.headline);
  await expect(site.main).toBeVisible();
});

test('the release build serves hashed, optimized assets', async ({ page }) => {
  const site = new SitePage(page);
  await site.goto('/');
  const wasm = await site.wasmFiles();
  expect(wasm).toHaveLength(1);
  expect(wasm[0]).toMatch(/-[0-9a-f]{8,16}_bg\.wasm$/);
});

for (const width of [375, 1280]) {
  test(`home page screenshot at ${width}px`, async ({ page }, testInfo) => {
    const site = new SitePage(page);
    await site.goto('/');
    await site.screenshotAt(width, 'home', testInfo);
  });
}
