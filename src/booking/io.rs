//! The booking form's requests (wasm only): POST the payload as JSON with its
//! idempotency key (an endpoint), or the fields `hosted` builds (a hosted form
//! service), under a timeout, and report what happened as an [`Attempt`] for
//! the pure state machine in `outbox`; `calcom_io` sends Cal.com's through
//! [`request_once`] too.
//!
//! It calls the browser's `fetch` through web-sys rather than gloo-net: the
//! booking page's bundle is 1.4 KB (brotli, wasm and JS) smaller without gloo-net's
//! code, which this one request never used.

use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

use leptos::prelude::set_timeout_with_handle;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{AbortController, Headers, RequestInit, Response};

use super::outbox::Attempt;
use super::payload::Payload;
use super::hosted;
use super::provider::{Sender, Service};
use super::retry::parse_retry_after;

/// Sends `payload` once. `abort` lets the caller cancel it; `timeout_ms`
/// aborts it when the endpoint is too slow, which reads as [`Attempt::TimedOut`].
pub async fn post_booking(sender: &Sender, payload: &Payload, abort: &AbortController, timeout_ms: u64) -> Attempt {
    let Ok(headers) = Headers::new() else { return Attempt::NetworkError };
    let _ = headers.set("Accept", "application/json");
    if sender.service != Service::Endpoint {
        // A hosted service: only CORS-safelisted headers (and JSON's
        // Content-Type where it takes JSON); the id is in the body.
        let request = hosted::request(sender, payload, &crate::content::booking().status.mailto_subject);
        let _ = headers.set("Content-Type", request.content_type);
        return match request_once(&request.url, &headers, Some(&request.body), abort, timeout_ms).await {
            Attempt::Answered { status, retry_after_ms, body } => hosted::read_answer(status, retry_after_ms, body),
            other => other,
        };
    }
    // Serialized once here, from the stored payload: every retry sends the same bytes.
    let Ok(body) = serde_json::to_string(payload) else { return Attempt::NetworkError };
    let _ = headers.set("Content-Type", "application/json");
    let _ = headers.set("Idempotency-Key", &payload.id);
    request_once(&sender.url, &headers, Some(&body), abort, timeout_ms).await
}

/// One request with `headers`, a POST of `body` or else a GET, aborted after
/// `timeout_ms` (which reads as [`Attempt::TimedOut`]) or by `abort`.
pub async fn request_once(url: &str, headers: &Headers, body: Option<&str>, abort: &AbortController, timeout_ms: u64) -> Attempt {
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
    let answer = fetch(url, headers, body, abort).await;
    if let Some(timer) = timer {
        timer.clear();
    }
    match answer {
        Some((status, retry_after_ms, body)) => Attempt::Answered { status, retry_after_ms, body },
        None if timed_out.get() => Attempt::TimedOut,
        None => Attempt::NetworkError,
    }
}

/// The status, `Retry-After` (when the answer exposes it) and the body text;
/// `None` when no answer came (network error, CORS refusal, abort).
async fn fetch(url: &str, headers: &Headers, body: Option<&str>, abort: &AbortController) -> Option<(u16, Option<u64>, String)> {
    let init = RequestInit::new();
    if let Some(body) = body {
        init.set_method("POST");
        init.set_body(&JsValue::from_str(body));
    }
    init.set_headers(headers);
    init.set_signal(Some(&abort.signal()));
    let window = web_sys::window()?;
    let response: Response = JsFuture::from(window.fetch_with_str_and_init(url, &init)).await.ok()?.dyn_into().ok()?;
    let status = response.status();
    let retry_after_ms =
        response.headers().get("Retry-After").ok().flatten().and_then(|v| parse_retry_after(&v, js_sys::Date::now() as i64));
    // A body cut off by the timeout still counts as an answer: the status arrived.
    let body = match response.text() {
        Ok(text) => JsFuture::from(text).await.ok().and_then(|text| text.as_string()).unwrap_or_default(),
        Err(_) => String::new(),
    };
    Some((status, retry_after_ms, body))
}
