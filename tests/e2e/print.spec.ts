import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';
import { SitePage } from './pages/site-page';
import { content } from './content';

// Case studies and building blocks print as clean documents: no header,
// navigation, footer or buttons; links followed by their URL; no figure or
// picture split by a page break.

const site = content('site.json');
const seo = content('seo.json');
const study = content('case-studies.json').case_studies[0];
const block = content('architecture.json').blocks.find((b: any) => b.flows_to.length > 0);

/** What printing leaves of the page chrome, read with print styles applied. */
async function expectCleanDocument(page: Page) {
  const view = new SitePage(page);
  await expect(view.heading).toBeVisible();
  await expect(view.banner).toBeHidden();
  await expect(view.contentinfo).toBeHidden();
  // Roles skip hidden elements, so the navigation landmarks are found by tag here.
  const navigations = await page.locator('nav').all();
  expect(navigations.length).toBeGreaterThan(0);
  for (const nav of navigations) await expect(nav).toBeHidden();
  await expect(page.getByRole('link', { name: site.case_study_page.back_link.label })).toBeHidden();
  await expect(page.getByRole('heading', { name: site.closing_cta.heading })).toBeHidden();
  // No button-looking link or button is left on paper.
  const visibleButtons = await page.evaluate(() =>
    [...document.querySelectorAll('button, .button, [role="button"]')].filter((el) => (el as HTMLElement).offsetParent !== null).length,
  );
  expect(visibleButtons).toBe(0);
  // Pictures and figure groups are kept whole across page breaks.
  const unbreakable = await page.evaluate(() =>
    [...document.querySelectorAll('main .picture-frame, main .stats, main .terms__item')].map((el) => getComputedStyle(el).breakInside),
  );
  expect(unbreakable.length).toBeGreaterThan(0);
  expect(new Set(unbreakable)).toEqual(new Set(['avoid']));
  // Paper colours, also with the dark theme chosen.
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
}

test('a case study prints to PDF as a clean document', async ({ page }, testInfo) => {
  await page.addInitScript(() => localStorage.setItem('theme', 'dark'));
  const view = new SitePage(page);
  await view.goto(`/case-studies/${study.slug}`);
  await page.emulateMedia({ media: 'print' });
  await expectCleanDocument(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(study.title);
  for (const metric of study.metrics) await expect(view.main).toContainText(metric.figure);

  const path = testInfo.outputPath(`print-case-study-${study.slug}.pdf`);
  const pdf = await page.pdf({ path, format: 'A4', margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' } });
  await testInfo.attach('case-study.pdf', { path, contentType: 'application/pdf' });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
  expect(pages.length, 'the write-up takes a few pages, not one per section').toBeGreaterThanOrEqual(1);
  expect(pages.length).toBeLessThanOrEqual(8);
});

test('a building block prints with each site link followed by its public URL', async ({ page }, testInfo) => {
  const view = new SitePage(page);
  await view.goto(`/architecture/${block.slug}`);
  await page.emulateMedia({ media: 'print' });
  await expectCleanDocument(page);
  const links = await page.evaluate(() =>
    [...document.querySelectorAll('main a')]
      .filter((a) => (a as HTMLElement).offsetParent !== null)
      .map((a) => ({ href: a.getAttribute('href')!, after: getComputedStyle(a, '::after').content })),
  );
  expect(links.length).toBe(block.flows_to.length);
  for (const link of links) {
    expect(link.after).toBe(`" (${seo.site_url.replace(/\/$/, '')}${link.href})"`);
  }
  const path = testInfo.outputPath(`print-block-${block.slug}.pdf`);
  const pdf = await page.pdf({ path, format: 'A4', margin: { top: '18mm', bottom: '18mm', left: '16mm', right: '16mm' } });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
});
