//! The JSON body POSTed to the endpoint. It is a pure function of the form,
//! the booking id and the moment of the first submit, all three kept in the
//! outbox, so every retry and every resumed visit sends the very same bytes.
//! Also the booking's plain-text form for the summary and the `mailto:` fallback.

use serde::Serialize;

use super::calendar::{CivilDate, clock_text, parse_clock, utc_rfc3339, wall_ms, wall_to_utc};
use super::form::BookingForm;
use super::text::{fill, percent_encode};
use crate::content::{BookingCopy, TopicChoice};

/// The request body. `id` is also the `Idempotency-Key` header.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Payload {
    pub id: String,
    pub name: String,
    pub email: String,
    pub company: String,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub role: String,
    pub topic: Topic,
    #[serde(skip_serializing_if = "String::is_empty")]
    pub traffic: String,
    pub message: String,
    /// IANA zone the windows were chosen in.
    pub timezone: String,
    pub windows: Vec<PayloadWindow>,
    /// When the visitor first submitted, RFC 3339 UTC.
    pub submitted_at: String,
}

/// The chosen help topic.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Topic {
    pub id: String,
    pub label: String,
}

/// One preferred window: as chosen, in words, and as UTC instants.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct PayloadWindow {
    /// `YYYY-MM-DD` in the visitor's zone.
    pub date: String,
    /// Part-of-day id.
    pub part: String,
    /// E.g. "Thursday 2026-12-03, Morning 09:00–12:00" (in `timezone`).
    pub label: String,
    /// RFC 3339 UTC.
    pub start: String,
    pub end: String,
}

/// The help topics: the architecture building blocks, then "something else".
pub fn topic_choices() -> Vec<TopicChoice> {
    let copy = crate::content::booking();
    let mut topics = crate::content::booking_topics().to_vec();
    topics.push(copy.topic_other.clone());
    topics
}

/// Builds the payload from a valid form. `offset_at(utc_ms)` is the visitor's
/// zone offset in ms at an instant (from `Intl` in the browser). Windows left
/// empty are skipped; unknown parts or dates (impossible after validation)
/// skip the window too.
pub fn build_payload(
    id: &str,
    form: &BookingForm,
    copy: &BookingCopy,
    topics: &[TopicChoice],
    offset_at: impl Fn(i64) -> i64,
    now_ms: i64,
) -> Payload {
    let topic_id = form.topic.trim();
    let topic_label = topics.iter().find(|t| t.id == topic_id).map_or(topic_id, |t| t.label.as_str());
    let windows = form
        .windows
        .iter()
        .filter_map(|w| {
            let date = CivilDate::parse(w.date.trim())?;
            let part = copy.part(w.part.trim())?;
            let (start, end) = (parse_clock(&part.start)?, parse_clock(&part.end)?);
            let label = fill(
                &copy.windows.label,
                &[
                    ("weekday", copy.windows.weekdays.get(date.weekday()).map_or("", String::as_str)),
                    ("date", &date.iso()),
                    ("part", &part.label),
                    ("start", &clock_text(start)),
                    ("end", &clock_text(end)),
                ],
            );
            Some(PayloadWindow {
                date: date.iso(),
                part: part.id.clone(),
                label,
                start: utc_rfc3339(wall_to_utc(wall_ms(date, start), &offset_at)),
                end: utc_rfc3339(wall_to_utc(wall_ms(date, end), &offset_at)),
            })
        })
        .collect();
    Payload {
        id: id.to_string(),
        name: form.name.trim().to_string(),
        email: form.email.trim().to_string(),
        company: form.company.trim().to_string(),
        role: form.role.trim().to_string(),
        topic: Topic { id: topic_id.to_string(), label: topic_label.to_string() },
        traffic: form.traffic.trim().to_string(),
        message: form.message.trim().to_string(),
        timezone: form.timezone.trim().to_string(),
        windows,
        submitted_at: utc_rfc3339(now_ms),
    }
}

/// The short reference shown to the visitor when the endpoint gives none:
/// the first block of the booking id, in capitals.
pub fn short_reference(id: &str) -> String {
    id.split('-').next().unwrap_or(id).to_ascii_uppercase()
}

/// The booking as labelled rows, in form order, for the summary and the email.
pub fn summary_rows(payload: &Payload, copy: &BookingCopy) -> Vec<(String, String)> {
    let f = &copy.fields;
    let mut rows = vec![
        (f.name.label.clone(), payload.name.clone()),
        (f.email.label.clone(), payload.email.clone()),
        (f.company.label.clone(), payload.company.clone()),
    ];
    if !payload.role.is_empty() {
        rows.push((f.role.label.clone(), payload.role.clone()));
    }
    rows.push((f.topic.label.clone(), payload.topic.label.clone()));
    if !payload.traffic.is_empty() {
        rows.push((f.traffic.label.clone(), payload.traffic.clone()));
    }
    rows.push((f.message.label.clone(), payload.message.clone()));
    for (i, window) in payload.windows.iter().enumerate() {
        let label = fill(&copy.windows.window, &[("n", &(i + 1).to_string())]);
        rows.push((label, window.label.clone()));
    }
    rows.push((f.timezone.label.clone(), payload.timezone.clone()));
    rows
}

/// The booking as plain text: one `Label: value` per row, reference last.
pub fn plain_text(payload: &Payload, copy: &BookingCopy) -> String {
    let mut text = String::new();
    for (label, value) in summary_rows(payload, copy) {
        text.push_str(&label);
        text.push_str(if value.contains('\n') { ":\n" } else { ": " });
        text.push_str(&value);
        text.push('\n');
    }
    text.push_str(&copy.confirmation.reference);
    text.push_str(": ");
    text.push_str(&payload.id);
    text.push('\n');
    text
}

/// A `mailto:` link (RFC 6068) to `to` carrying the booking's text, with line breaks as CRLF.
pub fn mailto_href(payload: &Payload, copy: &BookingCopy, to: &str) -> String {
    let subject = fill(&copy.status.mailto_subject, &[("name", &payload.name), ("company", &payload.company)]);
    let body = plain_text(payload, copy).replace("\r\n", "\n").replace('\n', "\r\n");
    let mut href = String::from("mailto:");
    href.push_str(&percent_encode(to.trim()).replace("%40", "@"));
    href.push_str("?subject=");
    href.push_str(&percent_encode(&subject));
    href.push_str("&body=");
    href.push_str(&percent_encode(&body));
    href
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::booking::form::WindowInput;
    use crate::content;

    pub(crate) fn topics() -> Vec<TopicChoice> {
        vec![TopicChoice { id: "a".into(), label: "First topic".into() }, content::booking().topic_other.clone()]
    }

    pub(crate) fn sample_form() -> BookingForm {
        let parts = &content::booking().windows.parts;
        BookingForm {
            name: "  Ada <script>alert(1)</script>  ".into(),
            email: "ada@example.com ".into(),
            company: "Engines & Co".into(),
            role: "".into(),
            topic: "a".into(),
            traffic: "90% reads, 2k rps peak".into(),
            message: "Line one\nLine \"two\"".into(),
            windows: [
                WindowInput { date: "2026-03-29".into(), part: parts[0].id.clone() },
                WindowInput { date: "2026-03-30".into(), part: parts[1].id.clone() },
                WindowInput::default(),
            ],
            timezone: "Europe/Berlin".into(),
            slot: String::new(),
        }
    }

    /// Central European time with its 2026 switch to summer time.
    pub(crate) fn berlin(utc: i64) -> i64 {
        let switch = wall_ms(CivilDate::parse("2026-03-29").unwrap(), 60);
        if utc < switch { 3_600_000 } else { 7_200_000 }
    }

    pub(crate) fn sample_payload() -> Payload {
        let now = wall_ms(CivilDate::parse("2026-03-20").unwrap(), 10 * 60);
        build_payload("0f8fad5b-d9cb-469f-a165-70867728950e", &sample_form(), content::booking(), &topics(), berlin, now)
    }

    #[test]
    fn payload_trims_text_resolves_the_topic_and_converts_windows_to_utc() {
        let copy = content::booking();
        let p = sample_payload();
        assert_eq!(p.name, "Ada <script>alert(1)</script>");
        assert_eq!(p.email, "ada@example.com");
        assert_eq!(p.topic, Topic { id: "a".into(), label: "First topic".into() });
        assert_eq!(p.windows.len(), 2, "the empty third window is skipped");
        assert_eq!(p.submitted_at, "2026-03-20T10:00:00Z");
        let first = &copy.windows.parts[0];
        let start_hour: i64 = first.start[..2].parse().unwrap();
        // 2026-03-29 is summer time in Berlin (UTC+2).
        assert_eq!(p.windows[0].start, format!("2026-03-29T{:02}:{}:00Z", start_hour - 2, &first.start[3..]));
        assert_eq!(p.windows[0].date, "2026-03-29");
        assert!(p.windows[0].label.contains(&copy.windows.weekdays[6]), "29 March 2026 is a Sunday: {}", p.windows[0].label);
        assert!(p.windows[0].label.contains(&first.label));
    }

    #[test]
    fn payload_serializes_to_the_documented_json_and_back() {
        let p = sample_payload();
        let json: serde_json::Value = serde_json::to_value(&p).unwrap();
        assert_eq!(json["id"], "0f8fad5b-d9cb-469f-a165-70867728950e");
        assert_eq!(json["topic"]["id"], "a");
        assert_eq!(json["windows"][1]["date"], "2026-03-30");
        assert!(json.get("role").is_none(), "empty optional fields are left out");
        assert_eq!(json["traffic"], "90% reads, 2k rps peak");
        assert_eq!(json["message"], "Line one\nLine \"two\"");
        let keys: Vec<&str> = json.as_object().unwrap().keys().map(String::as_str).collect();
        for key in ["id", "name", "email", "company", "topic", "message", "timezone", "windows", "submitted_at"] {
            assert!(keys.contains(&key), "{key} in {keys:?}");
        }
        let again = build_payload(&p.id, &sample_form(), content::booking(), &topics(), berlin, wall_ms(CivilDate::parse("2026-03-20").unwrap(), 10 * 60));
        assert_eq!(serde_json::to_string(&again).unwrap(), serde_json::to_string(&p).unwrap(), "rebuilt from the outbox, byte for byte");
    }

    #[test]
    fn plain_text_and_mailto_carry_every_answer() {
        let copy = content::booking();
        let p = sample_payload();
        let text = plain_text(&p, copy);
        for value in [&p.name, &p.email, &p.company, &p.topic.label, &p.traffic, &p.id, &p.windows[1].label] {
            assert!(text.contains(value.as_str()), "{value} in {text}");
        }
        assert!(text.contains(&format!("{}:\n{}", copy.fields.message.label, p.message)), "multi-line answers start on their own line");
        let href = mailto_href(&p, copy, "owner@example.com");
        assert!(href.starts_with("mailto:owner@example.com?subject="), "{href}");
        assert!(href.contains("&body="));
        assert!(!href.contains(' ') && !href.contains('\n') && !href.contains('<'), "fully encoded: {href}");
        assert!(href.contains("%0D%0A"), "CRLF line breaks");
        assert!(href.contains(&percent_encode(&p.name)));
    }

    #[test]
    fn topics_are_the_building_blocks_then_something_else() {
        let topics = topic_choices();
        let blocks = content::architecture();
        assert_eq!(topics.len(), blocks.len() + 1);
        for (topic, block) in topics.iter().zip(blocks) {
            assert_eq!(topic.label, block.title);
        }
        assert_eq!(topics.last().unwrap().id, content::booking().topic_other.id);
    }

    #[test]
    fn the_content_names_seven_weekdays() {
        assert_eq!(content::booking().windows.weekdays.len(), 7, "content/booking.json windows.weekdays: Monday to Sunday");
    }

    #[test]
    fn short_reference_is_the_first_block() {
        assert_eq!(short_reference("0f8fad5b-d9cb-469f"), "0F8FAD5B");
        assert_eq!(short_reference("abc"), "ABC");
    }
}
