import { test, expect } from './fixtures';
import { content } from './content';

// Link previews and structured data, as the release serves them: each case
// study and building block has its own 1200×630 PNG preview; the home page
// marks up its questions as an FAQPage, case studies as Articles, and every
// detail page has its breadcrumbs.

const site = content('site.json');
const seo = content('seo.json');
const studies: any[] = content('case-studies.json').case_studies;
const blocks: any[] = content('architecture.json').blocks;
const questions: any[] = content('questions.json').questions;
const origin = seo.site_url.replace(/\/$/, '');

const details = [
  ...studies.map((s) => ({ path: `/case-studies/${s.slug}`, title: s.title, kind: 'case study' })),
  ...blocks.map((b) => ({ path: `/architecture/${b.slug}`, title: b.title, kind: 'building block' })),
];

/** The page's meta content by property or name. */
const meta = (html: string, key: string) => {
  const tag = html.match(new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`));
  return tag?.[1]?.replace(/&amp;/g, '&');
};

/** The page's JSON-LD nodes (each script's @graph, flattened). */
const structuredData = (html: string): any[] =>
  [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].flatMap((m) => {
    const data = JSON.parse(m[1]);
    expect(data['@context']).toBe('https://schema.org');
    return data['@graph'] ?? [data];
  });

const ofType = (nodes: any[], type: string) => nodes.filter((n) => n['@type'] === type);

/** schema.org BreadcrumbList: ListItems at positions 1…n, each naming a page by its absolute URL. */
function expectBreadcrumbs(list: any, last: { name: string; item: string }) {
  const items: any[] = list.itemListElement;
  expect(items.length).toBeGreaterThanOrEqual(2);
  items.forEach((item, i) => {
    expect(item['@type']).toBe('ListItem');
    expect(item.position).toBe(i + 1);
    expect(typeof item.name === 'string' && item.name.length > 0).toBe(true);
    expect(item.item).toMatch(/^https?:\/\//);
  });
  expect(items[0].item).toBe(`${origin}/`);
  expect({ name: items.at(-1).name, item: items.at(-1).item }).toEqual(last);
}

test('each case study and building block has its own 1200×630 PNG preview', async ({ request }) => {
  const seen = new Set<string>();
  for (const page of details) {
    const html = await (await request.get(page.path)).text();
    const image = meta(html, 'og:image')!;
    expect(image, `${page.path} og:image`).toBeTruthy();
    expect(meta(html, 'twitter:image')).toBe(image);
    expect(image).not.toBe(`${origin}${seo.og_image}`);
    expect(seen.has(image), `${page.path} has a preview of its own`).toBe(false);
    seen.add(image);
    expect(meta(html, 'og:image:alt')).toContain(page.title);
    const png = await request.get(new URL(image).pathname);
    expect(png.status(), image).toBe(200);
    expect(png.headers()['content-type']).toBe('image/png');
    const bytes = await png.body();
    expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], image).toEqual([1200, 630]);
  }
});

test('the home page marks up its questions as an FAQPage', async ({ request }) => {
  const nodes = structuredData(await (await request.get('/')).text());
  const [faq] = ofType(nodes, 'FAQPage');
  expect(faq.mainEntity).toHaveLength(questions.length);
  faq.mainEntity.forEach((q: any, i: number) => {
    expect(q).toEqual({ '@type': 'Question', name: questions[i].question, acceptedAnswer: { '@type': 'Answer', text: questions[i].answer } });
  });
  expect(ofType(nodes, 'Person')).toHaveLength(1);
});

test('case studies carry an Article, every detail page its breadcrumbs', async ({ request }) => {
  for (const page of details) {
    const html = await (await request.get(page.path)).text();
    const nodes = structuredData(html);
    const url = `${origin}${page.path}`;
    const [breadcrumbs] = ofType(nodes, 'BreadcrumbList');
    expect(breadcrumbs, `${page.path} breadcrumbs`).toBeTruthy();
    expectBreadcrumbs(breadcrumbs, { name: page.title, item: url });
    const articles = ofType(nodes, 'Article');
    if (page.kind === 'case study') {
      expect(articles).toHaveLength(1);
      const [article] = articles;
      expect(article.headline).toBe(page.title);
      expect(article.headline.length).toBeLessThanOrEqual(110);
      expect(article.mainEntityOfPage).toBe(url);
      expect(article.image).toEqual([meta(html, 'og:image')]);
      expect(article.author).toMatchObject({ '@type': 'Person', name: site.identity.name, url: `${origin}/` });
    } else {
      expect(articles).toHaveLength(0);
    }
  }
});
