//! A tentative iCalendar event (RFC 5545) for the first preferred window,
//! generated in the browser and offered as a `data:` download.

use super::payload::Payload;
use super::text::percent_encode;

/// Inputs beyond the payload: the event title and description (from the
/// content) and the host name used in the UID.
pub struct IcsText<'a> {
    pub title: &'a str,
    pub description: &'a str,
    pub uid_host: &'a str,
}

/// The `.ics` file for the first window, or `None` when there is no window.
pub fn ics_for_first_window(payload: &Payload, text: &IcsText) -> Option<String> {
    let window = payload.windows.first()?;
    let (start, end) = (ical_instant(&window.start), ical_instant(&window.end));
    Some(event(&format!("{}@{}", payload.id, text.uid_host), &ical_instant(&payload.submitted_at), &start, &end, text, "TENTATIVE"))
}

/// The `.ics` file for a booked meeting at its exact time (UTC ms), confirmed.
pub fn ics_for_meeting(uid: &str, stamp_ms: i64, start_ms: i64, end_ms: i64, text: &IcsText) -> String {
    let at = |ms| super::calendar::utc_ical(ms);
    event(&format!("{uid}@{}", text.uid_host), &at(stamp_ms), &at(start_ms), &at(end_ms), text, "CONFIRMED")
}

/// One event; instants as iCalendar UTC date-times.
fn event(uid: &str, stamp: &str, start: &str, end: &str, text: &IcsText, status: &str) -> String {
    let mut out = String::with_capacity(512);
    let mut line = |content: String| {
        fold_into(&mut out, &content);
    };
    line("BEGIN:VCALENDAR".into());
    line("VERSION:2.0".into());
    line("PRODID:-//booking form//EN".into());
    line("CALSCALE:GREGORIAN".into());
    line("METHOD:PUBLISH".into());
    line("BEGIN:VEVENT".into());
    line(format!("UID:{uid}"));
    line(format!("DTSTAMP:{stamp}"));
    line(format!("DTSTART:{start}"));
    line(format!("DTEND:{end}"));
    line(format!("SUMMARY:{}", escape(text.title)));
    line(format!("DESCRIPTION:{}", escape(text.description)));
    line(format!("STATUS:{status}"));
    line(if status == "CONFIRMED" { "TRANSP:OPAQUE" } else { "TRANSP:TRANSPARENT" }.into());
    line("END:VEVENT".into());
    line("END:VCALENDAR".into());
    out
}

/// A `data:` URL for the file, for an `<a download>`.
pub fn ics_data_url(ics: &str) -> String {
    let mut url = String::from("data:text/calendar;charset=utf-8,");
    url.push_str(&percent_encode(ics));
    url
}

/// `2026-12-03T08:00:00Z` → `20261203T080000Z`.
fn ical_instant(rfc3339: &str) -> String {
    rfc3339.chars().filter(|c| *c != '-' && *c != ':').collect()
}

/// Escapes TEXT values: backslash, semicolon, comma and line breaks.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            ';' => out.push_str("\\;"),
            ',' => out.push_str("\\,"),
            '\n' => out.push_str("\\n"),
            '\r' => {}
            _ => out.push(c),
        }
    }
    out
}

/// Appends a content line folded at 75 octets (never inside a UTF-8
/// character), each physical line ending in CRLF.
fn fold_into(out: &mut String, line: &str) {
    let mut width = 0;
    for c in line.chars() {
        if width + c.len_utf8() > 75 {
            out.push_str("\r\n ");
            width = 1;
        }
        out.push(c);
        width += c.len_utf8();
    }
    out.push_str("\r\n");
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::booking::payload::tests::sample_payload;

    fn text() -> IcsText<'static> {
        IcsText { title: "Call, maybe; with \\ back", description: "Line one\nLine two", uid_host: "example.test" }
    }

    fn unfold(ics: &str) -> String {
        ics.replace("\r\n ", "")
    }

    #[test]
    fn event_is_tentative_and_spans_the_first_window_in_utc() {
        let payload = sample_payload();
        let ics = ics_for_first_window(&payload, &text()).unwrap();
        let lines: Vec<&str> = ics.split("\r\n").collect();
        assert_eq!(lines.first(), Some(&"BEGIN:VCALENDAR"));
        assert_eq!(lines[lines.len() - 2], "END:VCALENDAR");
        assert_eq!(lines.last(), Some(&""), "ends with CRLF");
        let flat = unfold(&ics);
        assert!(flat.contains("STATUS:TENTATIVE\r\n"));
        assert!(flat.contains(&format!("UID:{}@example.test\r\n", payload.id)));
        let start = ical_instant(&payload.windows[0].start);
        assert!(start.len() == 16 && start.ends_with('Z'), "{start}");
        assert!(flat.contains(&format!("DTSTART:{start}\r\n")));
        assert!(flat.contains(&format!("DTEND:{}\r\n", ical_instant(&payload.windows[0].end))));
        assert!(flat.contains("DTSTAMP:20260320T100000Z\r\n"));
        assert_eq!(flat.matches("BEGIN:VEVENT").count(), 1);
    }

    #[test]
    fn text_values_are_escaped() {
        let flat = unfold(&ics_for_first_window(&sample_payload(), &text()).unwrap());
        assert!(flat.contains("SUMMARY:Call\\, maybe\\; with \\\\ back\r\n"), "{flat}");
        assert!(flat.contains("DESCRIPTION:Line one\\nLine two\r\n"));
    }

    #[test]
    fn long_lines_fold_at_75_octets_without_splitting_characters() {
        let long = "é".repeat(100);
        let ics = ics_for_first_window(&sample_payload(), &IcsText { title: &long, description: "", uid_host: "h" }).unwrap();
        for physical in ics.split("\r\n") {
            assert!(physical.len() <= 75, "{} octets: {physical}", physical.len());
        }
        assert!(unfold(&ics).contains(&format!("SUMMARY:{long}\r\n")));
    }

    #[test]
    fn no_window_no_event() {
        let mut payload = sample_payload();
        payload.windows.clear();
        assert_eq!(ics_for_first_window(&payload, &text()), None);
    }

    #[test]
    fn a_booked_meeting_is_confirmed_at_its_exact_time() {
        let start = crate::booking::calendar::wall_ms(crate::booking::calendar::CivilDate::parse("2026-12-04").unwrap(), 14 * 60);
        let flat = unfold(&ics_for_meeting("bk_1", start - 60_000, start, start + 1_800_000, &text()));
        for line in ["UID:bk_1@example.test\r\n", "DTSTART:20261204T140000Z\r\n", "DTEND:20261204T143000Z\r\n", "STATUS:CONFIRMED\r\n", "DTSTAMP:20261204T135900Z\r\n"] {
            assert!(flat.contains(line), "{line} in {flat}");
        }
    }

    #[test]
    fn data_url_is_encoded() {
        let url = ics_data_url("A:B\r\n");
        assert_eq!(url, "data:text/calendar;charset=utf-8,A%3AB%0D%0A");
    }
}
