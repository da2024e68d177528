// The two ways the cross-engine smoke suite drives a browser, behind one small
// interface: open a path, evaluate an expression in the page, click the
// element an expression finds, close.
//
// - Puppeteer (npm puppeteer-core): Firefox over WebDriver BiDi, and Chromium
//   over CDP for the prerendering check.
// - WebDriver (W3C, over HTTP): WebKitGTK's WebKitWebDriver driving MiniBrowser.
//   Written here on fetch: Puppeteer does not drive WebKit.
import { spawn } from 'node:child_process';
import { setTimeout as sleep } from 'node:timers/promises';
import puppeteer from 'puppeteer-core';

/**
 * A page is ready once its script runs it and everything below its first
 * screen is shown: content pages show those parts one per frame once their
 * later styles have arrived, then drop `<html data-later-styles>`
 * (src/release.rs). An expression to evaluate in the page.
 */
export const pageReady = `document.documentElement.dataset.app === 'ready' && document.documentElement.dataset.laterStyles === undefined`;

/**
 * Polls `check` until it returns something truthy, which it returns; after
 * `timeout` ms throws `message` (a string, or a function for one written then)
 * with the last answer.
 */
export async function until(check, message, timeout = 15_000) {
  const deadline = Date.now() + timeout;
  let last;
  while (Date.now() < deadline) {
    try {
      last = await check();
      if (last) return last;
    } catch (error) {
      last = error;
    }
    await sleep(100);
  }
  throw new Error(`${typeof message === 'function' ? message() : message} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`);
}

/** A browser driven by Puppeteer. */
export class PuppeteerDriver {
  static async launch(origin, options) {
    const browser = await puppeteer.launch({ headless: true, ...options });
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    return new PuppeteerDriver(origin, browser, page);
  }

  constructor(origin, browser, page) {
    this.origin = origin;
    this.browser = browser;
    this.page = page;
  }

  async goto(path) {
    await this.page.goto(this.origin + path, { waitUntil: 'load' });
  }

  /** Reloads the page, as the browser's reload button does. */
  async reload() {
    await this.page.reload({ waitUntil: 'load' });
  }

  /** The value of a JavaScript expression in the page (JSON-serialisable). */
  run(expression) {
    return this.page.evaluate(expression);
  }

  /**
   * The value of `expression` in the tab that now shows a URL containing
   * `part`, through a session of its own: once a prerendered page is shown,
   * Puppeteer's page object can stay on the frame it replaced ("detached Frame").
   */
  async runAt(part, expression) {
    const target = this.browser.targets().find((t) => t.type() === 'page' && t.url().includes(part));
    if (!target) return undefined;
    const session = await target.createCDPSession();
    try {
      const { result, exceptionDetails } = await session.send('Runtime.evaluate', { expression, returnByValue: true });
      if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
      return result.value;
    } finally {
      await session.detach().catch(() => {});
    }
  }

  /** Clicks, as a pointer does, the element `expression` evaluates to. */
  async click(expression) {
    const handle = await this.page.evaluateHandle(expression);
    const element = handle.asElement();
    if (!element) throw new Error(`no element for ${expression}`);
    await element.click();
  }

  /** Rests the pointer on the element `expression` evaluates to. */
  async hover(expression) {
    const element = (await this.page.evaluateHandle(expression)).asElement();
    if (!element) throw new Error(`no element for ${expression}`);
    await element.hover();
  }

  close() {
    return this.browser.close();
  }
}

const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

/** A browser driven over W3C WebDriver (HTTP): here WebKitWebDriver and MiniBrowser. */
export class WebDriverDriver {
  /** Starts `driver` on `port` (with `env`, e.g. DISPLAY) and opens a session with `capabilities`. */
  static async launch(origin, { driver, port, env, capabilities }) {
    const child = spawn(driver, [`--port=${port}`], { env: { ...process.env, ...env }, stdio: 'ignore' });
    const endpoint = `http://127.0.0.1:${port}`;
    await until(() => fetch(`${endpoint}/status`).then((r) => r.ok), `${driver} answers on ${port}`, 10_000);
    const session = await call(endpoint, 'POST', '/session', { capabilities: { alwaysMatch: capabilities } });
    const driverInstance = new WebDriverDriver(origin, child, `${endpoint}/session/${session.sessionId}`);
    await driverInstance.command('POST', '/window/rect', { width: 1280, height: 800 }).catch(() => {});
    return driverInstance;
  }

  constructor(origin, child, session) {
    this.origin = origin;
    this.child = child;
    this.session = session;
  }

  command(method, path, body) {
    return call(this.session, method, path, body);
  }

  goto(path) {
    return this.command('POST', '/url', { url: this.origin + path });
  }

  /** Reloads the page, as the browser's reload button does. */
  reload() {
    return this.command('POST', '/refresh', {});
  }

  run(expression) {
    return this.command('POST', '/execute/sync', { script: `return (${expression});`, args: [] });
  }

  async click(expression) {
    const element = await this.run(expression);
    if (!element?.[ELEMENT]) throw new Error(`no element for ${expression}`);
    await this.command('POST', `/element/${element[ELEMENT]}/click`, {});
  }

  async close() {
    await this.command('DELETE', '', undefined).catch(() => {});
    this.child.kill();
  }
}

async function call(base, method, path, body) {
  const response = await fetch(base + path, {
    method,
    headers: { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const answer = await response.json();
  if (!response.ok) throw new Error(`${method} ${path}: ${answer.value?.error}: ${answer.value?.message}`);
  return answer.value;
}
