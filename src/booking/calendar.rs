//! Civil-calendar arithmetic without a date crate: dates as typed in
//! `<input type="date">`, part-of-day times, UTC instants in milliseconds and
//! their text forms for JSON and iCalendar. The browser supplies "now" and
//! time-zone offsets; everything here is pure.

/// A calendar date (proleptic Gregorian).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub struct CivilDate {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

/// Milliseconds in one day.
pub const DAY_MS: i64 = 86_400_000;

impl CivilDate {
    /// Parses `YYYY-MM-DD` and rejects dates that do not exist.
    pub fn parse(text: &str) -> Option<CivilDate> {
        let b = text.as_bytes();
        if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
            return None;
        }
        let year = digits(&b[0..4])? as i32;
        let month = digits(&b[5..7])?;
        let day = digits(&b[8..10])?;
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year, month) {
            return None;
        }
        Some(CivilDate { year, month, day })
    }

    /// Days since 1970-01-01 (negative before).
    pub fn days_since_epoch(self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `days` after 1970-01-01.
    pub fn from_days(days: i64) -> CivilDate {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        CivilDate { year, month, day }
    }

    /// 0 = Monday … 6 = Sunday.
    pub fn weekday(self) -> usize {
        // 1970-01-01 was a Thursday (3).
        (self.days_since_epoch() + 3).rem_euclid(7) as usize
    }

    /// `YYYY-MM-DD`.
    pub fn iso(self) -> String {
        let mut out = String::with_capacity(10);
        push_padded(&mut out, self.year as u32, 4);
        out.push('-');
        push_padded(&mut out, self.month, 2);
        out.push('-');
        push_padded(&mut out, self.day, 2);
        out
    }
}

fn digits(bytes: &[u8]) -> Option<u32> {
    bytes.iter().try_fold(0u32, |acc, &b| b.is_ascii_digit().then(|| acc * 10 + u32::from(b - b'0')))
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

fn push_padded(out: &mut String, value: u32, width: usize) {
    let text = value.to_string();
    for _ in text.len()..width {
        out.push('0');
    }
    out.push_str(&text);
}

/// Parses `HH:MM` (24-hour) into minutes after midnight; `24:00` is allowed as an end.
pub fn parse_clock(text: &str) -> Option<u32> {
    let (h, m) = text.split_once(':')?;
    if h.len() != 2 || m.len() != 2 {
        return None;
    }
    let (h, m) = (digits(h.as_bytes())?, digits(m.as_bytes())?);
    (m < 60 && (h < 24 || (h == 24 && m == 0))).then_some(h * 60 + m)
}

/// Wall-clock time on `date` at `minutes` after midnight, as if it were UTC, in ms.
pub fn wall_ms(date: CivilDate, minutes: u32) -> i64 {
    date.days_since_epoch() * DAY_MS + i64::from(minutes) * 60_000
}

/// Converts a wall-clock time in some zone to a UTC instant, given
/// `offset_at(utc_ms)`: that zone's offset from UTC in ms at an instant (what
/// `Intl` tells the browser). Two passes settle on the right side of a DST change.
pub fn wall_to_utc(wall: i64, offset_at: impl Fn(i64) -> i64) -> i64 {
    let first = wall - offset_at(wall);
    wall - offset_at(first)
}

/// UTC instant in ms → (date, hour, minute, second).
fn split_utc(ms: i64) -> (CivilDate, u32, u32, u32) {
    let days = ms.div_euclid(DAY_MS);
    let secs = (ms.rem_euclid(DAY_MS) / 1000) as u32;
    (CivilDate::from_days(days), secs / 3600, secs / 60 % 60, secs % 60)
}

/// `2026-12-03T08:00:00Z` (RFC 3339, whole seconds).
pub fn utc_rfc3339(ms: i64) -> String {
    let (date, h, m, s) = split_utc(ms);
    let mut out = date.iso();
    out.push('T');
    push_time(&mut out, h, m, s, ':');
    out.push('Z');
    out
}

/// `20261203T080000Z` (iCalendar UTC date-time).
pub fn utc_ical(ms: i64) -> String {
    let (date, h, m, s) = split_utc(ms);
    let mut out = String::with_capacity(16);
    push_padded(&mut out, date.year as u32, 4);
    push_padded(&mut out, date.month, 2);
    push_padded(&mut out, date.day, 2);
    out.push('T');
    push_time(&mut out, h, m, s, '\0');
    out.push('Z');
    out
}

fn push_time(out: &mut String, h: u32, m: u32, s: u32, sep: char) {
    for (i, part) in [h, m, s].into_iter().enumerate() {
        if i > 0 && sep != '\0' {
            out.push(sep);
        }
        push_padded(out, part, 2);
    }
}

/// `HH:MM` from minutes after midnight.
pub fn clock_text(minutes: u32) -> String {
    let mut out = String::with_capacity(5);
    push_padded(&mut out, minutes / 60, 2);
    out.push(':');
    push_padded(&mut out, minutes % 60, 2);
    out
}

/// Parses an HTTP-date in IMF-fixdate form (`Sun, 06 Nov 1994 08:49:37 GMT`)
/// into ms since the epoch.
pub fn parse_http_date(text: &str) -> Option<i64> {
    let mut parts = text.split_ascii_whitespace();
    let _weekday = parts.next().filter(|w| w.ends_with(','))?;
    let day = digits(parts.next()?.as_bytes())?;
    let month_name = parts.next()?;
    const MONTHS: [&str; 12] = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
    let month = MONTHS.iter().position(|m| m.eq_ignore_ascii_case(month_name))? as u32 + 1;
    let year = digits(parts.next()?.as_bytes())? as i32;
    let clock = parts.next()?;
    if parts.next() != Some("GMT") || parts.next().is_some() || clock.len() != 8 {
        return None;
    }
    let c = clock.as_bytes();
    let (h, m, s) = (digits(&c[0..2])?, digits(&c[3..5])?, digits(&c[6..8])?);
    if c[2] != b':' || c[5] != b':' || h > 23 || m > 59 || s > 60 || day == 0 || day > days_in_month(year, month) {
        return None;
    }
    let date = CivilDate { year, month, day };
    Some(wall_ms(date, h * 60 + m) + i64::from(s) * 1000)
}

/// Reads the wall-clock time that `Date.toLocaleString("en-US", {timeZone,
/// hourCycle: "h23", year: "numeric", month, day, hour, minute, second: "2-digit"})`
/// prints, e.g. `12/03/2026, 09:00:00`, as wall ms. Hour 24 (an old engine
/// quirk at midnight) reads as 0.
pub fn parse_us_wall_clock(text: &str) -> Option<i64> {
    let numbers: Vec<u32> = text
        .split(|c: char| !c.is_ascii_digit())
        .filter(|part| !part.is_empty())
        .map(|part| part.parse().ok())
        .collect::<Option<_>>()?;
    let [month, day, year, hour, minute, second] = numbers.as_slice().try_into().ok()?;
    let date = CivilDate::parse(&format!("{year:04}-{month:02}-{day:02}"))?;
    (hour <= 24 && minute < 60 && second < 61).then(|| wall_ms(date, (hour % 24) * 60 + minute) + i64::from(second) * 1000)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_real_dates_and_rejects_impossible_ones() {
        assert_eq!(CivilDate::parse("2028-02-29"), Some(CivilDate { year: 2028, month: 2, day: 29 }));
        for bad in ["2027-02-29", "2026-13-01", "2026-00-10", "2026-04-31", "2026-1-01", "26-01-01", "2026/01/01", "", "abcd-ef-gh"] {
            assert_eq!(CivilDate::parse(bad), None, "{bad}");
        }
    }

    #[test]
    fn day_numbers_round_trip_and_match_known_instants() {
        assert_eq!(CivilDate::parse("1970-01-01").unwrap().days_since_epoch(), 0);
        // 2000-03-01 is day 11017 after the epoch.
        assert_eq!(CivilDate::parse("2000-03-01").unwrap().days_since_epoch(), 11_017);
        for days in [-800_000, -1, 0, 59, 60, 11_016, 20_000, 2_932_896] {
            assert_eq!(CivilDate::from_days(days).days_since_epoch(), days);
        }
        assert_eq!(CivilDate::parse("2026-11-27").unwrap().weekday(), 4, "a Friday");
        assert_eq!(CivilDate::parse("1970-01-01").unwrap().weekday(), 3, "a Thursday");
    }

    #[test]
    fn clocks_parse_and_print() {
        assert_eq!(parse_clock("09:30"), Some(570));
        assert_eq!(parse_clock("24:00"), Some(1440));
        for bad in ["24:01", "9:30", "09:60", "0930", "ab:cd"] {
            assert_eq!(parse_clock(bad), None, "{bad}");
        }
        assert_eq!(clock_text(570), "09:30");
    }

    #[test]
    fn wall_clock_converts_to_utc_across_a_dst_change() {
        // A zone one hour ahead of UTC before 2026-03-29 01:00 UTC and two after.
        let switch = wall_ms(CivilDate::parse("2026-03-29").unwrap(), 60);
        let offset = |utc: i64| if utc < switch { 3_600_000 } else { 7_200_000 };
        let date = CivilDate::parse("2026-03-29").unwrap();
        assert_eq!(utc_rfc3339(wall_to_utc(wall_ms(date, 60), offset)), "2026-03-29T00:00:00Z");
        assert_eq!(utc_rfc3339(wall_to_utc(wall_ms(date, 9 * 60), offset)), "2026-03-29T07:00:00Z");
        assert_eq!(utc_ical(wall_to_utc(wall_ms(date, 9 * 60), offset)), "20260329T070000Z");
    }

    #[test]
    fn us_wall_clock_strings_parse() {
        let expected = wall_ms(CivilDate::parse("2026-12-03").unwrap(), 9 * 60 + 5) + 7_000;
        assert_eq!(parse_us_wall_clock("12/03/2026, 09:05:07"), Some(expected));
        assert_eq!(parse_us_wall_clock("12/03/2026, 24:00:00"), Some(wall_ms(CivilDate::parse("2026-12-03").unwrap(), 0)));
        assert_eq!(parse_us_wall_clock("13/03/2026, 09:00:00"), None);
        assert_eq!(parse_us_wall_clock("Invalid Date"), None);
    }

    #[test]
    fn http_dates_parse_in_imf_fixdate_form_only() {
        assert_eq!(parse_http_date("Sun, 06 Nov 1994 08:49:37 GMT"), Some(784_111_777_000));
        for bad in ["Sunday, 06-Nov-94 08:49:37 GMT", "Sun Nov  6 08:49:37 1994", "Sun, 06 Nov 1994 08:49:37 UTC", "Sun, 31 Nov 1994 08:49:37 GMT", "120"] {
            assert_eq!(parse_http_date(bad), None, "{bad}");
        }
    }
}
