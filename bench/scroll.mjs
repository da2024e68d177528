// Scroll benchmark: scrolls the whole release home page (dist/) in headless
// Chromium, as a phone (375 px, 4x CPU slowdown) and a laptop (1280 px), while
// recording a Chromium performance trace, the Long Tasks API and layout shifts.
// Reports the longest main-thread task, the tasks over 50 ms and the layout
// shift (CLS) during the scroll, with every behaviour running (counters, live
// panel, explorer, accordion). A benchmark, not a test: it never fails a build.
//
//   node bench/scroll.mjs [--dist dist] [--port 4490] [--out bench/results/scroll.json]
//
// Traces go to target/bench-scroll/ (open them in Chrome DevTools' Performance tab).
import { spawn } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadavg } from 'node:os';
import { chromium } from '@playwright/test';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? process.argv[at + 1] : fallback;
};
const dist = arg('dist', 'dist');
const port = Number(arg('port', 4490));
const out = join(root, arg('out', 'bench/results/scroll.json'));
const traceDir = join(root, 'target', 'bench-scroll');

// Each profile also runs with reduced motion, where no behaviour animates: the
// difference between the two is what the behaviours cost.
const profiles = [
  { name: 'phone', width: 375, height: 812, cpuSlowdown: 4, mobile: true, motion: 'no-preference' },
  { name: 'phone', width: 375, height: 812, cpuSlowdown: 4, mobile: true, motion: 'reduce' },
  { name: 'laptop', width: 1280, height: 900, cpuSlowdown: 1, mobile: false, motion: 'no-preference' },
  { name: 'laptop', width: 1280, height: 900, cpuSlowdown: 1, mobile: false, motion: 'reduce' },
];

async function waitForServer(url) {
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {}
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`no server at ${url}`);
}

/** Main-thread tasks (ms) from a Chromium trace, within [start, end] in trace microseconds. */
function traceTasks(trace, startUs, endUs) {
  const events = trace.traceEvents ?? trace;
  const mainThreads = new Set(
    events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`),
  );
  return events
    .filter((e) => e.ph === 'X' && (e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask'))
    .filter((e) => mainThreads.has(`${e.pid}:${e.tid}`) && e.ts >= startUs && e.ts <= endUs)
    .map((e) => (e.dur ?? 0) / 1000);
}

async function run(browser, profile) {
  const context = await browser.newContext({
    viewport: { width: profile.width, height: profile.height },
    isMobile: profile.mobile,
    hasTouch: profile.mobile,
    reducedMotion: profile.motion,
  });
  const page = await context.newPage();
  await page.addInitScript(() => {
    const w = window;
    w.__bench = { longTasks: [], shifts: [] };
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__bench.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) w.__bench.shifts.push({ start: e.startTime, value: e.value, recent: e.hadRecentInput });
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: profile.cpuSlowdown });

  const loadStart = Date.now();
  await page.goto(`http://127.0.0.1:${port}/`);
  // The script runs the page, and everything below the first screen is shown (src/release.rs).
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready' && document.documentElement.dataset.laterStyles === undefined);
  const readyMs = Date.now() - loadStart;
  await page.waitForTimeout(2500); // let the start-up counters finish

  const tracePath = join(traceDir, `scroll-${profile.name}-${profile.motion}.json`);
  await browser.startTracing(page, {
    path: tracePath,
    categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'toplevel', 'blink.user_timing'],
  });
  const { from, height } = await page.evaluate(() => ({ from: performance.now(), height: document.documentElement.scrollHeight }));
  await page.mouse.move(profile.width / 2, profile.height / 2);
  // Wheel steps of 100 px every ~16 ms (about 6000 px/s), down to the bottom.
  for (let y = 0; y < height; y += 100) {
    await page.mouse.wheel(0, 100);
    await page.waitForTimeout(16);
  }
  await page.waitForTimeout(2500); // counters reached during the scroll finish
  const to = await page.evaluate(() => performance.now());
  await browser.stopTracing();

  const bench = await page.evaluate(() => window.__bench);
  const during = (e) => e.start >= from && e.start <= to;
  const longTasks = bench.longTasks.filter(during).map((t) => t.duration);
  const cls = bench.shifts.filter((s) => during(s) && !s.recent).reduce((sum, s) => sum + s.value, 0);
  const clsWholeVisit = bench.shifts.filter((s) => !s.recent).reduce((sum, s) => sum + s.value, 0);

  const trace = JSON.parse(await readFile(tracePath, 'utf8'));
  const events = trace.traceEvents ?? trace;
  const stamps = events.filter((e) => e.ph === 'X' && e.name === 'RunTask').map((e) => e.ts);
  const tasks = traceTasks(trace, Math.min(...stamps), Math.max(...stamps));
  // Script the behaviours run: animation frames, timers, observers and events.
  const mainThreads = new Set(events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
  const scripts = events
    .filter((e) => e.ph === 'X' && mainThreads.has(`${e.pid}:${e.tid}`))
    .filter((e) => ['FireAnimationFrame', 'TimerFire', 'FireIdleCallback', 'IntersectionObserverController::computeIntersections', 'EventDispatch'].includes(e.name))
    .map((e) => (e.dur ?? 0) / 1000);
  const shiftEvents = events.filter((e) => e.name === 'LayoutShift' && !e.args?.data?.had_recent_input);
  const traceCls = shiftEvents.reduce((sum, e) => sum + (e.args?.data?.weighted_score_delta ?? e.args?.data?.score ?? 0), 0);

  await context.close();
  const round = (n) => Math.round(n * 10) / 10;
  return {
    profile: profile.name,
    motion: profile.motion,
    viewport: `${profile.width}x${profile.height}`,
    cpuSlowdown: profile.cpuSlowdown,
    pageHeight: height,
    appReadyMs: readyMs,
    scrollMs: round(to - from),
    trace: {
      mainThreadTasks: tasks.length,
      longestTaskMs: round(Math.max(0, ...tasks)),
      tasksOver50ms: tasks.filter((d) => d > 50).length,
      layoutShift: Number(traceCls.toFixed(4)),
    },
    longTasksApi: { count: longTasks.length, longestMs: round(Math.max(0, ...longTasks)) },
    behaviourScript: { totalMs: round(scripts.reduce((a, b) => a + b, 0)), longestMs: round(Math.max(0, ...scripts)) },
    cls: Number(cls.toFixed(4)),
    clsWholeVisit: Number(clsWholeVisit.toFixed(4)),
  };
}

await mkdir(traceDir, { recursive: true });
const server = spawn('node', [join(root, 'tests/support/serve-dist.mjs'), '--dir', join(root, dist), '--port', String(port)], {
  stdio: 'ignore',
});
try {
  await waitForServer(`http://127.0.0.1:${port}/`);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
  });
  const results = [];
  for (const profile of profiles) results.push(await run(browser, profile));
  await browser.close();
  console.table(
    results.map((r) => ({
      profile: `${r.profile} ${r.viewport} cpu/${r.cpuSlowdown} motion:${r.motion}`,
      'longest task (ms)': r.trace.longestTaskMs,
      'tasks > 50 ms': r.trace.tasksOver50ms,
      'long tasks (API)': r.longTasksApi.count,
      'CLS while scrolling': r.cls,
      'CLS whole visit': r.clsWholeVisit,
      'frames+timers+IO (ms)': r.behaviourScript.totalMs,
      'longest of those': r.behaviourScript.longestMs,
    })),
  );
  const load = loadavg().map((l) => l.toFixed(1)).join(' ');
  console.log(`machine load average while measuring: ${load} (long tasks grow with other work on the machine)`);
  await writeFile(out, JSON.stringify({ date: new Date().toISOString(), loadAverage: loadavg(), results }, null, 2) + '\n');
  console.log(`wrote ${out}; traces in ${traceDir}`);
} finally {
  server.kill();
}
