// Release benchmark: sizes of dist/ (raw, gzip, brotli), and Lighthouse (mobile,
// default simulated throttling) on the site's pages (`/`, a case study and
// `/book`) and on two references: the same prerendered home page without its
// wasm start-up (its module script; the small inline scripts for the theme, the
// late styles and the speculation rules stay), and the owner's copy (content/site-copy.txt) as a bare HTML
// page with two lines of inline CSS and no script. Each page has budgets:
// Lighthouse 100 in all four categories, TBT 0 in every run, CLS 0, a first
// load of at most 120 KB brotli and an LCP at most 1.10x the bare copy's in the
// same runs. For each run it also prints which tasks its TBT counted and what
// they did (bench/tbt-attribution.mjs). Run through `make bench`, which builds
// the release first.
//
//   node bench/run.mjs [--runs 3] [--dist dist]   (ports: BENCH_PORT and the next two, default 4601)
import { spawn } from 'node:child_process';
import { cp, mkdir, readFile, readdir, rm, stat, writeFile, appendFile } from 'node:fs/promises';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
// Lighthouse's own simulator (the module instance it runs), for what each
// run's TBT counted.
import { Simulator } from '@paulirish/trace_engine/models/trace/lantern/simulation/Simulator.js';
import { countedTasks } from './tbt-attribution.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const runs = Number(arg('runs', 3));
const dist = join(root, arg('dist', 'dist'));
const referenceDir = join(root, 'target', 'bench-reference');
const bareDir = join(root, 'target', 'bench-bare-copy');
const LCP_RATIO_BUDGET = 1.1;
/** A first TCP congestion window of 10 segments of 1460 bytes, as Lighthouse's simulation models it. */
const FIRST_WINDOW_BYTES = 14600;
const resultsDir = join(root, 'bench', 'results');
const BUDGET_BROTLI = 120 * 1024;

const compressible = new Set(['.html', '.js', '.css', '.wasm', '.svg', '.json', '.xml', '.txt']);

async function walk(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await walk(path)));
    else out.push(path);
  }
  return out;
}

const brotli = (data) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
const gzip = (data) => gzipSync(data, { level: 9 });

/** Writes .br and .gz next to every compressible file, as a CDN would serve them. */
async function precompress(dir) {
  const sizes = [];
  for (const file of await walk(dir)) {
    const ext = extname(file);
    if (file.endsWith('.br') || file.endsWith('.gz')) continue;
    const raw = await readFile(file);
    const row = { file: relative(dir, file), raw: raw.length, gzip: null, brotli: null };
    if (compressible.has(ext)) {
      const br = brotli(raw);
      const gz = gzip(raw);
      await writeFile(file + '.br', br);
      await writeFile(file + '.gz', gz);
      row.brotli = br.length;
      row.gzip = gz.length;
    }
    sizes.push(row);
  }
  return sizes.sort((a, b) => b.raw - a.raw);
}

/** The pages measured, with the HTML file a first visit downloads. */
const firstStudy = JSON.parse(await readFile(join(root, 'content/case-studies.json'), 'utf8')).case_studies[0].slug;
const pages = [
  { path: '/', html: 'index.html' },
  { path: `/case-studies/${firstStudy}`, html: `case-studies/${firstStudy}/index.html` },
  { path: '/book', html: 'book/index.html' },
];

/** The files a first visit to a page downloads: its HTML and what it references. */
async function firstLoadFiles(dir, page) {
  const html = await readFile(join(dir, page), 'utf8');
  const refs = new Set([page]);
  for (const m of html.matchAll(/(?:href=|src=|from |import\(|Request\()\s*['"]\/?([^'"]+\.(?:css|js|wasm))['"]/g)) {
    refs.add(m[1].replace(/^\//, ''));
  }
  return [...refs];
}

/** The same prerendered home page without its module script (the wasm start-up); its inline classic scripts stay. */
async function buildReference() {
  await rm(referenceDir, { recursive: true, force: true });
  await cp(dist, referenceDir, { recursive: true });
  let html = await readFile(join(dist, 'index.html'), 'utf8');
  html = html
    .replace(/<script type="module">[\s\S]*?<\/script>/g, '')
    .replace(/<link rel="modulepreload"[^>]*>/g, '')
    .replace(/<link rel="preload"[^>]*as="fetch"[^>]*>/g, '');
  await writeFile(join(referenceDir, 'index.html'), html);
  for (const file of await walk(referenceDir)) {
    if (file.endsWith('index.html.br') || file.endsWith('index.html.gz')) await rm(file);
  }
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The owner's copy as a bare HTML page: two lines of inline CSS, no script,
 * no other file. Its first block is the name, its second the headline (h1),
 * every other block a paragraph. The limit the site's first paint is held to.
 */
async function buildBareCopy() {
  await rm(bareDir, { recursive: true, force: true });
  await mkdir(bareDir, { recursive: true });
  const blocks = (await readFile(join(root, 'content/site-copy.txt'), 'utf8'))
    .split(/\n\s*\n/)
    .map((block) => block.trim().split('\n').map(escapeHtml).join('<br>'))
    .filter(Boolean);
  const body = blocks.map((block, i) => (i === 1 ? `<h1>${block}</h1>` : `<p>${block}</p>`)).join('\n');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${blocks[0].replace(/<br>/g, ' ')}</title><meta name="description" content="${blocks[2].replace(/<br>/g, ' ')}">
<style>body{font:1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:0 auto;padding:1rem}
h1{font-size:2.2rem;line-height:1.15}</style></head>
<body><main>
${body}
</main></body></html>
`;
  await writeFile(join(bareDir, 'index.html'), html);
}

function serve(dir, port) {
  const child = spawn(process.execPath, [join(root, 'tests/support/serve-dist.mjs'), '--dir', dir, '--port', String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return new Promise((resolve) => child.stdout.once('data', () => resolve(child)));
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};

async function audit(url, chrome, attempt = 1) {
  Simulator.allNodeTimings.clear();
  const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' });
  const lhr = result.lhr;
  // Lighthouse sometimes loses the trace of a load (e.g. NO_NAVSTART) and
  // says to run it again; such a run has no metrics, so it is repeated.
  if (lhr.runtimeError && attempt < 3) {
    process.stderr.write(`lighthouse: ${lhr.runtimeError.code} on ${url}, running it again\n`);
    return audit(url, chrome, attempt + 1);
  }
  const score = (id) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const value = (id) => lhr.audits[id]?.numericValue ?? NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    bestPractices: score('best-practices'),
    seo: score('seo'),
    fcpMs: value('first-contentful-paint'),
    lcpMs: value('largest-contentful-paint'),
    tbtMs: value('total-blocking-time'),
    // The tasks that TBT counted, and what each did (bench/tbt-attribution.mjs).
    tbtTasks: countedTasks(Simulator.allNodeTimings),
    cls: value('cumulative-layout-shift'),
    transferBytes: value('total-byte-weight'),
    // Lighthouse's measure of this machine's CPU at the time of the run
    // (higher is faster), so runs on other machines or days can be told apart.
    benchmarkIndex: Math.round(lhr.environment?.benchmarkIndex ?? NaN),
    // The page's own response, headers included: within a phone's first TCP
    // window (FIRST_WINDOW_BYTES) it arrives in one round trip.
    documentBytes: lhr.audits['network-requests']?.details?.items?.find((r) => r.resourceType === 'Document')?.transferSize ?? NaN,
    failing: Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual' && a.scoreDisplayMode !== 'notApplicable')
      .map((a) => a.id),
  };
}

function summarize(samples) {
  const keys = ['performance', 'accessibility', 'bestPractices', 'seo', 'fcpMs', 'lcpMs', 'tbtMs', 'cls', 'transferBytes', 'documentBytes'];
  const out = Object.fromEntries(keys.map((k) => [k, median(samples.map((s) => s[k]))]));
  out.failing = [...new Set(samples.flatMap((s) => s.failing))];
  out.tbtRuns = samples.map((s) => s.tbtMs);
  out.tbtTasksRuns = samples.map((s) => s.tbtTasks);
  out.lcpRuns = samples.map((s) => s.lcpMs);
  out.benchmarkIndexRuns = samples.map((s) => s.benchmarkIndex);
  return out;
}

const kb = (n) => (n == null ? '-' : (n / 1024).toFixed(1));
const pad = (s, n) => String(s).padEnd(n);
const lpad = (s, n) => String(s).padStart(n);

/** A page's first load: its files and their totals. */
async function firstLoadOf(page, sizes) {
  const files = await firstLoadFiles(dist, page.html);
  const first = sizes.filter((s) => files.includes(s.file));
  return {
    files,
    raw: first.reduce((n, s) => n + s.raw, 0),
    gzip: first.reduce((n, s) => n + (s.gzip ?? s.raw), 0),
    brotli: first.reduce((n, s) => n + (s.brotli ?? s.raw), 0),
    budgetBrotli: BUDGET_BROTLI,
  };
}

/** Which budgets a page's median misses (Lighthouse 100 x4, TBT 0, CLS 0, first load). */
function missedBudgets(summary, firstLoad) {
  const missed = [];
  for (const key of ['performance', 'accessibility', 'bestPractices', 'seo']) if (summary[key] < 100) missed.push(`${key} ${summary[key]}`);
  const worstTbt = Math.max(...summary.tbtRuns);
  if (worstTbt > 0) missed.push(`TBT ${Math.round(worstTbt)} ms in a run`);
  if (summary.lcpRatio > LCP_RATIO_BUDGET) missed.push(`LCP ${summary.lcpRatio.toFixed(2)}x the bare copy`);
  if (summary.cls > 0) missed.push(`CLS ${summary.cls.toFixed(3)}`);
  if (firstLoad.brotli > BUDGET_BROTLI) missed.push(`first load ${kb(firstLoad.brotli)} KB`);
  return missed;
}

async function main() {
  await stat(join(dist, 'index.html')).catch(() => {
    throw new Error(`no ${dist}/index.html: build the release first (make bench does)`);
  });
  const sizes = await precompress(dist);
  const firstLoads = {};
  for (const page of pages) firstLoads[page.path] = await firstLoadOf(page, sizes);
  await buildReference();
  await buildBareCopy();

  const sitePort = Number(process.env.BENCH_PORT ?? 4601);
  const referencePort = sitePort + 1;
  const barePort = sitePort + 2;
  const servers = [await serve(dist, sitePort), await serve(referenceDir, referencePort), await serve(bareDir, barePort)];
  const chrome = await chromeLauncher.launch({
    chromePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const samples = Object.fromEntries(pages.map((p) => [p.path, []]));
  const reference = [];
  const bare = [];
  try {
    for (let i = 0; i < runs; i++) {
      // Interleaved so that every page sees the same machine load.
      for (const page of pages) samples[page.path].push(await audit(`http://127.0.0.1:${sitePort}${page.path}`, chrome));
      reference.push(await audit(`http://127.0.0.1:${referencePort}/`, chrome));
      bare.push(await audit(`http://127.0.0.1:${barePort}/`, chrome));
      process.stderr.write(`lighthouse run ${i + 1}/${runs} done\n`);
    }
  } finally {
    await chrome.kill();
    servers.forEach((s) => s.kill());
  }
  const summaries = Object.fromEntries(pages.map((p) => [p.path, summarize(samples[p.path])]));
  const referenceSummary = summarize(reference);
  const bareSummary = summarize(bare);
  const home = summaries['/'];
  // Each page's LCP against the bare copy's, in the same runs.
  for (const page of pages) summaries[page.path].lcpRatio = summaries[page.path].lcpMs / bareSummary.lcpMs;

  console.log('\nFiles in dist/ (KB)');
  console.log(`${pad('file', 48)}${lpad('raw', 9)}${lpad('gzip', 9)}${lpad('brotli', 9)}  first load of`);
  for (const s of sizes) {
    const of = pages.filter((p) => firstLoads[p.path].files.includes(s.file)).map((p) => p.path).join(' ');
    console.log(`${pad(s.file, 48)}${lpad(kb(s.raw), 9)}${lpad(kb(s.gzip), 9)}${lpad(kb(s.brotli), 9)}  ${of}`);
  }
  for (const page of pages) {
    const t = firstLoads[page.path];
    console.log(`${pad(`first load of ${page.path} (HTML+CSS+JS+wasm)`, 48)}${lpad(kb(t.raw), 9)}${lpad(kb(t.gzip), 9)}${lpad(kb(t.brotli), 9)}  budget ${kb(BUDGET_BROTLI)} brotli: ${t.brotli <= BUDGET_BROTLI ? 'within' : 'OVER'}`);
  }

  console.log(`\nLighthouse mobile, median of ${runs} (TBT of each run in brackets)`);
  const rows = [
    ['Performance', 'performance', (v) => v],
    ['Accessibility', 'accessibility', (v) => v],
    ['Best Practices', 'bestPractices', (v) => v],
    ['SEO', 'seo', (v) => v],
    ['FCP (ms)', 'fcpMs', (v) => Math.round(v)],
    ['LCP (ms)', 'lcpMs', (v) => Math.round(v)],
    ['TBT (ms)', 'tbtMs', (v) => Math.round(v)],
    ['CLS', 'cls', (v) => v.toFixed(3)],
    ['Transfer (KB)', 'transferBytes', (v) => kb(v)],
    ['HTML+headers B', 'documentBytes', (v) => Math.round(v)],
  ];
  const short = (path) => (path.length > 14 ? `…${path.slice(-13)}` : path);
  console.log(`${pad('', 16)}${pages.map((p) => lpad(short(p.path), 16)).join('')}${lpad('home, no wasm', 14)}${lpad('bare copy', 12)}`);
  for (const [label, key, fmt] of rows) {
    console.log(`${pad(label, 16)}${pages.map((p) => lpad(fmt(summaries[p.path][key]), 16)).join('')}${lpad(fmt(referenceSummary[key]), 14)}${lpad(fmt(bareSummary[key]), 12)}`);
  }
  const perRun = (summary, key) => `[${summary[key].map((v) => Math.round(v)).join(',')}]`;
  console.log(`${pad('TBT per run', 16)}${pages.map((p) => lpad(perRun(summaries[p.path], 'tbtRuns'), 16)).join('')}${lpad(perRun(referenceSummary, 'tbtRuns'), 14)}${lpad(perRun(bareSummary, 'tbtRuns'), 12)}`);
  console.log(`${pad('LCP per run', 16)}${pages.map((p) => lpad(perRun(summaries[p.path], 'lcpRuns'), 16)).join('')}${lpad(perRun(referenceSummary, 'lcpRuns'), 14)}${lpad(perRun(bareSummary, 'lcpRuns'), 12)}`);
  console.log(`${pad('CPU index/run', 16)}${pages.map((p) => lpad(perRun(summaries[p.path], 'benchmarkIndexRuns'), 16)).join('')}${lpad(perRun(referenceSummary, 'benchmarkIndexRuns'), 14)}${lpad(perRun(bareSummary, 'benchmarkIndexRuns'), 12)}`);
  // What each run's TBT was made of: the task, its simulated length, the part counted.
  for (const [name, summary] of [...pages.map((p) => [p.path, summaries[p.path]]), ['home, no wasm', referenceSummary], ['bare copy', bareSummary]]) {
    summary.tbtTasksRuns.forEach((tasks, i) => {
      if (tasks.length) console.log(`  TBT of ${name}, run ${i + 1}: ${tasks.map((t) => `${t.what}, ${t.simulatedMs} ms simulated, ${Math.round(t.blockingMs)} counted`).join('; ')}`);
    });
  }
  console.log(`(CPU index: Lighthouse's benchmarkIndex of this machine at each run, higher is faster: tells machines and days apart)`);
  console.log(`(HTML+headers: the page's own response; within ${FIRST_WINDOW_BYTES} bytes, a phone's first TCP window of 10 segments, it arrives in one round trip)`);
  console.log(`${pad('LCP / bare copy', 16)}${pages.map((p) => lpad(summaries[p.path].lcpRatio.toFixed(2), 16)).join('')}${lpad(`(budget ${LCP_RATIO_BUDGET.toFixed(2)})`, 14)}`);
  // Against the scriptless home page, as recorded before the bare copy existed.
  const lcpRatio = home.lcpMs / referenceSummary.lcpMs;
  const budgets = {};
  for (const page of pages) {
    const missed = missedBudgets(summaries[page.path], firstLoads[page.path]);
    budgets[page.path] = missed;
    console.log(`budgets of ${page.path}: ${missed.length ? `MISSED: ${missed.join(', ')}` : 'all met (100 x4, TBT 0 in every run, CLS 0, first load, LCP ratio)'}`);
    if (summaries[page.path].failing.length) console.log(`  audits not at full score: ${summaries[page.path].failing.join(', ')}`);
  }

  const record = {
    date: new Date().toISOString(),
    runs,
    // `/` under its old keys, so older history lines compare.
    firstLoad: firstLoads['/'],
    files: sizes,
    site: { median: home, samples: samples['/'] },
    pages: Object.fromEntries(pages.map((p) => [p.path, { firstLoad: firstLoads[p.path], median: summaries[p.path], samples: samples[p.path], missedBudgets: budgets[p.path] }])),
    reference: { median: referenceSummary, samples: reference },
    bareCopy: { median: bareSummary, samples: bare },
    lcpRatio,
  };
  await mkdir(resultsDir, { recursive: true });
  const latest = join(resultsDir, 'latest.json');
  const previous = await readFile(latest, 'utf8').then(JSON.parse).catch(() => null);
  await writeFile(latest, JSON.stringify(record, null, 2) + '\n');
  const tbtRuns = (list) => list.map((s) => s.tbtMs);
  await appendFile(
    join(resultsDir, 'history.jsonl'),
    JSON.stringify({
      ...record,
      files: undefined,
      site: { median: home },
      pages: Object.fromEntries(pages.map((p) => [p.path, { firstLoad: firstLoads[p.path], median: summaries[p.path], tbtRuns: tbtRuns(samples[p.path]), missedBudgets: budgets[p.path] }])),
      reference: { median: referenceSummary },
      bareCopy: { median: bareSummary },
    }) + '\n',
  );
  if (previous) {
    for (const page of pages) {
      const before = previous.pages?.[page.path] ?? (page.path === '/' ? { firstLoad: previous.firstLoad, median: previous.site.median } : null);
      if (!before) continue;
      const delta = firstLoads[page.path].brotli - before.firstLoad.brotli;
      console.log(`Since the previous run (${previous.date}), ${page.path}: first load brotli ${delta >= 0 ? '+' : ''}${kb(delta)} KB, LCP ${Math.round(summaries[page.path].lcpMs - before.median.lcpMs)} ms, TBT ${Math.round(summaries[page.path].tbtMs - before.median.tbtMs)} ms`);
    }
  }
  console.log(`\nWrote ${relative(root, latest)} and appended to bench/results/history.jsonl`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
