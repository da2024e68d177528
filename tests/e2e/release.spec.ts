import { test, expect, watchProblems, type PageProblems } from './fixtures';
import { SitePage } from './pages/site-page';
import { content } from './content';
import { subpathBase, subpathPort } from '../../playwright.config';

// The release as a static host serves it: every route prerendered, headers
// applied (including the CSP), deep links, the sub-path build, no JavaScript.

const site = content('site.json');
const routes: string[] = [
  '/',
  '/book',
  ...content('case-studies.json').case_studies.map((s: { slug: string }) => `/case-studies/${s.slug}`),
  ...content('architecture.json').blocks.map((b: { slug: string }) => `/architecture/${b.slug}`),
];

/** Records CSP violations from the first script on, before the app starts. */
async function recordCspViolations(page: import('@playwright/test').Page) {
  await page.addInitScript(() => {
    (window as any).__csp = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      (window as any).__csp.push(`${e.violatedDirective} blocked ${e.blockedURI}`),
    );
  });
}

const normalize = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

test('sitemap.xml lists every route at the public URL', async ({ request }) => {
  const xml = await (await request.get('/sitemap.xml')).text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname.replace(/(.)\/$/, '$1'));
  expect(locs.sort()).toEqual([...routes].sort());
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain('Sitemap: ');
});

for (const route of routes) {
  test(`${route}: prerendered heading before any script, same text once the app runs, no CSP violation`, async ({ page, request }) => {
    // The HTML as it arrives, without running it.
    const response = await request.get(route);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-security-policy']).toContain("script-src 'self' 'wasm-unsafe-eval'");
    const raw = await response.text();
    expect(raw).toMatch(/<h1[\s>]/);
    expect(raw.indexOf('<h1')).toBeLessThan(raw.lastIndexOf('</body>'));

    await recordCspViolations(page);
    await page.emulateMedia({ reducedMotion: 'reduce' });
    const view = new SitePage(page);
    await view.goto(route);
    // Text that shows only without scripting (<noscript>) is left out on both sides.
    const prerendered = await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(html, 'text/html');
      doc.querySelectorAll('noscript').forEach((n) => n.remove());
      return { heading: doc.querySelector('h1')?.textContent ?? '', text: doc.getElementById('app')?.textContent ?? '' };
    }, raw);
    await expect(view.heading).toHaveText(normalize(prerendered.heading));
    const live = await page.locator('#app').evaluate((app) => {
      const copy = app.cloneNode(true) as HTMLElement;
      copy.querySelectorAll('noscript').forEach((n) => n.remove());
      return copy.textContent;
    });
    expect(normalize(live)).toBe(normalize(prerendered.text));
    expect(await page.evaluate(() => (window as any).__csp)).toEqual([]);

    // A reload of the deep link lands on the same page.
    await page.reload();
    await view.waitForApp();
    await expect(view.heading).toHaveText(normalize(prerendered.heading));
  });
}

test.describe('unknown paths', () => {
  test.use({ allowedDocumentStatuses: [404] });
  for (const path of ['/no/such/page', '/case-studies/no-such-study']) {
    test(`${path} answers 404 with the not-found page, and links home`, async ({ page }) => {
      const view = new SitePage(page);
      const response = await view.goto(path);
      expect(response?.status()).toBe(404);
      await expect(view.heading).toHaveText(site.not_found.heading);
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await page.getByRole('link', { name: site.not_found.home_link }).click();
      await expect(view.heading).toHaveText(site.home.headline);
    });
  }
});

test('security and caching headers as a CDN applies them', async ({ request, page }) => {
  const home = await request.get('/');
  const headers = home.headers();
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['referrer-policy']).toBeTruthy();
  expect(headers['permissions-policy']).toBeTruthy();
  expect(headers['strict-transport-security']).toContain('max-age=');
  expect(headers['cache-control']).toContain('must-revalidate');
  const csp = headers['content-security-policy'];
  expect(csp).not.toContain('unsafe-inline');
  expect(csp).not.toMatch(/'unsafe-eval'/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("base-uri 'self'");

  const view = new SitePage(page);
  await view.goto('/');
  const [wasmUrl] = await view.wasmFiles();
  const wasm = await request.get(wasmUrl);
  expect(wasm.headers()['content-type']).toBe('application/wasm');
  expect(wasm.headers()['cache-control']).toContain('immutable');
});

test('script and wasm carry subresource integrity', async ({ request }) => {
  const html = await (await request.get('/')).text();
  expect(html).toMatch(/<script type="importmap">\{"integrity":\{"[^"]+\.js":"sha384-[A-Za-z0-9+/=]+"\}\}<\/script>/);
  expect(html).toMatch(/const sri = "sha384-[A-Za-z0-9+/=]+";/);
});

test('link preview: Open Graph tags and a 1200×630 PNG', async ({ request }) => {
  const html = await (await request.get('/')).text();
  for (const property of ['og:title', 'og:description', 'og:image', 'og:url']) {
    expect(html).toContain(`property="${property}"`);
  }
  expect(html).toContain('<link rel="canonical"');
  expect(html).toContain('"@type":"Person"');
  const png = await request.get('/assets/og-image.png');
  expect(png.headers()['content-type']).toBe('image/png');
  const bytes = await png.body();
  expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)]).toEqual([1200, 630]);
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });
  test('the content is readable and booking works as a mail link', async ({ page }) => {
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(site.home.headline);
    const mail = page.getByRole('link', { name: site.closing_cta.button.label }).and(page.locator('[href^="mailto:"]'));
    await expect(mail.first()).toBeVisible();
  });
});

test.describe('built for a sub-path', () => {
  const origin = `http://127.0.0.1:${subpathPort}`;
  for (const route of ['/', '/book', routes[2], routes[routes.length - 1]]) {
    test(`${subpathBase}${route.slice(1)} loads and reloads with every asset`, async ({ page, problems }) => {
      await recordCspViolations(page);
      const view = new SitePage(page);
      const url = `${origin}${subpathBase}${route.slice(1)}`;
      const response = await view.goto(url);
      expect(response?.status()).toBe(200);
      await expect(view.heading).toBeVisible();
      await page.reload();
      await view.waitForApp();
      await expect(view.heading).toBeVisible();
      const outside = await page.evaluate((base) =>
        [...document.querySelectorAll('a[href^="/"]')].map((a) => a.getAttribute('href')!).filter((h) => !h.startsWith(base)),
      subpathBase);
      expect(outside, 'every internal link stays under the base').toEqual([]);
      expect(await page.evaluate(() => (window as any).__csp)).toEqual([]);
    });
  }

  test('links keep the base: page loads from the small bundle, client-side navigation in the app', async ({ page }) => {
    const view = new SitePage(page);
    await view.goto(`${origin}${subpathBase}`);
    await page.getByRole('link', { name: site.nav.cta.label }).first().click();
    await expect(page).toHaveURL(`${origin}${subpathBase}book`);
    await page.getByRole('banner').getByRole('link', { name: new RegExp(`^${site.identity.name}`) }).click();
    await expect(page).toHaveURL(`${origin}${subpathBase}`);
    await expect(view.heading).toHaveText(site.home.headline);
  });
});

for (const route of ['/', '/book']) {
  test(`${route}: the page's script takes over the prerendered page in place: same nodes, no layout shift`, async ({ page }) => {
    await page.addInitScript(() => {
      (window as any).__shifts = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as any[]) (window as any).__shifts += entry.value;
      }).observe({ type: 'layout-shift', buffered: true });
      // Mark the prerendered nodes before any app code runs.
      document.addEventListener('DOMContentLoaded', () => {
        (document.querySelector('h1') as any).__prerendered = true;
        (document.querySelector('main') as any).__prerendered = true;
      });
    });
    const view = new SitePage(page);
    await view.goto(route);
    await page.waitForTimeout(500);
    const kept = await page.evaluate(() => [
      (document.querySelector('h1') as any).__prerendered === true,
      (document.querySelector('main') as any).__prerendered === true,
    ]);
    expect(kept, 'hydration (/book) or behaviours alone (/) keep the prerendered heading and main element').toEqual([true, true]);
    expect(await page.evaluate(() => (window as any).__shifts)).toBe(0);
  });
}

test.describe('three bundles', () => {
  test('pages start the small bundle, whose links load pages; /book loads its own bundle', async ({ page }) => {
    const view = new SitePage(page);
    await view.goto('/');
    expect(await view.wasmFiles()).toEqual([expect.stringMatching(/^\/portfolio-lite-[0-9a-f]{16}_bg\.wasm$/)]);

    // The small bundle has no router: a link loads the prerendered page,
    // which starts the small bundle again (from the cache).
    await page.evaluate(() => ((window as any).__sameDocument = true));
    const study = content('case-studies.json').case_studies[0];
    await page.getByRole('link', { name: `${site.case_studies.card_link}: ${study.title}` }).click();
    await expect(page).toHaveURL(new RegExp(`/case-studies/${study.slug}$`));
    await view.waitForApp();
    expect(await page.evaluate(() => (window as any).__sameDocument)).toBeUndefined();
    expect(await view.wasmFiles()).toEqual([expect.stringMatching(/^\/portfolio-lite-[0-9a-f]{16}_bg\.wasm$/)]);

    const book = page.getByRole('banner').getByRole('link', { name: site.nav.cta.label });
    await expect(book).toHaveAttribute('rel', 'external');
    await book.click();
    await expect(page).toHaveURL(/\/book$/);
    await view.waitForApp();
    // A new document: the booking page started its own bundle, the form alone.
    expect(await view.wasmFiles()).toEqual([expect.stringMatching(/^\/portfolio-book-[0-9a-f]{16}_bg\.wasm$/)]);
    await expect(page.getByRole('button', { name: content('booking.json').submit })).toBeVisible();
  });

  test.describe('an unknown path', () => {
    test.use({ allowedDocumentStatuses: [404] });
    test('gets the 404 page, which starts the whole app, so it can route any path', async ({ page }) => {
      const view = new SitePage(page);
      await view.goto('/no-such-page');
      // Trunk names the whole app's files with its hash in hex without leading
      // zeros (15 digits one build in 16); the release step's own names have 16.
      expect(await view.wasmFiles()).toEqual([expect.stringMatching(/^\/portfolio-[0-9a-f]{12,16}_bg\.wasm$/)]);
      // Client-side navigation inside the whole app works from there.
      await page.getByRole('banner').getByRole('link', { name: new RegExp(`^${site.identity.name}`) }).click();
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(site.home.headline);
      expect(await view.wasmFiles()).toHaveLength(1);
    });
  });
});
