import { test, expect } from './fixtures';
import { SitePage } from './pages/site-page';
import { HomeInteractions, splitFigure } from './pages/home-interactions';
import { content } from './content';

// The five behaviours in a real browser: stat counters, the questions
// accordion, the architecture explorer, the live gateway panel and the
// pictures' moving flows.

const site = content('site.json');
const studies = content('case-studies.json').case_studies;
const blocks = HomeInteractions.blocks;
const questions = HomeInteractions.questions;

async function open(page: import('@playwright/test').Page, path = '/', width = 1280) {
  await page.setViewportSize({ width, height: 900 });
  await HomeInteractions.instrument(page);
  await new SitePage(page).goto(path);
  return new HomeInteractions(page);
}

/**
 * Every text a count-up showed fits its final figure's shape and rises from
 * near zero (the caller checks that the figure rests on its final text; a
 * loaded machine may skip frames, so how many in-between texts show varies).
 */
function expectCountedUpTo(final: string, texts: string[]) {
  const target = splitFigure(final);
  expect(texts.length, `${final} counted (saw ${JSON.stringify(texts)})`).toBeGreaterThan(0);
  let previous = -1;
  for (const text of texts) {
    const shown = splitFigure(text);
    expect({ prefix: shown.prefix, decimals: shown.decimals, suffix: shown.suffix }, text).toEqual({
      prefix: target.prefix,
      decimals: target.decimals,
      suffix: target.suffix,
    });
    expect(shown.value).toBeGreaterThanOrEqual(previous);
    expect(shown.value).toBeLessThanOrEqual(target.value);
    previous = shown.value;
  }
  expect(splitFigure(texts[0]).value, `${final} started from zero`).toBeLessThan(target.value / 2);
}

/**
 * At least one counter showed a number between its start and its end. (Not
 * every counter: a loaded machine may skip frames, but never all of them.)
 */
function expectSomeInBetween(counts: Record<string, string[]>, finals: string[]) {
  const between = finals.flatMap((final) =>
    (counts[final] ?? []).slice(1).filter((text) => text !== final),
  );
  expect(between, `in-between values were shown (saw ${JSON.stringify(counts)})`).not.toHaveLength(0);
}

/**
 * Waits until each of `finals` has counted up and come to rest on itself.
 * (At rest before counting, a stat already shows its final figure, so the
 * text alone cannot tell whether the count has run yet.)
 */
async function waitForCounted(home: HomeInteractions, finals: string[]) {
  await expect
    .poll(async () => {
      const counts = await home.counts();
      return finals.filter((final) => !(counts[final]?.length > 1 && counts[final].at(-1) === final));
    }, { timeout: 10_000, message: 'stats still to count up' })
    .toEqual([]);
}

test.describe('stat counters', () => {
  test('stats in view at load count up right away to exactly the copy, keeping their shape and width', async ({ page }) => {
    // A window tall enough to hold the headline numbers at load, whatever the layout.
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/');
    const bottom = await page.evaluate(() => document.querySelector('.stats--hero')!.getBoundingClientRect().bottom);
    await page.setViewportSize({ width: 1280, height: Math.max(900, Math.ceil(bottom) + 40) });
    await HomeInteractions.instrument(page);
    await new SitePage(page).goto('/');
    const home = new HomeInteractions(page);
    const finals: string[] = site.stats.map((s: { figure: string }) => s.figure);
    const widths = await home.heroStats.locator('.stat-figure').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    // Screen readers get the final figures only, even mid-count.
    const tree = await home.heroStats.ariaSnapshot();
    for (const final of finals) expect(tree).toContain(final);
    await waitForCounted(home, finals.filter((f) => splitFigure(f).value > 0));
    await expect(home.heroStats.locator('.count-up__live')).toHaveText(finals);
    const counts = await home.counts();
    for (const final of finals) expectCountedUpTo(final, counts[final] ?? []);
    expectSomeInBetween(counts, finals);
    const after = await home.heroStats.locator('.stat-figure').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().width));
    expect(after).toEqual(widths);
    expect(await home.layoutShift(), 'no layout shift while counting').toBe(0);
  });

  test('case-study metrics count up when scrolled into view, once', async ({ page }) => {
    const home = await open(page);
    const metrics = page.getByRole('list', { name: site.case_studies.metrics_label }).first();
    const finals: string[] = studies[0].metrics.map((m: { figure: string }) => m.figure);
    expect(Object.keys(await home.counts())).not.toContain(finals[0]);
    await metrics.scrollIntoViewIfNeeded();
    const counted = finals.filter((f) => splitFigure(f).value > 0);
    await waitForCounted(home, counted);
    expect(await home.countingTexts(metrics)).toEqual(finals);
    const counts = await home.counts();
    for (const final of counted) expectCountedUpTo(final, counts[final] ?? []);
    expectSomeInBetween(counts, counted);
    // Scrolling away and back does not count again.
    const before = JSON.stringify(await home.counts());
    await page.evaluate(() => window.scrollTo(0, 0));
    await metrics.scrollIntoViewIfNeeded();
    await page.waitForTimeout(400);
    expect(JSON.stringify(await home.counts())).toBe(before);
  });

  test('a stat scrolled past quickly still ends on its final value; none rests on zero', async ({ page }) => {
    const home = await open(page, '/', 375);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 700) {
      await page.evaluate((y) => window.scrollTo(0, y), y);
      await page.waitForTimeout(30);
    }
    await page.waitForTimeout(2200);
    const all = page.locator('.count-up');
    const count = await all.count();
    expect(count).toBeGreaterThan(15);
    for (let i = 0; i < count; i++) {
      const [shown, final] = await all.nth(i).evaluate((e) => [
        e.querySelector('[aria-hidden="true"] > :last-child')!.textContent,
        e.querySelector('[aria-hidden="true"] > :first-child')!.textContent,
      ]);
      expect(shown).toBe(final);
    }
    expect(Object.keys(await home.counts()).length, 'counters did run').toBeGreaterThan(5);
  });

  test('with reduced motion the final values show at once and never change', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const home = await open(page);
    const finals: string[] = site.stats.map((s: { figure: string }) => s.figure);
    expect(await home.countingTexts(home.heroStats)).toEqual(finals);
    await page.mouse.wheel(0, 3000);
    await page.waitForTimeout(1800);
    expect(await home.counts()).toEqual({});
  });
});

test.describe('questions accordion', () => {
  test('starts closed once the app runs; Enter and Space toggle; several stay open', async ({ page }) => {
    const home = await open(page);
    for (const q of questions) {
      await expect(home.question(q)).toHaveAttribute('aria-expanded', 'false');
      await expect(home.answer(q)).toBeHidden();
    }
    const [first, second] = questions;
    const button = home.question(first);
    await expect(button).toHaveAttribute('aria-controls', `${first.slug}-answer`);
    await button.focus();
    await page.keyboard.press('Enter');
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(home.answer(first)).toBeVisible();
    await expect(home.answer(first)).toHaveText(first.answer);
    await home.question(second).focus();
    await page.keyboard.press(' ');
    await expect(home.question(second)).toHaveAttribute('aria-expanded', 'true');
    await expect(home.answer(first)).toBeVisible();
    await expect(home.answer(second)).toBeVisible();
    await button.focus();
    await page.keyboard.press(' ');
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(home.answer(first)).toBeHidden();
    await expect(home.answer(second)).toBeVisible();
  });

  test('opening animates the height through grid rows; instant under reduced motion', async ({ page }) => {
    const home = await open(page);
    const q = questions[0];
    const panel = page.locator(`#${q.slug}-answer`);
    // Transitions turn on once the accordion has attached and painted its start state.
    await expect(page.locator('.accordion--animated')).toHaveCount(1);
    expect(await panel.evaluate((e) => getComputedStyle(e).transitionProperty)).toContain('grid-template-rows');
    await home.question(q).scrollIntoViewIfNeeded();
    // Click, then hold the height transition at its middle and at its end
    // (Web Animations), rather than sampling frames a loaded machine may skip.
    const heights = await page.evaluate(
      async ({ button, panel }) => {
        const answer = document.getElementById(panel)!;
        (document.getElementById(button) as HTMLButtonElement).click();
        for (let i = 0; i < 100 && answer.classList.contains('accordion__panel--closed'); i++) await Promise.resolve();
        const transition = answer
          .getAnimations()
          .find((a) => (a as CSSTransition).transitionProperty === 'grid-template-rows');
        if (!transition) return null;
        transition.pause();
        transition.currentTime = Number(transition.effect!.getComputedTiming().duration) / 2;
        const middle = answer.getBoundingClientRect().height;
        transition.finish();
        return { middle, full: answer.getBoundingClientRect().height };
      },
      { button: `${q.slug}-question`, panel: `${q.slug}-answer` },
    );
    expect(heights, 'opening runs a transition of grid-template-rows').not.toBeNull();
    expect(heights!.full).toBeGreaterThan(0);
    expect(heights!.middle, 'an in-between height halfway through').toBeGreaterThan(0);
    expect(heights!.middle).toBeLessThan(heights!.full - 1);

    await page.emulateMedia({ reducedMotion: 'reduce' });
    await home.question(questions[1]).click();
    await expect(home.answer(questions[1])).toBeVisible();
    const other = page.locator(`#${questions[1].slug}-answer`);
    expect(await other.evaluate((e) => getComputedStyle(e).transitionDuration)).toMatch(/^0s(, 0s)*$/);
  });

  test('a #slug link opens its question and scrolls to it', async ({ page }) => {
    const target = questions[questions.length - 1];
    const home = await open(page, `/#${target.slug}`, 375);
    await expect(home.question(target)).toHaveAttribute('aria-expanded', 'true');
    await expect(home.answer(target)).toBeVisible();
    await expect(home.question(target)).toBeInViewport();
    for (const q of questions.filter((q) => q !== target)) {
      await expect(home.question(q)).toHaveAttribute('aria-expanded', 'false');
    }
    // In-page navigation to another question opens it too.
    const other = questions[0];
    await page.evaluate((slug) => {
      const a = document.createElement('a');
      a.href = `#${slug}`;
      a.textContent = 'jump';
      document.body.append(a);
      a.click();
    }, other.slug);
    await expect(home.question(other)).toHaveAttribute('aria-expanded', 'true');
    await expect(home.question(other)).toBeInViewport();
    await expect(home.question(target)).toHaveAttribute('aria-expanded', 'true');
  });
});

test.describe('architecture explorer', () => {
  const [a, , c, , e] = blocks;
  const touching = (slug: string) =>
    blocks.reduce((n, b) => n + b.flows_to.filter((f) => b.slug === slug || f.to === slug).length, 0);

  test('a deep link selects its block, highlights its connections and shows its summary and page link', async ({ page }) => {
    const home = await open(page, `/?block=${c.slug}`);
    await expect(home.blockLink(c)).toHaveAttribute('aria-current', 'true');
    await expect(home.blockLink(a)).not.toHaveAttribute('aria-current', /.*/);
    await expect(home.selection).toContainText(c.summary);
    await expect(home.selection.getByRole('link', { name: `${site.architecture.read_more}: ${c.title}` })).toHaveAttribute(
      'href',
      `/architecture/${c.slug}`,
    );
    await expect(page.locator('.wire--lit')).toHaveCount(touching(c.slug));
    // The blocks that talk to it say how.
    for (const b of blocks.filter((b) => b.flows_to.some((f) => f.to === c.slug))) {
      const flow = b.flows_to.find((f) => f.to === c.slug)!;
      await expect(page.locator(`#block-${b.slug}`)).toContainText(`${b.letter} → ${c.letter}: ${flow.label}`);
    }
  });

  test('pointer selection goes into the URL; back and forward restore it; the page does not jump', async ({ page }) => {
    const home = await open(page, `/?block=${c.slug}`);
    await home.explorer.scrollIntoViewIfNeeded();
    const scrollY = await page.evaluate(() => window.scrollY);
    await home.blockLink(e).click();
    await expect(page).toHaveURL(new RegExp(`\\?block=${e.slug}$`));
    await expect(home.blockLink(e)).toHaveAttribute('aria-current', 'true');
    await expect(home.blockLink(c)).not.toHaveAttribute('aria-current', /.*/);
    expect(Math.abs((await page.evaluate(() => window.scrollY)) - scrollY)).toBeLessThan(2);
    await page.goBack();
    await expect(page).toHaveURL(new RegExp(`\\?block=${c.slug}$`));
    await expect(home.blockLink(c)).toHaveAttribute('aria-current', 'true');
    await expect(home.selection).toContainText(c.summary);
    await page.goForward();
    await expect(home.blockLink(e)).toHaveAttribute('aria-current', 'true');
  });

  test('Tab reaches the diagram once; arrow keys move between blocks in flow order; Enter selects', async ({ page }) => {
    const home = await open(page);
    const links = blocks.map((b) => home.blockLink(b));
    // One tab stop: only the first block's link is in the tab order.
    for (const [i, link] of links.entries()) await expect(link).toHaveAttribute('tabindex', i === 0 ? '0' : '-1');
    await links[0].focus();
    await page.keyboard.press('ArrowRight');
    await expect(links[1]).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await expect(links[2]).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(links[1]).toBeFocused();
    await page.keyboard.press('End');
    await expect(links[links.length - 1]).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await expect(links[0]).toBeFocused();
    await page.keyboard.press('ArrowUp');
    await expect(links[links.length - 1]).toBeFocused();
    await page.keyboard.press('Home');
    await expect(links[0]).toBeFocused();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`\\?block=${blocks[1].slug}$`));
    await expect(links[1]).toHaveAttribute('aria-current', 'true');
    await expect(links[1]).toHaveAttribute('tabindex', '0');
    await expect(links[1]).toBeFocused();
  });

  test('on a narrow screen the blocks read as a vertical flow without the wires', async ({ page }) => {
    const home = await open(page, `/?block=${a.slug}`, 375);
    const boxes = await Promise.all(blocks.map((b) => page.locator(`#block-${b.slug}`).boundingBox()));
    for (let i = 1; i < boxes.length; i++) {
      expect(boxes[i]!.x).toBeCloseTo(boxes[0]!.x, 0);
      expect(boxes[i]!.y).toBeGreaterThan(boxes[i - 1]!.y + boxes[i - 1]!.height - 1);
    }
    await expect(page.locator('.explorer__wires')).toBeHidden();
    await expect(home.blockLink(a)).toHaveAttribute('aria-current', 'true');
  });
});

test.describe('live gateway panel', () => {
  /** The live values' texts, sampled every 250 ms for `ms`. */
  async function sample(home: HomeInteractions, ms: number) {
    const seen: string[][] = [];
    for (let t = 0; t < ms; t += 250) {
      seen.push(await home.liveValues().allTextContents());
      await home.page.waitForTimeout(250);
    }
    return seen;
  }

  const wandering = () => {
    const g = site.gateway;
    return [
      ...g.stats.map((s: any) => ({ figure: s.figure, wander: s.wander })),
      ...g.lines.filter((l: any) => l.figure).map((l: any) => ({ figure: l.figure, wander: l.wander })),
    ];
  };

  test('wanders gently around the content figures while on screen, with a note that they are illustrative', async ({ page }) => {
    const home = await open(page);
    await expect(home.gateway).toContainText(site.gateway.note);
    const figures = wandering();
    expect(await home.liveValues().allTextContents()).toEqual(figures.map((f) => f.figure));
    await home.gateway.scrollIntoViewIfNeeded();
    const seen = await sample(home, 7000);
    const changed = figures.map((f, i) => new Set(seen.map((s) => s[i])).size > 1);
    // Fixed figures never move; the wandering ones do (each on its own seeded course).
    for (const [i, f] of figures.entries()) if (!f.wander) expect(changed[i], f.figure).toBe(false);
    expect(changed.filter(Boolean).length).toBeGreaterThanOrEqual(Math.min(2, figures.filter((f) => f.wander).length));
    for (const [i, f] of figures.entries()) {
      if (!f.wander) continue;
      const base = splitFigure(f.figure);
      const share = Number(f.wander.replace('%', '')) / 100;
      for (const s of seen) {
        const v = splitFigure(s[i]);
        expect({ prefix: v.prefix, decimals: v.decimals, suffix: v.suffix }).toEqual({ prefix: base.prefix, decimals: base.decimals, suffix: base.suffix });
        const slack = 10 ** -base.decimals;
        expect(Math.abs(v.value - base.value)).toBeLessThanOrEqual(base.value * share * 2 + slack);
      }
    }
    const points = await page.locator('.sparkline__line').getAttribute('points');
    expect(points).not.toBe(null);
  });

  test('stops while the tab is hidden or the panel is off screen, with no timer left running', async ({ page }) => {
    test.setTimeout(60_000);
    const home = await open(page);
    await home.gateway.scrollIntoViewIfNeeded();
    await expect.poll(() => home.runningIntervals()).toBe(1);
    await home.setPageHidden(true);
    expect(await home.runningIntervals()).toBe(0);
    const hidden = await sample(home, 3000);
    expect(new Set(hidden.map((s) => s.join('|'))).size, 'no change while hidden').toBe(1);
    await home.setPageHidden(false);
    expect(await home.runningIntervals()).toBe(1);
    const shown = await sample(home, 4000);
    expect(new Set(shown.map((s) => s.join('|'))).size, 'moves again when shown').toBeGreaterThan(1);
    await page.evaluate(() => window.scrollTo(0, 0));
    await expect.poll(() => home.runningIntervals()).toBe(0);
    const away = await sample(home, 3000);
    expect(new Set(away.map((s) => s.join('|'))).size, 'no change off screen').toBe(1);
  });

  test('never moves under reduced motion', async ({ page }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const home = await open(page);
    await home.gateway.scrollIntoViewIfNeeded();
    const seen = await sample(home, 3500);
    expect(new Set(seen.map((s) => s.join('|'))).size).toBe(1);
    expect(await home.runningIntervals()).toBe(0);
  });
});

test.describe("pictures' flows", () => {
  /** The CSS animation on the first flow of the picture named `name`, and its dash offset now. */
  const flowOf = (page: import('@playwright/test').Page, name: string) =>
    page.getByRole('img', { name, exact: true }).evaluate((svg) => {
      const flow = getComputedStyle(svg.querySelector('.picture__flow')!);
      return { animation: flow.animationName, offset: flow.strokeDashoffset };
    });
  const hero = site.hero.picture_alt;
  const process = site.process.picture_alt;
  /** Until a counter has counted: the hero's attaches after its picture (document order), so both run. */
  const heroCounted = (page: import('@playwright/test').Page) =>
    page.waitForFunction(() => Object.values((window as any).__counts as Record<string, string[]>).some((seen) => seen.length > 1));

  test('move only once the visitor is there, while on screen and the page is visible', async ({ page }) => {
    const home = await open(page);
    // In view at load, but still while nobody has touched the page: a load does no animation work.
    await heroCounted(page);
    await page.waitForTimeout(300);
    expect((await flowOf(page, hero)).animation, 'still before any pointer, key or scroll').toBe('none');
    // The first pointer move starts them (the dashes' offset changes).
    await page.mouse.move(200, 300);
    await expect.poll(async () => (await flowOf(page, hero)).animation).toBe('picture-flow');
    const offsets = new Set<string>();
    for (let i = 0; i < 6; i++) {
      offsets.add((await flowOf(page, hero)).offset);
      await page.waitForTimeout(120);
    }
    expect(offsets.size, 'the dashes move').toBeGreaterThan(1);
    // Off screen: still, until scrolled to.
    expect((await flowOf(page, process)).animation).toBe('none');
    await page.getByRole('img', { name: process, exact: true }).scrollIntoViewIfNeeded();
    await expect.poll(async () => (await flowOf(page, process)).animation).toBe('picture-flow');
    await expect.poll(async () => (await flowOf(page, hero)).animation, { message: 'the hero scrolled away' }).toBe('none');
    // A hidden tab moves nothing.
    await home.setPageHidden(true);
    await expect.poll(async () => (await flowOf(page, process)).animation).toBe('none');
    await home.setPageHidden(false);
    await expect.poll(async () => (await flowOf(page, process)).animation).toBe('picture-flow');
  });

  test('a key press starts them too, as a keyboard visitor is there as well', async ({ page }) => {
    await open(page);
    await heroCounted(page);
    expect((await flowOf(page, hero)).animation).toBe('none');
    await page.keyboard.press('Tab');
    await expect.poll(async () => (await flowOf(page, hero)).animation).toBe('picture-flow');
  });

  test('stay still under reduced motion and without JavaScript', async ({ page, browser, baseURL }) => {
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await open(page);
    await page.mouse.move(200, 300);
    await page.waitForTimeout(500);
    expect((await flowOf(page, hero)).animation).toBe('none');
    const noScript = await browser.newContext({ javaScriptEnabled: false, baseURL });
    const still = await noScript.newPage();
    await still.goto('/');
    await still.waitForTimeout(500);
    expect((await flowOf(still, hero)).animation).toBe('none');
    await noScript.close();
  });
});
