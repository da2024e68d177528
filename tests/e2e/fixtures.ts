import { test as base, expect, type Page } from '@playwright/test';

/** Everything that went wrong on a page while a test ran. */
export interface PageProblems {
  console: string[];
  requests: string[];
}

type Fixtures = {
  /** HTTP statuses that a test expects for documents it navigates to (e.g. 404). */
  allowedDocumentStatuses: number[];
  /** Collected console errors, page errors and failed requests; asserted empty after each test. */
  problems: PageProblems;
};

/** Starts recording problems on `page`; used by the fixture and by tests that open more pages. */
export function watchProblems(page: Page, problems: PageProblems, allowedDocumentStatuses: number[] = []) {
  // Documents that answered with an allowed status (e.g. the 404 page) still
  // make Chromium log "Failed to load resource"; that one is expected.
  const allowedDocuments = new Set<string>();
  page.on('console', (msg) => {
    if (msg.type() !== 'error') return;
    const expected = msg.text().startsWith('Failed to load resource') && allowedDocuments.has(msg.location().url);
    if (!expected) problems.console.push(`console.error: ${msg.text()}`);
  });
  page.on('pageerror', (err) => problems.console.push(`uncaught: ${err.message}`));
  page.on('requestfailed', (req) => {
    const reason = req.failure()?.errorText ?? 'failed';
    // Navigations away from a page abort its pending requests; that is not a failure.
    if (reason !== 'net::ERR_ABORTED') problems.requests.push(`${req.method()} ${req.url()}: ${reason}`);
  });
  page.on('response', (res) => {
    const req = res.request();
    const isDocument = req.resourceType() === 'document';
    const allowed = isDocument && allowedDocumentStatuses.includes(res.status());
    if (allowed) allowedDocuments.add(res.url());
    if (res.status() >= 400 && !allowed) {
      problems.requests.push(`${req.method()} ${res.url()}: HTTP ${res.status()}`);
    }
  });
}

export const test = base.extend<Fixtures>({
  allowedDocumentStatuses: [[], { option: true }],
  problems: [
    async ({ page, allowedDocumentStatuses }, use) => {
      const problems: PageProblems = { console: [], requests: [] };
      watchProblems(page, problems, allowedDocumentStatuses);
      await use(problems);
      expect(problems.console, 'no console errors').toEqual([]);
      expect(problems.requests, 'no failed requests').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
