import { test, expect } from './fixtures';
import { SitePage } from './pages/site-page';
import { HomeInteractions } from './pages/home-interactions';

// The architecture explorer drawn as one diagram on wide screens, measured in
// the browser: blocks are nodes, every flow an arrow with a head at its target;
// no arrow runs under a block or along another arrow; a selection lights its
// block's arrows and neighbours and dims the rest. Screenshots in light and
// dark at 1280 and 375 px.

const blocks = HomeInteractions.blocks;
const connections = blocks.flatMap((b) => b.flows_to.map((f) => ({ from: b.slug, to: f.to })));

interface Box { x: number; y: number; width: number; height: number }
interface Drawn {
  cards: Record<string, Box>;
  wires: { lines: { x1: number; y1: number; x2: number; y2: number }[]; tip: { x: number; y: number } | null }[];
}

/** The cards' boxes and every arrow's stretches and head tip, in page pixels. */
async function measure(page: import('@playwright/test').Page): Promise<Drawn> {
  return page.evaluate(() => {
    const cards: Record<string, any> = {};
    for (const li of document.querySelectorAll<HTMLElement>('.explorer li.block')) {
      const r = li.getBoundingClientRect();
      cards[li.id.replace(/^block-/, '')] = { x: r.x, y: r.y, width: r.width, height: r.height };
    }
    const svg = document.querySelector<SVGSVGElement>('.explorer__wires')!;
    const origin = svg.getBoundingClientRect();
    const px = (length: SVGAnimatedLength, of: number) => {
      const v = length.baseVal;
      return v.unitType === SVGLength.SVG_LENGTHTYPE_PERCENTAGE ? (v.valueInSpecifiedUnits / 100) * of : v.value;
    };
    const wires = [...svg.querySelectorAll<SVGGElement>('g.wire')].map((g) => ({
      lines: [...g.querySelectorAll('line')].map((l) => ({
        x1: origin.x + px(l.x1, origin.width),
        y1: origin.y + px(l.y1, origin.height),
        x2: origin.x + px(l.x2, origin.width),
        y2: origin.y + px(l.y2, origin.height),
      })),
      tip: (() => {
        const head = g.querySelector<SVGSVGElement>('svg.wire__head');
        return head ? { x: origin.x + px(head.x, origin.width), y: origin.y + px(head.y, origin.height) } : null;
      })(),
    }));
    return { cards, wires };
  });
}

const inside = (x: number, y: number, b: Box, margin = 1) =>
  x > b.x + margin && x < b.x + b.width - margin && y > b.y + margin && y < b.y + b.height - margin;

test('wide: one diagram; arrows with heads at their targets, never under a block or along another', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await new SitePage(page).goto('/');
  const home = new HomeInteractions(page);
  await home.explorer.scrollIntoViewIfNeeded();
  const drawn = await measure(page);
  expect(drawn.wires).toHaveLength(connections.length);
  // Every problem found, checked in plain code and asserted once.
  const problems: string[] = [];
  const onEdge = (x: number, y: number, b: Box) =>
    x > b.x && x < b.x + b.width && (Math.abs(y - b.y) < 1.5 || Math.abs(y - (b.y + b.height)) < 1.5);
  for (const [i, wire] of drawn.wires.entries()) {
    const { from, to } = connections[i];
    const name = `${from} → ${to}`;
    const [first, last] = [wire.lines[0], wire.lines.at(-1)!];
    if (!onEdge(first.x1, first.y1, drawn.cards[from])) problems.push(`${name} does not leave ${from}'s edge`);
    if (!wire.tip) problems.push(`${name} has no head`);
    else {
      if (!onEdge(wire.tip.x, wire.tip.y, drawn.cards[to])) problems.push(`${name}'s head is not on ${to}'s edge`);
      if (last.x2 !== wire.tip.x || last.y2 !== wire.tip.y) problems.push(`${name}'s line does not end at its head`);
    }
    // No stretch passes through a block: points every 2 % along each line.
    for (const line of wire.lines) {
      for (let t = 0.02; t < 1; t += 0.02) {
        const [x, y] = [line.x1 + (line.x2 - line.x1) * t, line.y1 + (line.y2 - line.y1) * t];
        for (const [slug, box] of Object.entries(drawn.cards)) {
          if (inside(x, y, box)) problems.push(`${name} runs under ${slug} at ${x.toFixed(0)},${y.toFixed(0)}`);
        }
      }
    }
  }
  // No two arrows share a stretch (collinear within a pixel, overlapping by two or more).
  const stretches = drawn.wires.flatMap((w, i) => w.lines.map((l) => ({ ...l, i })));
  const shared = (a1: number, a2: number, b1: number, b2: number) =>
    Math.min(Math.max(a1, a2), Math.max(b1, b2)) - Math.max(Math.min(a1, a2), Math.min(b1, b2));
  for (const [n, s] of stretches.entries()) {
    for (const t of stretches.slice(n + 1)) {
      if (s.i === t.i) continue;
      const vertical = (l: typeof s) => Math.abs(l.x1 - l.x2) < 0.5;
      const horizontal = (l: typeof s) => Math.abs(l.y1 - l.y2) < 0.5;
      const together =
        (vertical(s) && vertical(t) && Math.abs(s.x1 - t.x1) < 1 && shared(s.y1, s.y2, t.y1, t.y2) >= 2) ||
        (horizontal(s) && horizontal(t) && Math.abs(s.y1 - t.y1) < 1 && shared(s.x1, s.x2, t.x1, t.x2) >= 2);
      if (together) problems.push(`arrows ${s.i} and ${t.i} run together`);
    }
  }
  expect(problems).toEqual([]);
});

test('a selection lights its arrows and neighbours and dims the others', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  const [, b] = blocks;
  await new SitePage(page).goto(`/?block=${b.slug}`);
  const touching = connections.map((c, i) => ({ ...c, i })).filter((c) => c.from === b.slug || c.to === b.slug);
  await expect(page.locator('.wire--lit')).toHaveCount(touching.length);
  for (const c of touching) await expect(page.locator(`#wire-${c.i}`)).toHaveClass(/wire--lit/);
  const neighbours = new Set(touching.map((c) => (c.from === b.slug ? c.to : c.from)));
  for (const block of blocks) {
    const card = page.locator(`#block-${block.slug}`);
    if (neighbours.has(block.slug)) await expect(card).toHaveClass(/block--linked/);
    else await expect(card).not.toHaveClass(/block--linked/);
  }
  const dimmed = connections.findIndex((c) => c.from !== b.slug && c.to !== b.slug);
  await expect(page.locator(`#wire-${dimmed}`)).toHaveCSS('opacity', '0.3');
  await expect(page.locator(`#wire-${touching[0].i}`)).toHaveCSS('opacity', '1');
});

for (const colorScheme of ['light', 'dark'] as const) {
  test(`explorer screenshots, ${colorScheme}, at 1280 and 375 px`, async ({ page }, testInfo) => {
    await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
    await new SitePage(page).goto(`/?block=${blocks[0].slug}`);
    const home = new HomeInteractions(page);
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 900 });
      const explorer = page.locator('.explorer');
      const path = testInfo.outputPath(`explorer-${colorScheme}-${width}.png`);
      // A clip of the full page: the sticky header stays at the top, off the element
      // (an injected style to unstick it would break the CSP, rightly).
      await new SitePage(page).drawAllSections();
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path, fullPage: true, clip: (await explorer.boundingBox())! });
      await testInfo.attach(`explorer-${colorScheme}-${width}`, { path, contentType: 'image/png' });
    }
    await expect(home.blockLink(blocks[0])).toHaveAttribute('aria-current', 'true');
  });
}
