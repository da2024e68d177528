import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
const child = spawn(process.execPath, ['/work/main/tests/support/serve-dist.mjs', '--dir', '/tmp/dist-prof', '--port', '4612'], { stdio: ['ignore', 'pipe', 'inherit'] });
await new Promise((r) => child.stdout.once('data', r));
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
for (const rate of [1, 4]) for (const path of ['/', '/case-studies/high-traffic-rest-platform', '/book']) {
  const page = await browser.newPage({ viewport: { width: 375, height: 812 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  const logs = [];
  page.on('console', (m) => logs.push(m.text()));
  await page.goto('http://127.0.0.1:4612' + path);
  await page.waitForFunction(() => document.documentElement.dataset.app === 'ready');
  await page.waitForTimeout(300);
  console.log(rate + 'x', path, logs.filter((l) => l.includes('HYDRATE')).join(' '));
  await page.close();
}
await browser.close(); child.kill();
