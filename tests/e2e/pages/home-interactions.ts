import { type Locator, type Page } from '@playwright/test';
import { content } from '../content';

const site = content('site.json');
const blocks: { letter: string; slug: string; title: string; summary: string; flows_to: { to: string; label: string }[] }[] =
  content('architecture.json').blocks;
const questions: { slug: string; question: string; answer: string }[] = content('questions.json').questions;

/** A figure split like `src/figure.rs` does: text before, the number, text after. */
export function splitFigure(text: string) {
  const m = /^(\D*?)(\d+(?:\.(\d+))?)(\D*)$/.exec(text);
  if (!m) throw new Error(`not a single-number figure: ${text}`);
  return { prefix: m[1], value: Number(m[2]), decimals: m[3]?.length ?? 0, suffix: m[4] };
}

/** The home page's four behaviours, found by role and accessible name. */
export class HomeInteractions {
  readonly heroStats: Locator;
  readonly explorer: Locator;
  readonly gateway: Locator;

  constructor(readonly page: Page) {
    this.heroStats = page.getByRole('list', { name: site.hero.stats_label });
    this.explorer = page.getByRole('list', { name: site.architecture.explorer_label });
    this.gateway = page.getByRole('group', { name: site.gateway.title });
  }

  static get blocks() {
    return blocks;
  }

  static get questions() {
    return questions;
  }

  /** The counting (screen-reader-hidden) text of each stat figure inside `scope`. */
  countingTexts(scope: Locator) {
    return scope.locator('[aria-hidden="true"] > :last-child').allTextContents();
  }

  /** A block's select link, named by its title. */
  blockLink(block: { title: string }) {
    return this.explorer.getByRole('link', { name: block.title, exact: true });
  }

  /** The live text of the explorer's selection summary. */
  get selection() {
    return this.page.locator('.explorer__detail');
  }

  question(q: { question: string }) {
    return this.page.getByRole('button', { name: q.question, exact: true });
  }

  answer(q: { question: string }) {
    return this.page.getByRole('region', { name: q.question, exact: true, includeHidden: true });
  }

  /** The panel's values that wander: stats and lines with a `wander`. */
  liveValues() {
    return this.gateway.locator('.live-value');
  }

  /**
   * Records, from before the app starts, every text each counter shows
   * (`window.__counts[final] = [texts…]`), layout shifts (`window.__shifts`)
   * and the intervals that are running (`window.__intervals`).
   */
  static async instrument(page: Page) {
    await page.addInitScript(() => {
      const w = window as any;
      w.__counts = {} as Record<string, string[]>;
      w.__shifts = [] as { value: number; recent: boolean }[];
      w.__intervals = new Set<number>();
      const setInterval = window.setInterval.bind(window);
      const clearInterval = window.clearInterval.bind(window);
      (window as any).setInterval = (fn: any, ms?: number, ...args: any[]) => {
        const id = setInterval(fn, ms, ...args);
        w.__intervals.add(id);
        return id;
      };
      (window as any).clearInterval = (id: number) => {
        w.__intervals.delete(id);
        clearInterval(id);
      };
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as any[]) w.__shifts.push({ value: e.value, recent: e.hadRecentInput });
      }).observe({ type: 'layout-shift', buffered: true });
      const record = (node: Node | null) => {
        const live = node?.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element | null);
        if (!live?.classList?.contains('count-up__live')) return;
        const final = live.parentElement?.firstElementChild?.textContent ?? '';
        const seen = (w.__counts[final] ??= []);
        const text = live.textContent ?? '';
        if (seen[seen.length - 1] !== text) seen.push(text);
      };
      document.addEventListener('DOMContentLoaded', () => {
        new MutationObserver((records) => {
          for (const r of records) {
            record(r.target);
            r.addedNodes.forEach((n) => record(n.parentElement));
          }
        }).observe(document.body, { subtree: true, characterData: true, childList: true });
      });
    });
  }

  counts(): Promise<Record<string, string[]>> {
    return this.page.evaluate(() => (window as any).__counts);
  }

  layoutShift(): Promise<number> {
    return this.page.evaluate(() =>
      (window as any).__shifts.filter((s: any) => !s.recent).reduce((sum: number, s: any) => sum + s.value, 0),
    );
  }

  runningIntervals(): Promise<number> {
    return this.page.evaluate(() => (window as any).__intervals.size);
  }

  /** Makes the page report itself hidden (or visible again), as switching tabs does. */
  async setPageHidden(hidden: boolean) {
    await this.page.evaluate((hidden) => {
      Object.defineProperty(document, 'hidden', { configurable: true, get: () => hidden });
      Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => (hidden ? 'hidden' : 'visible') });
      document.dispatchEvent(new Event('visibilitychange'));
    }, hidden);
  }
}
