import { defineConfig } from '@playwright/test';

// End-to-end tests against the release build in dist/, served like a CDN on
// loopback, in Debian's Chromium (Playwright's own browser download is not
// reachable from these machines).
const port = Number(process.env.E2E_PORT ?? 4173);
/** The same site built for a sub-path (GitHub Pages project style), one port up. */
export const subpathPort = port + 1;
export const subpathBase = '/portfolio/';
// The booking endpoint mock, two ports up; `scripts/dev.sh test` builds dist/ to post to it.
const bookingPort = Number(process.env.BOOKING_MOCK_PORT ?? port + 2);
process.env.BOOKING_MOCK_PORT = String(bookingPort);
/** The hosted form services' stand-ins (tests/support/hosted-standins.mjs), three ports up. */
export const hostedStandinsPort = port + 3;
/** The release for each hosted form service (`scripts/dev.sh` hosted_sites), served from six ports up. */
export const hostedSitePorts = { formspree: port + 6, basin: port + 7, web3forms: port + 8, staticforms: port + 9, netlify: port + 10 };
/** The Cal.com stand-in, and the site built for Cal.com (`scripts/dev.sh test` makes dist-calcom/). */
export const calcomPort = port + 4;
export const calcomSitePort = port + 5;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: true,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      command: `node tests/support/serve-dist.mjs --dir dist --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `node tests/support/serve-dist.mjs --dir dist-subpath --port ${subpathPort} --base ${subpathBase}`,
      url: `http://127.0.0.1:${subpathPort}${subpathBase}`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `node tests/support/booking-endpoint.mjs --port ${bookingPort}`,
      url: `http://127.0.0.1:${bookingPort}/__control/health`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `node tests/support/hosted-standins.mjs --port ${hostedStandinsPort}`,
      url: `http://127.0.0.1:${hostedStandinsPort}/__control/health`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    ...Object.entries(hostedSitePorts).map(([name, sitePort]) => ({
      command: `node tests/support/serve-dist.mjs --dir dist-${name} --port ${sitePort}${name === 'netlify' ? ' --netlify-forms on' : ''}`,
      url: `http://127.0.0.1:${sitePort}/`,
      reuseExistingServer: false,
      stdout: 'ignore' as const,
    })),
    {
      command: `node tests/support/calcom-standin.mjs --port ${calcomPort}`,
      url: `http://127.0.0.1:${calcomPort}/__control/health`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
    {
      command: `node tests/support/serve-dist.mjs --dir dist-calcom --port ${calcomSitePort}`,
      url: `http://127.0.0.1:${calcomSitePort}/`,
      reuseExistingServer: false,
      stdout: 'ignore',
    },
  ],
});
