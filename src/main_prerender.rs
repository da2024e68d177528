//! Entry point of the prerenderer and the release step (native, binary
//! `prerender`), run by Trunk's post-build hook after every release build
//! (`Trunk.toml`), for every page: it renders each route to static HTML from
//! the same components the browser runs (`src/prerender.rs`), then writes what
//! a static host needs (`src/release.rs`).
//!
//! `prerender <dir>` reads `<dir>/index.html` and writes `<dir>/<route>/index.html`
//! for each route, `<dir>/404.html`, `_headers`, `_redirects`, `robots.txt` and
//! `sitemap.xml`. Settings come from the environment: `TRUNK_PUBLIC_URL` (the
//! base path, set by Trunk), `SITE_URL` (the public origin; falls back to
//! `content/seo.json`) and the booking settings (`BOOKING_PROVIDER` and the
//! rest, `src/booking/provider.rs`).

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::collections::BTreeSet;
    use std::path::PathBuf;

    use portfolio::content::check::{Sources, check};
    use portfolio::booking::provider::{self, Settings};
    use portfolio::release::{self, ReleaseConfig};
    use portfolio::{content, pages, paths, prerender};

    let dir = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from))
        .expect("usage: prerender <dist-dir> (or set TRUNK_STAGING_DIR)");
    let fail = |message: String| -> ! {
        eprintln!("prerender: {message}");
        std::process::exit(1)
    };
    let read = |path: &PathBuf| std::fs::read(path).unwrap_or_else(|e| fail(format!("reading {}: {e}", path.display())));
    let write = |file: &str, text: &str| {
        let out = dir.join(file);
        if let Some(parent) = out.parent() {
            std::fs::create_dir_all(parent).expect("create folder");
        }
        std::fs::write(&out, text).unwrap_or_else(|e| fail(format!("writing {}: {e}", out.display())));
    };

    // Broken content never ships: the checks name each file, path and problem.
    let problems = check(&Sources::bundled());
    if !problems.is_empty() {
        for problem in &problems {
            eprintln!("{problem}");
        }
        std::process::exit(1);
    }

    // Which service takes the bookings: a misfit fails the build, naming the variable.
    let booking_copy = content::booking();
    let booking_settings = Settings::resolve(|name| std::env::var(name).ok(), &booking_copy.provider, &booking_copy.endpoint, true)
        .unwrap_or_else(|e| fail(format!("booking settings: {e}")));
    provider::set_current(booking_settings.clone());
    let base = paths::normalize_base(&std::env::var("TRUNK_PUBLIC_URL").unwrap_or_default());
    let origin = std::env::var("SITE_URL").ok().filter(|url| !url.trim().is_empty());
    let origin = origin.unwrap_or_else(|| content::seo().site_url.clone());
    let config = ReleaseConfig {
        site_url: format!("{}{}", origin.trim_end_matches('/'), base.trim_end_matches('/')),
        booking: booking_settings.clone(),
        base,
    };

    // Three bundles: the whole app (the one Trunk's loader names), which
    // `404.html` starts; the booking form alone, which `/book` starts; and the
    // behaviours alone, which every other page starts. Trunk builds the last
    // two without a content hash in their names, so they get one here. The
    // browser checks each file's integrity.
    let template = String::from_utf8(read(&dir.join("index.html"))).expect("index.html is UTF-8");
    let (script_url, wasm_url) = release::loader_urls(&template)
        .unwrap_or_else(|| fail("index.html has no app loader (Trunk.toml pattern_script)".into()));
    let local = |url: &str| dir.join(url.strip_prefix(config.base.as_str()).unwrap_or(url));
    let with_integrity = |html: &str, script_url: &str, wasm_url: &str| {
        release::apply_integrity(
            html,
            script_url,
            &release::sri_sha384(&read(&local(script_url))),
            &release::sri_sha384(&read(&local(wasm_url))),
        )
    };
    let whole_app = with_integrity(&template, &script_url, &wasm_url);
    // The page template that starts `bundle` instead of the whole app, without
    // the stylesheets its pages have no use for.
    let template_starting = |bundle: &str, unused_sheets: &[&str]| {
        let mut urls = Vec::new();
        for (built, kind) in [(format!("{bundle}.js"), ".js"), (format!("{bundle}_bg.wasm"), "_bg.wasm")] {
            let bytes = read(&dir.join(&built));
            let hashed = format!("{bundle}-{}{kind}", release::content_hash(&bytes));
            std::fs::rename(dir.join(&built), dir.join(&hashed)).unwrap_or_else(|e| fail(format!("renaming {built}: {e}")));
            urls.push(format!("{}{hashed}", config.base));
        }
        let html = template.replacen(&script_url, &urls[0], 1).replacen(&wasm_url, &urls[1], 1);
        let mut html = with_integrity(&html, &urls[0], &urls[1]);
        for sheet in unused_sheets {
            html = release::without_stylesheet(&html, &config.base, sheet);
        }
        html
    };
    // The form's styles (style/booking.css) only matter where the form is,
    // and the sections' and behaviours' (style/sections.css, later.css,
    // interactions.css) only where they are. The content pages load the
    // sheets for what lies below their first screen after their first paint,
    // as one file.
    let later_sheets: Vec<String> = release::LATER_SHEETS
        .iter()
        .map(|name| {
            release::linked_stylesheet(&template, &config.base, name)
                .unwrap_or_else(|| fail(format!("index.html links no {name} stylesheet")))
        })
        .collect();
    let later_css = later_sheets
        .iter()
        .map(|file| String::from_utf8(read(&dir.join(file))).expect("CSS is UTF-8"))
        .collect::<Vec<_>>()
        .join("\n");
    let later_file = format!("later-{}.css", release::content_hash(later_css.as_bytes()));
    let behaviours_only = template_starting(LITE_BUNDLE, &[&["booking"][..], &release::LATER_SHEETS[..]].concat());
    let booking_only = template_starting(BOOKING_BUNDLE, &[&["sections"][..], &release::LATER_SHEETS[..]].concat());
    // Each page's styles arrive inside its HTML (about 7 KB brotli at most),
    // so its first paint waits for no other file; the CSP allows each by hash.
    let mut style_hashes = BTreeSet::new();
    let mut inline_styles = |html: &str| {
        let (html, css) = release::inline_stylesheets(html, &config.base, |file| std::fs::read_to_string(dir.join(file)).ok());
        style_hashes.extend(css.map(|css| release::csp_sha256(&css)));
        release::inline_icon(&html, &config.base, |file| std::fs::read_to_string(dir.join(file)).ok())
    };
    let (whole_app_page, behaviours_page, booking_page) =
        (inline_styles(&whole_app), inline_styles(&behaviours_only), inline_styles(&booking_only));
    // Trunk's copies of the later sheets are inlined into 404.html or joined
    // into one file by now; nothing links them.
    for file in &later_sheets {
        let _ = std::fs::remove_file(dir.join(file));
    }
    std::fs::write(dir.join(&later_file), &later_css).unwrap_or_else(|e| fail(format!("writing {later_file}: {e}")));
    let behaviours_page = release::with_later_styles(
        &behaviours_page,
        &format!("{}{later_file}", config.base),
        &release::sri_sha384(later_css.as_bytes()),
    );
    let template_for = |route: &str| match route {
        paths::BOOKING_ROUTE => &booking_page,
        NOT_FOUND_ROUTE => &whole_app_page,
        _ => &behaviours_page,
    };

    let routes = pages::routes();
    let mut outputs: Vec<(String, String, Option<&str>)> =
        routes.iter().map(|route| (prerender::output_path(route), route.clone(), Some(route.as_str()))).collect();
    // Hosts serve 404.html for unknown paths; the app then routes the URL
    // itself, whatever it is, so this page starts the whole app.
    outputs.push(("404.html".to_string(), NOT_FOUND_ROUTE.to_string(), None));

    // Each detail page's link preview, rendered by scripts/og-image.mjs --pages.
    for page in release::DetailPage::all() {
        let image = page.preview_image();
        if !dir.join(image.trim_start_matches('/')).is_file() {
            fail(format!("{image} is missing: run `node scripts/og-image.mjs --pages <dist>` first (Trunk.toml does)"));
        }
    }
    // Printed pages show the public URL of the site's links.
    paths::set_public_origin(&origin);
    // Speculation rules: declared by an inline script (so Save-Data can turn
    // them off), allowed by its hash, and the rules it inserts by theirs.
    let rules = release::speculation_rules(&config.base, paths::BOOKING_ROUTE);
    let speculation = release::speculation_script(&rules);
    let mut script_hashes = BTreeSet::from([release::csp_sha256(&rules)]);
    // Netlify Forms registers only forms its deploy bot finds in static HTML.
    let netlify_form = match &config.booking.sender {
        Some(sender) if sender.service == provider::Service::Netlify => portfolio::booking::hosted::netlify_detection_form(),
        _ => String::new(),
    };
    for (file, route, canonical) in &outputs {
        let html = prerender::render_document(template_for(route), route, &config.base)
            .unwrap_or_else(|e| fail(format!("rendering {route}: {e}")));
        let html = html.replacen(
            "</head>",
            &format!("{speculation}{}</head>", release::head_tags(&config, &html, *canonical)),
            1,
        );
        // The pages that start the booking form carry its settings.
        let html = match route.as_str() {
            paths::BOOKING_ROUTE | NOT_FOUND_ROUTE => html.replacen("</body>", &format!("{}{}</body>", config.booking.data_block(), netlify_form), 1),
            _ => html,
        };
        let html = match html.find("<body") {
            Some(at) => {
                let open_end = at + html[at..].find('>').expect("a <body> tag") + 1;
                format!("{}{}{}", &html[..open_end], release::noscript_banner(), &html[open_end..])
            }
            None => html,
        };
        let html = release::without_head_comments(&html);
        script_hashes.extend(release::executable_inline_scripts(&html).iter().map(|s| release::csp_sha256(s)));
        write(file, &html);
        println!("prerendered {route} -> {file}");
    }

    let csp =
        release::content_security_policy(
        &script_hashes.into_iter().collect::<Vec<_>>(),
        &style_hashes.into_iter().collect::<Vec<_>>(),
        &config.booking,
    );
    let top_level: Vec<String> =
        std::fs::read_dir(&dir).expect("list dist").filter_map(|entry| entry.ok()?.file_name().into_string().ok()).collect();
    let mut hashed_files = release::hashed_outputs(&whole_app, &config.base, &top_level);
    hashed_files.extend(release::hashed_outputs(&behaviours_page, &config.base, &top_level));
    hashed_files.extend(release::hashed_outputs(&booking_only, &config.base, &top_level));
    hashed_files.sort();
    hashed_files.dedup();
    let mut page_paths: Vec<String> = Vec::new();
    for route in &routes {
        let url = paths::href(route);
        page_paths.push(url.clone());
        if !url.ends_with('/') {
            page_paths.push(format!("{url}/"));
        }
    }
    page_paths.push(format!("{}404.html", config.base));
    page_paths.push(format!("{}index.html", config.base));
    write("_headers", &release::headers_file(&config, &csp, &hashed_files, &page_paths));
    write("_redirects", &release::redirects_file(&config.base));
    write("robots.txt", &release::robots_file(&config));
    write("sitemap.xml", &release::sitemap_file(&config, &routes));
    println!("wrote _headers, _redirects, robots.txt, sitemap.xml for {}", config.site_url);
}

/// The behaviours-only bundle (`src/main_behaviours.rs`), as
/// Trunk names its files in `dist/`.
#[cfg(not(target_arch = "wasm32"))]
const LITE_BUNDLE: &str = "portfolio-lite";

/// The booking page's bundle (`src/main_booking.rs`), as Trunk names
/// its files in `dist/`.
#[cfg(not(target_arch = "wasm32"))]
const BOOKING_BUNDLE: &str = "portfolio-book";

/// A path no route matches, rendered into `404.html`.
#[cfg(not(target_arch = "wasm32"))]
const NOT_FOUND_ROUTE: &str = "/404";

#[cfg(target_arch = "wasm32")]
fn main() {}
