import { test, expect } from './fixtures';
import { SitePage } from './pages/site-page';
import { content } from './content';

// Content pages carry the styles of their first screen inline and load the
// styles of what lies below it (style/later.css and interactions.css, one
// file) after their first paint (src/release.rs, with_later_styles).

const caseStudy = `/case-studies/${content('case-studies.json').case_studies[0].slug}`;
const caseStudiesHeading: string = content('site.json').case_studies.intro.heading;
const laterSheet = /\/later-[0-9a-f]{16}\.css$/;

/** What the page's stylesheets requests were, and when, against its first contentful paint. */
function styleTimings(page: import('@playwright/test').Page) {
  return page.evaluate(() => ({
    firstPaint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
    sheets: performance
      .getEntriesByType('resource')
      .filter((e) => new URL(e.name).pathname.endsWith('.css'))
      .map((e) => ({ path: new URL(e.name).pathname, start: e.startTime })),
  }));
}

/** Whether the later styles apply: the closing call to action's panel is theirs (style/later.css). */
function laterStylesApplied(page: import('@playwright/test').Page) {
  return page.evaluate(() => getComputedStyle(document.querySelector('.cta__panel')!).borderTopLeftRadius !== '0px');
}

/** The computed box and look of every element outside the sections below the hero (and not holding one). */
function firstScreenStyles(page: import('@playwright/test').Page) {
  return page.evaluate(() => {
    const props = ['display', 'position', 'width', 'height', 'margin', 'padding', 'color', 'background-color', 'border', 'border-radius', 'font', 'grid-template-columns', 'gap', 'visibility'];
    return [...document.body.querySelectorAll('*')]
      .filter((el) => !el.closest('.section') && !el.querySelector('.section') && !el.closest('noscript'))
      .map((el) => {
        const style = getComputedStyle(el);
        return `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}: ${props.map((p) => style.getPropertyValue(p)).join(' | ')}`;
      });
  });
}

for (const path of ['/', caseStudy]) {
  test(`${path}: the first screen paints from the HTML alone; the later styles are fetched after that paint`, async ({ page }) => {
    const view = new SitePage(page);
    await view.goto(path);
    expect(await laterStylesApplied(page)).toBe(true);
    const { firstPaint, sheets } = await styleTimings(page);
    expect(firstPaint).not.toBeNull();
    expect(sheets.map((s) => s.path), 'one stylesheet request: the later styles').toEqual([expect.stringMatching(laterSheet)]);
    expect(sheets[0].start, 'requested after the first contentful paint').toBeGreaterThan(firstPaint!);
    expect(await page.locator('head style').count(), 'the first screen’s styles are inline').toBe(1);
  });
}

test.describe('before the later styles arrive', () => {
  test.use({ expectedFailures: ['http://127.0.0.1'] });

  for (const path of ['/', caseStudy]) {
    for (const width of [375, 1280]) {
      test(`${path} at ${width} px: the first screen looks exactly as it does with every style`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ reducedMotion: 'reduce' });
        await page.route(laterSheet, (route) => route.abort());
        await page.goto(path);
        await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
        const view = new SitePage(page);
        await view.countersAtRest();
        expect(await laterStylesApplied(page)).toBe(false);
        const firstScreenAlone = await firstScreenStyles(page);

        await page.unroute(laterSheet);
        await view.goto(path);
        await view.countersAtRest();
        expect(await laterStylesApplied(page)).toBe(true);
        expect(await firstScreenStyles(page)).toEqual(firstScreenAlone);
      });
    }
  }

  test('the sections below the hero and the footer stay out of sight while their styles are on the way', async ({ page }) => {
    let release = () => {};
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route(laterSheet, async (route) => {
      await released;
      await route.continue();
    });
    await page.goto('/');
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    // Out of sight is out of the accessibility tree too, for now.
    const cases = page.getByRole('region', { name: caseStudiesHeading, exact: true, includeHidden: true });
    const footer = page.getByRole('contentinfo', { includeHidden: true });
    await expect(cases).toBeHidden();
    await expect(footer).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(await laterStylesApplied(page)).toBe(false);
    release();
    await expect(cases).toBeVisible();
    await expect(footer).toBeVisible();
    expect(await laterStylesApplied(page)).toBe(true);
  });

  test('a link to a section followed before it is shown shows everything and scrolls to that section', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.route(laterSheet, () => {}); // never answered
    await page.goto('/');
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    const heading = page.getByRole('heading', { level: 2, name: caseStudiesHeading, exact: true, includeHidden: true });
    await expect(heading).toBeHidden();
    const navLink = content('site.json').nav.links.find((link: { href: string }) => link.href === '/#case-studies').label;
    await page.getByRole('banner').getByRole('link', { name: navLink, exact: true }).click();
    await expect(heading).toBeVisible();
    await expect(heading).toBeInViewport();
    const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
    const header = await page.getByRole('banner').evaluate((el) => el.getBoundingClientRect().height);
    expect(top).toBeGreaterThanOrEqual(header);
    expect(top).toBeLessThan(header + 200);
  });

  test('if the styles take more than 5 s, the sections show anyway, readable', async ({ page }) => {
    await page.route(laterSheet, () => {}); // never answered
    await page.goto('/');
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    const cases = page.getByRole('region', { name: caseStudiesHeading, exact: true, includeHidden: true });
    await expect(cases).toBeHidden();
    await expect(cases).toBeVisible({ timeout: 8000 });
    await expect(page.getByRole('contentinfo')).toBeVisible();
    expect(await laterStylesApplied(page)).toBe(false);
  });

  test('if the styles never come, the sections show anyway, readable', async ({ page }) => {
    await page.route(laterSheet, (route) => route.abort());
    await page.goto('/');
    await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
    await expect(page.getByRole('region', { name: caseStudiesHeading, exact: true })).toBeVisible();
    await expect(page.getByRole('contentinfo')).toBeVisible();
    expect(await laterStylesApplied(page)).toBe(false);
  });
});

/** The case studies' section, visible, in its own band (style/later.css): not the page's background. */
async function expectCaseStudiesStyled(page: import('@playwright/test').Page) {
  const cases = page.getByRole('region', { name: caseStudiesHeading, exact: true });
  await expect(cases).toBeVisible();
  const band = await cases.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(band).not.toBe(await page.evaluate(() => getComputedStyle(document.body).backgroundColor));
}

test('the sections are visible and styled once the later styles arrive', async ({ page }) => {
  await new SitePage(page).goto('/');
  await expectCaseStudiesStyled(page);
});

test('once the later styles arrive, each section and case-study card is shown in page order, each in a frame of its own', async ({ page }) => {
  await page.addInitScript(() => {
    let frame = 0;
    const count = () => { frame++; requestAnimationFrame(count); };
    requestAnimationFrame(count);
    const shown: [string, number][] = ((window as any).__shown = []);
    new MutationObserver((records) => {
      for (const r of records) {
        const el = r.target as HTMLElement;
        if (r.attributeName === 'data-shown') shown.push([el.id || el.getAttribute('aria-labelledby')!, frame]);
        else if (el === document.documentElement && !el.dataset.laterStyles) shown.push(['everything', frame]);
      }
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-shown', 'data-later-styles'] });
  });
  await new SitePage(page).goto('/');
  const shown: [string, number][] = await page.evaluate(() => (window as any).__shown);
  const parts = await page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('.section, .case-card')].map((el) => el.id || el.getAttribute('aria-labelledby')!),
  );
  expect(parts.length).toBeGreaterThan(6);
  expect(shown.map(([part]) => part)).toEqual([...parts, 'everything']);
  const frames = shown.map(([, frame]) => frame);
  for (let i = 1; i < frames.length; i++) expect(frames[i], `${shown[i][0]} after ${shown[i - 1][0]}`).toBeGreaterThan(frames[i - 1]);
});

for (const [width, height] of [[412, 823], [1280, 720]]) {
  test(`at ${width}x${height}, the later styles arriving and the sections showing shift nothing`, async ({ page }) => {
    await page.setViewportSize({ width, height });
    const view = new SitePage(page);
    await view.recordLayoutShifts();
    await view.goto('/');
    expect(await laterStylesApplied(page)).toBe(true);
    await page.waitForTimeout(500);
    expect(await view.layoutShifts()).toEqual([]);
  });
}

test('an address naming a section further down shows that section, styled, at the top', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  const view = new SitePage(page);
  await view.goto('/#case-studies');
  const heading = page.getByRole('heading', { level: 2, name: caseStudiesHeading, exact: true });
  await expect(heading).toBeInViewport();
  const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
  const header = await page.getByRole('banner').evaluate((el) => el.getBoundingClientRect().height);
  // Scrolled to once the later styles applied: just below the sticky header.
  expect(top).toBeGreaterThanOrEqual(header);
  expect(top).toBeLessThan(header + 200);
  await expect(page.getByRole('region', { name: caseStudiesHeading, exact: true })).toBeVisible();
});

// A reload, or back and forward without the back/forward cache (Playwright turns it
// off), restore the visitor's place in the page: the browser can only scroll there if
// the sections below the hero are laid out, so the later styles come at once then.
for (const arrival of ['a reload', 'coming back from a case study'] as const) {
  test(`${arrival} keeps the visitor's place below the hero, with the sections drawn and styled`, async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const view = new SitePage(page);
    await view.goto('/');
    const heading = page.getByRole('heading', { level: 2, name: caseStudiesHeading, exact: true });
    const place = await heading.evaluate((el) => Math.round(el.getBoundingClientRect().top + scrollY - 120));
    await page.evaluate((y) => scrollTo(0, y), place);
    await expect.poll(() => page.evaluate(() => Math.round(scrollY))).toBe(place);
    if (arrival === 'a reload') {
      await page.reload();
    } else {
      await page.getByRole('region', { name: caseStudiesHeading, exact: true }).getByRole('link').first().click();
      await page.waitForURL(/\/case-studies\/[^/]+\/?$/);
      await view.waitForApp();
      await page.goBack();
    }
    await view.waitForApp();
    expect(await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).type)).toBe(arrival === 'a reload' ? 'reload' : 'back_forward');
    await expect.poll(() => page.evaluate(() => Math.round(scrollY)), { message: 'the place in the page' }).toBe(place);
    await expect(heading).toBeInViewport();
    await expectCaseStudiesStyled(page);
  });
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the later styles are an ordinary stylesheet: every section visible and styled', async ({ page }) => {
    await page.goto('/');
    await expectCaseStudiesStyled(page);
  });
});
