//! Browser-only helpers for the booking form (wasm only): localStorage,
//! clocks, random ids, time zones from `Temporal` or `Intl`, the online flag and wakeable
//! waits. Nothing here runs natively or in a render path.

use std::cell::RefCell;

use js_sys::{Array, Date, Object, Reflect};
use wasm_bindgen::prelude::*;

use super::calendar::{CivilDate, DAY_MS, parse_us_wall_clock};
use super::text::uuid_v4;

fn window() -> web_sys::Window {
    web_sys::window().expect("a window")
}

/// localStorage, if the browser lets this page use it (private modes and
/// blocked storage give `None`; the form then works without saving).
fn storage() -> Option<web_sys::Storage> {
    window().local_storage().ok().flatten()
}

pub fn load(key: &str) -> Option<String> {
    storage()?.get_item(key).ok().flatten()
}

/// Stores `value`; false when storage is unavailable or full.
pub fn save(key: &str, value: &str) -> bool {
    storage().is_some_and(|s| s.set_item(key, value).is_ok())
}

pub fn remove(key: &str) {
    if let Some(s) = storage() {
        let _ = s.remove_item(key);
    }
}

/// Reads a stored JSON record.
pub fn load_record<T: super::json::FromJson>(key: &str) -> Option<T> {
    super::outbox::read_record(load(key).as_deref())
}

/// Stores a JSON record.
pub fn save_record<T: serde::Serialize>(key: &str, value: &T) -> bool {
    serde_json::to_string(value).is_ok_and(|json| save(key, &json))
}

pub fn now_ms() -> f64 {
    Date::now()
}

/// Uniform in `[0, 1)`.
pub fn random() -> f64 {
    js_sys::Math::random()
}

/// A new random UUID: `crypto.randomUUID()` where the page is a secure
/// context, else a v4 UUID from `crypto.getRandomValues`.
pub fn new_id() -> String {
    let crypto = window().crypto().expect("crypto");
    let has_random_uuid = Reflect::has(&crypto, &JsValue::from_str("randomUUID")).unwrap_or(false);
    if has_random_uuid {
        return crypto.random_uuid();
    }
    let mut bytes = [0u8; 16];
    crypto.get_random_values_with_u8_array(&mut bytes).expect("random bytes");
    uuid_v4(bytes)
}

/// `Temporal`, where the browser has it. Its zone answers need no `Intl`
/// formatter, and the first formatter a page builds costs 100 to 170 ms of main
/// thread on a 4× throttled phone (ICU's start-up, measured in Chromium 153),
/// against under 5 ms for `Temporal`; with it, `/book` starts without that task.
fn temporal() -> Option<JsValue> {
    Reflect::get(&js_sys::global(), &JsValue::from_str("Temporal")).ok().filter(JsValue::is_object)
}

/// `target.method(...args)`; `None` if it is missing or throws (a `RangeError`
/// for an unknown zone, say).
fn call(target: &JsValue, method: &str, args: &[JsValue]) -> Option<JsValue> {
    let function: js_sys::Function = Reflect::get(target, &JsValue::from_str(method)).ok()?.dyn_into().ok()?;
    Reflect::apply(&function, target, &args.iter().collect::<Array>()).ok()
}

/// The browser's own time zone, e.g. `Europe/Berlin`.
pub fn detected_zone() -> String {
    let from_temporal = temporal()
        .and_then(|temporal| Reflect::get(&temporal, &JsValue::from_str("Now")).ok())
        .and_then(|now| call(&now, "timeZoneId", &[]))
        .and_then(|zone| zone.as_string())
        .filter(|zone| !zone.is_empty());
    if let Some(zone) = from_temporal {
        return zone;
    }
    let format = js_sys::Intl::DateTimeFormat::new(&Array::new(), &Object::new());
    Reflect::get(&format.resolved_options(), &JsValue::from_str("timeZone"))
        .ok()
        .and_then(|zone| zone.as_string())
        .filter(|zone| !zone.is_empty())
        .unwrap_or_else(|| "UTC".into())
}

/// Every time zone the browser knows (empty where `Intl.supportedValuesOf` is missing).
pub fn zones() -> Vec<String> {
    let intl = Reflect::get(&js_sys::global(), &JsValue::from_str("Intl")).unwrap_or(JsValue::UNDEFINED);
    if !Reflect::has(&intl, &JsValue::from_str("supportedValuesOf")).unwrap_or(false) {
        return Vec::new();
    }
    // One string across to wasm, not some 400: each crossing costs.
    String::from(js_sys::Intl::supported_values_of(js_sys::Intl::SupportedValuesKey::TimeZone).join("\n"))
        .split('\n')
        .filter(|zone| !zone.is_empty())
        .map(String::from)
        .collect()
}

/// The wall-clock time in `zone` at the instant `utc_ms`, as wall ms; `None`
/// for a zone the browser does not know.
pub fn wall_clock(zone: &str, utc_ms: i64) -> Option<i64> {
    if let Some(temporal) = temporal() {
        let instant = Reflect::get(&temporal, &JsValue::from_str("Instant")).ok()?;
        let instant = call(&instant, "fromEpochMilliseconds", &[JsValue::from_f64(utc_ms as f64)])?;
        let zoned = call(&instant, "toZonedDateTimeISO", &[JsValue::from_str(zone)])?;
        let offset_ns = Reflect::get(&zoned, &JsValue::from_str("offsetNanoseconds")).ok()?.as_f64()?;
        return Some(utc_ms + (offset_ns / 1e6).round() as i64);
    }
    wall_clock_by_intl(zone, utc_ms)
}

/// [`wall_clock`] the `Intl` way, for engines without `Temporal` (WebKit today).
pub fn wall_clock_by_intl(zone: &str, utc_ms: i64) -> Option<i64> {
    let options = Object::new();
    for (key, value) in [
        ("timeZone", zone),
        ("hourCycle", "h23"),
        ("year", "numeric"),
        ("month", "2-digit"),
        ("day", "2-digit"),
        ("hour", "2-digit"),
        ("minute", "2-digit"),
        ("second", "2-digit"),
    ] {
        let _ = Reflect::set(&options, &JsValue::from_str(key), &JsValue::from_str(value));
    }
    // Called through Reflect so that the RangeError of an unknown zone is caught.
    let date = Date::new(&JsValue::from_f64(utc_ms as f64));
    let method: js_sys::Function = Reflect::get(&date, &JsValue::from_str("toLocaleString")).ok()?.dyn_into().ok()?;
    let args = Array::of2(&JsValue::from_str("en-US"), &options);
    let text = Reflect::apply(&method, &date, &args).ok()?.as_string()?;
    parse_us_wall_clock(&text)
}

/// `zone`'s offset from UTC in ms at `utc_ms` (0 for an unknown zone).
pub fn zone_offset_ms(zone: &str, utc_ms: i64) -> i64 {
    wall_clock(zone, utc_ms).map_or(0, |wall| wall - utc_ms)
}

/// Today's date in `zone`.
pub fn today_in(zone: &str) -> Option<CivilDate> {
    let wall = wall_clock(zone, now_ms() as i64)?;
    Some(CivilDate::from_days(wall.div_euclid(DAY_MS)))
}

/// `navigator.onLine`: false means certainly offline; true means maybe online.
pub fn is_online() -> bool {
    window().navigator().on_line()
}

/// A wait that something else can end early (a "retry now" click, the
/// `online` event, a change in another tab). One wait at a time per waker.
#[derive(Default)]
pub struct Waker {
    resolve: RefCell<Option<js_sys::Function>>,
}

impl Waker {
    /// Waits `ms` milliseconds (or until [`Waker::wake`]; `None` waits for the wake only).
    pub async fn sleep(&self, ms: Option<u32>) {
        let promise = js_sys::Promise::new(&mut |resolve, _reject| {
            if let Some(ms) = ms {
                let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms as i32);
            }
            *self.resolve.borrow_mut() = Some(resolve);
        });
        let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
        self.resolve.borrow_mut().take();
    }

    /// Ends the current wait, if any.
    pub fn wake(&self) {
        let resolve = self.resolve.borrow_mut().take();
        if let Some(resolve) = resolve {
            let _ = resolve.call0(&JsValue::NULL);
        }
    }
}

/// Moves keyboard focus to the element with this id, if it exists.
pub fn focus(id: &str) {
    use wasm_bindgen::JsCast;
    let element = window().document().and_then(|d| d.get_element_by_id(id));
    if let Some(element) = element.and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
        let _ = element.focus();
    }
}

/// What the visitor typed into the prerendered form before the page's script
/// started: each field's current value in the page, where it is not blank.
/// Read just before hydration, which would otherwise reset the fields to the
/// form's empty state. (The zone is detected, not typed, so it is left out.)
pub fn typed_in_page() -> Vec<(super::form::Field, String)> {
    let Some(document) = window().document() else { return Vec::new() };
    super::form::Field::ALL
        .into_iter()
        .filter(|field| *field != super::form::Field::Timezone)
        .filter_map(|field| {
            let element = document.get_element_by_id(&field.dom_id())?;
            let value = Reflect::get(&element, &JsValue::from_str("value")).ok()?.as_string()?;
            (!value.trim().is_empty()).then_some((field, value))
        })
        .collect()
}

/// The booking settings the release step wrote into the page
/// (`provider::SETTINGS_ID`), if it did.
pub fn page_settings() -> Option<super::provider::Settings> {
    let block = window().document()?.get_element_by_id(super::provider::SETTINGS_ID)?;
    super::provider::parse(&block.text_content()?)
}

/// Says the form is live, every part of it: `booking-ready` on the page's
/// performance timeline (the benchmark reads it) and `data-app="ready"` on
/// the root element (tests wait for it).
pub fn mark_ready() {
    if let Some(performance) = window().performance() {
        let _ = performance.mark("booking-ready");
    }
    if let Some(html) = window().document().and_then(|d| d.document_element()) {
        let _ = html.set_attribute("data-app", "ready");
    }
}

/// Focuses the form field `id` and shows its whole block (label, hint,
/// message) at the top of the view: scrolled into view first, which keeps the
/// page's `scroll-padding-top` below the sticky header, then focused without
/// scrolling again (focus alone shows only the control, leaving its label and
/// message under the header).
pub fn focus_field(id: &str) {
    use wasm_bindgen::JsCast;
    let Some(element) = window().document().and_then(|d| d.get_element_by_id(id)) else { return };
    let block = element.closest(".booking-field").ok().flatten().unwrap_or_else(|| element.clone());
    block.scroll_into_view_with_bool(true);
    let options = Object::new();
    let _ = Reflect::set(&options, &JsValue::from_str("preventScroll"), &JsValue::TRUE);
    if let Ok(focus) = Reflect::get(&element, &JsValue::from_str("focus")).and_then(|f| f.dyn_into::<js_sys::Function>()) {
        let _ = focus.call1(&element, &options);
    }
}
