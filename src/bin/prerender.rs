//! Writes every route of the site as static HTML into a Trunk output folder.
//!
//! Run by Trunk's post-build hook in release builds (see `Trunk.toml`):
//! `prerender <dir>` reads `<dir>/index.html` and writes `<dir>/<route>/index.html`
//! for each route plus `<dir>/404.html`.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use std::path::PathBuf;

    let dir = std::env::args_os()
        .nth(1)
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("TRUNK_STAGING_DIR").map(PathBuf::from))
        .expect("usage: prerender <dist-dir> (or set TRUNK_STAGING_DIR)");
    // Broken content never ships: the checks name each file, path and problem.
    let problems = portfolio::content::check::check(&portfolio::content::check::Sources::bundled());
    if !problems.is_empty() {
        for problem in &problems {
            eprintln!("{problem}");
        }
        std::process::exit(1);
    }
    let template_path = dir.join("index.html");
    let template = std::fs::read_to_string(&template_path)
        .unwrap_or_else(|e| panic!("reading {}: {e}", template_path.display()));

    let mut pages: Vec<(String, String)> = portfolio::pages::routes()
        .into_iter()
        .map(|route| (portfolio::prerender::output_path(&route), route))
        .collect();
    // Hosts serve 404.html for unknown paths; the app then routes the URL itself.
    pages.push(("404.html".to_string(), "/404".to_string()));

    // Trunk's --public-url, e.g. "/" or "/portfolio/".
    let base = std::env::var("TRUNK_PUBLIC_URL").unwrap_or_else(|_| "/".to_string());
    for (file, route) in pages {
        let html = portfolio::prerender::render_document(&template, &route, &base)
            .unwrap_or_else(|e| panic!("rendering {route}: {e}"));
        let out = dir.join(&file);
        if let Some(parent) = out.parent() {
            std::fs::create_dir_all(parent).expect("create route folder");
        }
        std::fs::write(&out, html).unwrap_or_else(|e| panic!("writing {}: {e}", out.display()));
        println!("prerendered {route} -> {file}");
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
