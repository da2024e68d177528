import { test, expect } from './fixtures';
import { SitePage } from './pages/site-page';
import { HomePage } from './pages/home-page';
import { content } from './content';

// Screenshots of the views the finishing issue changed, at 375 and 1280 px,
// light and dark, into test-results/: the case study cards on the home page,
// a case study's page, and the booking page with the theme chosen against the
// system's (the header's choice applies there too).

const site = content('site.json');
const study = content('case-studies.json').case_studies[0];

for (const colorScheme of ['light', 'dark'] as const) {
  test(`case study cards and page, ${colorScheme}, at 375 and 1280 px`, async ({ page }, testInfo) => {
    test.setTimeout(90_000);
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    const home = new HomePage(page);
    await home.goto('/');
    const section = home.section(site.case_studies.intro.heading);
    for (const width of [375, 1280]) {
      await page.setViewportSize({ width, height: 900 });
      const path = testInfo.outputPath(`case-cards-${colorScheme}-${width}.png`);
      // A clip of the full page: the sticky header stays at the top, off the element
      // (an injected style to unstick it would break the CSP, rightly).
      await new SitePage(page).drawAllSections();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path, fullPage: true, clip: (await section.boundingBox())! });
      await testInfo.attach(`case-cards-${colorScheme}-${width}`, { path, contentType: 'image/png' });
    }
    const view = new SitePage(page);
    await view.goto(`/case-studies/${study.slug}`);
    for (const width of [375, 1280]) {
      await view.screenshotAt(width, `case-study-${colorScheme}`, testInfo);
    }
    await expect(view.heading).toHaveText(study.title);
  });
}

for (const chosen of ['light', 'dark'] as const) {
  test(`the booking page with ${chosen} chosen against the system theme, at 375 and 1280 px`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme: chosen === 'dark' ? 'light' : 'dark' });
    await page.addInitScript((theme) => localStorage.setItem('theme', theme), chosen);
    const view = new SitePage(page);
    await view.goto('/book');
    for (const width of [375, 1280]) {
      await view.screenshotAt(width, `book-${chosen}-chosen`, testInfo);
    }
    await expect(page.getByRole('radio', { name: site.nav.theme[chosen], exact: true })).toBeChecked();
  });
}
