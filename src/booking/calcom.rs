//! Cal.com's API v2, as the booking page uses it without a key: the owner's
//! open times (`GET /v2/slots`) and one booking (`POST /v2/bookings`). Pure:
//! the URLs, the request body, reading the answers, the days and times as
//! the visitor reads them, and what to do after a booking's fate is unknown.
//! The two requests themselves are in `calcom_io` (wasm only).

use serde::Serialize;

use super::calendar::{CivilDate, DAY_MS, utc_rfc3339, wall_ms};
use super::form::BookingForm;
use super::json::Json;
use super::text::{fill, percent_encode};
use crate::booking::provider::Calcom;
use crate::content::{BookingCopy, CalcomCopy};

/// `cal-api-version` of `GET /v2/slots` (answers `{"data":{"YYYY-MM-DD":[{"start"}]}}`).
pub const SLOTS_API_VERSION: &str = "2024-09-04";
/// `cal-api-version` of `POST /v2/bookings`.
pub const BOOKINGS_API_VERSION: &str = "2024-08-13";
/// Days of open times read at once; "later" reads the next as many.
pub const RANGE_DAYS: i64 = 14;
/// A meeting's length when Cal.com's answer does not say.
const DEFAULT_MINUTES: i64 = 30;

/// The slots URL for [`RANGE_DAYS`] days from `from`, labelled in `zone`.
pub fn slots_url(calcom: &Calcom, from: CivilDate, zone: &str) -> String {
    let to = CivilDate::from_days(from.days_since_epoch() + RANGE_DAYS - 1);
    let mut url = format!("{}/v2/slots?", calcom.api_url);
    url.push_str(&event_query(calcom));
    url.push_str(&format!("&start={}&end={}&timeZone={}", from.iso(), to.iso(), percent_encode(zone)));
    url
}

/// `eventTypeId=…`, or `username=…&eventTypeSlug=…`.
fn event_query(calcom: &Calcom) -> String {
    match (calcom.event_type_id, &calcom.username, &calcom.event_slug) {
        (Some(id), _, _) => format!("eventTypeId={id}"),
        (None, Some(user), Some(slug)) => format!("username={}&eventTypeSlug={}", percent_encode(user), percent_encode(slug)),
        _ => String::new(),
    }
}

/// Reads an ISO 8601 instant (`2026-12-03T14:00:00Z`,
/// `2026-12-03T09:00:00.000-05:00`) into ms since the epoch.
pub fn parse_instant(text: &str) -> Option<i64> {
    let date = CivilDate::parse(text.get(..10)?)?;
    let rest = text.get(10..)?.strip_prefix('T')?;
    let number = |s: &str| s.bytes().all(|b| b.is_ascii_digit()).then(|| s.parse::<i64>().ok()).flatten();
    let (h, m) = (number(rest.get(0..2)?)?, number(rest.get(3..5)?)?);
    if rest.get(2..3)? != ":" || h > 23 || m > 59 {
        return None;
    }
    let mut rest = &rest[5..];
    let mut ms = wall_ms(date, (h * 60 + m) as u32);
    if let Some(seconds) = rest.strip_prefix(':') {
        ms += number(seconds.get(0..2)?)?.min(59) * 1000;
        rest = &seconds[2..];
        if let Some(fraction) = rest.strip_prefix('.') {
            let digits = fraction.bytes().take_while(u8::is_ascii_digit).count();
            rest = &fraction[digits..];
        }
    }
    let offset = match rest {
        "Z" | "z" => 0,
        _ => {
            let sign = match rest.get(0..1)? {
                "+" => 1,
                "-" => -1,
                _ => return None,
            };
            let zone = &rest[1..];
            let minutes = zone.get(3..).filter(|_| zone.len() == 5 && zone.get(2..3) == Some(":"))?;
            sign * (number(zone.get(..2)?)? * 60 + number(minutes)?) * 60_000
        }
    };
    Some(ms - offset)
}

/// The open times in a slots answer, as UTC ms, sorted and without
/// repeats; `None` when the answer is not Cal.com's success shape.
pub fn parse_slots(body: &str) -> Option<Vec<i64>> {
    let json = Json::parse(body)?;
    if json.get("status").and_then(Json::as_str) != Some("success") {
        return None;
    }
    let Json::Object(days) = json.get("data")? else { return None };
    let starts: Vec<i64> = days
        .iter()
        .filter_map(|(_, times)| match times {
            Json::Array(times) => Some(times),
            _ => None,
        })
        .flatten()
        .filter_map(|slot| parse_instant(slot.get("start")?.as_str()?))
        .fold(Vec::new(), |mut sorted, start| {
            // Cal.com sends them in order; inserting in place costs less code than a sort.
            let at = sorted.partition_point(|s| *s < start);
            if sorted.get(at) != Some(&start) {
                sorted.insert(at, start);
            }
            sorted
        });
    Some(starts)
}

/// One day with open times, as the visitor reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Day {
    /// The date in the visitor's zone.
    pub date: CivilDate,
    /// E.g. "Thursday 2026-12-03".
    pub heading: String,
    /// Its open times, in order.
    pub times: Vec<Time>,
}

/// One open time.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Time {
    /// The instant, UTC ms.
    pub start_ms: i64,
    /// `2026-12-03T14:00:00Z`: the picker's value and the booking's `start`.
    pub value: String,
    /// E.g. "9:00 AM", in the visitor's zone.
    pub label: String,
}

/// A time of day as the visitor reads it, e.g. "9:00 AM", from minutes after midnight.
pub fn time_label(copy: &CalcomCopy, minutes: u32) -> String {
    let (hour, minute) = (minutes / 60 % 24, minutes % 60);
    let period = if hour < 12 { &copy.am } else { &copy.pm };
    let hour12 = match hour % 12 {
        0 => 12,
        h => h,
    };
    fill(&copy.time, &[("hour", &hour12.to_string()), ("minute", &format!("{minute:02}")), ("period", period)])
}

/// A date as a day heading, e.g. "Thursday 2026-12-03".
pub fn day_label(copy: &BookingCopy, date: CivilDate) -> String {
    let weekday = copy.windows.weekdays.get(date.weekday()).map_or("", String::as_str);
    fill(&copy.calcom.day, &[("weekday", weekday), ("date", &date.iso())])
}

/// The wall-clock date and minutes of `utc_ms` in a zone with `offset_at`.
fn wall(utc_ms: i64, offset_at: &impl Fn(i64) -> i64) -> (CivilDate, u32) {
    let wall = utc_ms + offset_at(utc_ms);
    (CivilDate::from_days(wall.div_euclid(DAY_MS)), (wall.rem_euclid(DAY_MS) / 60_000) as u32)
}

/// Groups open times (UTC ms, sorted) into the visitor's days, each time
/// labelled in the zone whose offset `offset_at(utc_ms)` gives.
pub fn days(starts: &[i64], copy: &BookingCopy, offset_at: impl Fn(i64) -> i64) -> Vec<Day> {
    let mut days: Vec<Day> = Vec::new();
    for &start_ms in starts {
        let (date, minutes) = wall(start_ms, &offset_at);
        let time = Time { start_ms, value: utc_rfc3339(start_ms), label: time_label(&copy.calcom, minutes) };
        match days.last_mut() {
            Some(day) if day.date == date => day.times.push(time),
            _ => days.push(Day { date, heading: day_label(copy, date), times: vec![time] }),
        }
    }
    days
}

/// How a chosen time reads in the confirmation: "Thursday 2026-12-03, 9:00 AM (America/New_York)".
pub fn when_label(copy: &BookingCopy, start_ms: i64, zone: &str, offset_at: impl Fn(i64) -> i64) -> String {
    let (date, minutes) = wall(start_ms, &offset_at);
    fill(
        &copy.calcom.confirmation.when_value,
        &[("day", &day_label(copy, date)), ("time", &time_label(&copy.calcom, minutes)), ("zone", zone)],
    )
}

/// The body of `POST /v2/bookings`.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BookingRequest<'a> {
    /// The chosen time, UTC.
    pub start: String,
    /// The event type by id…
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_type_id: Option<u64>,
    /// …or by slug and the owner's username.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub event_type_slug: Option<&'a str>,
    /// The owner's username, with the slug.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub username: Option<&'a str>,
    /// The visitor.
    pub attendee: Attendee<'a>,
    /// The form's other answers, as text, under the owner's booking-question ids.
    pub booking_fields_responses: FieldResponses<'a>,
    /// The booking's own id.
    pub metadata: Metadata<'a>,
}

/// Who books.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Attendee<'a> {
    /// As typed, trimmed.
    pub name: &'a str,
    /// Where Cal.com sends the invitation.
    pub email: &'a str,
    /// The zone the visitor chose (IANA).
    pub time_zone: &'a str,
}

/// The form's answers beyond name and email; empty optional ones are left out.
#[derive(Debug, Serialize)]
pub struct FieldResponses<'a> {
    /// The visitor's company.
    pub company: &'a str,
    /// Their role (optional).
    #[serde(skip_serializing_if = "str::is_empty")]
    pub role: &'a str,
    /// The chosen topic's label.
    pub topic: &'a str,
    /// The traffic profile (optional).
    #[serde(skip_serializing_if = "str::is_empty")]
    pub traffic: &'a str,
    /// The stack and pain points.
    pub message: &'a str,
}

/// The booking's own id (the outbox's UUID), so the owner can match it.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct Metadata<'a> {
    /// The outbox UUID.
    pub booking_id: &'a str,
}

/// The booking request for a valid form, the chosen time and the booking's id.
/// `topic` is the chosen topic's label.
pub fn booking_request<'a>(calcom: &'a Calcom, form: &'a BookingForm, topic: &'a str, start_ms: i64, id: &'a str) -> BookingRequest<'a> {
    let by_slug = calcom.event_type_id.is_none();
    BookingRequest {
        start: utc_rfc3339(start_ms),
        event_type_id: calcom.event_type_id,
        event_type_slug: calcom.event_slug.as_deref().filter(|_| by_slug),
        username: calcom.username.as_deref().filter(|_| by_slug),
        attendee: Attendee { name: form.name.trim(), email: form.email.trim(), time_zone: form.timezone.trim() },
        booking_fields_responses: FieldResponses {
            company: form.company.trim(),
            role: form.role.trim(),
            topic,
            traffic: form.traffic.trim(),
            message: form.message.trim(),
        },
        metadata: Metadata { booking_id: id },
    }
}

/// A booking Cal.com confirmed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Booked {
    /// Cal.com's `uid`: the visitor's reference.
    pub uid: String,
    /// The booked time, UTC ms.
    pub start_ms: i64,
    /// Its end (Cal.com's, else 30 minutes later), UTC ms.
    pub end_ms: i64,
    /// Where the call happens, when Cal.com gives a link.
    pub meeting_url: Option<String>,
    /// Where the visitor can move it, when Cal.com says.
    pub reschedule_url: Option<String>,
    /// Where the visitor can cancel it, when Cal.com says.
    pub cancel_url: Option<String>,
}

/// What an answer to `POST /v2/bookings` means.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum BookingAnswer {
    /// Booked, with what Cal.com returned.
    Booked(Booked),
    /// The time is no longer open.
    Taken,
    /// Refused for another reason, with Cal.com's message.
    Refused(String),
    /// A server error: the booking may or may not have been made.
    Unknown,
}

/// Reads Cal.com's answer (`status`, body) to a booking for `start_ms`.
pub fn read_booking_answer(status: u16, body: &str, start_ms: i64) -> BookingAnswer {
    let json = Json::parse(body);
    let data = json.as_ref().and_then(|j| j.get("data"));
    if (200..300).contains(&status) {
        let text = |key: &str| data.and_then(|d| d.get(key)).and_then(Json::as_str).map(str::to_string);
        let link = |key: &str| text(key).filter(|url| url.starts_with("https://") || url.starts_with("http://"));
        let Some(uid) = text("uid") else { return BookingAnswer::Unknown };
        let start_ms = text("start").as_deref().and_then(parse_instant).unwrap_or(start_ms);
        let end_ms = text("end").as_deref().and_then(parse_instant).filter(|end| *end > start_ms);
        return BookingAnswer::Booked(Booked {
            uid,
            start_ms,
            end_ms: end_ms.unwrap_or(start_ms + DEFAULT_MINUTES * 60_000),
            meeting_url: link("meetingUrl").or_else(|| link("location")),
            reschedule_url: link("rescheduleUrl"),
            cancel_url: link("cancelUrl"),
        });
    }
    if status >= 500 || status == 408 || status == 429 {
        return BookingAnswer::Unknown;
    }
    let message = json
        .as_ref()
        .and_then(|j| j.get("error"))
        .and_then(|e| e.get("message").or(Some(e)))
        .and_then(Json::as_str)
        .or_else(|| json.as_ref().and_then(|j| j.get("message")).and_then(Json::as_str))
        .unwrap_or_default()
        .to_string();
    if status == 409 || is_taken_message(&message) {
        BookingAnswer::Taken
    } else {
        BookingAnswer::Refused(if message.is_empty() { format!("HTTP {}", u32::from(status)) } else { message })
    }
}

/// Cal.com's words for a time that is no longer open.
fn is_taken_message(message: &str) -> bool {
    let message = message.to_ascii_lowercase();
    ["already has booking", "not available", "no_available_users", "no available users", "already booked"]
        .iter()
        .any(|words| message.contains(words))
}

/// What the open times, read again after a booking's fate became unknown
/// (a timeout, a dropped connection, a server error), say about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AfterUnknown {
    /// The time is still open: the booking was not made; the visitor may send it again.
    StillOpen,
    /// The time is gone: the booking may well be made; point to the inbox, send nothing.
    Gone,
    /// The times could not be read: nothing can be told; send nothing.
    Unknown,
}

/// Decides from the times read again (`None`: unreadable) whether `start_ms` is still open.
pub fn after_unknown(start_ms: i64, reread: Option<&[i64]>) -> AfterUnknown {
    match reread {
        None => AfterUnknown::Unknown,
        Some(starts) if starts.contains(&start_ms) => AfterUnknown::StillOpen,
        Some(_) => AfterUnknown::Gone,
    }
}

/// The open times as the picker shows them.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Times {
    /// Being read (also how the page is prerendered).
    #[default]
    Loading,
    /// Read: the days from `from` that have open times (maybe none).
    Open { from: CivilDate, days: Vec<Day> },
}

/// Where a booking with Cal.com stands (the form's status while it does).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// The request is on its way.
    Sending,
    /// The time was taken meanwhile.
    Taken,
    /// Refused, with Cal.com's message.
    Refused(String),
    /// The answer never came and the time is still open: not booked.
    StillOpen,
    /// The answer never came and the time is gone: maybe booked.
    MaybeBooked,
    /// The answer never came and the times could not be checked.
    Unknown,
    /// Booked: what the confirmation shows (`when` in the visitor's zone).
    Booked { booked: Booked, when: String, email: String },
}

impl Outcome {
    /// The status element's `data-state`.
    pub fn name(&self) -> &'static str {
        match self {
            Outcome::Sending => "sending",
            Outcome::StillOpen => "still-open",
            Outcome::Booked { .. } => "delivered",
            _ => "rejected",
        }
    }

    /// What the page says (nothing once booked: the confirmation speaks).
    pub fn text(&self, c: &CalcomCopy) -> String {
        match self {
            Outcome::Sending => c.sending.clone(),
            Outcome::Taken => c.taken.clone(),
            Outcome::Refused(message) => fill(&c.refused, &[("message", message)]),
            Outcome::StillOpen => c.still_open.clone(),
            Outcome::MaybeBooked => c.maybe_booked.clone(),
            Outcome::Unknown => c.unknown.clone(),
            Outcome::Booked { .. } => String::new(),
        }
    }
}

/// The first date of the range `page` ranges after `today` (page 0 starts today).
pub fn range_start(today: CivilDate, page: u32) -> CivilDate {
    CivilDate::from_days(today.days_since_epoch() + RANGE_DAYS * i64::from(page))
}

/// "2026-12-03 to 2026-12-16": the dates a range covers.
pub fn range_label(copy: &CalcomCopy, from: CivilDate) -> String {
    let to = CivilDate::from_days(from.days_since_epoch() + RANGE_DAYS - 1);
    fill(&copy.range, &[("from", &from.iso()), ("to", &to.iso())])
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::booking::calendar::utc_rfc3339;
    use crate::content;

    fn by_id() -> Calcom {
        Calcom { api_url: "https://api.cal.com".into(), event_type_id: Some(42), username: None, event_slug: None }
    }

    fn date(text: &str) -> CivilDate {
        CivilDate::parse(text).unwrap()
    }

    /// New York in winter: UTC−5.
    fn new_york(_: i64) -> i64 {
        -5 * 3_600_000
    }

    #[test]
    fn slot_urls_cover_fourteen_days_in_the_visitors_zone() {
        assert_eq!(
            slots_url(&by_id(), date("2026-12-28"), "America/New_York"),
            "https://api.cal.com/v2/slots?eventTypeId=42&start=2026-12-28&end=2027-01-10&timeZone=America%2FNew_York"
        );
        let by_slug = Calcom { event_type_id: None, username: Some("kavya".into()), event_slug: Some("intro call".into()), ..by_id() };
        assert_eq!(
            slots_url(&by_slug, range_start(date("2026-12-01"), 1), "UTC"),
            "https://api.cal.com/v2/slots?username=kavya&eventTypeSlug=intro%20call&start=2026-12-15&end=2026-12-28&timeZone=UTC"
        );
    }

    #[test]
    fn instants_read_with_any_offset() {
        let utc = parse_instant("2026-12-03T14:00:00Z").unwrap();
        assert_eq!(utc_rfc3339(utc), "2026-12-03T14:00:00Z");
        assert_eq!(parse_instant("2026-12-03T09:00:00.000-05:00"), Some(utc));
        assert_eq!(parse_instant("2026-12-03T15:00+01:00"), Some(utc));
        assert_eq!(parse_instant("2026-12-04T03:30:00.000+13:30"), Some(utc));
        for bad in ["", "2026-12-03", "2026-12-03T25:00:00Z", "2026-12-03T09:00:00", "2026-12-03T09:00:00+5", "tomorrow"] {
            assert_eq!(parse_instant(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_slots_answer_becomes_the_visitors_days_and_times() {
        let body = r#"{"status":"success","data":{
            "2026-12-04":[{"start":"2026-12-04T09:00:00.000-05:00"},{"start":"2026-12-04T13:30:00.000-05:00"}],
            "2026-12-03":[{"start":"2026-12-03T23:00:00.000-05:00"},{"start":"2026-12-03T00:00:00.000-05:00"}]}}"#;
        let starts = parse_slots(body).unwrap();
        assert_eq!(starts.len(), 4);
        assert!(starts.windows(2).all(|w| w[0] < w[1]), "sorted");
        let copy = content::booking();
        let days = days(&starts, copy, new_york);
        let read: Vec<(String, Vec<&str>)> =
            days.iter().map(|d| (d.date.iso(), d.times.iter().map(|t| t.label.as_str()).collect())).collect();
        assert_eq!(
            read,
            vec![("2026-12-03".to_string(), vec!["12:00 AM", "11:00 PM"]), ("2026-12-04".to_string(), vec!["9:00 AM", "1:30 PM"])]
        );
        assert_eq!(days[1].times[0].value, "2026-12-04T14:00:00Z");
        assert_eq!(days[0].heading, format!("{} 2026-12-03", copy.windows.weekdays[3]));
        // The same instants read in Berlin (UTC+1): other days, other labels.
        let berlin = days_in(&starts, 3_600_000);
        assert_eq!(berlin[0].date.iso(), "2026-12-03");
        assert_eq!(berlin[0].times.iter().map(|t| t.label.as_str()).collect::<Vec<_>>(), ["6:00 AM"]);
        assert_eq!(berlin[1].times[0].label, "5:00 AM");
    }

    fn days_in(starts: &[i64], offset: i64) -> Vec<Day> {
        days(starts, content::booking(), move |_| offset)
    }

    #[test]
    fn an_empty_range_has_no_days_and_other_answers_are_not_slots() {
        assert_eq!(parse_slots(r#"{"status":"success","data":{}}"#), Some(vec![]));
        assert!(days(&[], content::booking(), new_york).is_empty());
        for body in [r#"{"status":"error","error":{"message":"no"}}"#, "<html>", r#"{"data":[]}"#] {
            assert_eq!(parse_slots(body), None, "{body}");
        }
    }

    #[test]
    fn times_read_on_a_twelve_hour_clock() {
        let copy = &content::booking().calcom;
        assert_eq!(time_label(copy, 0), "12:00 AM");
        assert_eq!(time_label(copy, 9 * 60), "9:00 AM");
        assert_eq!(time_label(copy, 12 * 60 + 5), "12:05 PM");
        assert_eq!(time_label(copy, 23 * 60 + 59), "11:59 PM");
    }

    #[test]
    fn the_booking_body_carries_the_utc_start_the_attendee_and_the_answers_as_text() {
        let form = BookingForm {
            name: " Ada ".into(),
            email: "ada@example.com".into(),
            company: "Engines".into(),
            topic: "queues".into(),
            message: "Slow\nwebhooks".into(),
            timezone: "America/New_York".into(),
            ..Default::default()
        };
        let start = parse_instant("2026-12-04T09:00:00-05:00").unwrap();
        let calcom = by_id();
        let body = serde_json::to_value(booking_request(&calcom, &form, "Queues and workers", start, "0f8f-id")).unwrap();
        assert_eq!(
            body,
            serde_json::json!({
                "start": "2026-12-04T14:00:00Z",
                "eventTypeId": 42,
                "attendee": { "name": "Ada", "email": "ada@example.com", "timeZone": "America/New_York" },
                "bookingFieldsResponses": { "company": "Engines", "topic": "Queues and workers", "message": "Slow\nwebhooks" },
                "metadata": { "bookingId": "0f8f-id" }
            })
        );
        let by_slug = Calcom { event_type_id: None, username: Some("kavya".into()), event_slug: Some("call".into()), ..by_id() };
        let body = serde_json::to_value(booking_request(&by_slug, &form, "t", start, "x")).unwrap();
        assert_eq!((body["eventTypeSlug"].as_str(), body["username"].as_str()), (Some("call"), Some("kavya")));
        assert!(body.get("eventTypeId").is_none());
    }

    #[test]
    fn success_gives_the_uid_the_exact_time_and_the_links_cal_com_returns() {
        let start = parse_instant("2026-12-04T14:00:00Z").unwrap();
        let body = r#"{"status":"success","data":{"id":7,"uid":"bk_123","start":"2026-12-04T14:00:00.000Z",
            "end":"2026-12-04T14:45:00.000Z","meetingUrl":"https://cal.video/bk_123",
            "rescheduleUrl":"https://cal.com/reschedule/bk_123","cancelUrl":"https://cal.com/booking/bk_123?cancel=true"}}"#;
        let BookingAnswer::Booked(booked) = read_booking_answer(201, body, start) else { panic!("booked") };
        assert_eq!(booked.uid, "bk_123");
        assert_eq!((booked.start_ms, booked.end_ms - booked.start_ms), (start, 45 * 60_000));
        assert_eq!(booked.meeting_url.as_deref(), Some("https://cal.video/bk_123"));
        assert_eq!(booked.reschedule_url.as_deref(), Some("https://cal.com/reschedule/bk_123"));
        assert!(booked.cancel_url.is_some());
        // Only what is returned; a location that is no link is no link; 30 minutes by default.
        let BookingAnswer::Booked(bare) = read_booking_answer(200, r#"{"status":"success","data":{"uid":"u","location":"Office"}}"#, start)
        else {
            panic!("booked")
        };
        assert_eq!((bare.meeting_url, bare.reschedule_url, bare.cancel_url), (None, None, None));
        assert_eq!(bare.end_ms - bare.start_ms, 30 * 60_000);
        assert_eq!(read_booking_answer(201, "{}", start), BookingAnswer::Unknown, "2xx without a uid proves nothing");
    }

    #[test]
    fn errors_tell_a_taken_time_from_other_refusals_and_from_server_trouble() {
        let taken = r#"{"status":"error","error":{"code":"BadRequestException","message":"User either already has booking at this time or is not available"}}"#;
        assert_eq!(read_booking_answer(400, taken, 0), BookingAnswer::Taken);
        assert_eq!(read_booking_answer(409, "", 0), BookingAnswer::Taken);
        let bad = r#"{"status":"error","error":{"message":"attendee.email must be an email"}}"#;
        assert_eq!(read_booking_answer(400, bad, 0), BookingAnswer::Refused("attendee.email must be an email".into()));
        assert_eq!(read_booking_answer(403, "", 0), BookingAnswer::Refused("HTTP 403".into()));
        for status in [500, 502, 503, 408, 429] {
            assert_eq!(read_booking_answer(status, taken, 0), BookingAnswer::Unknown, "{status}");
        }
    }

    #[test]
    fn after_an_unknown_fate_only_a_time_still_open_may_be_booked_again() {
        assert_eq!(after_unknown(5, Some(&[1, 5, 9])), AfterUnknown::StillOpen);
        assert_eq!(after_unknown(5, Some(&[1, 9])), AfterUnknown::Gone);
        assert_eq!(after_unknown(5, Some(&[])), AfterUnknown::Gone);
        assert_eq!(after_unknown(5, None), AfterUnknown::Unknown);
    }

    #[test]
    fn ranges_follow_each_other_and_the_confirmation_reads_in_the_visitors_zone() {
        let copy = content::booking();
        assert_eq!(range_label(&copy.calcom, range_start(date("2026-12-01"), 0)), fill(&copy.calcom.range, &[("from", "2026-12-01"), ("to", "2026-12-14")]));
        assert_eq!(range_start(date("2026-12-01"), 2), date("2026-12-29"));
        let start = parse_instant("2026-12-04T14:00:00Z").unwrap();
        let when = when_label(copy, start, "America/New_York", new_york);
        assert!(when.contains("2026-12-04") && when.contains("9:00 AM") && when.contains("America/New_York"), "{when}");
    }

    #[test]
    fn every_outcome_but_booked_has_words_without_placeholders() {
        let c = &content::booking().calcom;
        let outcomes = [Outcome::Sending, Outcome::Taken, Outcome::Refused("x".into()), Outcome::StillOpen, Outcome::MaybeBooked, Outcome::Unknown];
        for outcome in &outcomes {
            let text = outcome.text(c);
            assert!(!text.trim().is_empty() && !text.contains('{'), "{outcome:?}: {text}");
        }
        assert!(Outcome::Refused("attendee.email must be an email".into()).text(c).contains("attendee.email"));
        assert_eq!(Outcome::Taken.name(), "rejected");
    }
}
