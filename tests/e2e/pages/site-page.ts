import { expect, type Locator, type Page } from '@playwright/test';

/** Any page of the site: the landmarks and the route heading, found by role. */
export class SitePage {
  readonly heading: Locator;
  readonly main: Locator;
  readonly banner: Locator;
  readonly contentinfo: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.main = page.getByRole('main');
    this.banner = page.getByRole('banner');
    this.contentinfo = page.getByRole('contentinfo');
  }

  /** Opens `path` and waits until the wasm app has started and taken over the page, with every style in place. */
  async goto(path: string) {
    const response = await this.page.goto(path);
    await this.waitForApp();
    return response;
  }

  /** The paths of the wasm files the page has downloaded. */
  wasmFiles(): Promise<string[]> {
    return this.page.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).filter((p) => p.endsWith('.wasm')),
    );
  }

  /**
   * Waits for the page's script to run it, and for its stylesheets: content
   * pages add the styles of what lies below their first screen after their
   * first paint, then show what those style part by part, and unmark
   * `<html data-later-styles>` when all is shown (tests/e2e/first-paint.spec.ts).
   */
  async waitForApp() {
    await this.page.waitForFunction(
      () =>
        document.documentElement.dataset.app === 'ready' &&
        document.documentElement.dataset.laterStyles === undefined &&
        [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')].every((link) => link.sheet),
    );
  }

  /** Waits until every counter shows its final figure. */
  async countersAtRest() {
    await this.page.waitForFunction(() =>
      [...document.querySelectorAll('.count-up [aria-hidden="true"]')].every(
        (figure) => figure.lastElementChild?.textContent === figure.firstElementChild?.textContent,
      ),
    );
  }

  /** Records every layout shift from the page's first script on (call before opening it). */
  async recordLayoutShifts() {
    await this.page.addInitScript(() => {
      (window as any).__layoutShifts = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as any[]) (window as any).__layoutShifts.push(entry.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
  }

  /** The values of the layout shifts recorded so far (see `recordLayoutShifts`). */
  layoutShifts(): Promise<number[]> {
    return this.page.evaluate(() => (window as any).__layoutShifts);
  }

  /**
   * Draws every section, for a picture of the whole page. Sections far from the
   * viewport are skipped (content-visibility: auto) and would come out blank; a
   * visitor sees each one drawn as it nears the screen. Set through the CSSOM,
   * which the CSP allows, unlike an injected stylesheet.
   */
  async drawAllSections() {
    await this.page.evaluate(() => {
      for (const section of document.querySelectorAll<HTMLElement>('.section')) section.style.contentVisibility = 'visible';
    });
  }

  /** Full-page screenshot at a given width, saved as a test artifact. */
  async screenshotAt(width: number, name: string, testInfo: { outputPath: (name: string) => string; attach: Function }) {
    await this.page.setViewportSize({ width, height: 900 });
    await expect(this.heading).toBeVisible();
    // A page at rest: every counter on its final figure, not caught mid-count.
    await this.countersAtRest();
    await this.drawAllSections();
    const path = testInfo.outputPath(`${name}-${width}.png`);
    await this.page.screenshot({ path, fullPage: true });
    await testInfo.attach(`${name}-${width}`, { path, contentType: 'image/png' });
    const overflow = await this.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, `no horizontal scrolling at ${width}px`).toBeLessThanOrEqual(0);
  }
}
