// Click to the next page's heading, in Chromium (Puppeteer: under Playwright's
// CDP session Chromium does not prerender, "PrerenderingDisabledByDevTools";
// headless Chromium driven by Puppeteer does). From the home page, a case
// study card's link is clicked either after the pointer rested on it for a
// second (the speculation rules prerender the page on that intent) or at
// once (the pointer arrives and presses: at most the pointerdown's head start),
// and rested again with reduced motion, where the pages make no view
// transition (style/main.css): what the transition itself adds to a move.
//
// The click's time is the press's own event time (pointerdown's timeStamp,
// when the browser took the input, as the visitor pressed), which the home
// page keeps in localStorage for the next page's clock to compare; the heading's is when the next page first painted (its first contentful paint,
// which holds the heading) or, for a prerendered page painted before it was
// shown, when it was shown (activationStart): both as absolute times
// (performance.timeOrigin + …), so the two documents compare. Each move runs
// in a fresh browser. Goal: at most 100 ms from the click.
//
//   node bench/navigation.mjs [--dist dist] [--runs 5]   (port: BENCH_PORT + 3, default 4604)
import { spawn } from 'node:child_process';
import { appendFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PuppeteerDriver, pageReady, until } from '../tests/cross-engine/drivers.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const dist = join(root, arg('dist', 'dist'));
const runs = Number(arg('runs', 5));
const port = Number(process.env.BENCH_PORT ?? 4601) + 3;
const origin = `http://127.0.0.1:${port}`;
const GOAL_MS = 100;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

const site = JSON.parse(await readFile(join(root, 'content/site.json'), 'utf8'));
const study = JSON.parse(await readFile(join(root, 'content/case-studies.json'), 'utf8')).case_studies[0];
const linkName = `${site.case_studies.card_link}: ${study.title}`;

/**
 * One move from / to the case study: ms from the click to the heading's paint,
 * and whether it was prerendered. With `reducedMotion`, the pages make no view
 * transition (style/main.css): what the transition itself costs a move.
 */
async function move(rest, reducedMotion = false) {
  const args = ['--no-sandbox', '--disable-gpu', ...(reducedMotion ? ['--force-prefers-reduced-motion'] : [])];
  const d = await PuppeteerDriver.launch(origin, { executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', args });
  try {
    await d.goto('/');
    await until(() => d.run(pageReady), 'the home page runs');
    const link = `[...document.querySelectorAll('a')].find((a) => a.getAttribute('aria-label') === ${JSON.stringify(linkName)})`;
    await d.run(`${link}.scrollIntoView({ block: 'center' })`);
    await sleep(300);
    if (rest) {
      await d.hover(link);
      await sleep(1500);
    }
    // The press's absolute time, from its event (the driver's own round trip
    // to deliver it is not the visitor's wait).
    await d.run(`addEventListener('pointerdown', (e) => localStorage.setItem('bench-press-at', String(performance.timeOrigin + e.timeStamp)), { capture: true, once: true })`);
    await d.click(link);
    const shown = await until(
      () =>
        d.runAt(study.slug, `(() => {
          const nav = performance.getEntriesByType('navigation')[0];
          const paint = performance.getEntriesByName('first-contentful-paint')[0];
          return location.pathname.includes(${JSON.stringify(study.slug)}) && paint
            && { headingAt: performance.timeOrigin + Math.max(paint.startTime, nav.activationStart ?? 0), prerendered: nav.activationStart > 0,
                 pressAt: Number(localStorage.getItem('bench-press-at')) };
        })()`),
      'the case study is shown',
    );
    if (!shown.pressAt) throw new Error('the press was not recorded');
    return { ms: shown.headingAt - shown.pressAt, prerendered: shown.prerendered };
  } finally {
    await d.close();
  }
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const server = spawn(process.execPath, [join(root, 'tests/support/serve-dist.mjs'), '--dir', dist, '--port', String(port)], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((resolve) => server.stdout.once('data', resolve));
const results = { rest: [], direct: [], restReducedMotion: [] };
try {
  for (let i = 0; i < runs; i++) {
    // Interleaved, so both see the same machine load.
    results.rest.push(await move(true));
    results.direct.push(await move(false));
    results.restReducedMotion.push(await move(true, true));
  }
} finally {
  server.kill();
}

const record = { date: new Date().toISOString(), runs, from: '/', to: `/case-studies/${study.slug}`, goalMs: GOAL_MS };
console.log(`\nClick to the next page's heading, / -> /case-studies/${study.slug}, Chromium, ${runs} runs each (ms)`);
for (const [key, label] of [['rest', 'pointer rested on the link 1 s'], ['direct', 'clicked at once'], ['restReducedMotion', 'rested, reduced motion (no view transition)']]) {
  const ms = results[key].map((r) => r.ms);
  const prerendered = results[key].filter((r) => r.prerendered).length;
  record[key] = { medianMs: median(ms), runsMs: ms, prerendered };
  console.log(`${label.padEnd(43)} median ${Math.round(median(ms))}  runs [${ms.map(Math.round).join(', ')}]  prerendered ${prerendered}/${runs}  ${median(ms) <= GOAL_MS ? 'within' : 'OVER'} the ${GOAL_MS} ms goal`);
}
const resultsDir = join(root, 'bench', 'results');
await mkdir(resultsDir, { recursive: true });
await writeFile(join(resultsDir, 'navigation.json'), JSON.stringify(record, null, 2) + '\n');
await appendFile(join(resultsDir, 'navigation-history.jsonl'), JSON.stringify(record) + '\n');
console.log('Wrote bench/results/navigation.json and appended to bench/results/navigation-history.jsonl');
