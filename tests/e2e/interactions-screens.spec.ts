import { test, expect } from './fixtures';
import { SitePage } from './pages/site-page';
import { HomeInteractions } from './pages/home-interactions';
import { content } from './content';

// Screenshot sequences of each behaviour at 375 px and 1280 px, saved as test
// artifacts (test-results/) to look at; each step also checks what it shows.

const site = content('site.json');

for (const width of [375, 1280]) {
  test.describe(`${width}px`, () => {
    test.beforeEach(async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
    });

    const shoot = async (locator: import('@playwright/test').Locator, name: string, testInfo: any) => {
      const path = testInfo.outputPath(`${name}-${width}.png`);
      await locator.screenshot({ path, animations: 'allow' });
      await testInfo.attach(`${name}-${width}`, { path, contentType: 'image/png' });
    };

    test('counter sequence', async ({ page }, testInfo) => {
      // A fake clock drives the animation frames, so each shot is at an exact moment:
      // it runs freely while the app starts, then stops before the figures come into view.
      await page.clock.install();
      await new SitePage(page).goto('/');
      await page.clock.pauseAt(Date.now() + 60_000);
      const metrics = page.getByRole('list', { name: site.case_studies.metrics_label }).first();
      await metrics.evaluate((e) => e.scrollIntoView({ block: 'center' }));
      await page.waitForTimeout(300); // the observer reports the list in view
      const steps = [0, 150, 400, 800, 1700];
      for (const [i, ms] of steps.entries()) {
        await page.clock.runFor(i === 0 ? 16 : ms - steps[i - 1]);
        await shoot(metrics, `counter-${i}-${ms}ms`, testInfo);
      }
      const home = new HomeInteractions(page);
      expect(await home.countingTexts(metrics)).toEqual(content('case-studies.json').case_studies[0].metrics.map((m: any) => m.figure));
    });

    test('accordion sequence', async ({ page }, testInfo) => {
      await new SitePage(page).goto('/');
      const home = new HomeInteractions(page);
      const list = page.locator('.accordion');
      const q = HomeInteractions.questions[1];
      await list.evaluate((e) => e.scrollIntoView({ block: 'center' }));
      await shoot(list, 'accordion-0-closed', testInfo);
      // (The in-between heights of the opening are checked frame by frame in interactions.spec.ts.)
      await home.question(q).click();
      await shoot(list, 'accordion-1-clicked', testInfo);
      await page.waitForTimeout(400);
      await shoot(list, 'accordion-2-open', testInfo);
      await expect(home.answer(q)).toBeVisible();
    });

    test('explorer sequence', async ({ page }, testInfo) => {
      const [, b, , , e] = HomeInteractions.blocks;
      await new SitePage(page).goto('/');
      const home = new HomeInteractions(page);
      const section = page.locator('.explorer');
      await section.evaluate((el) => el.scrollIntoView({ block: 'start' }));
      await shoot(section, 'explorer-0-none', testInfo);
      await home.blockLink(b).click();
      await expect(home.blockLink(b)).toHaveAttribute('aria-current', 'true');
      await shoot(section, 'explorer-1-selected-b', testInfo);
      await home.blockLink(e).focus();
      await page.keyboard.press('Enter');
      await expect(home.blockLink(e)).toHaveAttribute('aria-current', 'true');
      await shoot(section, 'explorer-2-selected-e', testInfo);
    });

    test('live panel sequence', async ({ page }, testInfo) => {
      await new SitePage(page).goto('/');
      const home = new HomeInteractions(page);
      await home.gateway.evaluate((el) => el.scrollIntoView({ block: 'center' }));
      await shoot(home.gateway, 'live-0', testInfo);
      await page.waitForTimeout(3200);
      await shoot(home.gateway, 'live-1-3s', testInfo);
      await page.waitForTimeout(3200);
      await shoot(home.gateway, 'live-2-6s', testInfo);
      await expect(home.gateway).toContainText(site.gateway.note);
    });
  });
}
