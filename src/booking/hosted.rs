//! Hosted form services (Formspree, Basin, Web3Forms, Static Forms, Netlify
//! Forms): what the booking form sends them and how their answers read.
//!
//! None of them lets a page send custom headers or read `Retry-After` across
//! origins, so the request carries only CORS-safelisted headers (plus
//! `Content-Type: application/json` where the service takes JSON), and the
//! booking's id travels in the body for the owner to de-duplicate by: the
//! delivery is at least once. The services' documented contracts this follows:
//! - Formspree: `_gotcha` honeypot, `_subject`; JSON with `Accept:
//!   application/json`; errors `{"error","errors":[{"field","message"}]}`
//!   (help.formspree.io "Honeypot spam filtering"; formspree/formspree README "Using AJAX").
//! - Basin: `_gotcha` honeypot; takes JSON, form-data or url-encoded; AJAX errors
//!   `{"error"}` (docs.usebasin.com: spam protection / advanced filters, "Using AJAX", "Input types").
//! - Web3Forms: `access_key` (required), `subject`, `botcheck` honeypot;
//!   answers `{"success","message"}` (docs.web3forms.com API reference).
//! - Static Forms: `apiKey` (required: the current API reference's name for
//!   the key), `honeypot`, `subject`/`replyTo`; answers `{"success","message"}`,
//!   400/401 on errors (staticforms.xyz/docs/api-reference).
//! - Netlify Forms: same-origin url-encoded posts with `form-name`, honeypot
//!   named by `netlify-honeypot`; the deploy bot must find the form in static
//!   HTML (docs.netlify.com forms setup and spam filters).

use super::form::{Field, WINDOWS};
use super::json::Json;
use super::outbox::Attempt;
use super::payload::Payload;
use super::provider::{Sender, Service};
use super::text::{fill, percent_encode};
use crate::content::NoScriptCopy;
use crate::html::escape;

/// The form's name for Netlify (`form-name`).
pub const NETLIFY_FORM: &str = "booking";

/// The fields that carry the windows in words (as many as the form has).
const WINDOW_FIELDS: [&str; WINDOWS] = ["windows[0]", "windows[1]", "windows[2]"];

/// One request to a hosted service.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Request {
    /// Where it goes (for Netlify, the booking page's own path).
    pub url: String,
    /// `application/json`, or `application/x-www-form-urlencoded` (Netlify).
    pub content_type: &'static str,
    /// The encoded fields.
    pub body: String,
}

/// The honeypot field's name: the service's own, so it discards what a bot
/// fills in; this site's `website` when the form posts elsewhere.
pub fn honeypot_name(service: Option<Service>) -> &'static str {
    match service {
        Some(Service::Formspree | Service::Basin) => "_gotcha",
        Some(Service::Web3forms) => "botcheck",
        Some(Service::Staticforms) => "honeypot",
        Some(Service::Netlify) => "bot-field",
        Some(Service::Endpoint) | None => "website",
    }
}

/// The hidden fields a service needs in every post, each given to `emit`:
/// its key, the form's name, the mail's subject.
pub fn fixed_fields(sender: &Sender, subject: &str, emit: &mut dyn FnMut(&str, &str)) {
    let key = sender.access_key.as_deref().unwrap_or_default();
    match sender.service {
        Service::Formspree => emit("_subject", subject),
        Service::Basin | Service::Endpoint => {}
        Service::Web3forms => {
            emit("access_key", key);
            emit("subject", subject);
        }
        Service::Staticforms => {
            emit("apiKey", key);
            emit("subject", subject);
        }
        Service::Netlify => emit("form-name", NETLIFY_FORM),
    }
}

/// Where the form posts natively (no JavaScript): the service's URL, or for
/// Netlify the booking page itself.
pub fn form_action(sender: &Sender) -> String {
    match sender.service {
        Service::Netlify if sender.url.is_empty() => crate::paths::href("/book/"),
        Service::Netlify => crate::paths::href(&sender.url),
        _ => sender.url.clone(),
    }
}

/// The booking as named fields, as a form post would carry them, each given
/// to `emit`: the fixed fields, the booking's id, every answer given (windows
/// in words) and the empty honeypot.
pub fn fields(sender: &Sender, payload: &Payload, subject: &str, emit: &mut dyn FnMut(&str, &str)) {
    fixed_fields(sender, subject, emit);
    let p = payload;
    let answers = [("id", &p.id), ("name", &p.name), ("email", &p.email), ("company", &p.company), ("role", &p.role), ("topic", &p.topic.label)];
    let more = [("traffic", &p.traffic), ("message", &p.message), ("timezone", &p.timezone)];
    for (name, value) in answers.into_iter().chain(more) {
        if !value.is_empty() {
            emit(name, value);
        }
    }
    for (name, window) in WINDOW_FIELDS.into_iter().zip(&p.windows) {
        emit(name, &window.label);
    }
    emit("submitted_at", &p.submitted_at);
    emit(honeypot_name(Some(sender.service)), "");
}

/// The request for a booking; `subject_template` is the mail's subject with
/// `{name}` and `{company}`.
pub fn request(sender: &Sender, payload: &Payload, subject_template: &str) -> Request {
    let subject = fill(subject_template, &[("name", &payload.name), ("company", &payload.company)]);
    let mut body = String::new();
    let content_type = match sender.service {
        Service::Netlify => {
            fields(sender, payload, &subject, &mut |name, value| {
                if !body.is_empty() {
                    body.push('&');
                }
                body.push_str(&percent_encode(name));
                body.push('=');
                body.push_str(&percent_encode(value));
            });
            "application/x-www-form-urlencoded"
        }
        _ => {
            // A flat object of strings: serde_json writes each string, no map type is linked.
            let text = |s: &str| serde_json::to_string(s).unwrap_or_default();
            fields(sender, payload, &subject, &mut |name, value| {
                body.push(if body.is_empty() { '{' } else { ',' });
                body.push_str(&text(name));
                body.push(':');
                body.push_str(&text(value));
            });
            body.push('}');
            "application/json"
        }
    };
    Request { url: form_action(sender), content_type, body }
}

/// Reads a service's answer. A 2xx whose body says `"success": false` (or
/// `"ok": false`) is a refusal; any other 2xx delivered the booking, and the
/// booking's own id is its reference (the services' ids are theirs, not the visitor's).
pub fn read_answer(status: u16, retry_after_ms: Option<u64>, body: String) -> Attempt {
    if !(200..300).contains(&status) {
        return Attempt::Answered { status, retry_after_ms, body };
    }
    let refused = Json::parse(&body).is_some_and(|root| ["success", "ok"].iter().any(|k| matches!(root.get(k), Some(Json::Bool(false)))));
    match refused {
        true => Attempt::Answered { status: 400, retry_after_ms: None, body },
        false => Attempt::Answered { status, retry_after_ms: None, body: String::new() },
    }
}

/// The hidden inputs a native post needs (inside the form's no-script block).
pub fn fixed_inputs_markup(sender: &Sender, subject: &str) -> String {
    let mut html = String::new();
    fixed_fields(sender, subject, &mut |name, value| html.push_str(&format!(r#"<input type="hidden" name="{name}" value="{}">"#, escape(value))));
    html
}

/// What stands in for the submit button without JavaScript when the form
/// posts straight to the service: why, the hidden fixed fields, the button.
pub fn no_script_markup(sender: &Sender, copy: &NoScriptCopy) -> String {
    format!(
        r#"<div class="booking-form__no-script"><p>{message}</p>{inputs}<p><button type="submit" class="booking-button booking-button--primary">{send}</button></p></div>"#,
        message = escape(&copy.direct),
        inputs = fixed_inputs_markup(sender, &copy.subject),
        send = escape(&copy.send_direct),
    )
}

/// The sender the form posts to natively, if it takes plain HTML posts.
///
/// Only the prerenderer writes the no-JavaScript form (see the form view's
/// `WRITES_NO_SCRIPT`), so in the browser this is `None` and the bundle
/// carries none of the services' markup.
pub fn native_sender() -> Option<Sender> {
    #[cfg(not(target_arch = "wasm32"))]
    return super::provider::current().sender.filter(Sender::takes_html_posts);
    #[cfg(target_arch = "wasm32")]
    None
}

/// Netlify's deploy bot registers only forms it finds in static HTML: a
/// hidden copy of the booking form with every field name a post may carry
/// (the native form's and the script's).
pub fn netlify_detection_form() -> String {
    let honeypot = honeypot_name(Some(Service::Netlify));
    let mut html = format!(
        r#"<form name="{NETLIFY_FORM}" data-netlify="true" netlify-honeypot="{honeypot}" hidden><input type="hidden" name="form-name" value="{NETLIFY_FORM}"><input name="{honeypot}"><input name="id"><input name="submitted_at">"#
    );
    for field in Field::ALL {
        html.push_str(&format!(r#"<input name="{}">"#, field.key()));
    }
    for name in WINDOW_FIELDS {
        html.push_str(&format!(r#"<input name="{name}">"#));
    }
    html.push_str("</form>");
    html
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::booking::payload::tests::sample_payload;
    use crate::booking::response_body::parse_error_body;

    fn sender(service: Service, key: Option<&str>) -> Sender {
        let url = match service {
            Service::Netlify => String::new(),
            _ => "https://forms.example/f/abc".to_string(),
        };
        Sender { service, url, access_key: key.map(str::to_string) }
    }

    fn json_fields(request: &Request) -> serde_json::Map<String, serde_json::Value> {
        assert!(request.body.starts_with('{') && request.body.ends_with('}'), "{}", request.body);
        serde_json::from_str::<serde_json::Value>(&request.body).unwrap().as_object().unwrap().clone()
    }

    #[test]
    fn json_services_get_their_fixed_fields_honeypot_and_the_bookings_id() {
        let payload = sample_payload();
        for (service, key, fixed, honeypot) in [
            (Service::Formspree, None, vec![("_subject", "Call: Ada")], "_gotcha"),
            (Service::Basin, None, vec![], "_gotcha"),
            (Service::Web3forms, Some("w3-key"), vec![("access_key", "w3-key"), ("subject", "Call: Ada")], "botcheck"),
            (Service::Staticforms, Some("sf-key"), vec![("apiKey", "sf-key"), ("subject", "Call: Ada")], "honeypot"),
        ] {
            let request = request(&sender(service, key), &payload, "Call: {name}");
            assert_eq!(request.content_type, "application/json");
            assert_eq!(request.url, "https://forms.example/f/abc");
            let body = json_fields(&request);
            for (name, value) in fixed {
                assert_eq!(body[name], value.replace("Ada", &payload.name), "{service:?} {name}");
            }
            assert_eq!(body[honeypot], "", "{service:?}: the service's own honeypot, empty");
            assert_eq!(body["id"], payload.id.as_str());
            assert_eq!(body["email"], payload.email.as_str());
            assert_eq!(body["message"], payload.message.as_str(), "line breaks and quotes survive");
            assert_eq!(body["topic"], payload.topic.label.as_str());
            assert_eq!(body["windows[1]"], payload.windows[1].label.as_str());
            assert!(!body.contains_key("role"), "empty answers are left out");
            assert!(!body.contains_key("website"), "{service:?}: not this site's honeypot name");
        }
    }

    #[test]
    fn netlify_gets_a_same_origin_url_encoded_post_with_its_form_name() {
        let payload = sample_payload();
        let request = request(&sender(Service::Netlify, None), &payload, "Call");
        assert_eq!(request.content_type, "application/x-www-form-urlencoded");
        assert_eq!(request.url, "/book/");
        assert!(request.body.starts_with("form-name=booking&id=0f8fad5b-"), "{}", request.body);
        assert!(request.body.contains("&bot-field="), "{}", request.body);
        assert!(request.body.contains(&format!("email={}", percent_encode(&payload.email))));
        assert!(!request.body.contains(' ') && !request.body.contains('\n'), "fully encoded: {}", request.body);
        let with_path = Sender { url: "/contact/".into(), ..sender(Service::Netlify, None) };
        assert_eq!(form_action(&with_path), "/contact/");
    }

    #[test]
    fn answers_read_per_service() {
        // Web3Forms and Static Forms may say no with a 2xx.
        let refused = read_answer(200, None, r#"{"success":false,"message":"Invalid access key"}"#.into());
        let Attempt::Answered { status, body, .. } = &refused else { panic!("{refused:?}") };
        assert_eq!(*status, 400);
        assert_eq!(parse_error_body(body).messages, vec!["Invalid access key"]);
        assert!(matches!(read_answer(200, None, r#"{"ok":false}"#.into()), Attempt::Answered { status: 400, .. }));
        // Success: the booking's own id is the reference, not whatever the body holds.
        assert_eq!(
            read_answer(200, Some(5), r#"{"success":true,"data":{"id":"theirs"}}"#.into()),
            Attempt::Answered { status: 200, retry_after_ms: None, body: String::new() }
        );
        assert!(matches!(read_answer(200, None, "<html>Thanks</html>".into()), Attempt::Answered { status: 200, .. }));
        // Errors keep their status (429 and 5xx retry) and Retry-After, where it could be read.
        assert_eq!(
            read_answer(429, Some(3_000), "{}".into()),
            Attempt::Answered { status: 429, retry_after_ms: Some(3_000), body: "{}".into() }
        );
        // Formspree's field errors go beside the field.
        let formspree = r#"{"error":"Validation errors","errors":[{"code":"TYPE_EMAIL","field":"email","message":"should be an email"}]}"#;
        assert_eq!(parse_error_body(formspree).fields, vec![(Field::Email, "should be an email".to_string())]);
        // Web3Forms nests its message in `body`.
        assert_eq!(parse_error_body(r#"{"success":false,"body":{"message":"Spam detected"}}"#).messages, vec!["Spam detected"]);
    }

    #[test]
    fn native_posts_carry_the_hidden_fixed_fields_and_netlify_finds_its_form() {
        let markup = fixed_inputs_markup(&sender(Service::Web3forms, Some("k\"<")), "Booking");
        assert_eq!(markup, r#"<input type="hidden" name="access_key" value="k&quot;&lt;"><input type="hidden" name="subject" value="Booking">"#);
        assert_eq!(fixed_inputs_markup(&sender(Service::Basin, None), "Booking"), "");
        let copy = &crate::content::booking().no_script;
        let block = no_script_markup(&sender(Service::Netlify, None), copy);
        assert!(block.contains(r#"<input type="hidden" name="form-name" value="booking">"#), "{block}");
        assert!(block.contains(&escape(&copy.send_direct)) && !block.contains("mailto:"), "{block}");
        let form = netlify_detection_form();
        assert!(form.starts_with(r#"<form name="booking" data-netlify="true" netlify-honeypot="bot-field" hidden>"#), "{form}");
        for name in ["form-name", "bot-field", "id", "name", "email", "timezone", "windows[2]", "windows[0].part"] {
            assert!(form.contains(&format!(r#"name="{name}""#)), "{name} in {form}");
        }
    }
}
