// Renders 1200×630 link-preview pictures from the content, in Debian's Chromium.
//
//   node scripts/og-image.mjs              the home page's, assets/og-image.png (committed;
//                                          run after changing the name, role, headline or stats)
//   node scripts/og-image.mjs --pages DIR  one per case study and building block, into
//                                          DIR/assets/og/<route>.png: the release build runs
//                                          this (Trunk.toml), and the release step names
//                                          them in each page's og:image (src/release.rs)
import { mkdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const load = (file) => JSON.parse(readFileSync(join(root, 'content', file), 'utf8'));
const site = load('site.json');
const escape = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

const style = `
  * { box-sizing: border-box; margin: 0; }
  body { width: 1200px; height: 630px; background: #0b1220; color: #e6edf7;
    font-family: system-ui, "DejaVu Sans", sans-serif; padding: 64px 72px; display: flex; flex-direction: column; }
  .grid { position: absolute; inset: 0; background-image: linear-gradient(#1b2740 1px, transparent 1px),
    linear-gradient(90deg, #1b2740 1px, transparent 1px); background-size: 40px 40px; opacity: .55; }
  header, h1, ul, p { position: relative; }
  header { font: 600 26px ui-monospace, "DejaVu Sans Mono", monospace; color: #5eead4; }
  header span { color: #94a3b8; }
  .kind { margin-top: 40px; font: 600 24px ui-monospace, "DejaVu Sans Mono", monospace; color: #94a3b8; }
  .kind i { font-style: normal; display: inline-block; min-width: 44px; padding: 2px 10px; margin-right: 12px;
    border-radius: 8px; background: #5eead4; color: #0b1220; text-align: center; }
  h1 { margin-top: 44px; font-size: 64px; line-height: 1.08; letter-spacing: -1.5px; max-width: 1000px; font-weight: 800; }
  .kind + h1 { margin-top: 18px; font-size: 58px; }
  .lead { margin-top: 22px; font-size: 27px; line-height: 1.35; color: #b6c2d4; max-width: 1000px; }
  em { font-style: normal; color: #5eead4; }
  ul { margin-top: auto; display: flex; gap: 20px; list-style: none; padding: 0; }
  li { flex: 1; border: 1px solid #2a3a5c; border-radius: 14px; padding: 18px 20px; background: #0f1a2e; }
  b { display: block; font-size: 38px; font-variant-numeric: tabular-nums; }
  li span { color: #94a3b8; font-size: 19px; }
  .next { margin-top: auto; font: 600 20px ui-monospace, "DejaVu Sans Mono", monospace; color: #94a3b8; }
  .next + ul { margin-top: 14px; }
  .flows li { flex: 0 1 auto; font-size: 22px; }
  .flows li b { display: inline; font: 700 22px ui-monospace, "DejaVu Sans Mono", monospace; color: #5eead4; margin-right: 8px; }
`;

const page = (body) =>
  `<!doctype html><html><head><style>${style}</style></head><body><div class="grid"></div>
  <header>// ${escape(site.identity.name)} <span>· ${escape(site.identity.role)}</span></header>${body}</body></html>`;

const tiles = (stats) => `<ul>${stats.map((s) => `<li><b>${escape(s.figure)}</b><span>${escape(s.label)}</span></li>`).join('')}</ul>`;

/** The home page: headline and headline figures. */
function homeCard() {
  const headline = escape(site.home.headline).replace(
    escape(site.hero.headline_highlight),
    `<em>${escape(site.hero.headline_highlight)}</em>`,
  );
  return page(`<h1>${headline}</h1>${tiles(site.stats.slice(0, 4))}`);
}

/** A case study: its context, title and its figures. */
function caseStudyCard(study) {
  return page(
    `<p class="kind">${escape(site.case_study_page.eyebrow)} · ${escape(study.context)}</p><h1>${escape(study.title)}</h1>` +
      `<p class="lead">${escape(study.summary)}</p>${tiles(study.metrics)}`,
  );
}

/** A building block: its letter, title, summary and where a request goes next. */
function blockCard(block, blocks) {
  const next = block.flows_to
    .map((flow) => blocks.find((b) => b.slug === flow.to))
    .filter(Boolean)
    .map((b) => `<li><b>${escape(b.letter)}</b>${escape(b.title)}</li>`)
    .join('');
  return page(
    `<p class="kind"><i>${escape(block.letter)}</i>${escape(site.architecture_page.eyebrow)}</p><h1>${escape(block.title)}</h1>` +
      `<p class="lead">${escape(block.summary)}</p>` +
      (next ? `<p class="next">→ ${escape(site.architecture_page.flows_heading)}</p><ul class="flows">${next}</ul>` : ''),
  );
}

/** Every picture to render: [path, html]. */
function pictures(args) {
  const at = args.indexOf('--pages');
  if (at < 0) return [[join(root, 'assets/og-image.png'), homeCard()]];
  const out = args[at + 1];
  if (!out) throw new Error('usage: node scripts/og-image.mjs [--pages DIR]');
  const blocks = load('architecture.json').blocks;
  return [
    ...load('case-studies.json').case_studies.map((s) => [join(out, 'assets/og/case-studies', `${s.slug}.png`), caseStudyCard(s)]),
    ...blocks.map((b) => [join(out, 'assets/og/architecture', `${b.slug}.png`), blockCard(b, blocks)]),
  ];
}

const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
});
try {
  const tab = await browser.newPage({ viewport: { width: 1200, height: 630 } });
  for (const [path, html] of pictures(process.argv.slice(2))) {
    mkdirSync(dirname(path), { recursive: true });
    await tab.setContent(html);
    await tab.screenshot({ path });
    console.log(`wrote ${path}`);
  }
} finally {
  await browser.close();
}
