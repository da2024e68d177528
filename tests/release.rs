//! Native: the release step's pure parts (integrity, CSP, headers, sitemap, SEO tags).
#![cfg(not(target_arch = "wasm32"))]

use portfolio::booking::provider::{Sender, Service, Settings, origin_of};
use portfolio::release::*;

fn endpoint_settings(url: &str) -> Settings {
    Settings { calcom: None, sender: Some(Sender { service: Service::Endpoint, url: url.to_string(), access_key: None }) }
}

fn config(base: &str) -> ReleaseConfig {
    ReleaseConfig {
        base: base.to_string(),
        site_url: format!("https://site.test{}", base.trim_end_matches('/')),
        booking: endpoint_settings("https://api.bookings.test:8443/v1/bookings?x=1"),
    }
}

const LOADER: &str = r#"<head><script type="module">
const sri = "__SRI_WASM__";
const start = () => {
  if (started) return;
  const wasm = fetch(new Request("/portfolio-0123456789abcdef_bg.wasm", sri.startsWith("sha") ? { integrity: sri } : {})).then((r) => r.arrayBuffer());
  started = import("/portfolio-0123456789abcdef.js").then((app) => app.default({ module_or_path: wasm }));
};
</script></head>"#;

#[test]
fn integrity_and_csp_hashes_use_the_standard_encodings() {
    // Known digests of the empty input.
    assert_eq!(sri_sha384(b""), "sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb");
    assert_eq!(csp_sha256(""), "'sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU='");
}

#[test]
fn content_hashes_are_16_hex_digits_and_follow_the_bytes() {
    let hash = content_hash(b"wasm");
    assert_eq!(hash.len(), 16);
    assert!(hash.bytes().all(|b| b.is_ascii_hexdigit()));
    assert_eq!(hash, content_hash(b"wasm"));
    assert_ne!(hash, content_hash(b"wasm!"));
}

#[test]
fn a_stylesheet_link_is_dropped_by_name_and_nothing_else() {
    let html = "<head>\n  <link rel=\"stylesheet\" href=\"/p/main-0a.css\" integrity=\"sha384-x\"/>\n  <link rel=\"stylesheet\" href=\"/p/booking-1b.css\" integrity=\"sha384-y\"/>\n</head>";
    assert_eq!(
        without_stylesheet(html, "/p/", "booking"),
        "<head>\n  <link rel=\"stylesheet\" href=\"/p/main-0a.css\" integrity=\"sha384-x\"/>\n</head>"
    );
    assert_eq!(without_stylesheet(html, "/", "booking"), html, "another base: not this page's sheet");
    assert_eq!(without_stylesheet(html, "/p/", "fonts"), html);
}

#[test]
fn stylesheets_go_inline_in_order_each_named_in_one_style_where_the_first_was() {
    let html = "<head>\n  <meta charset=\"utf-8\">\n  <link rel=\"stylesheet\" href=\"/p/tokens-0a.css\" integrity=\"sha384-x\"/>\n  <link rel=\"stylesheet\" href=\"/p/main-1b.css\" integrity=\"sha384-y\"/>\n  <link rel=\"icon\" href=\"/p/favicon.svg\">\n</head>";
    let read = |file: &str| match file {
        "tokens-0a.css" => Some(":root{--a:1}\n".to_string()),
        "main-1b.css" => Some("body{margin:0}".to_string()),
        _ => None,
    };
    let (page, css) = inline_stylesheets(html, "/p/", read);
    assert_eq!(css.as_deref(), Some("/*tokens*/:root{--a:1}/*main*/body{margin:0}"));
    assert_eq!(
        page,
        "<head>\n  <meta charset=\"utf-8\">\n    <style>/*tokens*/:root{--a:1}/*main*/body{margin:0}</style>\n  <link rel=\"icon\" href=\"/p/favicon.svg\">\n</head>"
    );
    // Another base: not this site's sheets; no sheet: nothing to allow.
    assert_eq!(inline_stylesheets(html, "/", read), (html.to_string(), None));
}

#[test]
fn a_linked_stylesheet_is_found_by_name_under_the_base() {
    let html = "<head>\n  <link rel=\"stylesheet\" href=\"/p/sections-0a.css\"/>\n  <link rel=\"stylesheet\" href=\"/p/later-1b.css\"/>\n</head>";
    assert_eq!(linked_stylesheet(html, "/p/", "later").as_deref(), Some("later-1b.css"));
    assert_eq!(linked_stylesheet(html, "/p/", "sections").as_deref(), Some("sections-0a.css"));
    assert_eq!(linked_stylesheet(html, "/", "later"), None, "another base");
    assert_eq!(linked_stylesheet(html, "/p/", "interactions"), None);
}

#[test]
fn later_styles_load_after_the_first_paint_or_at_once_for_a_fragment_a_reload_and_without_script() {
    let html = "<head><style>a{}</style><meta name=\"x\"></head>";
    let page = with_later_styles(html, "/p/later-1b.css", "sha384-abc");
    let (before, after) = page.split_once("</style>").unwrap();
    assert_eq!(before, "<head><style>a{}");
    assert!(after.ends_with("<noscript><link rel=\"stylesheet\" href=\"/p/later-1b.css\"></noscript><meta name=\"x\"></head>"), "{after}");
    let scripts = executable_inline_scripts(&page);
    assert_eq!(scripts.len(), 1, "one script, which the CSP allows by hash");
    let script = &scripts[0];
    // The link it adds, with the file's integrity.
    assert!(script.contains(r#"{"href":"/p/later-1b.css","integrity":"sha384-abc","rel":"stylesheet"}"#), "{script}");
    // Added after the load and the first contentful paint, or a second after the load
    // at most (Firefox reports no paint for a page opened scrolled), and only once, ...
    assert!(script.contains(r#"addEventListener("load",painted"#) && script.contains(r#"getEntriesByName("first-contentful-paint")"#));
    assert!(script.contains(r#":add();setTimeout(add,1e3)}"#), "{script}");
    // What it styles is out of the layout until it has loaded; then shown a part per
    // frame, in page order; all at once if it fails, after 5 s at most, or on a link
    // to a place in the page, which is then scrolled to.
    assert!(script.contains(r#"root.dataset.laterStyles="pending";l.onload=next;l.onerror=all;"#), "{script}");
    assert!(script.contains(r#"next=()=>{const part=root.dataset.laterStyles&&document.querySelector(":is(.section,.case-card):not([data-shown])");part?(part.dataset.shown="",requestAnimationFrame(()=>setTimeout(next))):all()}"#), "{script}");
    assert!(script.contains(r#"all=()=>delete root.dataset.laterStyles,"#) && script.contains(r#"add=()=>{if(!l.isConnected){document.head.append(l);setTimeout(all,5e3)}}"#));
    assert!(script.contains(r#"addEventListener("hashchange",()=>{all();document.querySelector(":target")?.scrollIntoView()})"#));
    // ... but at once, holding up rendering and hiding nothing, for an address with a
    // fragment, a reload or a move back or forward (the browser restores the place
    // in the page) or a prerendered page.
    let (fragment_or_prerender, rest) = script
        .split_once(r#"arrival=performance.getEntriesByType?.("navigation")[0]?.type;if(location.hash||document.prerendering||arrival==="reload"||arrival==="back_forward"){l.setAttribute("blocking","render");return add()}"#)
        .unwrap();
    assert!(!fragment_or_prerender.contains("pending") && rest.contains("pending"), "{script}");
    // Without an inline style: at the end of the head.
    let page = with_later_styles("<head><title>t</title></head><body></body>", "/later-1b.css", "sha384-abc");
    assert!(page.starts_with("<head><title>t</title><script>") && page.ends_with("</noscript></head><body></body>"), "{page}");
}

#[test]
fn the_parts_shown_in_turn_are_the_ones_the_first_screen_styles_keep_out_of_the_layout() {
    let css: String = std::fs::read_to_string("style/sections.css").unwrap().split_whitespace().collect();
    let hidden = format!(":root[data-later-styles]:is({}):not([data-shown]),:root[data-later-styles].site-footer{{display:none;}}", SHOWN_IN_TURN);
    assert!(css.contains(&hidden), "style/sections.css should hide {SHOWN_IN_TURN} and the footer until shown");
}

#[test]
fn the_svg_icon_goes_inside_the_page_as_a_data_url() {
    let html = "<head>\n  <link rel=\"icon\" href=\"/p/favicon-0a.svg\"/>\n</head>";
    let read = |file: &str| (file == "favicon-0a.svg").then(|| "<svg fill=\"#0f172a\">\n<path d=\"M9 11\"/></svg>\n".to_string());
    assert_eq!(
        inline_icon(html, "/p/", read),
        "<head>\n  <link rel=\"icon\" href=\"data:image/svg+xml,%3Csvg%20fill='%230f172a'%3E%20%3Cpath%20d='M9%2011'/%3E%3C/svg%3E\"/>\n</head>"
    );
    // With single quotes of its own, its double quotes are encoded.
    assert_eq!(svg_data_url("<svg><title>Kavya's</title><g id=\"a\"/></svg>"), "data:image/svg+xml,%3Csvg%3E%3Ctitle%3EKavya's%3C/title%3E%3Cg%20id=%22a%22/%3E%3C/svg%3E");
    // Another base, an unreadable file, or no icon: the page as it was.
    assert_eq!(inline_icon(html, "/", read), html);
    assert_eq!(inline_icon(html, "/p/", |_| None), html);
    assert_eq!(inline_icon("<head></head>", "/p/", read), "<head></head>");
}

#[test]
fn inlined_css_loses_comments_indentation_and_blank_lines_only() {
    let css = "/* Tokens\n   for all */\n:root {\n  --a: 1; /* why */\n\n  --b: \"→\";\n}\n";
    assert_eq!(without_comments_and_indent(css), ":root {\n--a: 1;\n--b: \"→\";\n}");
}

#[test]
fn loader_urls_are_read_from_the_loader_script() {
    let (script, wasm) = loader_urls(LOADER).unwrap();
    assert_eq!(script, "/portfolio-0123456789abcdef.js");
    assert_eq!(wasm, "/portfolio-0123456789abcdef_bg.wasm");
    assert_eq!(loader_urls("<html></html>"), None);
}

#[test]
fn integrity_goes_into_the_loader_and_an_import_map_before_it() {
    let html = apply_integrity(LOADER, "/portfolio-0123456789abcdef.js", "sha384-AAA", "sha384-BBB");
    assert!(html.contains(r#"const sri = "sha384-BBB";"#));
    let map = html.find(r#"<script type="importmap">{"integrity":{"/portfolio-0123456789abcdef.js":"sha384-AAA"}}</script>"#);
    let loader = html.find(r#"<script type="module">"#);
    assert!(map.is_some() && loader.is_some() && map < loader, "{html}");
    assert!(!html.contains("__SRI_WASM__"));
}

#[test]
fn only_executable_inline_scripts_need_csp_hashes() {
    let html = r#"<script type="importmap">{"a":1}</script><script src="/x.js"></script>
        <script type="application/ld+json">{"@context":"https://schema.org"}</script><script type="module">go()</script>
        <script type="application/json" id="booking-settings">{"provider":"endpoint"}</script>"#;
    assert_eq!(executable_inline_scripts(html), vec![r#"{"a":1}"#.to_string(), "go()".to_string()]);
}

#[test]
fn csp_allows_only_own_scripts_the_wasm_and_the_booking_origin() {
    let csp = content_security_policy(
        &["'sha256-abc'".to_string()],
        &["'sha256-css'".to_string()],
        &config("/").booking,
    );
    assert!(csp.contains("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc'"), "{csp}");
    assert!(csp.contains("style-src 'self' 'sha256-css';"), "{csp}");
    assert!(csp.contains("connect-src 'self' https://api.bookings.test:8443;"), "{csp}");
    for needed in ["frame-ancestors 'none'", "base-uri 'self'", "object-src 'none'", "form-action 'self'"] {
        assert!(csp.contains(needed), "{needed} in {csp}");
    }
    assert!(!csp.contains("unsafe-inline") && !csp.contains(" 'unsafe-eval'"), "{csp}");
    assert!(csp.contains("form-action 'self' mailto:;"), "an endpoint takes JSON only: {csp}");
    let without = content_security_policy(&[], &[], &Settings::default());
    assert!(without.contains("connect-src 'self';"), "{without}");
    // A hosted service takes the form natively too; Cal.com is read and booked from the page.
    let hosted = Settings {
        calcom: Some(portfolio::booking::provider::Calcom {
            api_url: "https://api.cal.com".into(),
            event_type_id: Some(7),
            username: None,
            event_slug: None,
        }),
        sender: Some(Sender { service: Service::Formspree, url: "https://formspree.io/f/abc".into(), access_key: None }),
    };
    let csp = content_security_policy(&[], &[], &hosted);
    assert!(csp.contains("connect-src 'self' https://api.cal.com https://formspree.io;"), "{csp}");
    assert!(csp.contains("form-action 'self' mailto: https://formspree.io;"), "{csp}");
}

#[test]
fn origins_are_scheme_host_and_port() {
    assert_eq!(origin_of("https://a.test/x?y").as_deref(), Some("https://a.test"));
    assert_eq!(origin_of("http://127.0.0.1:4302/bookings").as_deref(), Some("http://127.0.0.1:4302"));
    assert_eq!(origin_of("mailto:x@y.z"), None);
    assert_eq!(origin_of("/relative"), None);
}

#[test]
fn headers_cache_hashed_files_forever_and_revalidate_pages() {
    let files = vec!["portfolio-0123456789abcdef_bg.wasm".to_string(), "main-0123456789abcdef.css".to_string()];
    let pages = vec!["/portfolio/".to_string(), "/portfolio/book".to_string()];
    let headers = headers_file(&config("/portfolio/"), "default-src 'self'", &files, &pages);
    assert!(headers.contains("/portfolio/*\n  Content-Security-Policy: default-src 'self'\n"), "{headers}");
    assert!(headers.contains(
        "/portfolio/portfolio-0123456789abcdef_bg.wasm\n  Cache-Control: public, max-age=31536000, immutable\n  Content-Type: application/wasm\n"
    ));
    assert!(headers.contains("/portfolio/book\n  Cache-Control: public, max-age=0, must-revalidate\n"));
    for header in ["X-Content-Type-Options: nosniff", "Referrer-Policy:", "Permissions-Policy:", "Strict-Transport-Security:"] {
        assert!(headers.contains(header), "{header}");
    }
    // An opener policy moves every arrival into a new renderer process; the README
    // (Release build) gives the measured cost and why the site does without it.
    assert!(!headers.contains("Cross-Origin-Opener-Policy"), "{headers}");
}

#[test]
fn hashed_outputs_are_the_files_the_page_links_by_name() {
    let names: Vec<String> =
        ["portfolio-502f5cbd6c7d7bb_bg.wasm", "main-1a.css", "index.html", "robots.txt", "book"].map(String::from).to_vec();
    let html =
        r#"<link href="/portfolio/main-1a.css"><script>new Request("/portfolio/portfolio-502f5cbd6c7d7bb_bg.wasm")</script>"#;
    assert_eq!(hashed_outputs(html, "/portfolio/", &names), vec!["main-1a.css", "portfolio-502f5cbd6c7d7bb_bg.wasm"]);
}

#[test]
fn sitemap_robots_and_redirects_follow_the_base() {
    let config = config("/portfolio/");
    let routes = portfolio::pages::routes();
    let sitemap = sitemap_file(&config, &routes);
    assert_eq!(sitemap.matches("<url>").count(), routes.len());
    assert!(sitemap.contains("<loc>https://site.test/portfolio/</loc>"));
    assert!(sitemap.contains("<loc>https://site.test/portfolio/book</loc>"));
    assert!(robots_file(&config).contains("Sitemap: https://site.test/portfolio/sitemap.xml"));
    assert_eq!(redirects_file("/portfolio/").lines().last(), Some("/portfolio/*  /portfolio/404.html  404"));
}

#[test]
fn head_tags_carry_canonical_open_graph_and_structured_data() {
    let page = r#"<head><meta name="description" content="About things."><title>Book — Someone</title></head>"#;
    let tags = head_tags(&config("/"), page, Some("/book"));
    assert!(tags.contains(r#"<link rel="canonical" href="https://site.test/book">"#), "{tags}");
    assert!(tags.contains(r#"<meta property="og:title" content="Book — Someone">"#));
    assert!(tags.contains(r#"<meta property="og:description" content="About things.">"#));
    assert!(tags.contains(r#"<meta name="twitter:card" content="summary_large_image">"#));
    assert!(!tags.contains("ld+json"), "structured data only on the home page");
    let home = head_tags(&config("/"), page, Some("/"));
    assert!(home.contains(r#""@type":"Person""#) && home.contains(r#""@type":"ProfessionalService""#), "{home}");
    let not_found = head_tags(&config("/"), page, None);
    assert!(!not_found.contains("canonical"));
}

/// The JSON-LD of a page's head tags, parsed.
fn json_ld_of(tags: &str) -> serde_json::Value {
    let start = tags.find(r#"<script type="application/ld+json">"#).expect("JSON-LD") + r#"<script type="application/ld+json">"#.len();
    let end = start + tags[start..].find("</script>").unwrap();
    serde_json::from_str(&tags[start..end]).expect("JSON-LD parses")
}

/// The node of `@type` `kind` in a JSON-LD `@graph`.
fn node<'a>(data: &'a serde_json::Value, kind: &str) -> &'a serde_json::Value {
    assert_eq!(data["@context"], "https://schema.org");
    let graph = data["@graph"].as_array().expect("a @graph");
    graph.iter().find(|n| n["@type"] == kind).unwrap_or_else(|| panic!("a {kind} in {data}"))
}

fn non_empty_text(value: &serde_json::Value, what: &str) -> String {
    let text = value.as_str().unwrap_or_else(|| panic!("{what} is text: {value}"));
    assert!(!text.trim().is_empty(), "{what} is not empty");
    text.to_string()
}

fn absolute_url(value: &serde_json::Value, what: &str) {
    let url = non_empty_text(value, what);
    assert!(url.starts_with("https://site.test/"), "{what} is an absolute URL: {url}");
}

/// schema.org `BreadcrumbList`: ListItems at positions 1, 2, …, each with a
/// name and the absolute URL of its page.
fn assert_breadcrumbs(list: &serde_json::Value, last_name: &str, last_url: &str) {
    let items = list["itemListElement"].as_array().expect("itemListElement");
    assert!(items.len() >= 2);
    for (i, item) in items.iter().enumerate() {
        assert_eq!(item["@type"], "ListItem");
        assert_eq!(item["position"], i + 1);
        non_empty_text(&item["name"], "breadcrumb name");
        absolute_url(&item["item"], "breadcrumb item");
    }
    let last = items.last().unwrap();
    assert_eq!((last["name"].as_str().unwrap(), last["item"].as_str().unwrap()), (last_name, last_url));
}

#[test]
fn the_home_page_marks_up_its_questions_as_an_faq_page() {
    let page = r#"<head><meta name="description" content="Home."><title>Home</title></head>"#;
    let data = json_ld_of(&head_tags(&config("/"), page, Some("/")));
    let faq = node(&data, "FAQPage");
    let questions = faq["mainEntity"].as_array().expect("mainEntity: the questions");
    let content = portfolio::content::questions();
    assert_eq!(questions.len(), content.len());
    for (q, source) in questions.iter().zip(content) {
        assert_eq!(q["@type"], "Question");
        assert_eq!(non_empty_text(&q["name"], "Question name"), source.question);
        assert_eq!(q["acceptedAnswer"]["@type"], "Answer");
        assert_eq!(non_empty_text(&q["acceptedAnswer"]["text"], "Answer text"), source.answer);
    }
    node(&data, "Person");
}

#[test]
fn case_studies_carry_an_article_and_breadcrumbs_and_their_own_preview() {
    let page = r#"<head><meta name="description" content="A study."><title>Study</title></head>"#;
    for study in portfolio::content::case_studies() {
        let route = format!("/case-studies/{}", study.slug);
        let tags = head_tags(&config("/"), page, Some(&route));
        let image = format!("https://site.test/assets/og/case-studies/{}.png", study.slug);
        assert!(tags.contains(&format!(r#"<meta property="og:image" content="{image}">"#)), "{tags}");
        assert!(tags.contains(&format!(r#"<meta name="twitter:image" content="{image}">"#)));
        let data = json_ld_of(&tags);
        let article = node(&data, "Article");
        let headline = non_empty_text(&article["headline"], "headline");
        assert!(headline.chars().count() <= 110, "Article headline at most 110 characters");
        assert_eq!(headline, study.title);
        assert_eq!(article["image"][0], image.as_str());
        absolute_url(&article["mainEntityOfPage"], "mainEntityOfPage");
        assert_eq!(article["author"]["@type"], "Person");
        non_empty_text(&article["author"]["name"], "author name");
        absolute_url(&article["author"]["url"], "author url");
        assert_breadcrumbs(node(&data, "BreadcrumbList"), &study.title, &format!("https://site.test{route}"));
    }
}

#[test]
fn building_blocks_carry_breadcrumbs_and_their_own_preview() {
    let page = r#"<head><meta name="description" content="A block."><title>Block</title></head>"#;
    for block in portfolio::content::architecture() {
        let route = format!("/architecture/{}", block.slug);
        let tags = head_tags(&config("/portfolio/"), page, Some(&route));
        assert!(tags.contains(&format!(
            r#"<meta property="og:image" content="https://site.test/portfolio/assets/og/architecture/{}.png">"#,
            block.slug
        )));
        let data = json_ld_of(&tags);
        let list = node(&data, "BreadcrumbList");
        assert_breadcrumbs(list, &block.title, &format!("https://site.test/portfolio{route}"));
        assert!(data["@graph"].as_array().unwrap().iter().all(|n| n["@type"] != "Article"));
    }
    assert_eq!(DetailPage::all().len(), portfolio::content::case_studies().len() + portfolio::content::architecture().len());
}

#[test]
fn speculation_rules_prerender_site_pages_on_intent_and_only_prefetch_booking() {
    let rules: serde_json::Value = serde_json::from_str(&speculation_rules("/portfolio/", "/book")).expect("JSON");
    let prerender = &rules["prerender"][0];
    assert_eq!(prerender["eagerness"], "moderate");
    let conditions = prerender["where"]["and"].as_array().expect("an and of conditions");
    assert!(conditions.contains(&serde_json::json!({ "href_matches": { "pathname": "/portfolio/*" } })), "{rules}");
    // Files (a dot in the path) and the booking page are never prerendered.
    assert!(conditions.contains(&serde_json::json!({ "not": { "href_matches": { "pathname": "/portfolio/*.*" } } })));
    assert!(conditions.contains(&serde_json::json!({ "not": { "href_matches": { "pathname": "/portfolio/book{/}?" } } })));
    assert_eq!(rules["prefetch"][0]["where"], serde_json::json!({ "href_matches": { "pathname": "/portfolio/book{/}?" } }));
    assert_eq!(rules["prefetch"][0]["eagerness"], "moderate");
    // Only path patterns: the origin comes from the page, so no other host
    // and no mailto: can match.
    assert!(!rules.to_string().contains("http"), "{rules}");
}

#[test]
fn the_speculation_script_holds_the_rules_verbatim_and_honours_save_data() {
    let rules = speculation_rules("/", "/book");
    let html = speculation_script(&rules);
    let scripts = executable_inline_scripts(&html);
    assert_eq!(scripts.len(), 1, "{html}");
    let script = &scripts[0];
    // After the page's load, in a task of its own, and only without Save-Data.
    assert!(script.starts_with("addEventListener(\"load\",()=>setTimeout(()=>{if(!navigator.connection?.saveData&&"), "{script}");
    assert!(script.ends_with("}),{once:true})"), "{script}");
    // The inserted text is exactly the rules, so their CSP hash matches.
    let literal_at = script.find("s.text=").expect("sets the text") + "s.text=".len();
    let literal_end = script.find(";document.head").expect("then inserts it");
    let inserted: String = serde_json::from_str(&script[literal_at..literal_end]).expect("a JSON string literal");
    assert_eq!(inserted, rules);
    assert!(!script.contains("</"), "{script}");
}

#[test]
fn headers_keep_pages_eligible_for_the_back_forward_cache() {
    let pages = vec!["/".to_string(), "/book".to_string()];
    let headers = headers_file(&config("/"), "default-src 'self'", &[], &pages);
    assert!(!headers.to_ascii_lowercase().contains("no-store"), "{headers}");
}

#[test]
fn head_comments_go_with_their_blank_space_and_nothing_else_does() {
    let html = "<head>\n  <meta charset=\"utf-8\">\n  <!-- A note\n       for readers. -->\n  <script>if(a<!--b)go(\"<!-- kept -->\")</script>\n  <style>/*main*/p{}</style><!--HEAD--><title>T</title>\n</head>\n<body><!-- body --><p>x</p></body>";
    assert_eq!(
        without_head_comments(html),
        "<head>\n  <meta charset=\"utf-8\">\n  <script>if(a<!--b)go(\"<!-- kept -->\")</script>\n  <style>/*main*/p{}</style><title>T</title>\n</head>\n<body><!-- body --><p>x</p></body>"
    );
    // No head, or none to remove: unchanged.
    assert_eq!(without_head_comments("<p><!-- x --></p>"), "<p><!-- x --></p>");
    assert_eq!(without_head_comments("<head><title>T</title></head>"), "<head><title>T</title></head>");
}
