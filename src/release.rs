//! The release step after Trunk's build (native only): everything `dist/`
//! needs beyond the prerendered pages, so it deploys as it is to a static host.
//! Subresource integrity for the app's script and wasm, the
//! Content-Security-Policy with the hashes of the inline scripts, `_headers`,
//! `_redirects`, `robots.txt`, `sitemap.xml`, and each page's canonical URL,
//! Open Graph / Twitter tags and JSON-LD.

use base64::Engine;
use base64::engine::general_purpose::STANDARD as BASE64;
use serde_json::json;
use sha2::{Digest, Sha256, Sha384};

use crate::content;
use crate::prerender::escape_attr;

/// What the release step needs to know about this build.
#[derive(Debug, Clone)]
pub struct ReleaseConfig {
    /// `/` or a sub-path such as `/portfolio/`.
    pub base: String,
    /// Public origin plus base, without a trailing slash: `https://kavyagaur.dev`.
    pub site_url: String,
    /// The booking settings, for `connect-src`, `form-action` and the pages
    /// that start the form.
    pub booking: crate::booking::provider::Settings,
}

/// `sha384-…` integrity of a file's bytes.
pub fn sri_sha384(bytes: &[u8]) -> String {
    format!("sha384-{}", BASE64.encode(Sha384::digest(bytes)))
}

/// A file name's content hash, as Trunk writes it: 16 hex digits.
pub fn content_hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().take(8).map(|b| format!("{b:02x}")).collect()
}

/// The page without its stylesheet link to `{base}{name}-<hash>.css`, and
/// without the whitespace before it: for pages that have no use for a sheet.
pub fn without_stylesheet(html: &str, base: &str, name: &str) -> String {
    let start_of_link = format!(r#"<link rel="stylesheet" href="{base}{name}-"#);
    let Some(at) = html.find(&start_of_link) else {
        return html.to_string();
    };
    let Some(len) = html[at..].find('>') else {
        return html.to_string();
    };
    let from = html[..at].trim_end().len();
    format!("{}{}", &html[..from], &html[at + len + 1..])
}

/// The page with its stylesheets inline, so its first paint waits for no
/// other file: every `<link rel="stylesheet" href="{base}<name>-<hash>.css">`
/// goes, and one `<style>` with their CSS, in the same order and each headed
/// by a comment naming its sheet, takes the first one's place. `read` gives a
/// sheet's CSS by file name. Returns the page and the style's text (its CSP
/// hash allows it), or `None` when the page links no sheet.
pub fn inline_stylesheets(html: &str, base: &str, read: impl Fn(&str) -> Option<String>) -> (String, Option<String>) {
    let start_of_link = format!(r#"<link rel="stylesheet" href="{base}"#);
    let mut page = String::new();
    let mut css = String::new();
    let mut place = None;
    let mut rest = html;
    while let Some(at) = rest.find(&start_of_link) {
        let Some(len) = rest[at..].find('>') else { break };
        let file = &rest[at + start_of_link.len()..];
        let file = &file[..file.find('"').unwrap_or(0)];
        let Some(text) = read(file) else { break };
        let name = file.trim_end_matches(".css").rsplit_once('-').map_or(file, |(name, _)| name);
        css.push_str(&format!("/*{name}*/{}", without_comments_and_indent(&text)));
        // The link and the whitespace before it go.
        page.push_str(rest[..at].trim_end());
        place.get_or_insert(page.len());
        rest = &rest[at + len + 1..];
    }
    page.push_str(rest);
    match place {
        Some(at) => {
            page.insert_str(at, &format!("\n    <style>{css}</style>"));
            (page, Some(css))
        }
        None => (page, None),
    }
}

/// The stylesheets a content page needs only below its first screen
/// (`style/later.css`, `style/interactions.css`): the release step joins
/// them into one file that such pages load after their first paint
/// ([`with_later_styles`]). Inlined, they made the home page's HTML and
/// headers one round trip longer than a phone's first TCP window (14.6 KB).
pub const LATER_SHEETS: [&str; 2] = ["later", "interactions"];

/// The file name of the stylesheet `{name}-<hash>.css` that the page links
/// under `base`, if it links one.
pub fn linked_stylesheet(html: &str, base: &str, name: &str) -> Option<String> {
    let start_of_href = format!(r#"<link rel="stylesheet" href="{base}{name}-"#);
    let from = html.find(&start_of_href)? + start_of_href.len() - name.len() - 1;
    let len = html[from..].find('"')?;
    Some(html[from..from + len].to_string())
}

/// What the later sheet styles, shown one at a time once it has arrived
/// ([`with_later_styles`]): each section below the hero, and each case-study
/// card, the largest of them. `style/sections.css` keeps each out of the
/// layout (`display: none`) until shown.
pub const SHOWN_IN_TURN: &str = ".section,.case-card";

/// The page loading the stylesheet at `href` (integrity `sri`) without
/// holding up its first paint, placed after its inline `<style>` (else at
/// the end of `<head>`). An inline script adds the sheet once the page has
/// loaded and painted (its first contentful paint; only the load where the
/// browser reports no paints), as the bundle's loader waits, and a second
/// after the load at most: Firefox reports no paint for a page it opens
/// scrolled. Lighthouse's simulation counts every request that ends before
/// the largest paint towards it.
///
/// Until the sheet has arrived, `<html data-later-styles>` tells CSS to keep
/// what it styles ([`SHOWN_IN_TURN`]) and the footer out of the layout, so
/// nothing is seen half-styled and the first layout is smaller. Once the
/// sheet has loaded, the script shows them in page order, one per frame:
/// each frame lays out one part (all at once, one task of 60 to 160 ms on a
/// 4× slower phone). Parts appear below what is already shown, so nothing
/// moves. Everything shows at once if the sheet fails, 5 s after it was
/// added, or when the visitor follows a link to a place in the page (then
/// scrolled to, as the browser could not while it was out of the layout).
///
/// When the address names a place further down the page (`#…`), the visitor
/// reloads or comes back to the page (the browser restores their place in
/// it), or the page is being prerendered, nothing is held back: the sheet is
/// added at once and holds up rendering (`blocking="render"`), so the browser
/// scrolls to a drawn place and a prerendered page is whole when shown. With
/// scripting off, a `<noscript>` links it as an ordinary stylesheet. The CSP
/// allows the script by its hash, as every inline script.
pub fn with_later_styles(html: &str, href: &str, sri: &str) -> String {
    let link = json!({ "rel": "stylesheet", "href": href, "integrity": sri });
    let script = format!(
        "(()=>{{const root=document.documentElement,l=Object.assign(document.createElement(\"link\"),{link}),\
all=()=>delete root.dataset.laterStyles,\
next=()=>{{const part=root.dataset.laterStyles&&document.querySelector(\":is({SHOWN_IN_TURN}):not([data-shown])\");\
part?(part.dataset.shown=\"\",requestAnimationFrame(()=>setTimeout(next))):all()}},\
add=()=>{{if(!l.isConnected){{document.head.append(l);setTimeout(all,5e3)}}}},\
arrival=performance.getEntriesByType?.(\"navigation\")[0]?.type;\
if(location.hash||document.prerendering||arrival===\"reload\"||arrival===\"back_forward\"){{l.setAttribute(\"blocking\",\"render\");return add()}}\
root.dataset.laterStyles=\"pending\";l.onload=next;l.onerror=all;\
addEventListener(\"hashchange\",()=>{{all();document.querySelector(\":target\")?.scrollIntoView()}});\
const painted=()=>{{PerformanceObserver.supportedEntryTypes?.includes(\"paint\")?new PerformanceObserver((list,seen)=>list.getEntriesByName(\"first-contentful-paint\")[0]&&(seen.disconnect(),add())).observe({{type:\"paint\",buffered:true}}):add();setTimeout(add,1e3)}};\
document.readyState===\"complete\"?painted():addEventListener(\"load\",painted,{{once:true}})}})()"
    );
    let tags = format!(
        r#"<script>{script}</script><noscript><link rel="stylesheet" href="{}"></noscript>"#,
        escape_attr(href)
    );
    let at = match html.find("</style>") {
        Some(at) => at + "</style>".len(),
        None => html.find("</head>").unwrap_or(html.len()),
    };
    format!("{}{tags}{}", &html[..at], &html[at..])
}

/// The page with its SVG icon inside it: `<link rel="icon" href="{base}<file>.svg">`
/// gets a `data:` URL of the file that `read` gives (about 0.3 KB). A separate
/// icon request that ends before the first paint counts towards LCP in
/// Lighthouse's simulation, about 100 ms on a phone (README, Benchmark). The
/// page is unchanged when it has no such link or the file cannot be read.
pub fn inline_icon(html: &str, base: &str, read: impl Fn(&str) -> Option<String>) -> String {
    let start_of_href = format!(r#"<link rel="icon" href="{base}"#);
    let Some(at) = html.find(&start_of_href) else {
        return html.to_string();
    };
    let from = at + start_of_href.len();
    let Some(len) = html[from..].find('"') else {
        return html.to_string();
    };
    let file = &html[from..from + len];
    let Some(svg) = read(file).filter(|_| file.ends_with(".svg")) else {
        return html.to_string();
    };
    let href_at = at + r#"<link rel="icon" href=""#.len();
    format!("{}{}{}", &html[..href_at], svg_data_url(svg.trim()), &html[from + len..])
}

/// A `data:` URL for SVG text, percent-encoding only what a valid URL or a
/// double-quoted HTML attribute cannot hold as it is (whitespace included).
/// Double quotes become single ones when the SVG has none of its own (46
/// bytes of brotli less on every page than `%22`).
pub fn svg_data_url(svg: &str) -> String {
    let quote = if svg.contains('\'') { "%22" } else { "'" };
    let mut url = String::from("data:image/svg+xml,");
    for c in svg.chars() {
        match c {
            '%' => url.push_str("%25"),
            '#' => url.push_str("%23"),
            '<' => url.push_str("%3C"),
            '>' => url.push_str("%3E"),
            '"' => url.push_str(quote),
            '&' => url.push_str("%26"),
            ' ' | '\n' | '\r' | '\t' => url.push_str("%20"),
            c => url.push(c),
        }
    }
    url
}

/// The page without the HTML comments in its `<head>` (the template's notes
/// for its readers, and its `<!--HEAD-->` marker once the head is filled in),
/// each with the blank space before it: they went to every visitor, about
/// 0.4 KB brotli on every page. Scripts and styles are left as they are, and
/// so is the body.
pub fn without_head_comments(html: &str) -> String {
    let head_end = html.find("</head>").unwrap_or(0);
    let mut out = String::with_capacity(html.len());
    let mut at = 0;
    while at < head_end {
        let rest = &html[at..head_end];
        let next = ["<!--", "<script", "<style"].iter().filter_map(|open| rest.find(open).map(|i| (i, *open))).min();
        let Some((i, open)) = next else {
            break;
        };
        if open == "<!--" {
            out.push_str(rest[..i].trim_end_matches([' ', '\t', '\n', '\r']));
            let end = rest[i..].find("-->").map_or(rest.len(), |e| i + e + "-->".len());
            at += end;
        } else {
            // Up to the element's end, untouched.
            let close = if open == "<script" { "</script>" } else { "</style>" };
            let end = rest[i..].find(close).map_or(rest.len(), |e| i + e + close.len());
            out.push_str(&rest[..end]);
            at += end;
        }
    }
    out.push_str(&html[at..]);
    out
}

/// CSS without its comments, indentation and blank lines: what inlining it
/// into every page should cost (the sheets hold no `/*` inside a string).
pub fn without_comments_and_indent(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(at) = rest.find("/*") {
        out.push_str(&rest[..at]);
        rest = rest[at..].find("*/").map_or("", |end| &rest[at + end + 2..]);
    }
    out.push_str(rest);
    out.lines().map(str::trim).filter(|line| !line.is_empty()).collect::<Vec<_>>().join("\n")
}

/// `'sha256-…'` CSP source of an inline script's (or style's) text.
pub fn csp_sha256(script: &str) -> String {
    format!("'sha256-{}'", BASE64.encode(Sha256::digest(script.as_bytes())))
}

/// The app's two files as the loader names them: (script URL, wasm URL).
pub fn loader_urls(html: &str) -> Option<(String, String)> {
    let between = |start: &str, end: &str| -> Option<String> {
        let from = html.find(start)? + start.len();
        let to = html[from..].find(end)? + from;
        Some(html[from..to].to_string())
    };
    Some((between("import(\"", "\")")?, between("new Request(\"", "\"")?))
}

/// Fills the wasm's integrity into the loader and puts an import map in front
/// of it carrying the script's integrity, so the browser checks both files.
pub fn apply_integrity(html: &str, script_url: &str, script_sri: &str, wasm_sri: &str) -> String {
    let import_map = format!(r#"<script type="importmap">{}</script>"#, json!({ "integrity": { script_url: script_sri } }));
    html.replacen("__SRI_WASM__", wasm_sri, 1).replacen(
        r#"<script type="module">"#,
        &format!("{import_map}\n    <script type=\"module\">"),
        1,
    )
}

/// The text of every inline script that the browser executes: not JSON data
/// blocks (`application/json`, `application/ld+json`), which need no hash.
pub fn executable_inline_scripts(html: &str) -> Vec<String> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find("<script") {
        let after = &rest[open..];
        let Some(tag_end) = after.find('>') else {
            break;
        };
        let tag = &after[..tag_end];
        let Some(close) = after.find("</script>") else {
            break;
        };
        let body = &after[tag_end + 1..close];
        if !tag.contains("src=") && !tag.contains("application/ld+json") && !tag.contains("application/json") {
            scripts.push(body.to_string());
        }
        rest = &after[close + "</script>".len()..];
    }
    scripts
}

/// The Content-Security-Policy for every page.
pub fn content_security_policy(script_hashes: &[String], style_hashes: &[String], booking: &crate::booking::provider::Settings) -> String {
    let mut connect = vec!["'self'".to_string()];
    connect.extend(booking.connect_origins());
    let mut form_action = vec!["'self'".to_string(), "mailto:".to_string()];
    form_action.extend(booking.form_action_origins());
    let mut scripts = vec!["'self'".to_string(), "'wasm-unsafe-eval'".to_string()];
    scripts.extend(script_hashes.iter().cloned());
    let mut styles = vec!["'self'".to_string()];
    styles.extend(style_hashes.iter().cloned());
    [
        "default-src 'self'".to_string(),
        format!("script-src {}", scripts.join(" ")),
        format!("style-src {}", styles.join(" ")),
        "img-src 'self' data:".to_string(),
        "font-src 'self'".to_string(),
        format!("connect-src {}", connect.join(" ")),
        "manifest-src 'self'".to_string(),
        "object-src 'none'".to_string(),
        "base-uri 'self'".to_string(),
        format!("form-action {}", form_action.join(" ")),
        "frame-ancestors 'none'".to_string(),
    ]
    .join("; ")
}

/// `_headers` in the Netlify / Cloudflare Pages syntax. Hashed files are
/// cached for a year as immutable; pages and unhashed files revalidate.
pub fn headers_file(config: &ReleaseConfig, csp: &str, hashed_files: &[String], pages: &[String]) -> String {
    let base = &config.base;
    let mut out = String::new();
    out.push_str(&format!(
        "# Generated by the release step (src/release.rs); do not edit.\n{base}*\n  \
         Content-Security-Policy: {csp}\n  \
         X-Content-Type-Options: nosniff\n  \
         Referrer-Policy: strict-origin-when-cross-origin\n  \
         Permissions-Policy: accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()\n  \
         Strict-Transport-Security: max-age=63072000; includeSubDomains; preload\n  \
         X-Frame-Options: DENY\n"
    ));
    for file in hashed_files {
        out.push_str(&format!("{base}{file}\n  Cache-Control: public, max-age=31536000, immutable\n"));
        if file.ends_with(".wasm") {
            out.push_str("  Content-Type: application/wasm\n");
        }
    }
    for page in pages {
        out.push_str(&format!("{page}\n  Cache-Control: public, max-age=0, must-revalidate\n"));
    }
    out.push_str(&format!("{base}assets/*\n  Cache-Control: public, max-age=86400\n"));
    out
}

/// `_redirects`: every path without a file gets the 404 page, which holds the
/// app; the app then routes the URL itself (a known route renders, anything
/// else shows "page not found"), while crawlers get an honest 404 status.
pub fn redirects_file(base: &str) -> String {
    format!("# Generated by the release step (src/release.rs).\n{base}*  {base}404.html  404\n")
}

/// `robots.txt` pointing at the sitemap.
pub fn robots_file(config: &ReleaseConfig) -> String {
    format!("User-agent: *\nAllow: /\n\nSitemap: {}/sitemap.xml\n", config.site_url)
}

/// `sitemap.xml` listing every route.
pub fn sitemap_file(config: &ReleaseConfig, routes: &[String]) -> String {
    let mut out = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for route in routes {
        out.push_str(&format!("  <url><loc>{}</loc></url>\n", xml_escape(&page_url(config, route))));
    }
    out.push_str("</urlset>\n");
    out
}

fn xml_escape(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// The public URL of a route: `https://host/portfolio/book`.
pub fn page_url(config: &ReleaseConfig, route: &str) -> String {
    let path = route.trim_start_matches('/');
    if path.is_empty() { format!("{}/", config.site_url) } else { format!("{}/{path}", config.site_url) }
}

/// Reads an attribute value of the first tag that starts with `tag_start`.
fn attribute_of(html: &str, tag_start: &str, attribute: &str) -> Option<String> {
    let at = html.find(tag_start)?;
    let tag = &html[at..at + html[at..].find('>')?];
    let key = format!("{attribute}=\"");
    let from = tag.find(&key)? + key.len();
    let to = tag[from..].find('"')? + from;
    Some(tag[from..to].to_string())
}

/// Tags for search and link previews, built from the page's own title and
/// description (which the page set through leptos_meta).
pub fn head_tags(config: &ReleaseConfig, html: &str, route: Option<&str>) -> String {
    let seo = content::seo();
    let site = content::site();
    let title = html
        .find("<title>")
        .and_then(|at| html[at + 7..].find("</title>").map(|len| html[at + 7..at + 7 + len].to_string()))
        .unwrap_or_default();
    let description = attribute_of(html, "<meta name=\"description\"", "content").unwrap_or_default();
    let page = route.and_then(DetailPage::of);
    let image = format!("{}{}", config.site_url, page.map_or(seo.og_image.clone(), |page| page.preview_image()));
    let image_alt = match page {
        Some(page) => format!("{} — {} · {}", page.title(), site.identity.name, site.identity.role),
        None => seo.og_image_alt.clone(),
    };
    let mut tags = Vec::new();
    if let Some(route) = route {
        let url = page_url(config, route);
        tags.push(format!(r#"<link rel="canonical" href="{}">"#, escape_attr(&url)));
        tags.push(format!(r#"<meta property="og:url" content="{}">"#, escape_attr(&url)));
    }
    tags.push(format!(r#"<meta property="og:type" content="{}">"#, if route == Some("/") { "website" } else { "article" }));
    tags.push(format!(r#"<meta property="og:site_name" content="{}">"#, escape_attr(&site.identity.name)));
    tags.push(format!(r#"<meta property="og:locale" content="{}">"#, escape_attr(&seo.locale)));
    tags.push(format!(r#"<meta property="og:title" content="{title}">"#));
    tags.push(format!(r#"<meta property="og:description" content="{description}">"#));
    tags.push(format!(r#"<meta property="og:image" content="{}">"#, escape_attr(&image)));
    tags.push(r#"<meta property="og:image:width" content="1200">"#.to_string());
    tags.push(r#"<meta property="og:image:height" content="630">"#.to_string());
    tags.push(format!(r#"<meta property="og:image:alt" content="{}">"#, escape_attr(&image_alt)));
    tags.push(r#"<meta name="twitter:card" content="summary_large_image">"#.to_string());
    tags.push(format!(r#"<meta name="twitter:title" content="{title}">"#));
    tags.push(format!(r#"<meta name="twitter:description" content="{description}">"#));
    tags.push(format!(r#"<meta name="twitter:image" content="{}">"#, escape_attr(&image)));
    tags.push(format!(r#"<meta name="twitter:image:alt" content="{}">"#, escape_attr(&image_alt)));
    let structured = match (route, page) {
        (Some("/"), _) => Some(json_ld(config)),
        (_, Some(page)) => Some(detail_json_ld(config, page)),
        _ => None,
    };
    if let Some(data) = structured {
        tags.push(format!(r#"<script type="application/ld+json">{data}</script>"#));
    }
    tags.join("")
}

/// A page of one case study or one building block: it has its own preview
/// picture and breadcrumbs.
#[derive(Debug, Clone, Copy)]
pub enum DetailPage {
    CaseStudy(&'static content::CaseStudy),
    Block(&'static content::ArchitectureBlock),
}

impl DetailPage {
    /// The detail page at `route`, if it is one.
    pub fn of(route: &str) -> Option<DetailPage> {
        let route = route.trim_end_matches('/');
        if let Some(slug) = route.strip_prefix("/case-studies/") {
            return content::case_study(slug).map(DetailPage::CaseStudy);
        }
        route.strip_prefix("/architecture/").and_then(content::architecture_block).map(DetailPage::Block)
    }

    /// Every detail page of the site.
    pub fn all() -> Vec<DetailPage> {
        let studies = content::case_studies().iter().map(DetailPage::CaseStudy);
        studies.chain(content::architecture().iter().map(DetailPage::Block)).collect()
    }

    /// Its route, e.g. `/case-studies/<slug>`.
    pub fn route(self) -> String {
        match self {
            DetailPage::CaseStudy(study) => crate::paths::case_study_path(&study.slug),
            DetailPage::Block(block) => crate::paths::architecture_path(&block.slug),
        }
    }

    /// Its heading.
    pub fn title(self) -> &'static str {
        match self {
            DetailPage::CaseStudy(study) => &study.title,
            DetailPage::Block(block) => &block.title,
        }
    }

    /// Its 1200×630 link preview, from the site root: `/assets/og<route>.png`,
    /// which `scripts/og-image.mjs --pages` renders into the build.
    pub fn preview_image(self) -> String {
        format!("/assets/og{}.png", self.route())
    }

    /// The home page section it belongs to: (its name in the navigation, its anchor).
    fn section(self) -> (&'static str, &'static str) {
        let site = content::site();
        let intro = match self {
            DetailPage::CaseStudy(_) => &site.case_studies.intro,
            DetailPage::Block(_) => &site.architecture.intro,
        };
        let href = format!("/#{}", intro.anchor);
        let name = site.nav.links.iter().find(|link| link.href == href).map_or(intro.heading.as_str(), |link| &link.label);
        (name, &intro.anchor)
    }
}

/// schema.org structured data of a detail page: its breadcrumbs (home, the
/// home page section, the page), and for a case study the `Article`.
pub fn detail_json_ld(config: &ReleaseConfig, page: DetailPage) -> String {
    let site = content::site();
    let home = format!("{}/", config.site_url);
    let url = page_url(config, &page.route());
    let (section, anchor) = page.section();
    let breadcrumbs = json!({
        "@type": "BreadcrumbList",
        "itemListElement": [
            { "@type": "ListItem", "position": 1, "name": site.identity.name, "item": home },
            { "@type": "ListItem", "position": 2, "name": section, "item": format!("{home}#{anchor}") },
            { "@type": "ListItem", "position": 3, "name": page.title(), "item": url },
        ]
    });
    let mut graph = vec![breadcrumbs];
    if let DetailPage::CaseStudy(study) = page {
        graph.push(json!({
            "@type": "Article",
            "headline": study.title,
            "description": study.summary,
            "about": study.context,
            "keywords": study.stack.join(", "),
            "image": [format!("{}{}", config.site_url, page.preview_image())],
            "url": url,
            "mainEntityOfPage": url,
            "inLanguage": content::seo().locale.replace('_', "-"),
            "author": { "@type": "Person", "@id": format!("{home}#person"), "name": site.identity.name, "jobTitle": site.identity.role, "url": home },
        }));
    }
    script_json(&json!({ "@context": "https://schema.org", "@graph": graph }))
}

/// JSON for inside a `<script>` element, where `</` must not appear.
fn script_json(data: &serde_json::Value) -> String {
    data.to_string().replace("</", "<\\/")
}

/// schema.org structured data of the home page: the owner, her service and
/// the questions (`FAQPage`).
pub fn json_ld(config: &ReleaseConfig) -> String {
    let seo = content::seo();
    let site = content::site();
    let home = format!("{}/", config.site_url);
    let person_id = format!("{home}#person");
    let data = json!({
        "@context": "https://schema.org",
        "@graph": [
            {
                "@type": "Person",
                "@id": person_id,
                "name": site.identity.name,
                "jobTitle": site.identity.role,
                "description": site.home.description,
                "url": home,
                "email": format!("mailto:{}", seo.contact_email),
                "knowsAbout": seo.person.knows_about,
            },
            {
                "@type": "ProfessionalService",
                "name": seo.service.name,
                "serviceType": seo.service.service_type,
                "description": site.home.description,
                "url": home,
                "areaServed": seo.service.area_served,
                "provider": { "@id": person_id },
                "image": format!("{}{}", config.site_url, seo.og_image),
            },
            {
                "@type": "FAQPage",
                "@id": format!("{home}#questions"),
                "url": home,
                "mainEntity": content::questions().iter().map(|q| json!({
                    "@type": "Question",
                    "name": q.question,
                    "acceptedAnswer": { "@type": "Answer", "text": q.answer },
                })).collect::<Vec<_>>(),
            }
        ]
    });
    script_json(&data)
}

/// The speculation rules of every page (Chromium; other browsers ignore
/// them): links to the site's pages under `base` are prerendered on intent
/// (`moderate`: the pointer rests on the link or goes down on it), the
/// booking page only prefetched, because prerendering it would start its
/// form, which resumes a waiting booking from the outbox. Only page paths
/// match: no files (a dot in the path), no other origin, no `mailto:`.
pub fn speculation_rules(base: &str, booking_route: &str) -> String {
    let booking = format!("{base}{}{{/}}?", booking_route.trim_matches('/'));
    let same_site_pages = json!([
        { "href_matches": { "pathname": format!("{base}*") } },
        { "not": { "href_matches": { "pathname": format!("{base}*.*") } } },
        { "not": { "selector_matches": "[rel~=nofollow], [download]" } },
    ]);
    let mut prerender = same_site_pages.as_array().cloned().unwrap_or_default();
    prerender.push(json!({ "not": { "href_matches": { "pathname": booking } } }));
    json!({
        "prerender": [{ "where": { "and": prerender }, "eagerness": "moderate" }],
        "prefetch": [{ "where": { "href_matches": { "pathname": booking } }, "eagerness": "moderate" }],
    })
    .to_string()
}

/// The inline script that declares `rules` (see [`speculation_rules`]) unless
/// the visitor asked to save data (`Save-Data`) or the browser has no
/// speculation rules. The CSP allows it, and the rules it inserts, by hash.
///
/// It inserts them in a task of its own after the page's load event: rules
/// serve only a later move, and inserted while the page was parsed they made
/// the parser's first task, which the first paint waits for, 3 to 4 ms longer
/// (median of 10 traced loads, `/` 20.2 to 16.8 ms, `/book` 14.9 to 11.0 ms).
pub fn speculation_script(rules: &str) -> String {
    let rules = serde_json::Value::String(rules.to_string()).to_string().replace("</", "<\\/");
    format!(
        "<script>addEventListener(\"load\",()=>setTimeout(()=>{{if(!navigator.connection?.saveData&&HTMLScriptElement.supports?.(\"speculationrules\")){{const s=document.createElement(\"script\");s.type=\"speculationrules\";s.text={rules};document.head.append(s)}}}}),{{once:true}})</script>"
    )
}

/// Shown only without JavaScript: the booking call to action as a mail link.
pub fn noscript_banner() -> String {
    let seo = content::seo();
    let site = content::site();
    format!(
        r#"<noscript><p class="noscript-banner"><a href="mailto:{email}">{label}</a> · {email}</p></noscript>"#,
        email = escape_attr(&seo.contact_email),
        label = escape_attr(&site.closing_cta.button.label),
    )
}

/// The files of `names` that the page links by name under `base`: Trunk's
/// hashed outputs (stylesheet, script, wasm, icon). Their names change with
/// their content, so hosts may cache them forever.
pub fn hashed_outputs(html: &str, base: &str, names: &[String]) -> Vec<String> {
    let mut found: Vec<String> = names.iter().filter(|name| html.contains(&format!("\"{base}{name}\""))).cloned().collect();
    found.sort();
    found
}
