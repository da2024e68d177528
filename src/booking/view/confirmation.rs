use leptos::prelude::*;

use crate::booking::calcom::Booked;
use crate::booking::ics::{IcsText, ics_data_url, ics_for_first_window, ics_for_meeting};
use crate::booking::payload::{Payload, summary_rows};
use crate::booking::text::fill;
use crate::booking::view::state::BookingState;
use crate::content;
use crate::html::Html;

/// The success view: [`confirmation_markup`] for a request with preferred
/// windows, [`calcom_confirmation_markup`] for a booked open time, and a
/// button for another booking.
///
/// Everything but the button is static once shown, so it is written as
/// markup: a `view!` tree for it cost the booking page's bundle more than
/// the string writer does.
#[component]
pub fn BookingConfirmation(markup: String) -> impl IntoView {
    let state = expect_context::<BookingState>();
    let c = &content::booking().confirmation;
    let new_booking = move |_| {
        #[cfg(target_arch = "wasm32")]
        crate::booking::delivery::delivery().dismiss_confirmation();
        state.clear_form();
        state.status.set(crate::booking::status::Status::Idle);
        state.reread.update(|n| *n += 1);
    };
    #[cfg(target_arch = "wasm32")]
    Effect::new(|_| crate::booking::browser::focus("booking-confirmation-heading"));

    view! {
        <section class="booking-confirmation" aria-labelledby="booking-confirmation-heading">
            <div inner_html=markup></div>
            <p><button type="button" class="booking-button booking-button--quiet" on:click=new_booking>{c.new_booking.clone()}</button></p>
        </section>
    }
}

/// The confirmation's heading, reference, calendar link and summary of what
/// was sent, as markup; every text from the visitor is escaped.
pub fn confirmation_markup(reference: &str, payload: &Payload) -> String {
    let copy = content::booking();
    let c = &copy.confirmation;
    let title = fill(&c.calendar_title, &[("name", content::booking_owner())]);
    let description = fill(&c.calendar_description, &[("reference", reference)]);
    let host = crate::booking::endpoint::contact_email().rsplit('@').next().unwrap_or_default();
    let ics = ics_for_first_window(payload, &IcsText { title: &title, description: &description, uid_host: host });

    let mut html = Html::new();
    html.open("h2", &[("id", "booking-confirmation-heading"), ("tabindex", "-1")]).text(&c.heading).close("h2");
    html.element("p", "", &c.body);
    html.open_class("dl", "booking-confirmation__reference").element("dt", "", &c.reference);
    html.open("dd", &[]).element("strong", "", reference).close("dd").close("dl");
    if let Some(ics) = ics {
        let href = ics_data_url(&ics);
        html.open("p", &[]).open("a", &[("class", "booking-button"), ("href", &href), ("download", &c.calendar_file)]);
        html.text(&c.calendar).close("a").close("p");
    }
    html.element("h3", "", &c.summary);
    html.open_class("dl", "booking-confirmation__summary");
    for (label, value) in summary_rows(payload, copy) {
        html.open_class("div", "booking-summary-row").element("dt", "", &label).element("dd", "", &value).close("div");
    }
    html.close("dl");
    html.into()
}

/// The confirmation of a booked open time: when (in the visitor's zone),
/// Cal.com's `uid` as the reference, the meeting link, an `.ics` for the
/// exact time, and the reschedule and cancel links when Cal.com gave them.
pub fn calcom_confirmation_markup(booked: &Booked, when: &str, email: &str) -> String {
    let c = &content::booking().calcom.confirmation;
    let title = fill(&c.calendar_title, &[("name", content::booking_owner())]);
    let description = fill(&c.calendar_description, &[("reference", &booked.uid)]);
    let host = crate::booking::endpoint::contact_email().rsplit('@').next().unwrap_or_default();
    let text = IcsText { title: &title, description: &description, uid_host: host };
    let ics = ics_for_meeting(&booked.uid, booked.start_ms, booked.start_ms, booked.end_ms, &text);

    let mut html = Html::new();
    html.open("h2", &[("id", "booking-confirmation-heading"), ("tabindex", "-1")]).text(&c.heading).close("h2");
    html.element("p", "", &fill(&c.body, &[("email", email)]));
    html.open_class("dl", "booking-confirmation__facts");
    for (label, value) in [(&c.when, when), (&c.reference, booked.uid.as_str())] {
        html.open("div", &[]).element("dt", "", label).open("dd", &[]).element("strong", "", value).close("dd").close("div");
    }
    html.close("dl").open_class("p", "booking-confirmation__actions");
    let link = |html: &mut Html, url: &str, class: &str, text: &str| {
        html.open("a", &[("class", class), ("href", url)]).text(text).close("a");
    };
    if let Some(url) = &booked.meeting_url {
        link(&mut html, url, "booking-button booking-button--primary", &c.meeting);
    }
    html.open("a", &[("class", "booking-button"), ("href", &ics_data_url(&ics)), ("download", &c.calendar_file)]).text(&c.calendar).close("a");
    for (url, label) in [(&booked.reschedule_url, &c.reschedule), (&booked.cancel_url, &c.cancel)] {
        if let Some(url) = url {
            link(&mut html, url, "booking-button booking-button--quiet", label);
        }
    }
    html.close("p");
    html.into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::booking::payload::tests::sample_payload;

    #[test]
    fn the_confirmation_escapes_what_the_visitor_typed_and_offers_the_calendar_file() {
        let payload = sample_payload();
        let markup = confirmation_markup("REF-<1>", &payload);
        let c = &content::booking().confirmation;
        assert!(markup.starts_with(r#"<h2 id="booking-confirmation-heading" tabindex="-1">"#));
        assert!(markup.contains("<strong>REF-&lt;1&gt;</strong>"));
        assert!(markup.contains("&lt;script&gt;"), "the sample's markup comes back as text");
        assert!(!markup.contains("<script>"));
        assert!(markup.contains(&format!(r#"download="{}""#, c.calendar_file)));
        assert!(markup.contains("data:text/calendar"));
        assert_eq!(markup.matches(r#"<div class="booking-summary-row">"#).count(), summary_rows(&payload, content::booking()).len());
    }

    #[test]
    fn a_booked_call_shows_its_time_uid_calendar_file_and_only_the_links_returned() {
        let booked = Booked {
            uid: "bk_<1>".into(),
            start_ms: 1_796_392_800_000,
            end_ms: 1_796_394_600_000,
            meeting_url: Some("https://meet.example/bk".into()),
            reschedule_url: None,
            cancel_url: Some("https://cal.example/cancel".into()),
        };
        let markup = calcom_confirmation_markup(&booked, "Friday 2026-12-04, 9:00 AM (America/New_York)", "ada@example.com");
        let c = &content::booking().calcom.confirmation;
        assert!(markup.contains("<strong>bk_&lt;1&gt;</strong>"));
        assert!(markup.contains("9:00 AM (America/New_York)") && markup.contains("ada@example.com"));
        assert!(markup.contains(r#"href="https://meet.example/bk""#) && markup.contains(&c.meeting));
        assert!(markup.contains(&c.cancel) && !markup.contains(&c.reschedule));
        assert!(markup.contains("data:text/calendar") && markup.contains("STATUS%3ACONFIRMED"));
    }
}
