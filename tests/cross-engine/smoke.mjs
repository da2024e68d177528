// Cross-engine smoke suite, run by `make test` after Playwright: the site on
// engines other than Chromium, where speculation rules and view transitions
// do not exist and everything must still work. In Firefox (Debian's
// firefox-esr, over WebDriver BiDi with puppeteer-core) and in WebKit
// (WebKitGTK's MiniBrowser under Xvfb, over WebKitWebDriver): the home page's
// behaviours, the explorer from the URL, the accordion, /book's validation
// and one booking to the loopback endpoint. Then, in Chromium (Puppeteer:
// Playwright's CDP session keeps Chromium from prerendering), a page
// prerendered on hover is shown on click, and its counters start only then.
//
//   node tests/cross-engine/smoke.mjs [firefox] [webkit] [chromium]   (SMOKE_ONLY=<part of a check's name>)
//
// Serves dist/ on E2E_PORT (default 4173) and the booking endpoint two ports
// up (BOOKING_MOCK_PORT), the one dist/ was built to post to.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { PuppeteerDriver, WebDriverDriver, pageReady, until } from './drivers.mjs';

const port = Number(process.env.E2E_PORT ?? 4173);
const mockPort = Number(process.env.BOOKING_MOCK_PORT ?? port + 2);
const origin = `http://127.0.0.1:${port}`;
const mock = `http://127.0.0.1:${mockPort}`;
const content = (file) => JSON.parse(readFileSync(new URL(`../../content/${file}`, import.meta.url), 'utf8'));
const site = content('site.json');
const booking = content('booking.json');
const blocks = content('architecture.json').blocks;
const questions = content('questions.json').questions;
const studies = content('case-studies.json').case_studies;
const J = JSON.stringify;

// In-page helpers, found by role and accessible name as the copy gives them.
const helpers = `
  const text = (el) => (el?.textContent ?? '').replace(/\\s+/g, ' ').trim();
  const byLabel = (label) => [...document.querySelectorAll('[aria-label]')].find((el) => el.getAttribute('aria-label') === label);
  const button = (name) => [...document.querySelectorAll('button')].find((b) => text(b) === name);
  const field = (label, scope = document) => [...scope.querySelectorAll('label')].find((l) => text(l) === label)?.control;
  const windowGroup = (n) => [...document.querySelectorAll('fieldset')].find((f) => text(f.querySelector('legend')).startsWith(${J(booking.windows.window)}.replace('{n}', n)));
  const visible = (el) => !!el && !el.closest('[hidden]') && el.getBoundingClientRect().height > 0;
  const set = (el, value) => {
    if (el.tagName === 'SELECT') el.value = [...el.options].find((o) => o.label === value || o.value === value).value;
    else el.value = value;
    el.dispatchEvent(new Event('input', { bubbles: true }));
    el.dispatchEvent(new Event('change', { bubbles: true }));
  };
`;
const page = (body) => `(() => { ${helpers} ${body} })()`;

const checks = {
  async 'home: stats count up, the live panel moves'(d) {
    // Arrive at the questions, far below the hero, so the stats have not
    // counted yet (a slow engine can finish a count before its first poll).
    await d.goto('/#questions');
    await until(() => d.run(pageReady), 'the page script runs');
    // Watch the hero stats, then bring them into view.
    await d.run(
      page(`
        const list = byLabel(${J(site.hero.stats_label)});
        const box = list.getBoundingClientRect();
        if (box.bottom > 0 && box.top < innerHeight) throw new Error('the hero stats were in view before the check watched them');
        window.__seen = [];
        new MutationObserver(() => list.querySelectorAll('.count-up__live').forEach((el) => window.__seen.push(el.textContent)))
          .observe(list, { subtree: true, characterData: true, childList: true });
        list.scrollIntoView({ block: 'center' });
        return true;`),
    );
    await until(
      () =>
        d.run(
          page(`
            const figures = [...byLabel(${J(site.hero.stats_label)}).querySelectorAll('[aria-hidden="true"]')];
            const finals = figures.map((f) => text(f.firstElementChild));
            const atRest = figures.every((f) => text(f.lastElementChild) === text(f.firstElementChild));
            return atRest && window.__seen.some((seen) => !finals.includes(seen.trim()));`),
        ),
      'the hero stats counted up and rest on their figures',
    );
    const before = await d.run(
      page(`
        const values = [...document.querySelectorAll('.live-value')];
        values[0].scrollIntoView({ block: 'center' });
        return values.map(text);`),
    );
    await until(
      () => d.run(page(`return JSON.stringify([...document.querySelectorAll('.live-value')].map(text)) !== ${J(J(before))};`)),
      'a live panel value moved',
    );
  },

  async 'the explorer selects the block in the URL'(d) {
    const block = blocks[2];
    await d.goto(`/?block=${block.slug}`);
    await until(() => d.run(pageReady), 'the page script runs');
    await until(
      () =>
        d.run(
          page(`
            const current = [...document.querySelectorAll('a[aria-current="true"]')];
            return current.length === 1 && text(current[0]).includes(${J(block.title)})
              && text(document.querySelector('.explorer__detail')).includes(${J(block.summary)});`),
        ),
      `block ${block.slug} selected with its summary`,
    );
  },

  async 'the header link to the questions lands them just below the header, and stays'(d) {
    // The architecture section above them is skipped until near the viewport
    // where the engine anchors scrolling (content-visibility), so drawing it
    // after the jump must not move the questions away.
    const link = site.nav.links.find((l) => l.href.endsWith('#questions'));
    const target = link.href.split('#')[1];
    await d.goto('/');
    await until(() => d.run(pageReady), 'the page script runs');
    await d.run(
      page(`
        const nav = byLabel(${J(site.nav.label)});
        [...nav.querySelectorAll('a')].find((a) => text(a) === ${J(link.label)}).click();
        return true;`),
    );
    await landsBelowHeader(d, target, 'the questions');
  },

  async 'a link to a question opens it just below the header, on arrival and later'(d) {
    const [first, later] = [questions[3], questions[2]];
    await d.goto(`/#${first.slug}`);
    await until(() => d.run(pageReady), 'the page script runs');
    await until(() => d.run(page(`return button(${J(first.question)}).getAttribute('aria-expanded') === 'true';`)), 'the linked question is open');
    await landsBelowHeader(d, first.slug, 'the linked question');
    await d.run(`(() => { location.hash = ${J(later.slug)}; return true; })()`);
    await until(() => d.run(page(`return button(${J(later.question)}).getAttribute('aria-expanded') === 'true';`)), 'the question linked later is open');
    await landsBelowHeader(d, later.slug, 'the question linked later');
  },

  async 'a reload keeps the place in the page, with every section and the page script'(d) {
    // The browser restores the place only if the sections below the hero are
    // laid out, and Firefox reports no first paint for a page opened scrolled,
    // which the loaders wait for (src/release.rs, Trunk.toml).
    const place = `Math.round(document.getElementById('case-studies').getBoundingClientRect().top + scrollY) - 120`;
    await d.goto('/');
    await until(() => d.run(pageReady), 'the page script runs');
    const wanted = await d.run(`(() => { const y = ${place}; scrollTo(0, y); return y; })()`);
    await until(async () => Math.abs((await d.run('Math.round(scrollY)')) - wanted) <= 1, 'the page is scrolled down');
    await d.reload();
    await until(() => d.run(pageReady), 'the page script runs after the reload');
    let seen;
    await until(
      async () => {
        seen = await d.run(`({ y: Math.round(scrollY), footer: getComputedStyle(document.querySelector('footer')).display })`);
        return Math.abs(seen.y - wanted) <= 2 && seen.footer !== 'none';
      },
      () => `the reload comes back at ${wanted} px with the footer shown (saw ${JSON.stringify(seen)})`,
    );
  },

  async 'the accordion opens a question'(d) {
    const question = questions[1];
    await d.goto('/');
    await until(() => d.run(pageReady), 'the page script runs');
    await d.run(page(`button(${J(question.question)}).scrollIntoView({ block: 'center' }); return true;`));
    await d.click(page(`return button(${J(question.question)});`));
    await until(
      () =>
        d.run(
          page(`
            const b = button(${J(question.question)});
            const region = document.getElementById(b.getAttribute('aria-controls'));
            return b.getAttribute('aria-expanded') === 'true' && visible(region) && text(region).includes(${J(question.answer.slice(0, 40))});`),
        ),
      'the question is open and its answer shown',
    );
  },

  async '/book: validation, then one booking to the endpoint'(d, engine) {
    await d.goto('/book');
    await until(() => d.run(pageReady), 'the form runs');
    await d.click(page(`return button(${J(booking.submit)});`));
    await until(
      () =>
        d.run(
          page(`
            const summary = document.querySelector('[role="alert"]');
            return visible(summary) && field(${J(booking.fields.name.label)}).getAttribute('aria-invalid') === 'true';`),
        ),
      'an empty submit shows the problems and marks the fields',
    );
    const email = `smoke-${engine}-${Date.now()}@example.com`;
    const year = new Date().getFullYear() + 1;
    const part = (i) => booking.windows.part_option.replace('{part}', booking.windows.parts[i].label).replace('{start}', booking.windows.parts[i].start).replace('{end}', booking.windows.parts[i].end);
    await d.run(
      page(`
        set(field(${J(booking.fields.name.label)}), 'Ada Lovelace');
        set(field(${J(booking.fields.email.label)}), ${J(email)});
        set(field(${J(booking.fields.company.label)}), 'Analytical Engines Ltd');
        set(field(${J(booking.fields.topic.label)}), ${J(blocks[0].title)});
        set(field(${J(booking.fields.message.label)}), 'Webhooks time out twice a day.');
        set(field(${J(booking.windows.date)}, windowGroup(1)), '${year}-01-15');
        set(field(${J(booking.windows.part)}, windowGroup(1)), ${J(part(0))});
        set(field(${J(booking.windows.date)}, windowGroup(2)), '${year}-01-16');
        set(field(${J(booking.windows.part)}, windowGroup(2)), ${J(part(1))});
        return true;`),
    );
    await d.click(page(`return button(${J(booking.submit)});`));
    await until(
      () => d.run(page(`return [...document.querySelectorAll('h2, h3')].some((h) => text(h) === ${J(booking.confirmation.heading)} && visible(h));`)),
      'the confirmation is shown',
      30_000,
    );
    const stored = await (await fetch(`${mock}/__control/bookings?email=${encodeURIComponent(email)}`)).json();
    if ((stored.bookings ?? stored).length !== 1) throw new Error(`the endpoint stored ${JSON.stringify(stored)}`);
  },

  async '/book: a reload half-way down the form keeps what was typed, and the form runs'(d) {
    // The form's script starts after the first paint, which Firefox does not
    // report for a page opened scrolled: this reload is one. A fresh form:
    // the booking sent before leaves its confirmation in storage.
    await d.goto('/book');
    await d.run('(() => { localStorage.clear(); return true; })()');
    await d.goto('/book');
    await until(() => d.run(pageReady), 'the form runs');
    await d.run(
      page(`
        set(field(${J(booking.fields.name.label)}), 'Grace Hopper');
        set(field(${J(booking.fields.email.label)}), 'not an address');
        set(field(${J(booking.fields.message.label)}), 'Queues back up on Mondays.');
        field(${J(booking.fields.message.label)}).scrollIntoView({ block: 'center' });
        return true;`),
    );
    await until(() => d.run('scrollY > 0'), 'the page is scrolled down');
    await new Promise((resolve) => setTimeout(resolve, 1000)); // the draft is saved as typed
    await d.reload();
    await until(() => d.run(pageReady), 'the form runs after the reload');
    let seen;
    await until(
      async () => {
        seen = await d.run(page(`return [${J(booking.fields.name.label)}, ${J(booking.fields.message.label)}].map((label) => field(label).value);`));
        return seen[0] === 'Grace Hopper' && seen[1] === 'Queues back up on Mondays.';
      },
      () => `what was typed is back (saw ${JSON.stringify(seen)})`,
    );
    await d.click(page(`return button(${J(booking.submit)});`));
    await until(
      () => d.run(page(`return field(${J(booking.fields.email.label)}).getAttribute('aria-invalid') === 'true';`)),
      'the form checks the email it kept',
    );
    await d.run('(() => { localStorage.clear(); return true; })()');
  },
};

/**
 * Waits until the element `id` stays put for half a second, then checks it
 * sits just below the sticky header (the page's scroll padding or margin).
 */
async function landsBelowHeader(d, id, what) {
  const offset = `(() => {
    const header = document.querySelector('header').getBoundingClientRect().bottom;
    return Math.round(document.getElementById(${J(id)}).getBoundingClientRect().top - header);
  })()`;
  const offsets = [];
  const settled = await until(async () => {
    offsets.push(await d.run(offset));
    await new Promise((resolve) => setTimeout(resolve, 500));
    offsets.push(await d.run(offset));
    return offsets.at(-1) === offsets.at(-2) ? { offset: offsets.at(-1) } : false;
  }, () => `${what} stay put (offsets from the header: ${offsets.join(', ')})`);
  if (!(settled.offset >= 0 && settled.offset < 120)) {
    throw new Error(`${what}: top ${settled.offset} px below the header's bottom, not just below it`);
  }
}

/** Chromium only: prerendered on hover, shown on click, counting only once shown. */
async function prerenderedOnIntent(d) {
  await d.goto('/');
  await until(() => d.run(pageReady), 'the page script runs');
  const study = studies[0];
  const link = page(`return byLabel(${J(`${site.case_studies.card_link}: ${study.title}`)});`);
  await d.run(page(`byLabel(${J(`${site.case_studies.card_link}: ${study.title}`)}).scrollIntoView({ block: 'center' }); return true;`));
  await d.hover(link);
  await new Promise((resolve) => setTimeout(resolve, 1500));
  await d.click(link);
  const shown = await until(
    () =>
      d.runAt(study.slug, `(() => {
        const nav = performance.getEntriesByType('navigation')[0];
        const counts = performance.getEntriesByName('count-up-start').map((e) => e.startTime);
        return location.pathname.includes(${J(study.slug)}) && counts.length > 0 && { activationStart: nav.activationStart, counts };
      })()`),
    'the case study is shown and its counters ran',
  );
  if (!(shown.activationStart > 0)) throw new Error(`not prerendered: ${JSON.stringify(shown)}`);
  if (shown.counts.some((at) => at < shown.activationStart)) throw new Error(`counted while prerendering: ${JSON.stringify(shown)}`);
}

const engines = {
  firefox: () => PuppeteerDriver.launch(origin, { browser: 'firefox', executablePath: '/usr/bin/firefox-esr' }),
  webkit: (display) =>
    WebDriverDriver.launch(origin, {
      driver: '/usr/bin/WebKitWebDriver',
      port: port + 5,
      env: { DISPLAY: display },
      capabilities: {
        'webkitgtk:browserOptions': { binary: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', args: ['--automation'] },
      },
    }),
  chromium: () => PuppeteerDriver.launch(origin, { executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] }),
};

function start(command, args) {
  const child = spawn(command, args, { stdio: 'ignore' });
  children.push(child);
  return child;
}
const children = [];

const wanted = process.argv.slice(2).length ? process.argv.slice(2) : Object.keys(engines);
/** Only the checks whose names contain SMOKE_ONLY (all by default). */
const only = process.env.SMOKE_ONLY ?? '';
let failed = 0;
try {
  start('node', ['tests/support/serve-dist.mjs', '--dir', 'dist', '--port', String(port)]);
  start('node', ['tests/support/booking-endpoint.mjs', '--port', String(mockPort)]);
  await until(() => fetch(`${origin}/`).then((r) => r.ok), `the site answers on ${port}`);
  await until(() => fetch(`${mock}/__control/health`).then((r) => r.ok), `the booking endpoint answers on ${mockPort}`);
  const display = `:${port % 1000 + 100}`;
  if (wanted.includes('webkit')) {
    start('Xvfb', [display, '-screen', '0', '1280x900x24', '-nolisten', 'tcp']);
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  for (const engine of wanted) {
    const started = Date.now();
    let driver;
    try {
      driver = await engines[engine](display);
      const list = engine === 'chromium' ? { 'a page prerendered on hover counts only once shown': prerenderedOnIntent } : checks;
      for (const [name, check] of Object.entries(list).filter(([name]) => name.includes(only))) {
        try {
          await check(driver, engine);
          console.log(`  ✓ ${engine}: ${name}`);
        } catch (error) {
          failed++;
          console.log(`  ✘ ${engine}: ${name}\n      ${error.message}`);
        }
      }
    } catch (error) {
      failed++;
      console.log(`  ✘ ${engine}: could not start: ${error.message}`);
    } finally {
      await driver?.close().catch(() => {});
      console.log(`    ${engine} took ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  }
} finally {
  for (const child of children) child.kill();
}
if (failed) {
  console.log(`${failed} cross-engine check(s) failed`);
  process.exit(1);
}
console.log('cross-engine smoke suite passed');
