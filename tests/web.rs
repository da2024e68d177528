//! Browser unit tests: mount the real app in headless Chromium and read the DOM.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

/// Lets Leptos finish effects and head updates queued during mount.
async fn next_tick() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window()
            .unwrap()
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 20)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

#[wasm_bindgen_test]
async fn app_mounts_over_prerendered_markup_and_shows_the_headline() {
    let doc = document();
    let root = doc.create_element("div").unwrap();
    root.set_id(portfolio::APP_ROOT_ID);
    root.set_inner_html("<p id=\"stale\">prerendered</p>");
    doc.body().unwrap().append_child(&root).unwrap();

    portfolio::start(portfolio::App);
    next_tick().await;

    assert!(doc.get_element_by_id("stale").is_none(), "prerendered markup is replaced, not duplicated");
    let site = portfolio::content::site();
    let h1s = doc.query_selector_all("h1").unwrap();
    assert_eq!(h1s.length(), 1, "exactly one h1");
    let h1 = doc.query_selector("h1").unwrap().unwrap();
    assert_eq!(h1.text_content().unwrap().trim(), site.home.headline);
    assert_eq!(doc.title(), site.home.title);
    let main = doc.query_selector("main").unwrap().expect("a main landmark");
    assert_eq!(main.get_attribute("id").as_deref(), Some("main"));
}

#[wasm_bindgen_test]
async fn the_app_without_booking_renders_the_same_page_and_leaves_book_links_to_the_browser() {
    use wasm_bindgen::JsCast;
    let doc = document();
    let root = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&root).unwrap();
    let mounted = leptos::mount::mount_to(root.clone().unchecked_into(), portfolio::AppWithoutBooking);
    next_tick().await;

    let site = portfolio::content::site();
    let h1 = root.query_selector("h1").unwrap().expect("a heading");
    assert_eq!(h1.text_content().unwrap().trim(), site.home.headline);
    let book_links = root.query_selector_all(r#"a[href$="/book"]"#).unwrap();
    assert!(book_links.length() >= 2, "the header and the hero link to /book");
    for i in 0..book_links.length() {
        let link: web_sys::Element = book_links.item(i).unwrap().unchecked_into();
        // The router leaves rel="external" links to the browser, which loads
        // /book and with it the bundle that has the form.
        assert_eq!(link.get_attribute("rel").as_deref(), Some("external"), "{:?}", link.text_content());
    }
    assert!(root.query_selector("form").unwrap().is_none(), "no booking form in this bundle's home page");
    // The other tests count headings in the whole document.
    drop(mounted);
    root.remove();
}
