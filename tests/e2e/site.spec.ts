import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';
import { SitePage } from './pages/site-page';
import { HomePage } from './pages/home-page';
import { content as load } from './content';

const site = load('site.json');
const studies: any[] = load('case-studies.json').case_studies;
const blocks: any[] = load('architecture.json').blocks;
const questions: any[] = load('questions.json').questions;

const suffix = `${site.identity.name} · ${site.identity.role}`;
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every route of the site, with the title and description it must set. */
const routes = [
  { path: '/', name: 'home', title: site.home.title, description: site.home.description },
  ...studies.map((s) => ({ path: `/case-studies/${s.slug}`, name: `case-${s.slug}`, title: s.title, description: s.summary })),
  ...blocks.map((b) => ({ path: `/architecture/${b.slug}`, name: `block-${b.slug}`, title: b.title, description: b.summary })),
];
/** Routes owned elsewhere (booking) that must still load, pass axe and look right. */
const otherRoutes = [{ path: '/book', name: 'book' }];

const fullTitle = (title: string) => (title === suffix ? suffix : `${title} — ${suffix}`);

for (const route of routes) {
  test(`${route.path} loads from a direct URL with its own title and description, and survives reload`, async ({ page }) => {
    const sitePage = new SitePage(page);
    const response = await sitePage.goto(route.path);
    expect(response?.status()).toBe(200);
    await expect(sitePage.heading).toHaveCount(1);
    await expect(page).toHaveTitle(fullTitle(route.title));
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', route.description);
    await page.reload();
    await sitePage.waitForApp();
    await expect(sitePage.heading).toBeVisible();
    await expect(page).toHaveTitle(fullTitle(route.title));
  });
}

for (const route of [...routes, ...otherRoutes, { path: '/no/such/page', name: 'not-found' }]) {
  test.describe(() => {
    test.use({ allowedDocumentStatuses: route.name === 'not-found' ? [404] : [] });

    test(`${route.path} has no axe-core violations, in light and dark`, async ({ page }) => {
      test.setTimeout(120_000);
      const sitePage = new SitePage(page);
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        await sitePage.goto(route.path);
        const results = await new AxeBuilder({ page }).analyze();
        const summary = results.violations.map((v) => `${v.id} (${colorScheme}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        expect(summary, `axe violations on ${route.path}`).toEqual([]);
      }
    });

    test(`${route.path} screenshots at 375 and 1280 px, and no horizontal scrolling from 320 px`, async ({ page }, testInfo) => {
      const sitePage = new SitePage(page);
      await page.setViewportSize({ width: 320, height: 800 });
      await sitePage.goto(route.path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, 'no horizontal scrolling at 320px').toBeLessThanOrEqual(0);
      for (const width of [375, 1280]) {
        await sitePage.screenshotAt(width, route.name, testInfo);
      }
    });
  });
}

test('the home page shows every figure, label and heading of the copy', async ({ page }) => {
  // Some hundred checks in turn, each a round trip: on a loaded two-core
  // machine that outlasted the default 30 s once (every check still passed).
  test.slow();
  const home = new HomePage(page);
  await home.goto('/');
  const main = home.main;
  const expectHeading = (name: string, level?: number) =>
    expect(page.getByRole('heading', { name, exact: true, ...(level ? { level } : {}) })).toBeVisible();

  await expect(home.heading).toHaveText(site.home.headline);
  await expect(main).toContainText(site.hero.lead);
  for (const stat of site.stats) {
    await expect(main).toContainText(stat.figure);
    await expect(main).toContainText(stat.label);
    await expect(main).toContainText(stat.note);
  }
  for (const section of [site.pattern, site.process, site.case_studies, site.architecture, site.questions]) {
    await expect(home.section(section.intro.heading)).toContainText(section.intro.eyebrow);
    await expectHeading(section.intro.heading, 2);
    await expect(main).toContainText(section.intro.lead);
  }
  for (const mode of site.pattern.failure_modes) {
    await expect(main).toContainText(mode.problem);
    await expect(main).toContainText(`${site.pattern.impact_label} ${mode.impact}`);
  }
  for (const step of site.process.steps) {
    await expectHeading(step.title, 3);
    await expect(main).toContainText(step.number);
    await expect(main).toContainText(step.body);
    for (const tag of step.tags) await expect(main.getByRole('listitem').filter({ hasText: tag }).first()).toBeVisible();
  }
  for (const stat of site.process.stats) await expect(home.section(site.process.intro.heading)).toContainText(stat.figure + stat.label);
  const caseSection = home.section(site.case_studies.intro.heading);
  for (const study of studies) {
    const card = caseSection.getByRole('article', { name: study.title });
    await expect(card.getByRole('heading', { level: 3 })).toHaveText(study.title);
    await expect(card).toContainText(study.context);
    for (const tech of study.stack) await expect(card).toContainText(tech);
    await expect(card).toContainText(study.summary);
    for (const metric of study.metrics) await expect(card).toContainText(metric.figure + metric.label);
    for (const item of study.highlights) await expect(card.getByRole('listitem').filter({ hasText: item })).toBeVisible();
    // Each figure once, as a tile: no picture repeating them.
    await expect(card.getByRole('img')).toHaveCount(0);
    await expect(card.getByRole('link', { name: `${site.case_studies.card_link}: ${study.title}` })).toHaveAttribute(
      'href',
      `/case-studies/${study.slug}`,
    );
  }
  const gateway = page.getByRole('group', { name: site.gateway.title });
  await expect(gateway).toContainText(site.gateway.status);
  for (const stat of site.gateway.stats) await expect(gateway).toContainText(stat.figure + stat.label);
  for (const line of site.gateway.lines) {
    await expect(gateway).toContainText(line.label + line.separator + (line.figure ? line.figure + line.unit : line.status));
  }
  for (const block of blocks) {
    await expectHeading(block.title, 3);
    await expect(main).toContainText(block.summary);
    await expect(page.getByRole('link', { name: `${site.architecture.read_more}: ${block.title}` })).toHaveAttribute(
      'href',
      `/architecture/${block.slug}`,
    );
  }
  for (const q of questions) {
    await expect(home.questionButton(q.question)).toBeVisible();
    // Closed answers are still in the page (the app starts with them closed).
    await expect(page.getByRole('region', { name: q.question, includeHidden: true })).toHaveText(q.answer);
  }
  await expectHeading(site.closing_cta.heading, 2);
  await expect(main).toContainText(site.closing_cta.body);
  await expect(page.getByRole('img', { name: site.hero.picture_alt })).toBeVisible();
  await expect(page.getByRole('img', { name: site.process.picture_alt })).toBeVisible();
});

test('the prerendered HTML already holds every final figure, before any script runs', async ({ request }) => {
  const html = await (await request.get('/')).text();
  const escapeHtml = (t: string) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  const figures = [
    ...site.stats.map((s: any) => s.figure),
    ...site.process.stats.map((s: any) => s.figure),
    ...site.gateway.stats.map((s: any) => s.figure),
    ...studies.flatMap((s) => s.metrics.map((m: any) => m.figure)),
  ];
  for (const figure of figures) expect(html, figure).toContain(`>${escapeHtml(figure)}<`);
});

test('the calls to action lead to the booking page', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto('/');
  for (const cta of [site.hero.primary_cta, site.closing_cta.button, site.nav.cta]) {
    await expect(page.getByRole('link', { name: cta.label, exact: true }).first()).toHaveAttribute('href', '/book');
  }
  await page.getByRole('region', { name: site.closing_cta.heading }).getByRole('link', { name: site.closing_cta.button.label }).click();
  await expect(page).toHaveURL(/\/book$/);
});

test('the section navigation scrolls to each section', async ({ page }) => {
  const home = new HomePage(page);
  await page.setViewportSize({ width: 1280, height: 800 });
  await home.goto('/');
  for (const link of site.nav.links) {
    await home.sectionNav.getByRole('link', { name: link.label, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${escapeRegExp(link.href)}$`));
    const anchor = link.href.split('#')[1];
    await expect(page.locator(`[id="${anchor}"]`)).toBeInViewport();
  }
});

test('a case study card opens its page, and its back link returns to the list', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto('/');
  const study = studies[1];
  await page.getByRole('link', { name: `${site.case_studies.card_link}: ${study.title}` }).click();
  await expect(home.heading).toHaveText(study.title);
  await expect(page).toHaveTitle(fullTitle(study.title));
  for (const heading of ['problem_heading', 'approach_heading', 'results_heading', 'stack_heading']) {
    await expect(page.getByRole('heading', { level: 2, name: site.case_study_page[heading] })).toBeVisible();
  }
  for (const paragraph of [...study.problem, ...study.approach, ...study.results]) await expect(home.main).toContainText(paragraph);
  for (const note of study.stack_notes) await expect(home.main).toContainText(note.detail);
  await page.getByRole('link', { name: site.case_study_page.back_link.label }).click();
  await expect(page).toHaveURL(/\/#case-studies$/);
  await expect(home.heading).toHaveText(site.home.headline);
});

test('a building block page links to the blocks a request flows to next', async ({ page }) => {
  const sitePage = new SitePage(page);
  const block = blocks[0];
  await sitePage.goto(`/architecture/${block.slug}`);
  await expect(sitePage.heading).toContainText(block.title);
  for (const term of [...block.patterns, ...block.tools, ...block.failure_modes]) await expect(sitePage.main).toContainText(term.detail);
  const flow = block.flows_to[0];
  const next = blocks.find((b) => b.slug === flow.to);
  await expect(sitePage.main).toContainText(flow.label);
  // Same route, new slug: the page must follow the parameter.
  await sitePage.main.getByRole('link', { name: `${next.letter} ${next.title}` }).click();
  await expect(page).toHaveURL(new RegExp(`/architecture/${next.slug}$`));
  await expect(sitePage.heading).toContainText(next.title);
  await expect(page).toHaveTitle(fullTitle(next.title));
  const end = blocks.find((b) => b.flows_to.length === 0);
  if (end) {
    await sitePage.goto(`/architecture/${end.slug}`);
    await expect(sitePage.main).toContainText(site.architecture_page.no_flows);
  }
});

test.describe('unknown addresses', () => {
  test.use({ allowedDocumentStatuses: [404] });

  for (const path of ['/no/such/page', '/case-studies/no-such-study', '/architecture/no-such-block']) {
    test(`${path} shows the 404 page with a link home`, async ({ page }) => {
      const sitePage = new SitePage(page);
      const response = await sitePage.goto(path);
      expect(response?.status()).toBe(404);
      await expect(sitePage.heading).toHaveText(site.not_found.heading);
      await expect(page).toHaveTitle(fullTitle(site.not_found.title));
      await page.getByRole('link', { name: site.not_found.home_link }).click();
      await expect(sitePage.heading).toHaveText(site.home.headline);
    });
  }
});

test('the questions use the accordion pattern and read without interaction', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto('/');
  // The accordion attaches in a task of its own after start-up; it marks its root once it has.
  await expect(page.locator('.accordion--animated')).toHaveCount(1);
  for (const q of questions) {
    const button = home.questionButton(q.question);
    const panelId = await button.getAttribute('aria-controls');
    expect(panelId).toBeTruthy();
    const panel = page.locator(`[id="${panelId}"]`);
    await expect(panel).toHaveRole('region');
    await expect(button).toHaveAttribute('aria-expanded', (await panel.isVisible()) ? 'true' : 'false');
    // The app closes the answers; a closed one is out of the accessibility tree, so open it to check its name.
    if (!(await panel.isVisible())) await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(panel).toHaveAccessibleName(q.question);
    await expect(page.locator(`[id="${q.slug}"]`)).toContainText(q.answer);
  }
});

test('keyboard users can skip to the content and see where focus is', async ({ page }) => {
  const home = new HomePage(page);
  await home.goto('/');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: site.nav.skip_link });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  const outline = await skip.evaluate((el) => getComputedStyle(el).outlineStyle);
  expect(outline).not.toBe('none');
  await page.keyboard.press('Enter');
  await expect(home.main).toBeFocused();
  await page.keyboard.press('Tab');
  const focused = page.locator(':focus');
  await expect(focused).toBeVisible();
  expect(await focused.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');
});

test('every page has one h1 and an ordered heading outline', async ({ page }) => {
  const sitePage = new SitePage(page);
  for (const route of routes) {
    await sitePage.goto(route.path);
    const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
    expect(levels.filter((l) => l === 1), route.path).toHaveLength(1);
    expect(levels[0], `${route.path} starts with its h1`).toBe(1);
    levels.forEach((level, i) => {
      if (i > 0) expect(level - levels[i - 1], `${route.path}: heading ${i} skips a level`).toBeLessThanOrEqual(1);
    });
  }
});

// WCAG 2.2, 2.4.11 (focus not obscured): following any link to a place on the
// same page shows the place below the sticky header, never under it.
for (const path of ['/', `/case-studies/${studies[0].slug}`, `/architecture/${blocks[0].slug}`, '/book']) {
  test(`${path}: every #anchor on the page lands its target below the sticky header`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const view = new SitePage(page);
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 700 });
      await view.goto(path);
      const anchors: string[] = await page.evaluate(() => [
        ...new Set(
          [...document.querySelectorAll<HTMLAnchorElement>('a[href*="#"]')]
            .filter((a) => a.hash.length > 1 && a.pathname === location.pathname)
            .map((a) => a.hash),
        ),
      ]);
      for (const hash of anchors) {
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.evaluate((hash) => document.querySelector<HTMLAnchorElement>(`a[href$="${hash}"]`)!.click(), hash);
        await expect.poll(() => page.evaluate(() => location.hash)).toBe(hash);
        const place = await page.evaluate((hash) => {
          const target = document.getElementById(decodeURIComponent(hash.slice(1)))!;
          const header = document.querySelector('header')!.getBoundingClientRect();
          const rect = target.getBoundingClientRect();
          return { top: rect.top, headerBottom: header.bottom, viewport: window.innerHeight };
        }, hash);
        expect(place.top, `${hash} at ${width}px: not under the header`).toBeGreaterThanOrEqual(place.headerBottom - 1);
        expect(place.top, `${hash} at ${width}px: on screen`).toBeLessThan(place.viewport);
      }
    }
  });
}
