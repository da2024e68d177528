use leptos::prelude::*;

use crate::booking::ics::{IcsText, ics_data_url, ics_for_first_window};
use crate::booking::payload::{Payload, summary_rows};
use crate::booking::text::fill;
use crate::booking::view::state::BookingState;
use crate::content;

/// The success view: the booking's reference, what was sent, and a
/// tentative calendar entry for the first preferred window.
#[component]
pub fn BookingConfirmation(reference: String, payload: Payload) -> impl IntoView {
    let state = expect_context::<BookingState>();
    let copy = content::booking();
    let c = &copy.confirmation;
    let title = fill(&c.calendar_title, &[("name", &content::booking_owner())]);
    let description = fill(&c.calendar_description, &[("reference", &reference)]);
    let host = crate::booking::endpoint::contact_email().rsplit('@').next().unwrap_or_default();
    let ics = ics_for_first_window(&payload, &IcsText { title: &title, description: &description, uid_host: host });
    let rows = summary_rows(&payload, copy)
        .into_iter()
        .map(|(label, value)| view! { <div class="booking-summary-row"><dt>{label}</dt><dd>{value}</dd></div> })
        .collect_view();
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
            <h2 id="booking-confirmation-heading" tabindex="-1">{c.heading.clone()}</h2>
            <p>{c.body.clone()}</p>
            <dl class="booking-confirmation__reference">
                <dt>{c.reference.clone()}</dt>
                <dd><strong>{reference}</strong></dd>
            </dl>
            <p hidden=ics.is_none()>
                <a class="booking-button" href=ics.as_deref().map(ics_data_url) download=c.calendar_file.clone()>{c.calendar.clone()}</a>
            </p>
            <h3>{c.summary.clone()}</h3>
            <dl class="booking-confirmation__summary">{rows}</dl>
            <p><button type="button" class="booking-button booking-button--quiet" on:click=new_booking>{c.new_booking.clone()}</button></p>
        </section>
    }
}
