import { test as base, expect, type Page } from '@playwright/test';

/** Everything that went wrong on a page while a test ran. */
export interface PageProblems {
  console: string[];
  requests: string[];
}

type Fixtures = {
  /** HTTP statuses that a test expects for documents it navigates to (e.g. 404). */
  allowedDocumentStatuses: number[];
  /** URL prefixes whose requests a test expects to fail or to answer >= 400 (e.g. a booking endpoint told to fail). */
  expectedFailures: string[];
  /** Collected console errors, page errors and failed requests; asserted empty after each test. */
  problems: PageProblems;
};

/** Starts recording problems on `page`; used by the fixture and by tests that open more pages. */
export function watchProblems(
  page: Page,
  problems: PageProblems,
  allowedDocumentStatuses: number[] = [],
  expectedFailures: string[] = [],
) {
  const expectedToFail = (url: string) => expectedFailures.some((prefix) => url.startsWith(prefix));
  // Documents that answered with an allowed status (e.g. the 404 page) still
  // make Chromium log "Failed to load resource"; that one is expected.
  const allowedDocuments = new Set<string>();
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const url = msg.location().url;
    const expected = msg.text().startsWith('Failed to load resource') && (allowedDocuments.has(url) || expectedToFail(url));
    if (!expected) problems.console.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.console.push(`uncaught: ${err.message}`));
  page.on('requestfailed', (req) => {
    const reason = req.failure()?.errorText ?? 'failed';
    // Navigations away from a page abort its pending requests; that is not a failure.
    if (reason !== 'net::ERR_ABORTED' && !expectedToFail(req.url())) problems.requests.push(`${req.method()} ${req.url()}: ${reason}`);
  });
  page.on('response', (res) => {
    const req = res.request();
    const isDocument = req.resourceType() === 'document';
    const allowed = isDocument && allowedDocumentStatuses.includes(res.status());
    if (allowed) allowedDocuments.add(res.url());
    if (res.status() >= 400 && !allowed && !expectedToFail(res.url())) {
      problems.requests.push(`${req.method()} ${res.url()}: HTTP ${res.status()}`);
    }
  });
}

export const test = base.extend<Fixtures>({
  allowedDocumentStatuses: [[], { option: true }],
  expectedFailures: [[], { option: true }],
  problems: [
    async ({ page, allowedDocumentStatuses, expectedFailures }, use) => {
      const problems: PageProblems = { console: [], requests: [] };
      watchProblems(page, problems, allowedDocumentStatuses, expectedFailures);
      await use(problems);
      expect(problems.console, 'no console errors').toEqual([]);
      expect(problems.requests, 'no failed requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
