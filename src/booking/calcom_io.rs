//! Cal.com's two requests (wasm only): read the open times, book one. Each
//! sends only `cal-api-version` (and `Content-Type` for the booking), the
//! headers Cal.com's CORS rule allows, under a timeout, and reports an
//! [`Attempt`]; what the answers mean is decided in `calcom`.

use web_sys::{AbortController, Headers};

use super::calcom::{BOOKINGS_API_VERSION, SLOTS_API_VERSION};
use super::io::request_once;
use super::outbox::Attempt;

/// How long either request may take.
const TIMEOUT_MS: u64 = 10_000;

/// `GET` the open times; the body of a 2xx answer, else `None`.
pub async fn read_slots(url: &str) -> Option<String> {
    match request(url, SLOTS_API_VERSION, None).await {
        Attempt::Answered { status: 200..=299, body, .. } => Some(body),
        _ => None,
    }
}

/// `POST` one booking with `body` (JSON): sent once, never retried here.
pub async fn book(url: &str, body: String) -> Attempt {
    request(url, BOOKINGS_API_VERSION, Some(body)).await
}

async fn request(url: &str, version: &str, body: Option<String>) -> Attempt {
    let (Ok(abort), Ok(headers)) = (AbortController::new(), Headers::new()) else { return Attempt::NetworkError };
    let _ = headers.set("cal-api-version", version);
    if body.is_some() {
        let _ = headers.set("Content-Type", "application/json");
    }
    request_once(url, &headers, body.as_deref(), &abort, TIMEOUT_MS).await
}
