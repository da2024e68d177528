use leptos::prelude::*;

use crate::booking::payload::mailto_href;
use crate::booking::status::{Status, status_text};
use crate::components::booking_form::BookingState;
use crate::content;

/// Where the booking's delivery stands, with what the visitor can do about
/// it: retry now, stop, try again, or send it by email instead.
#[component]
pub fn BookingStatus() -> impl IntoView {
    let state = expect_context::<BookingState>();
    let copy = content::booking();
    let s = &copy.status;
    let text = Memo::new(move |_| state.status.with(|status| status_text(copy, status)));
    // Screen readers hear each change of state once, not every second of a countdown.
    let announcement = Memo::new(move |previous: Option<&(u32, String)>| {
        let key = state.status.with(|status| match status {
            Status::Retrying { attempt, .. } => *attempt,
            _ => 0,
        });
        match previous {
            Some((previous_key, said)) if key != 0 && *previous_key == key => (key, said.clone()),
            _ => (key, text.get()),
        }
    });
    let state_name = move || {
        state.status.with(|status| match status {
            Status::Idle => "idle",
            Status::Sending { .. } => "sending",
            Status::Retrying { .. } => "retrying",
            Status::Offline => "offline",
            Status::OtherTab => "other-tab",
            Status::Failed { .. } => "failed",
            Status::Cancelled { .. } => "cancelled",
            Status::Rejected { .. } => "rejected",
            Status::NotConfigured { .. } => "not-configured",
            Status::Delivered(_) => "delivered",
        })
    };

    let actions = move || {
        let status = state.status.get();
        let retry_now = matches!(status, Status::Retrying { .. }).then(|| {
            view! { <button type="button" class="booking-button" on:click=move |_| act(Action::RetryNow)>{s.retry_now.clone()}</button> }
        });
        let cancel = matches!(status, Status::Sending { .. } | Status::Retrying { .. } | Status::Offline).then(|| {
            view! { <button type="button" class="booking-button booking-button--quiet" on:click=move |_| act(Action::Cancel)>{s.cancel.clone()}</button> }
        });
        let try_again = matches!(status, Status::Failed { .. } | Status::Cancelled { .. }).then(|| {
            view! { <button type="button" class="booking-button booking-button--primary" on:click=move |_| act(Action::TryAgain)>{s.try_again.clone()}</button> }
        });
        let mailto = status.mailto_payload().map(|payload| {
            let href = mailto_href(payload, copy, crate::booking::endpoint::contact_email());
            view! {
                <p class="booking-status__mail">
                    <a href=href class="booking-button">{s.mailto.clone()}</a>
                    " "<span class="booking-status__hint">{s.mailto_hint.clone()}</span>
                </p>
            }
        });
        let messages = match &status {
            Status::Rejected { errors, .. } => {
                let mut lines = errors.messages.clone();
                if !errors.fields.is_empty() {
                    lines.push(s.rejected_fields.clone());
                }
                Some(view! { <ul class="booking-status__messages">{lines.into_iter().map(|line| view! { <li>{line}</li> }).collect_view()}</ul> })
            }
            _ => None,
        };
        view! { {messages} <div class="booking-status__actions">{retry_now}{cancel}{try_again}</div> {mailto} }
    };

    view! {
        <div class="booking-status" data-state=state_name>
            <p id="booking-status" class="booking-status__text" tabindex="-1">{move || text.get()}</p>
            <p class="visually-hidden" role="status">{move || announcement.get().1}</p>
            {actions}
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
