import { test, expect } from './fixtures';
import { SitePage } from './pages/site-page';
import { HomeInteractions } from './pages/home-interactions';
import { content } from './content';

// Moving between pages: speculation rules (prerender on intent, /book only
// prefetched, nothing under Save-Data) and behaviours that wait while their
// page is being prerendered. The back/forward cache is in bfcache.spec.ts.

const studies: { slug: string; title: string }[] = content('case-studies.json').case_studies;
/** The home page card's link to a case study, named by its title. */
const cardLinkName = (study: { title: string }) => `${content('site.json').case_studies.card_link}: ${study.title}`;

/**
 * The speculation rules the page declared, parsed, or null. The page declares
 * them in a task after its load event, so this reads them a little after that.
 */
function declaredRules(page: import('@playwright/test').Page) {
  return page.evaluate(async () => {
    if (document.readyState !== 'complete') await new Promise((loaded) => addEventListener('load', loaded, { once: true }));
    await new Promise((later) => setTimeout(later, 50));
    const script = document.querySelector('script[type="speculationrules"]');
    return script ? JSON.parse(script.textContent ?? '') : null;
  });
}

for (const route of ['/', '/book', `/case-studies/${studies[0].slug}`]) {
  test(`${route} declares speculation rules: site pages prerendered on intent, /book prefetched; no CSP violation`, async ({ page }) => {
    await page.addInitScript(() => {
      (window as any).__csp = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as any).__csp.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await new SitePage(page).goto(route);
    // The inline styles, the inline scripts and the rules they insert are all allowed by hash.
    expect(await page.evaluate(() => (window as any).__csp)).toEqual([]);
    const rules = await declaredRules(page);
    expect(rules, 'a speculationrules script in the page').not.toBeNull();
    expect(rules.prerender[0].eagerness).toBe('moderate');
    expect(rules.prefetch[0].eagerness).toBe('moderate');
    expect(JSON.stringify(rules.prefetch[0].where)).toContain('/book');
  });
}

test('nothing is speculated when the visitor asks to save data', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(Navigator.prototype, 'connection', { configurable: true, get: () => ({ saveData: true }) });
  });
  await new SitePage(page).goto('/');
  expect(await declaredRules(page)).toBeNull();
});

// Real prerendering is checked in tests/cross-engine/ (Puppeteer): under
// Playwright, Chromium answers a prerender attempt with
// "PrerenderingDisabledByDevTools", so here the page plays a prerendered one.

test.describe('while the page is being prerendered', () => {
  test('nothing counts or polls; once shown, the counters count and the live panel moves', async ({ page }) => {
    // The page reports itself prerendered until the test "shows" it, as
    // Chromium does for a page prerendered by speculation rules.
    await page.addInitScript(() => {
      (window as any).__prerendering = true;
      Object.defineProperty(Document.prototype, 'prerendering', {
        configurable: true,
        get: () => (window as any).__prerendering,
      });
    });
    await HomeInteractions.instrument(page);
    const home = new HomeInteractions(page);
    await new SitePage(page).goto('/');
    // The stats and the live panel in view while prerendering: every behaviour
    // has had time to start (one task each) and a count to run.
    await home.heroStats.scrollIntoViewIfNeeded();
    await page.waitForTimeout(2500);
    await home.gateway.scrollIntoViewIfNeeded();
    await page.waitForTimeout(2000);
    const before = await home.counts();
    for (const [final, texts] of Object.entries(before)) {
      expect(texts.filter((text) => text !== final), `${final} did not count while prerendering`).toEqual([]);
    }
    expect(await home.runningIntervals(), 'no timer polls while prerendering').toBe(0);
    const finals = await home.heroStats.locator('.count-up__live').allTextContents();

    await home.heroStats.scrollIntoViewIfNeeded();
    await page.evaluate(() => {
      (window as any).__prerendering = false;
      document.dispatchEvent(new Event('prerenderingchange'));
    });
    await expect
      .poll(async () => {
        const counts = await home.counts();
        return finals.filter((final) => !((counts[final]?.length ?? 0) > 1 && counts[final].at(-1) === final));
      }, { timeout: 10_000, message: 'hero stats still to count up once shown' })
      .toEqual([]);
    await home.gateway.scrollIntoViewIfNeeded();
    await expect.poll(() => home.runningIntervals(), { message: 'the live panel moves once shown' }).toBeGreaterThan(0);
  });
});

test.describe('view transitions between pages', () => {
  /** Records, on every page from its start, whether it was revealed by a view transition. */
  async function recordReveals(page: import('@playwright/test').Page) {
    await page.addInitScript(() => {
      addEventListener('pagereveal', (event: any) => ((window as any).__transition = Boolean(event.viewTransition)));
    });
  }

  const transitionName = (locator: import('@playwright/test').Locator) =>
    locator.evaluate((element) => getComputedStyle(element).viewTransitionName);

  test('a case study card title morphs into its page heading; the header stays put', async ({ page }) => {
    await recordReveals(page);
    await new SitePage(page).goto('/');
    const study = studies[0];
    const cardTitle = page.getByRole('heading', { level: 3, name: study.title, exact: true });
    const otherTitle = page.getByRole('heading', { level: 3, name: studies[1].title, exact: true });
    const cardLink = page.getByRole('link', { name: cardLinkName(study), exact: true });
    // Only the card being opened (under the pointer, or holding focus) names its title.
    await cardLink.scrollIntoViewIfNeeded();
    expect(await transitionName(cardTitle)).toBe('none');
    await cardLink.hover();
    await expect.poll(() => transitionName(cardTitle)).toBe(`case-study-${study.slug}`);
    expect(await transitionName(otherTitle)).toBe('none');
    await page.mouse.move(0, 0);
    await cardLink.focus();
    await expect.poll(() => transitionName(cardTitle), 'named while its link holds focus').toBe(`case-study-${study.slug}`);
    await expect.poll(() => transitionName(page.getByRole('banner'))).toBe('site-header');
    await cardLink.click();
    await expect(page).toHaveURL(new RegExp(`/case-studies/${study.slug}/?$`));
    const view = new SitePage(page);
    await expect(view.heading).toHaveText(study.title);
    await expect.poll(() => transitionName(view.heading)).toBe(`case-study-${study.slug}`);
    await expect.poll(() => transitionName(view.banner)).toBe('site-header');
    // The whole page is not captured (that cost each move about 20 ms): it shows at once.
    expect(await page.evaluate(() => getComputedStyle(document.documentElement).viewTransitionName)).toBe('none');
    expect(await page.evaluate(() => (window as any).__transition), 'revealed by a view transition').toBe(true);
  });

  test('with reduced motion, a page change has no transition', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await recordReveals(page);
    await new SitePage(page).goto('/');
    await page.getByRole('link', { name: cardLinkName(studies[0]), exact: true }).click();
    await expect(new SitePage(page).heading).toHaveText(studies[0].title);
    expect(await page.evaluate(() => (window as any).__transition)).toBe(false);
  });
});
