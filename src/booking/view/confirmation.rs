use leptos::prelude::*;

use crate::booking::ics::{IcsText, ics_data_url, ics_for_first_window};
use crate::booking::payload::{Payload, summary_rows};
use crate::booking::text::fill;
use crate::booking::view::state::BookingState;
use crate::content;
use crate::html::Html;

/// The success view: the booking's reference, what was sent, and a
/// tentative calendar entry for the first preferred window.
///
/// Everything but the button is static once shown, so it is written as
/// markup ([`confirmation_markup`]): a `view!` tree for it cost the booking
/// page's bundle more than the string writer does.
#[component]
pub fn BookingConfirmation(reference: String, payload: Payload) -> impl IntoView {
    let state = expect_context::<BookingState>();
    let c = &content::booking().confirmation;
    let new_booking = move |_| {
        #[cfg(target_arch = "wasm32")]
        crate::booking::delivery::delivery().dismiss_confirmation();
        state.clear_form();
        state.status.set(crate::booking::status::Status::Idle);
    };
    #[cfg(target_arch = "wasm32")]
    Effect::new(|_| crate::booking::browser::focus("booking-confirmation-heading"));

    view! {
        <section class="booking-confirmation" aria-labelledby="booking-confirmation-heading">
            <div inner_html=confirmation_markup(&reference, &payload)></div>
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
}
