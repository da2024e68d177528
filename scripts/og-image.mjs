// Renders the 1200×630 link-preview picture (assets/og-image.png) from the
// content, in Debian's Chromium. Run after changing the name, role, headline
// or headline stats:  node scripts/og-image.mjs
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const site = JSON.parse(readFileSync(join(root, 'content/site.json'), 'utf8'));
const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);
const headline = escape(site.home.headline).replace(
  escape(site.hero.headline_highlight),
  `<em>${escape(site.hero.headline_highlight)}</em>`,
);
const stats = site.stats
  .slice(0, 4)
  .map((s) => `<li><b>${escape(s.figure)}</b><span>${escape(s.label)}</span></li>`)
  .join('');

const html = `<!doctype html><html><head><style>
  * { box-sizing: border-box; margin: 0; }
  body { width: 1200px; height: 630px; background: #0b1220; color: #e6edf7;
    font-family: system-ui, "DejaVu Sans", sans-serif; padding: 64px 72px; display: flex; flex-direction: column; }
  .grid { position: absolute; inset: 0; background-image: linear-gradient(#1b2740 1px, transparent 1px),
    linear-gradient(90deg, #1b2740 1px, transparent 1px); background-size: 40px 40px; opacity: .55; }
  header, h1, ul { position: relative; }
  header { font: 600 26px ui-monospace, "DejaVu Sans Mono", monospace; color: #5eead4; }
  header span { color: #94a3b8; }
  h1 { margin-top: 44px; font-size: 64px; line-height: 1.08; letter-spacing: -1.5px; max-width: 980px; font-weight: 800; }
  em { font-style: normal; color: #5eead4; }
  ul { margin-top: auto; display: flex; gap: 20px; list-style: none; padding: 0; }
  li { flex: 1; border: 1px solid #2a3a5c; border-radius: 14px; padding: 18px 20px; background: #0f1a2e; }
  b { display: block; font-size: 38px; font-variant-numeric: tabular-nums; }
  li span { color: #94a3b8; font-size: 19px; }
</style></head><body><div class="grid"></div>
  <header>// ${escape(site.identity.name)} <span>· ${escape(site.identity.role)}</span></header>
  <h1>${headline}</h1>
  <ul>${stats}</ul>
</body></html>`;

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
const page = await browser.newPage({ viewport: { width: 1200, height: 630 } });
await page.setContent(html);
await page.screenshot({ path: join(root, 'assets/og-image.png') });
await browser.close();
console.log('wrote assets/og-image.png');
