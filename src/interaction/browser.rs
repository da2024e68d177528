//! Browser glue for the behaviours, wasm only: viewport visibility
//! (IntersectionObserver), animation frames, timers, reduced motion and page
//! visibility. Call it from effects and event handlers, never while rendering.
//!
//! Each watcher is a value that stops watching when dropped; [`keep_until_cleanup`]
//! ties one to the current reactive owner, so it stops when the component goes.
//! Hand-written on web-sys rather than leptos-use. Measured on the release
//! build (brotli): this glue in use added 3.8 KB of wasm and 0.4 KB of JS;
//! leptos-use 0.16's use_intersection_observer, use_raf_fn,
//! use_prefers_reduced_motion, use_document_visibility and use_interval_fn
//! used the same way added 17.6 KB and 0.8 KB.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::prelude::on_cleanup;
use leptos::__reexports::send_wrapper::SendWrapper;
use wasm_bindgen::JsCast;
use wasm_bindgen::prelude::*;
use web_sys::{Element, EventTarget, IntersectionObserver, IntersectionObserverEntry, IntersectionObserverInit};

/// A running behaviour: its observers, listeners and state. It stops when dropped.
pub type Running = Box<dyn std::any::Any>;

/// The page's window (behaviours only run in a page).
pub fn window() -> web_sys::Window {
    web_sys::window().expect("a window")
}

/// Keeps `value` (a watcher) alive until the current reactive owner is cleaned
/// up (the effect re-runs or the component unmounts), then drops it.
pub fn keep_until_cleanup<T: 'static>(value: T) {
    let value = SendWrapper::new(value);
    on_cleanup(move || drop(value));
}

/// Every element below `root` that matches `selector`, in document order.
pub fn elements_below(root: &Element, selector: &str) -> Vec<Element> {
    let Ok(nodes) = root.query_selector_all(selector) else { return Vec::new() };
    (0..nodes.length()).filter_map(|i| nodes.item(i)?.dyn_into::<Element>().ok()).collect()
}

/// The element below `root` with this id. Looking below the behaviour's own
/// root, not in the whole document, keeps two copies of a section apart.
pub fn by_id_below(root: &Element, id: &str) -> Option<Element> {
    root.query_selector(&format!("[id='{id}']")).ok().flatten()
}

/// Runs `then` once the current state has been painted (two animation frames
/// from now), e.g. to turn transitions on only after start-up.
pub fn after_next_paint(then: impl FnOnce() + 'static) {
    let second = Closure::once_into_js(then);
    let first = Closure::once_into_js(move || {
        let _ = window().request_animation_frame(second.unchecked_ref());
    });
    let _ = window().request_animation_frame(first.unchecked_ref());
}

/// Whether the visitor asked for reduced motion.
pub fn prefers_reduced_motion() -> bool {
    reduced_motion_query().is_some_and(|query| query.matches())
}

fn reduced_motion_query() -> Option<web_sys::MediaQueryList> {
    window().match_media("(prefers-reduced-motion: reduce)").ok().flatten()
}

/// Whether the page is hidden (another tab, minimised window).
pub fn page_hidden() -> bool {
    window().document().is_some_and(|document| document.hidden())
}

/// Whether the page is being prerendered (speculation rules) and has not been
/// shown yet. Read by name: web-sys has no binding for it, and a browser
/// without prerendering has no such property (so: not prerendering).
pub fn prerendering() -> bool {
    window().document().is_some_and(|document| {
        js_sys::Reflect::get(&document, &JsValue::from_str("prerendering")).ok().and_then(|value| value.as_bool()).unwrap_or(false)
    })
}

/// Calls `on_shown` once, when a prerendered page is shown to the visitor
/// (`prerenderingchange`). `None` when the page is not being prerendered.
pub fn on_prerender_shown(on_shown: impl FnOnce() + 'static) -> Option<Listener> {
    if !prerendering() {
        return None;
    }
    let document = window().document()?;
    let mut on_shown = Some(on_shown);
    Some(Listener::new(document.into(), "prerenderingchange", move |_| {
        if let Some(on_shown) = on_shown.take() {
            on_shown();
        }
    }))
}

/// Starts something (a watcher) now, or, on a prerendered page, only once the
/// page is shown, so nothing counts, animates or polls before anyone can see
/// it. What `start` returns lives until this is dropped.
pub struct WhenShown {
    _listener: Option<Listener>,
    _started: Rc<RefCell<Option<Running>>>,
}

impl WhenShown {
    pub fn start<T: 'static>(start: impl FnOnce() -> T + 'static) -> WhenShown {
        let started: Rc<RefCell<Option<Running>>> = Rc::default();
        if !prerendering() {
            *started.borrow_mut() = Some(Box::new(start()));
            return WhenShown { _listener: None, _started: started };
        }
        let later = Rc::downgrade(&started);
        let listener = on_prerender_shown(move || {
            if let Some(started) = later.upgrade() {
                *started.borrow_mut() = Some(Box::new(start()));
            }
        });
        WhenShown { _listener: listener, _started: started }
    }
}

/// The events that show a visitor is there: a pointer moving or pressed
/// (mouse, pen or touch), a key, or the page scrolling.
const ENGAGEMENT_EVENTS: [&str; 4] = ["pointermove", "pointerdown", "keydown", "scroll"];

/// Starts something (a watcher) at the visitor's first sign of presence (any
/// of [`ENGAGEMENT_EVENTS`]), so that a page loading with nobody touching it
/// does no animation work. What `start` returns lives until this is dropped.
pub struct OnceEngaged {
    listeners: Rc<RefCell<Vec<Listener>>>,
    _started: Rc<RefCell<Option<Running>>>,
}

impl OnceEngaged {
    pub fn start<T: 'static>(start: impl FnOnce() -> T + 'static) -> OnceEngaged {
        let started: Rc<RefCell<Option<Running>>> = Rc::default();
        let listeners: Rc<RefCell<Vec<Listener>>> = Rc::default();
        let start = Rc::new(RefCell::new(Some(start)));
        let target: EventTarget = window().into();
        for event in ENGAGEMENT_EVENTS {
            let (start, started, all) = (start.clone(), Rc::downgrade(&started), Rc::downgrade(&listeners));
            let listener = Listener::new(target.clone(), event, move |_| {
                let (Some(start), Some(started)) = (start.borrow_mut().take(), started.upgrade()) else { return };
                *started.borrow_mut() = Some(Box::new(start()));
                // A listener cannot be removed while it runs: the next task removes all four.
                let all = all.clone();
                let remove = Closure::once_into_js(move || {
                    if let Some(all) = all.upgrade() {
                        all.borrow_mut().clear();
                    }
                });
                let _ = window().set_timeout_with_callback(remove.unchecked_ref());
            });
            listeners.borrow_mut().push(listener);
        }
        OnceEngaged { listeners, _started: started }
    }
}

impl Drop for OnceEngaged {
    fn drop(&mut self) {
        self.listeners.borrow_mut().clear();
    }
}

/// An event listener that is removed when dropped.
pub struct Listener {
    target: EventTarget,
    event: &'static str,
    callback: Closure<dyn FnMut(web_sys::Event)>,
}

impl Listener {
    pub fn new(target: EventTarget, event: &'static str, on_event: impl FnMut(web_sys::Event) + 'static) -> Listener {
        let callback = Closure::<dyn FnMut(web_sys::Event)>::new(on_event);
        let _ = target.add_event_listener_with_callback(event, callback.as_ref().unchecked_ref());
        Listener { target, event, callback }
    }
}

impl Drop for Listener {
    fn drop(&mut self) {
        let _ = self.target.remove_event_listener_with_callback(self.event, self.callback.as_ref().unchecked_ref());
    }
}

/// Calls `on_change(hidden)` whenever the page is hidden or shown again.
pub fn on_page_visibility(mut on_change: impl FnMut(bool) + 'static) -> Option<Listener> {
    let document = window().document()?;
    Some(Listener::new(document.into(), "visibilitychange", move |_| on_change(page_hidden())))
}

/// Calls `on_change(reduce)` whenever the reduced-motion preference changes.
pub fn on_reduced_motion_change(mut on_change: impl FnMut(bool) + 'static) -> Option<Listener> {
    let query = reduced_motion_query()?;
    let target: EventTarget = query.clone().into();
    Some(Listener::new(target, "change", move |_| on_change(query.matches())))
}

/// Watches whether an element intersects the viewport; stops when dropped.
pub struct InView {
    observer: IntersectionObserver,
    _callback: Closure<dyn FnMut(js_sys::Array, IntersectionObserver)>,
}

impl InView {
    /// Calls `on_change(visible)` once soon after starting and then whenever
    /// `target` enters or leaves the viewport, until it returns `false`.
    pub fn new(target: &Element, mut on_change: impl FnMut(bool) -> bool + 'static) -> Option<InView> {
        let callback = Closure::<dyn FnMut(js_sys::Array, IntersectionObserver)>::new(
            move |entries: js_sys::Array, observer: IntersectionObserver| {
                // Several entries can queue up for one target; the last one is current.
                let Some(entry) = entries.iter().last() else { return };
                if !on_change(entry.unchecked_into::<IntersectionObserverEntry>().is_intersecting()) {
                    observer.disconnect();
                }
            },
        );
        let options = IntersectionObserverInit::new();
        options.set_threshold_f64(0.0);
        let observer = IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options).ok()?;
        observer.observe(target);
        Some(InView { observer, _callback: callback })
    }
}

impl Drop for InView {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// The frame callback, shared by the loop and each frame that schedules the next.
type FrameCallback = Rc<RefCell<Option<Closure<dyn FnMut(f64)>>>>;

/// A requestAnimationFrame loop; stops when dropped or when the frame
/// function returns `false`.
pub struct Frames {
    handle: Rc<Cell<Option<i32>>>,
    callback: FrameCallback,
}

impl Frames {
    /// Calls `on_frame(ms since the first frame)` once per frame while it returns `true`.
    pub fn start(mut on_frame: impl FnMut(f64) -> bool + 'static) -> Frames {
        let handle = Rc::new(Cell::new(None));
        let callback: FrameCallback = Rc::new(RefCell::new(None));
        let (next_handle, next_callback) = (handle.clone(), Rc::downgrade(&callback));
        let mut started_at = None;
        *callback.borrow_mut() = Some(Closure::new(move |now: f64| {
            let start = *started_at.get_or_insert(now);
            next_handle.set(None);
            if on_frame(now - start)
                && let Some(callback) = next_callback.upgrade()
            {
                next_handle.set(request_frame(callback.borrow().as_ref()));
            }
        }));
        handle.set(request_frame(callback.borrow().as_ref()));
        Frames { handle, callback }
    }
}

fn request_frame(callback: Option<&Closure<dyn FnMut(f64)>>) -> Option<i32> {
    window().request_animation_frame(callback?.as_ref().unchecked_ref()).ok()
}

impl Drop for Frames {
    fn drop(&mut self) {
        if let Some(handle) = self.handle.take() {
            let _ = window().cancel_animation_frame(handle);
        }
        // The closure is freed here; the loop only holds a weak reference to it.
        self.callback.borrow_mut().take();
    }
}

/// A repeating timer (setInterval); cleared when dropped.
pub struct Every {
    handle: i32,
    _callback: Closure<dyn FnMut()>,
}

impl Every {
    pub fn start(period_ms: i32, on_tick: impl FnMut() + 'static) -> Option<Every> {
        let callback = Closure::<dyn FnMut()>::new(on_tick);
        let handle = window()
            .set_interval_with_callback_and_timeout_and_arguments_0(callback.as_ref().unchecked_ref(), period_ms)
            .ok()?;
        Some(Every { handle, _callback: callback })
    }
}

impl Drop for Every {
    fn drop(&mut self) {
        window().clear_interval_with_handle(self.handle);
    }
}

/// Runs `on_tick` every `period_ms` only while `target` is on screen, the page
/// is visible (and not being prerendered) and the visitor has not asked for
/// reduced motion; otherwise no timer exists at all. Stops for good when dropped.
pub struct WhileWatched {
    _in_view: Option<InView>,
    _page: Option<Listener>,
    _prerender: Option<Listener>,
    _motion: Option<Listener>,
    _state: Rc<RefCell<Watched>>,
}

struct Watched {
    in_view: bool,
    hidden: bool,
    prerendering: bool,
    reduced: bool,
    running: bool,
    on_change: Box<dyn FnMut(bool)>,
}

impl Watched {
    fn update(&mut self) {
        let run = self.in_view && !self.hidden && !self.prerendering && !self.reduced;
        if run != self.running {
            self.running = run;
            (self.on_change)(run);
        }
    }
}

impl WhileWatched {
    pub fn start(target: &Element, period_ms: i32, on_tick: impl FnMut() + 'static) -> WhileWatched {
        let on_tick = Rc::new(RefCell::new(on_tick));
        let timer = RefCell::new(None::<Every>);
        WhileWatched::toggle(target, move |run| {
            // Replacing the interval drops (stops) the one before.
            *timer.borrow_mut() = if run {
                let on_tick = on_tick.clone();
                Every::start(period_ms, move || (on_tick.borrow_mut())())
            } else {
                None
            };
        })
    }

    /// Calls `on_change(true)` when those same conditions start to hold, and
    /// `on_change(false)` when they stop (for motion that CSS runs, such as
    /// the pictures' flows). Stops for good when dropped.
    pub fn toggle(target: &Element, on_change: impl FnMut(bool) + 'static) -> WhileWatched {
        let state = Rc::new(RefCell::new(Watched {
            in_view: false,
            hidden: page_hidden(),
            prerendering: prerendering(),
            reduced: prefers_reduced_motion(),
            running: false,
            on_change: Box::new(on_change),
        }));
        let watch = |set: fn(&mut Watched, bool)| {
            let state = state.clone();
            move |value: bool| {
                let mut state = state.borrow_mut();
                set(&mut state, value);
                state.update();
            }
        };
        let in_view = watch(|s, v| s.in_view = v);
        let shown = watch(|s, v| s.prerendering = v);
        WhileWatched {
            _in_view: InView::new(target, move |visible| {
                in_view(visible);
                true
            }),
            _page: on_page_visibility(watch(|s, v| s.hidden = v)),
            _prerender: on_prerender_shown(move || shown(false)),
            _motion: on_reduced_motion_change(watch(|s, v| s.reduced = v)),
            _state: state,
        }
    }
}

/// One IntersectionObserver for many elements: calls `on_seen(element)` the
/// first time each one enters the viewport, then stops watching it. Stops
/// watching all when dropped.
pub struct FirstSightings {
    observer: IntersectionObserver,
    _callback: Closure<dyn FnMut(js_sys::Array, IntersectionObserver)>,
}

impl FirstSightings {
    pub fn new(targets: &[Element], mut on_seen: impl FnMut(&Element) + 'static) -> Option<FirstSightings> {
        let callback = Closure::<dyn FnMut(js_sys::Array, IntersectionObserver)>::new(
            move |entries: js_sys::Array, observer: IntersectionObserver| {
                for entry in entries.iter() {
                    let entry = entry.unchecked_into::<IntersectionObserverEntry>();
                    if entry.is_intersecting() {
                        let target = entry.target();
                        observer.unobserve(&target);
                        on_seen(&target);
                    }
                }
            },
        );
        let options = IntersectionObserverInit::new();
        options.set_threshold_f64(0.0);
        let observer = IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options).ok()?;
        for target in targets {
            observer.observe(target);
        }
        Some(FirstSightings { observer, _callback: callback })
    }
}

impl Drop for FirstSightings {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}
