import { test, expect } from './fixtures';
import { SitePage } from './pages/site-page';
import { HomeInteractions } from './pages/home-interactions';
import { content } from './content';
import config from '../../playwright.config';

// The back/forward cache: every page is eligible, and going back restores the
// page with its behaviours' state, without starting them again. Playwright
// turns the cache off by default; these tests turn it back on.
test.use({
  launchOptions: { ...config.use?.launchOptions, ignoreDefaultArgs: ['--disable-back-forward-cache'] },
});

const studies: { slug: string; title: string }[] = content('case-studies.json').case_studies;
/** The home page card's link to a case study, named by its title. */
const cardLinkName = (study: { title: string }) => `${content('site.json').case_studies.card_link}: ${study.title}`;
const blocks: { slug: string }[] = content('architecture.json').blocks;

/** Counts, in the tab's session, how many times a document started, and records each pageshow. */
async function recordStarts(page: import('@playwright/test').Page) {
  await page.addInitScript(() => {
    sessionStorage.setItem('starts', String(Number(sessionStorage.getItem('starts') ?? 0) + 1));
    (window as any).__restored = [];
    addEventListener('pageshow', (event) => (window as any).__restored.push(event.persisted));
    // How many counts had started when the page was left.
    addEventListener('pagehide', () => ((window as any).__countsAtHide = performance.getEntriesByName('count-up-start').length));
  });
}

const restoredFromCache = (page: import('@playwright/test').Page) =>
  page.waitForFunction(() => (window as any).__restored?.includes(true), undefined, { timeout: 10_000 });

for (const route of ['/', '/book', `/case-studies/${studies[0].slug}`, `/architecture/${blocks[0].slug}`]) {
  test(`${route} is restored from the back/forward cache`, async ({ page }) => {
    await recordStarts(page);
    await new SitePage(page).goto(route);
    await page.goto(route === '/' ? `/case-studies/${studies[0].slug}` : '/');
    await page.goBack({ waitUntil: 'commit' });
    await restoredFromCache(page);
    expect(new URL(page.url()).pathname.replace(/(.)\/$/, '$1')).toBe(route);
    expect(await page.evaluate(() => sessionStorage.getItem('starts')), 'two documents started, none again').toBe('2');
  });
}

test('back to / restores the open question and the counted figures without starting again', async ({ page }) => {
  await recordStarts(page);
  const view = new SitePage(page);
  await view.goto('/');
  const home = new HomeInteractions(page);
  const question = HomeInteractions.questions[1];
  await home.question(question).scrollIntoViewIfNeeded();
  await home.question(question).click();
  await expect(home.question(question)).toHaveAttribute('aria-expanded', 'true');
  const app = await page.evaluate(() => document.documentElement.dataset.app);

  await page.getByRole('link', { name: cardLinkName(studies[0]), exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`/case-studies/${studies[0].slug}/?$`));
  await view.waitForApp();

  await page.goBack({ waitUntil: 'commit' });
  await restoredFromCache(page);
  await expect(home.question(question)).toHaveAttribute('aria-expanded', 'true');
  await expect(home.answer(question)).toBeVisible();
  const counts = await page.evaluate(() => ({
    atHide: (window as any).__countsAtHide,
    now: performance.getEntriesByName('count-up-start').length,
  }));
  expect(counts.atHide, 'counts had started before leaving').toBeGreaterThan(0);
  expect(counts.now, 'no count started again').toBe(counts.atHide);
  expect(await page.evaluate(() => document.documentElement.dataset.app)).toBe(app);
  expect(await page.evaluate(() => sessionStorage.getItem('starts'))).toBe('2');
});
