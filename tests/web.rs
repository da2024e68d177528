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

    portfolio::start();
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
async fn a_static_copy_of_the_home_page_comes_to_life_with_its_behaviours_alone() {
    use portfolio::interaction::behaviour::{ATTR, Behaviour, enhance_page};
    use wasm_bindgen::JsCast;

    // The home page as markup only, the way the small bundle finds it: the
    // app renders it once, and a copy without the app's listeners is kept.
    let doc = document();
    let rendered = doc.create_element("div").unwrap();
    doc.body().unwrap().append_child(&rendered).unwrap();
    let mounted = leptos::mount::mount_to(rendered.clone().unchecked_into(), portfolio::App);
    next_tick().await;
    let markup = rendered.inner_html();
    drop(mounted);
    rendered.remove();
    let page = doc.create_element("div").unwrap();
    page.set_inner_html(&markup);
    doc.body().unwrap().append_child(&page).unwrap();

    let marked = page.query_selector_all(&format!("[{ATTR}]")).unwrap();
    let mut names: Vec<String> = (0..marked.length())
        .map(|i| marked.item(i).unwrap().unchecked_into::<web_sys::Element>().get_attribute(ATTR).unwrap())
        .collect();
    names.sort();
    names.dedup();
    assert_eq!(names.len(), Behaviour::ALL.len(), "the home page uses every behaviour: {names:?}");
    assert_eq!(enhance_page(&page), marked.length() as usize, "each marked element gets its behaviour");
    // Each marked element's behaviour starts in a task of its own, in turn.
    for _ in 0..=marked.length() {
        next_tick().await;
    }

    // The accordion answers a press.
    let button = page.query_selector(".accordion__trigger").unwrap().expect("a question");
    let expanded = button.get_attribute("aria-expanded").unwrap();
    button.unchecked_ref::<web_sys::HtmlElement>().click();
    let toggled = if expanded == "true" { "false" } else { "true" };
    assert_eq!(button.get_attribute("aria-expanded").as_deref(), Some(toggled));

    // The explorer selects a block in place and records it in the URL.
    let before = web_sys::window().unwrap().location().href().unwrap();
    let link = page.query_selector("#block-select-1").unwrap().expect("a second block");
    link.unchecked_ref::<web_sys::HtmlElement>().click();
    let card = link.closest(".block").unwrap().expect("its block");
    assert!(card.class_list().contains("block--selected"), "{}", card.class_name());
    assert!(web_sys::window().unwrap().location().search().unwrap().contains("block="));
    let history = web_sys::window().unwrap().history().unwrap();
    history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&before)).unwrap();

    // The other tests count headings in the whole document.
    page.remove();
}
