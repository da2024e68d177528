//! Cal.com's two requests (wasm only): read the open times, book one. Each
//! sends only `cal-api-version` (and `Content-Type` for the booking), the
//! headers Cal.com's CORS rule allows, under a timeout, and reports an
//! [`Attempt`]; what the answers mean is decided in `calcom`.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::set_timeout_with_handle;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, Headers, RequestInit, Response};

use super::calcom::{BOOKINGS_API_VERSION, SLOTS_API_VERSION};
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
    let Ok(abort) = AbortController::new() else { return Attempt::NetworkError };
    let timed_out = Rc::new(Cell::new(false));
    let timer = {
        let (abort, timed_out) = (abort.clone(), timed_out.clone());
        set_timeout_with_handle(
            move || {
                timed_out.set(true);
                abort.abort();
            },
            Duration::from_millis(TIMEOUT_MS),
        )
        .ok()
    };
    let attempt = send(url, version, body, &abort).await;
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
async fn send(url: &str, version: &str, body: Option<String>, abort: &AbortController) -> Option<Attempt> {
    let headers = Headers::new().ok()?;
    headers.set("cal-api-version", version).ok()?;
    let init = RequestInit::new();
    if let Some(body) = body {
        headers.set("Content-Type", "application/json").ok()?;
        init.set_method("POST");
        init.set_body(&JsValue::from_str(&body));
    }
    init.set_headers(&headers);
    init.set_signal(Some(&abort.signal()));
    let response: Response = JsFuture::from(web_sys::window()?.fetch_with_str_and_init(url, &init)).await.ok()?.dyn_into().ok()?;
    let status = response.status();
    let body = match response.text() {
        Ok(text) => JsFuture::from(text).await.ok().and_then(|text| text.as_string()).unwrap_or_default(),
        Err(_) => String::new(),
    };
    Some(Attempt::Answered { status, retry_after_ms: None, body })
}
