//! Browser unit tests of the behaviours' glue and of a counting figure, in
//! headless Chromium: real IntersectionObserver, animation frames and timers.
#![cfg(target_arch = "wasm32")]

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::prelude::*;
use portfolio::figure::Figure;
use portfolio::interaction::behaviour::{Behaviour, attach_on_mount};
use portfolio::interaction::browser::{Frames, InView, WhileWatched};
use portfolio::interaction::count_up::markup::write_figure;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        web_sys::window().unwrap().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms).unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

/// A fresh element in the page; `below_fold` puts it far out of view.
fn element(below_fold: bool) -> web_sys::HtmlElement {
    let el: web_sys::HtmlElement = document().create_element("div").unwrap().unchecked_into();
    el.set_text_content(Some("x"));
    if below_fold {
        el.set_attribute("style", "position:absolute;top:100000px").unwrap();
    }
    document().body().unwrap().append_child(&el).unwrap();
    el
}

#[wasm_bindgen_test]
async fn frames_run_until_told_to_stop_and_report_elapsed_time() {
    let calls = Rc::new(RefCell::new(Vec::new()));
    let seen = calls.clone();
    let frames = Frames::start(move |elapsed| {
        seen.borrow_mut().push(elapsed);
        seen.borrow().len() < 5
    });
    sleep(400).await;
    let calls = calls.borrow().clone();
    assert_eq!(calls.len(), 5, "stops after the callback says so");
    assert_eq!(calls[0], 0.0, "time counts from the first frame");
    assert!(calls.windows(2).all(|w| w[1] > w[0]), "time moves forward: {calls:?}");
    drop(frames);
}

#[wasm_bindgen_test]
async fn dropped_frames_stop_at_once() {
    let count = Rc::new(Cell::new(0));
    let seen = count.clone();
    let frames = Frames::start(move |_| {
        seen.set(seen.get() + 1);
        true
    });
    sleep(100).await;
    drop(frames);
    let at_drop = count.get();
    assert!(at_drop > 0);
    sleep(200).await;
    assert_eq!(count.get(), at_drop);
}

#[wasm_bindgen_test]
async fn in_view_reports_entering_and_leaving_the_viewport() {
    let el = element(true);
    let reports = Rc::new(RefCell::new(Vec::new()));
    let seen = reports.clone();
    let _watch = InView::new(&el, move |visible| {
        seen.borrow_mut().push(visible);
        true
    })
    .unwrap();
    sleep(150).await;
    assert_eq!(*reports.borrow(), vec![false]);
    el.set_attribute("style", "").unwrap();
    sleep(150).await;
    assert_eq!(*reports.borrow(), vec![false, true]);
    el.remove();
}

#[wasm_bindgen_test]
async fn while_watched_ticks_only_while_on_screen() {
    let el = element(true);
    let ticks = Rc::new(Cell::new(0));
    let seen = ticks.clone();
    let watched = WhileWatched::start(&el, 50, move || seen.set(seen.get() + 1));
    sleep(300).await;
    assert_eq!(ticks.get(), 0, "off screen: no ticks");
    el.set_attribute("style", "").unwrap();
    sleep(400).await;
    let on_screen = ticks.get();
    assert!(on_screen >= 3, "on screen: ticking ({on_screen})");
    el.set_attribute("style", "position:absolute;top:100000px").unwrap();
    sleep(150).await;
    let stopped = ticks.get();
    sleep(300).await;
    assert_eq!(ticks.get(), stopped, "off screen again: stopped");
    drop(watched);
    el.remove();
}

#[wasm_bindgen_test]
async fn a_figure_in_view_counts_up_to_exactly_its_copy_keeping_its_shape() {
    let site = portfolio::content::site();
    let text: &'static str = site.stats.iter().map(|s| s.figure.as_str()).find(|f| f.contains('.')).expect("a stat with decimals");
    let target = Figure::parse(text).unwrap();
    let host = element(false);
    let mount = leptos::mount::mount_to(host.clone(), move || {
        let root = NodeRef::<leptos::html::Div>::new();
        attach_on_mount(Behaviour::CountUp, root);
        let mut markup = portfolio::html::Html::new();
        write_figure(&mut markup, text);
        view! { <div node_ref=root inner_html=String::from(markup)></div> }
    });
    let live = host.query_selector("[aria-hidden='true'] > :last-child").unwrap().unwrap();
    let final_text = host.query_selector("[aria-hidden='true'] ~ *").unwrap().unwrap();
    assert_eq!(final_text.text_content().unwrap(), text, "screen readers get the final figure");

    let mut seen = Vec::new();
    for _ in 0..60 {
        sleep(40).await;
        let shown = live.text_content().unwrap();
        if seen.last() != Some(&shown) {
            seen.push(shown.clone());
        }
        if shown == text && seen.len() > 2 {
            break;
        }
    }
    assert!(seen.len() > 3, "counted through several values: {seen:?}");
    assert_eq!(seen.last().map(String::as_str), Some(text));
    for shown in &seen {
        let f = Figure::parse(shown).unwrap();
        assert_eq!((&f.prefix, f.decimals, &f.suffix), (&target.prefix, target.decimals, &target.suffix), "{shown}");
        assert!(f.value <= target.value);
    }
    assert_eq!(final_text.text_content().unwrap(), text);
    drop(mount);
    host.remove();
}
