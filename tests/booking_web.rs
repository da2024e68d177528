//! Browser unit tests of the booking form's browser helpers, in headless Chromium.
#![cfg(target_arch = "wasm32")]

use portfolio::booking::browser;
use portfolio::booking::calendar::{CivilDate, wall_ms};
use portfolio::booking::form::BookingForm;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn zone_offsets_follow_daylight_saving() {
    let winter = wall_ms(CivilDate::parse("2027-01-15").unwrap(), 12 * 60);
    let summer = wall_ms(CivilDate::parse("2027-07-15").unwrap(), 12 * 60);
    assert_eq!(browser::zone_offset_ms("Europe/Berlin", winter), 3_600_000);
    assert_eq!(browser::zone_offset_ms("Europe/Berlin", summer), 7_200_000);
    assert_eq!(browser::zone_offset_ms("America/New_York", winter), -5 * 3_600_000);
    assert_eq!(browser::zone_offset_ms("Asia/Kolkata", winter), 19_800_000, "half-hour zones too");
    assert_eq!(browser::zone_offset_ms("UTC", summer), 0);
    // An unknown zone is caught, not thrown.
    assert_eq!(browser::wall_clock("Not/A_Zone", winter), None);
}

#[wasm_bindgen_test]
fn temporal_and_intl_agree_on_every_zone() {
    // Chromium answers through Temporal; engines without it go through Intl.
    assert!(js_sys::Reflect::has(&js_sys::global(), &"Temporal".into()).unwrap(), "this Chromium has Temporal");
    let instants = ["2027-01-15", "2027-03-28", "2027-07-15", "2027-11-07"]
        .map(|day| wall_ms(CivilDate::parse(day).unwrap(), 90));
    for zone in browser::zones().iter().step_by(7).chain(["Asia/Kathmandu".to_string()].iter()) {
        for utc in instants {
            assert_eq!(browser::wall_clock(zone, utc), browser::wall_clock_by_intl(zone, utc), "{zone} at {utc}");
        }
    }
    assert_eq!(browser::wall_clock_by_intl("Not/A_Zone", instants[0]), None);
}

#[wasm_bindgen_test]
fn the_browser_names_its_zone_and_lists_the_others() {
    let zone = browser::detected_zone();
    assert!(!zone.is_empty());
    let zones = browser::zones();
    assert!(zones.iter().any(|z| z == "Europe/Berlin"), "{} zones", zones.len());
    assert!(browser::today_in(&zone).is_some());
}

#[wasm_bindgen_test]
fn ids_are_fresh_version_4_uuids() {
    let (a, b) = (browser::new_id(), browser::new_id());
    assert_ne!(a, b);
    for id in [&a, &b] {
        assert_eq!(id.len(), 36, "{id}");
        assert_eq!(&id[14..15], "4", "{id}");
        assert!(matches!(&id[19..20], "8" | "9" | "a" | "b"), "{id}");
    }
}

#[wasm_bindgen_test]
fn records_round_trip_through_local_storage() {
    let key = "booking.test.record";
    let form = BookingForm { name: "Ada <b>".into(), message: "line\nline".into(), ..Default::default() };
    assert!(browser::save_record(key, &form));
    assert_eq!(browser::load_record::<BookingForm>(key), Some(form));
    browser::remove(key);
    assert_eq!(browser::load_record::<BookingForm>(key), None);
    assert!(browser::save(key, "not json"));
    assert_eq!(browser::load_record::<BookingForm>(key), None, "garbage reads as nothing");
    browser::remove(key);
}

#[wasm_bindgen_test]
async fn a_waker_ends_a_wait_early() {
    use std::rc::Rc;
    let waker = Rc::new(browser::Waker::default());
    let started = browser::now_ms();
    let early = waker.clone();
    leptos::prelude::set_timeout(move || early.wake(), std::time::Duration::from_millis(30));
    waker.sleep(Some(5_000)).await;
    assert!(browser::now_ms() - started < 2_000.0, "woken, not timed out");
}

#[wasm_bindgen_test]
fn the_browser_parses_json_into_the_same_values() {
    use portfolio::booking::json::Json;
    let json = Json::parse(r#"{"errors":[{"field":"email","message":"No"}],"id":1234,"big":2.5e3,"ok":false,"none":null}"#).expect("JSON");
    let errors = json.get("errors").expect("errors");
    assert_eq!(errors, &Json::Array(vec![Json::Object(vec![("field".into(), Json::String("email".into())), ("message".into(), Json::String("No".into()))])]));
    assert_eq!(json.get("id"), Some(&Json::Number("1234".into())));
    assert_eq!(json.get("big"), Some(&Json::Number("2500".into())));
    assert_eq!(json.get("ok"), Some(&Json::Bool(false)));
    assert_eq!(json.get("none"), Some(&Json::Null));
    assert_eq!(Json::parse("<html>"), None);
    // The readers built on it give the same answers as natively.
    assert_eq!(portfolio::booking::response_body::success_reference(r#"{"data":{"bookingId":42}}"#).as_deref(), Some("42"));
}
