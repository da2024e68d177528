//! Native: the booking page's content and its prerendered HTML.
#![cfg(not(target_arch = "wasm32"))]

use portfolio::booking::provider;
use portfolio::booking::form::Field;
use portfolio::booking::messages::field_copy;
use portfolio::content::{self, BOOKING_JSON, BookingCopy};
use portfolio::prerender::{empty_root, render_document};

fn book_page() -> String {
    let template = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><!--HEAD--></head><body>{}</body></html>",
        empty_root()
    );
    render_document(&template, "/book", "/").expect("/book renders")
}

/// The opening tag of the element with this id.
fn tag_with_id<'h>(html: &'h str, id: &str) -> &'h str {
    let at = html.find(&format!("id=\"{id}\"")).unwrap_or_else(|| panic!("no element with id {id}"));
    let start = html[..at].rfind('<').unwrap();
    let end = at + html[at..].find('>').unwrap();
    &html[start..=end]
}

#[test]
fn booking_content_compiled_into_the_app_equals_the_json_file() {
    let parsed: BookingCopy = serde_json::from_str(BOOKING_JSON).expect("content/booking.json parses");
    assert_eq!(format!("{:?}", content::booking()), format!("{parsed:?}"));
}

#[test]
fn book_page_has_its_title_heading_and_lead_from_the_content() {
    let page = &content::booking().page;
    let html = book_page();
    assert!(html.contains(&format!("<title>{}", page.title)), "title");
    assert!(html.contains(&page.heading));
    assert!(html.contains(&page.lead));
    assert_eq!(html.matches("<h1").count(), 1);
}

#[test]
fn every_field_is_labelled_and_described_and_starts_without_errors() {
    let copy = content::booking();
    let html = book_page();
    // (The open-times picker is a group of radios, and only there with Cal.com.)
    for field in Field::ALL.into_iter().filter(|f| *f != Field::Slot) {
        let id = field.dom_id();
        assert!(html.contains(&format!("for=\"{id}\"")), "a label for {id}");
        let control = tag_with_id(&html, &id);
        assert!(control.contains(&format!("aria-describedby=\"{id}-error")), "{id} is described by its message: {control}");
        assert!(!control.contains("aria-invalid"), "{id} starts valid");
        if let Some(copy) = field_copy(copy, field) {
            assert!(html.contains(&copy.label), "{}", copy.label);
        }
    }
    assert!(html.contains("novalidate"), "the form validates itself, beside each field");
    // The bot trap is hidden from people and assistive technology.
    let trap_at = html.find("id=\"booking-website\"").unwrap();
    assert!(html[..trap_at].rfind("aria-hidden=\"true\"").is_some_and(|at| trap_at - at < 300));
    assert!(tag_with_id(&html, "booking-website").contains("tabindex=\"-1\""));
}

#[test]
fn the_page_says_plainly_when_no_endpoint_is_set() {
    let html = book_page();
    let notice = tag_with_id(&html, "booking-not-configured");
    match provider::current().sender {
        None => assert!(!notice.contains("hidden"), "shown without an endpoint: {notice}"),
        Some(_) => assert!(notice.contains("hidden"), "hidden with an endpoint: {notice}"),
    }
    assert!(html.contains(&content::booking().not_configured));
}

#[test]
fn nothing_browser_only_leaks_into_the_prerendered_page() {
    let html = book_page();
    // The time-zone list and "today" come from the browser after hydration.
    let zone = tag_with_id(&html, &Field::Timezone.dom_id());
    assert!(zone.contains("<select"), "{zone}");
    assert!(!html.contains("min=\""), "no date minimum before the browser says what day it is");
    assert!(tag_with_id(&html, "booking-status").contains("data-state=\"idle\""));
}

#[test]
fn with_cal_com_the_page_is_prerendered_loading_the_open_times_with_the_windows_kept_for_no_script() {
    let calcom = provider::Calcom { api_url: "https://api.cal.com".into(), event_type_id: Some(7), username: None, event_slug: None };
    provider::set_current(provider::Settings { calcom: Some(calcom), sender: None });
    let html = book_page();
    provider::set_current(provider::Settings::default());
    let c = &content::booking().calcom;
    assert!(tag_with_id(&html, "booking-slot").contains("role=\"group\""));
    assert!(html.contains(&c.loading), "space for the times, saying they load");
    assert!(!html.contains("type=\"radio\" name=\"slot\""), "no times before the browser reads them");
    assert!(html.contains("data-times=\"slots\""));
    assert!(html.contains(&c.legend) && html.contains(&c.fallback));
    // The windows stay for JavaScript off and for the fallback.
    for field in [Field::WindowDate(0), Field::WindowPart(1)] {
        assert!(html.contains(&format!("id=\"{}\"", field.dom_id())), "{field:?}");
    }
    // Without Cal.com: no picker.
    assert!(!book_page().contains("id=\"booking-slot\""));
}
