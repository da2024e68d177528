use leptos::prelude::*;

use crate::booking::endpoint::contact_email;
use crate::booking::payload::mailto_href;
use crate::booking::status::{Status, status_text};
use crate::booking::view::state::BookingState;
use crate::content;

/// Where the booking's delivery stands, with what the visitor can do about
/// it: retry now, stop, try again, or send it by email instead.
#[component]
pub fn BookingStatus() -> impl IntoView {
    let state = expect_context::<BookingState>();
    let copy = content::booking();
    let s = &copy.status;
    let status = state.status;
    let text = Memo::new(move |_| status.with(|status| status_text(copy, status)));
    // Screen readers hear each change of state once, not every second of a countdown.
    let announcement = Memo::new(move |previous: Option<&(u32, String)>| {
        let key = status.with(|status| match status {
            Status::Retrying { attempt, .. } => *attempt,
            _ => 0,
        });
        match previous {
            Some((previous_key, said)) if key != 0 && *previous_key == key => (key, said.clone()),
            _ => (key, text.get()),
        }
    });
    let state_name = move || {
        status.with(|status| match status {
            Status::Idle => "idle",
            Status::Sending { .. } => "sending",
            Status::Retrying { .. } => "retrying",
            Status::Offline => "offline",
            Status::OtherTab => "other-tab",
            Status::Failed { .. } => "failed",
            Status::Cancelled { .. } => "cancelled",
            Status::Rejected { .. } => "rejected",
            Status::NotConfigured { .. } => "not-configured",
            Status::Delivered { .. } => "delivered",
            Status::Calcom(outcome) => outcome.name(),
        })
    };
    let not = move |shown: fn(&Status) -> bool| move || !status.with(shown);
    let mailto = Memo::new(move |_| status.with(|s| s.mailto_payload().map(|p| mailto_href(p, copy, contact_email()))));
    // The link is hidden until there is a booking to carry, but it always has
    // an address (crawlers and Lighthouse read every anchor).
    let href = move || mailto.get().unwrap_or_else(|| format!("mailto:{}", contact_email()));
    let messages = move || {
        status.with(|status| match status {
            Status::Rejected { errors, .. } => {
                let mut lines = errors.messages.clone();
                if !errors.fields.is_empty() {
                    lines.push(s.rejected_fields.clone());
                }
                lines
            }
            _ => Vec::new(),
        })
    };

    view! {
        // Focus lands here after a submit, so the status is read out with its actions.
        <div id="booking-status" class="booking-status" tabindex="-1" data-state=state_name>
            <p id="booking-status-text" class="booking-status__text">{move || text.get()}</p>
            <p class="visually-hidden" role="status">{move || announcement.get().1}</p>
            <ul class="booking-status__messages" inner_html=move || list_items(&messages())></ul>
            <div class="booking-status__actions">
                <button type="button" class="booking-button" on:click=|_| act(Action::RetryNow)
                    hidden=not(|s| matches!(s, Status::Retrying { .. }))>{s.retry_now.clone()}</button>
                <button type="button" class="booking-button booking-button--quiet" on:click=|_| act(Action::Cancel)
                    hidden=not(|s| matches!(s, Status::Sending { .. } | Status::Retrying { .. } | Status::Offline))>{s.cancel.clone()}</button>
                <button type="button" class="booking-button booking-button--primary" on:click=|_| act(Action::TryAgain)
                    hidden=not(|s| matches!(s, Status::Failed { .. } | Status::Cancelled { .. }))>{s.try_again.clone()}</button>
            </div>
            <p class="booking-status__mail" hidden=move || mailto.with(Option::is_none)>
                <a href=href class="booking-button">{s.mailto.clone()}</a>
                " "<span class="booking-status__hint">{s.mailto_hint.clone()}</span>
            </p>
        </div>
    }
}

#[derive(Clone, Copy)]
enum Action {
    RetryNow,
    Cancel,
    TryAgain,
}

/// Passes a button press to the tab's sender (browser only).
fn act(action: Action) {
    #[cfg(target_arch = "wasm32")]
    {
        let sender = crate::booking::delivery::delivery();
        match action {
            Action::RetryNow => sender.retry_now(),
            Action::Cancel => sender.cancel(),
            Action::TryAgain => sender.try_again(),
        }
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = action;
}

/// `<li>` per line, as markup (each line escaped).
fn list_items(lines: &[String]) -> String {
    let mut html = crate::html::Html::new();
    for line in lines {
        html.element("li", "", line);
    }
    html.into()
}
