//! Validation rules of the booking form. Each rule names a [`Problem`]; the
//! component turns problems into the content's words.

use super::calendar::CivilDate;
use super::form::{BookingForm, Field, REQUIRED_WINDOWS};

/// Longest name, in characters.
pub const NAME_MAX: usize = 100;
/// Longest email address (RFC 5321 path limit).
pub const EMAIL_MAX: usize = 254;
/// Longest company or role.
pub const SHORT_TEXT_MAX: usize = 100;
/// Longest traffic profile.
pub const TRAFFIC_MAX: usize = 300;
/// Longest message, in characters.
pub const MESSAGE_MAX: usize = 4000;

/// What is wrong with one field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// Blank after trimming, but required.
    Required,
    /// More characters than allowed.
    TooLong { max: usize },
    /// Not the shape of an email address.
    Email,
    /// Not a real calendar date.
    Date,
    /// A date before today.
    PastDate,
    /// Contains control or invisible direction-changing characters.
    ControlCharacter,
    /// Same date and part of day as an earlier window (1-based number).
    DuplicateWindow { of: u8 },
    /// A choice that the form does not offer.
    Choice,
}

/// What the rules need to know beyond the form.
pub struct Rules<'a> {
    /// Today in the visitor's time zone; `None` skips the past-date check
    /// (natively, before the browser has said what day it is).
    pub today: Option<CivilDate>,
    /// Ids of the help topics offered.
    pub topics: &'a [String],
    /// Ids of the parts of the day offered.
    pub parts: &'a [String],
    /// The visitor picks one of the owner's open times (Cal.com) instead of
    /// preferred windows: a time is required and the windows are not.
    pub slots: bool,
}

/// The maximum length of a text field, if it has one.
pub fn max_len(field: Field) -> Option<usize> {
    match field {
        Field::Name => Some(NAME_MAX),
        Field::Email => Some(EMAIL_MAX),
        Field::Company | Field::Role => Some(SHORT_TEXT_MAX),
        Field::Traffic => Some(TRAFFIC_MAX),
        Field::Message => Some(MESSAGE_MAX),
        _ => None,
    }
}

/// Whether the visitor must fill the field.
pub fn is_required(field: Field) -> bool {
    match field {
        Field::Role | Field::Traffic => false,
        Field::WindowDate(i) | Field::WindowPart(i) => usize::from(i) < REQUIRED_WINDOWS,
        _ => true,
    }
}

/// Characters counted the way the limits are stated: Unicode scalar values.
pub fn char_count(text: &str) -> usize {
    text.chars().count()
}

/// Every problem in the form, in form order.
pub fn validate(form: &BookingForm, rules: &Rules) -> Vec<(Field, Problem)> {
    Field::ALL.into_iter().filter_map(|field| check(form, field, rules).map(|p| (field, p))).collect()
}

/// The problem with one field, if any.
pub fn check(form: &BookingForm, field: Field, rules: &Rules) -> Option<Problem> {
    let raw = form.get(field);
    let value = raw.trim();
    if let Field::WindowDate(i) | Field::WindowPart(i) = field {
        return if rules.slots { None } else { check_window(form, field, usize::from(i), rules) };
    }
    if field == Field::Slot {
        return (rules.slots && value.is_empty()).then_some(Problem::Required);
    }
    if value.is_empty() {
        return is_required(field).then_some(Problem::Required);
    }
    let multiline = field == Field::Message;
    if raw.chars().any(|c| is_forbidden_char(c, multiline)) {
        return Some(Problem::ControlCharacter);
    }
    if let Some(max) = max_len(field)
        && char_count(value) > max
    {
        return Some(Problem::TooLong { max });
    }
    match field {
        Field::Email if !is_email(value) => Some(Problem::Email),
        Field::Topic if !rules.topics.iter().any(|t| t == value) => Some(Problem::Choice),
        _ => None,
    }
}

fn check_window(form: &BookingForm, field: Field, i: usize, rules: &Rules) -> Option<Problem> {
    let window = &form.windows[i];
    let used = !window.date.trim().is_empty() || !window.part.trim().is_empty();
    let required = i < REQUIRED_WINDOWS || used;
    match field {
        Field::WindowPart(_) => {
            let part = window.part.trim();
            if part.is_empty() {
                return required.then_some(Problem::Required);
            }
            (!rules.parts.iter().any(|p| p == part)).then_some(Problem::Choice)
        }
        _ => {
            let text = window.date.trim();
            if text.is_empty() {
                return required.then_some(Problem::Required);
            }
            let date = match CivilDate::parse(text) {
                Some(date) => date,
                None => return Some(Problem::Date),
            };
            if rules.today.is_some_and(|today| date < today) {
                return Some(Problem::PastDate);
            }
            let same = |other: &super::form::WindowInput| {
                other.date.trim() == text && other.part.trim() == window.part.trim() && !text.is_empty()
            };
            (0..i)
                .find(|&earlier| same(&form.windows[earlier]))
                .map(|earlier| Problem::DuplicateWindow { of: earlier as u8 + 1 })
        }
    }
}

/// Control characters (C0, DEL, C1) and the invisible bidirectional overrides
/// that can disguise text; a message may contain line breaks and tabs.
pub fn is_forbidden_char(c: char, multiline: bool) -> bool {
    if multiline && matches!(c, '\n' | '\r' | '\t') {
        return false;
    }
    c.is_control() || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}')
}

/// A practical email check: one `@`, a plausible local part and a domain of
/// at least two labels. Not the full RFC 5322 grammar, which accepts
/// addresses no mail form should.
pub fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else { return false };
    let local_ok = !local.is_empty()
        && local.len() <= 64
        && !local.starts_with('.')
        && !local.ends_with('.')
        && !local.contains("..")
        && local.chars().all(|c| !c.is_whitespace() && !c.is_control() && !"()<>[]:;@\\,\"".contains(c));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && labels.iter().all(|label| {
            !label.is_empty()
                && label.len() <= 63
                && !label.starts_with('-')
                && !label.ends_with('-')
                && label.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && !labels.last().is_some_and(|tld| tld.chars().all(|c| c.is_ascii_digit()));
    local_ok && domain_ok
}

/// Whether to show a character count under a field: once the text is within
/// a tenth of the limit, or over it.
pub fn show_count(len: usize, max: usize) -> bool {
    len * 10 >= max * 9
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::booking::form::WindowInput;

    fn rules_with<'a>(topics: &'a [String], parts: &'a [String]) -> Rules<'a> {
        Rules { today: CivilDate::parse("2026-06-15"), topics, parts, slots: false }
    }

    fn valid_form() -> BookingForm {
        BookingForm {
            name: "Ada Lovelace".into(),
            email: "ada@example.com".into(),
            company: "Analytical Engines".into(),
            topic: "a".into(),
            message: "Our webhooks time out.\nTwice a day.".into(),
            windows: [
                WindowInput { date: "2026-06-15".into(), part: "morning".into() },
                WindowInput { date: "2026-06-16".into(), part: "afternoon".into() },
                WindowInput::default(),
            ],
            timezone: "Europe/Berlin".into(),
            ..Default::default()
        }
    }

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn with_open_times_a_time_is_required_and_the_windows_are_not() {
        let (topics, parts) = (ids(&["a"]), ids(&["morning", "afternoon"]));
        let picking = Rules { slots: true, ..rules_with(&topics, &parts) };
        let mut form = BookingForm { windows: Default::default(), ..valid_form() };
        assert_eq!(validate(&form, &picking), vec![(Field::Slot, Problem::Required)]);
        form.slot = "2026-06-16T14:00:00Z".into();
        assert_eq!(validate(&form, &picking), vec![]);
        // Without the picker (no Cal.com, or its times unreadable) the windows are back.
        let windows = rules_with(&topics, &parts);
        assert!(validate(&form, &windows).iter().any(|(f, p)| *f == Field::WindowDate(0) && *p == Problem::Required));
        assert!(validate(&valid_form(), &windows).is_empty(), "no time needed then");
    }

    #[test]
    fn a_complete_form_has_no_problems() {
        let (topics, parts) = (ids(&["a", "other"]), ids(&["morning", "afternoon"]));
        assert_eq!(validate(&valid_form(), &rules_with(&topics, &parts)), vec![]);
    }

    #[test]
    fn blank_required_fields_are_reported_in_form_order_and_optional_ones_are_not() {
        let (topics, parts) = (ids(&["a"]), ids(&["morning"]));
        let form = BookingForm { name: "   ".into(), role: "".into(), ..Default::default() };
        let problems = validate(&form, &rules_with(&topics, &parts));
        let fields: Vec<Field> = problems.iter().map(|(f, _)| *f).collect();
        assert_eq!(
            fields,
            vec![
                Field::Name,
                Field::Email,
                Field::Company,
                Field::Topic,
                Field::Message,
                Field::Timezone,
                Field::WindowDate(0),
                Field::WindowPart(0),
                Field::WindowDate(1),
                Field::WindowPart(1),
            ]
        );
        assert!(problems.iter().all(|(_, p)| *p == Problem::Required));
    }

    #[test]
    fn lengths_are_limited_in_characters_not_bytes() {
        let (topics, parts) = (ids(&["a"]), ids(&["morning", "afternoon"]));
        let rules = rules_with(&topics, &parts);
        let mut form = valid_form();
        form.name = "é".repeat(NAME_MAX);
        assert_eq!(check(&form, Field::Name, &rules), None, "exactly the limit is fine");
        form.name.push('é');
        assert_eq!(check(&form, Field::Name, &rules), Some(Problem::TooLong { max: NAME_MAX }));
        form.message = "x".repeat(MESSAGE_MAX + 1);
        assert_eq!(check(&form, Field::Message, &rules), Some(Problem::TooLong { max: MESSAGE_MAX }));
        form.message = format!("  {}  ", "x".repeat(MESSAGE_MAX));
        assert_eq!(check(&form, Field::Message, &rules), None, "surrounding spaces are trimmed before counting");
    }

    #[test]
    fn emails_need_a_plausible_shape() {
        for good in ["a@b.co", "first.last+tag@sub.example.com", "ops@xn--bcher-kva.example", "jürgen@müller.de"] {
            assert!(is_email(good), "{good}");
        }
        for bad in ["", "plain", "@example.com", "a@", "a@b", "a@@b.com", "a b@c.com", "a@b..com", ".a@b.com", "a.@b.com", "a@-b.com", "a@b.123", "a@b_c.com", "<a>@b.com"] {
            assert!(!is_email(bad), "{bad}");
        }
    }

    #[test]
    fn control_characters_are_refused_but_a_message_may_have_line_breaks() {
        let (topics, parts) = (ids(&["a"]), ids(&["morning", "afternoon"]));
        let rules = rules_with(&topics, &parts);
        let mut form = valid_form();
        form.company = "Acme\u{0007}".into();
        assert_eq!(check(&form, Field::Company, &rules), Some(Problem::ControlCharacter));
        form.company = "Acme\u{202E}moc".into();
        assert_eq!(check(&form, Field::Company, &rules), Some(Problem::ControlCharacter));
        form.name = "Ada\tLovelace".into();
        assert_eq!(check(&form, Field::Name, &rules), Some(Problem::ControlCharacter));
        form.message = "line one\r\n\tline two".into();
        assert_eq!(check(&form, Field::Message, &rules), None);
        form.message = "nul\u{0000}".into();
        assert_eq!(check(&form, Field::Message, &rules), Some(Problem::ControlCharacter));
    }

    #[test]
    fn markup_is_ordinary_text_to_the_rules() {
        let (topics, parts) = (ids(&["a"]), ids(&["morning", "afternoon"]));
        let mut form = valid_form();
        form.message = "<script>alert('x')</script>".into();
        assert_eq!(check(&form, Field::Message, &rules_with(&topics, &parts)), None);
    }

    #[test]
    fn windows_need_real_future_dates_known_parts_and_no_repeats() {
        let (topics, parts) = (ids(&["a"]), ids(&["morning", "afternoon"]));
        let rules = rules_with(&topics, &parts);
        let mut form = valid_form();
        form.windows[0].date = "2026-06-14".into();
        assert_eq!(check(&form, Field::WindowDate(0), &rules), Some(Problem::PastDate));
        form.windows[0].date = "2026-02-30".into();
        assert_eq!(check(&form, Field::WindowDate(0), &rules), Some(Problem::Date));
        form.windows[0] = form.windows[1].clone();
        assert_eq!(check(&form, Field::WindowDate(1), &rules), Some(Problem::DuplicateWindow { of: 1 }));
        form.windows[1].part = "night".into();
        assert_eq!(check(&form, Field::WindowPart(1), &rules), Some(Problem::Choice));
        // Without knowing today, past dates cannot be judged.
        let unknown_today = Rules { today: None, ..rules_with(&topics, &parts) };
        let mut old = valid_form();
        old.windows[0].date = "2001-01-01".into();
        assert_eq!(check(&old, Field::WindowDate(0), &unknown_today), None);
    }

    #[test]
    fn the_third_window_is_optional_until_half_filled() {
        let (topics, parts) = (ids(&["a"]), ids(&["morning", "afternoon"]));
        let rules = rules_with(&topics, &parts);
        let mut form = valid_form();
        assert_eq!(check(&form, Field::WindowDate(2), &rules), None);
        form.windows[2].part = "morning".into();
        assert_eq!(check(&form, Field::WindowDate(2), &rules), Some(Problem::Required));
        assert_eq!(check(&form, Field::WindowPart(2), &rules), None);
    }

    #[test]
    fn topics_must_be_offered_choices() {
        let (topics, parts) = (ids(&["a", "other"]), ids(&["morning", "afternoon"]));
        let mut form = valid_form();
        form.topic = "z".into();
        assert_eq!(check(&form, Field::Topic, &rules_with(&topics, &parts)), Some(Problem::Choice));
    }

    #[test]
    fn the_count_shows_near_the_limit() {
        assert!(!show_count(3599, 4000));
        assert!(show_count(3600, 4000));
        assert!(show_count(4100, 4000));
    }
}
