//! The one request of the booking form (wasm only): POST the payload as JSON
//! with its idempotency key, under a timeout, and report what happened as an
//! [`Attempt`] for the pure state machine in `outbox`.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use gloo_net::http::Request;
use leptos::prelude::set_timeout_with_handle;
use web_sys::AbortController;

use super::outbox::Attempt;
use super::payload::Payload;
use super::retry::parse_retry_after;

/// Sends `payload` once. `abort` lets the caller cancel it; `timeout_ms`
/// aborts it when the endpoint is too slow, which reads as [`Attempt::TimedOut`].
pub async fn post_booking(endpoint: &str, payload: &Payload, abort: &AbortController, timeout_ms: u64) -> Attempt {
    let timed_out = Rc::new(Cell::new(false));
    let timer = {
        let (abort, timed_out) = (abort.clone(), timed_out.clone());
        set_timeout_with_handle(
            move || {
                timed_out.set(true);
                abort.abort();
            },
            Duration::from_millis(timeout_ms),
        )
        .ok()
    };
    let attempt = send(endpoint, payload, abort).await;
    if let Some(timer) = timer {
        timer.clear();
    }
    match attempt {
        Some(attempt) => attempt,
        None if timed_out.get() => Attempt::TimedOut,
        None => Attempt::NetworkError,
    }
}

/// `None` when no answer came (network error, CORS refusal, abort).
async fn send(endpoint: &str, payload: &Payload, abort: &AbortController) -> Option<Attempt> {
    // Serialized once here, from the stored payload: every retry sends the same bytes.
    let body = serde_json::to_string(payload).ok()?;
    let request = Request::post(endpoint)
        .header("Content-Type", "application/json")
        .header("Accept", "application/json")
        .header("Idempotency-Key", &payload.id)
        .abort_signal(Some(&abort.signal()))
        .body(body)
        .ok()?;
    let response = request.send().await.ok()?;
    let status = response.status();
    let retry_after_ms = response.headers().get("Retry-After").and_then(|v| parse_retry_after(&v, js_sys::Date::now() as i64));
    // A body cut off by the timeout still counts as an answer: the status arrived.
    let body = response.text().await.unwrap_or_default();
    Some(Attempt::Answered { status, retry_after_ms, body })
}
