//! What the visitor types into the booking form, and the names of its fields.

use serde::Serialize;

use super::json::{FromJson, Json};

/// How many preferred time windows the form offers; the first
/// [`REQUIRED_WINDOWS`] must be filled.
pub const WINDOWS: usize = 3;
/// Preferred time windows that must be filled in.
pub const REQUIRED_WINDOWS: usize = 2;

/// One preferred time window as typed: a date (`YYYY-MM-DD`) and the id of a
/// part of the day from the content.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
// serde's reader only checks the hand-written one (`FromJson`) in the tests.
#[cfg_attr(test, derive(serde::Deserialize), serde(default))]
pub struct WindowInput {
    pub date: String,
    pub part: String,
}

/// The form exactly as typed (untrimmed). This is what the draft saves, so
/// nothing typed is lost; the payload is built from it on submit.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize), serde(default))]
pub struct BookingForm {
    pub name: String,
    pub email: String,
    pub company: String,
    pub role: String,
    /// Id of the chosen help topic (a building block's id, or the "something else" id).
    pub topic: String,
    pub traffic: String,
    pub message: String,
    pub windows: [WindowInput; WINDOWS],
    /// IANA time zone the windows are meant in, e.g. `Europe/Berlin`.
    pub timezone: String,
    /// The open time chosen in the picker (Cal.com), UTC RFC 3339; empty when none.
    pub slot: String,
}

impl FromJson for WindowInput {
    fn from_json(json: &Json) -> Option<WindowInput> {
        let Json::Object(_) = json else { return None };
        Some(WindowInput { date: json.field_or_default("date")?, part: json.field_or_default("part")? })
    }
}

impl FromJson for BookingForm {
    /// Missing fields read as empty, so a draft from an older version still
    /// restores what it can (as `#[serde(default)]` does).
    fn from_json(json: &Json) -> Option<BookingForm> {
        let Json::Object(_) = json else { return None };
        Some(BookingForm {
            name: json.field_or_default("name")?,
            email: json.field_or_default("email")?,
            company: json.field_or_default("company")?,
            role: json.field_or_default("role")?,
            topic: json.field_or_default("topic")?,
            traffic: json.field_or_default("traffic")?,
            message: json.field_or_default("message")?,
            windows: json.field_or_default("windows")?,
            timezone: json.field_or_default("timezone")?,
            slot: json.field_or_default("slot")?,
        })
    }
}

impl BookingForm {
    /// True when nothing worth keeping was typed (the time zone is detected, not typed).
    pub fn is_blank(&self) -> bool {
        [&self.name, &self.email, &self.company, &self.role, &self.topic, &self.traffic, &self.message]
            .iter()
            .all(|value| value.trim().is_empty())
            && self.windows.iter().all(|w| w.date.is_empty() && w.part.is_empty())
    }

    /// The text of one single-value field.
    pub fn get(&self, field: Field) -> &str {
        match field {
            Field::Name => &self.name,
            Field::Email => &self.email,
            Field::Company => &self.company,
            Field::Role => &self.role,
            Field::Topic => &self.topic,
            Field::Traffic => &self.traffic,
            Field::Message => &self.message,
            Field::WindowDate(i) => &self.windows[i as usize].date,
            Field::WindowPart(i) => &self.windows[i as usize].part,
            Field::Timezone => &self.timezone,
            Field::Slot => &self.slot,
        }
    }

    /// `draft` with every field filled in here laid over it: what the live
    /// form holds wins over a saved draft. The time zone stays the draft's
    /// (it is detected, not typed).
    pub fn over_draft(&self, mut draft: BookingForm) -> BookingForm {
        for field in Field::ALL {
            let value = self.get(field);
            if field != Field::Timezone && !value.trim().is_empty() {
                draft.set(field, value.to_string());
            }
        }
        draft
    }

    /// Sets one field's text.
    pub fn set(&mut self, field: Field, value: String) {
        let slot = match field {
            Field::Name => &mut self.name,
            Field::Email => &mut self.email,
            Field::Company => &mut self.company,
            Field::Role => &mut self.role,
            Field::Topic => &mut self.topic,
            Field::Traffic => &mut self.traffic,
            Field::Message => &mut self.message,
            Field::WindowDate(i) => &mut self.windows[i as usize].date,
            Field::WindowPart(i) => &mut self.windows[i as usize].part,
            Field::Timezone => &mut self.timezone,
            Field::Slot => &mut self.slot,
        };
        *slot = value;
    }
}

/// One input of the form, in the order the form shows them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Field {
    Name,
    Email,
    Company,
    Role,
    Topic,
    Traffic,
    Message,
    /// Date of preferred window 0, 1 or 2.
    WindowDate(u8),
    /// Part of day of preferred window 0, 1 or 2.
    WindowPart(u8),
    Timezone,
    /// The open time chosen in the picker (Cal.com only).
    Slot,
}

impl Field {
    /// Every field in form order.
    pub const ALL: [Field; 15] = [
        Field::Name,
        Field::Email,
        Field::Company,
        Field::Role,
        Field::Topic,
        Field::Traffic,
        Field::Message,
        Field::Timezone,
        Field::Slot,
        Field::WindowDate(0),
        Field::WindowPart(0),
        Field::WindowDate(1),
        Field::WindowPart(1),
        Field::WindowDate(2),
        Field::WindowPart(2),
    ];

    /// The element id of the field's input; the error is `{id}-error`.
    pub fn dom_id(self) -> String {
        match self {
            Field::WindowDate(i) => format!("booking-window-{}-date", i + 1),
            Field::WindowPart(i) => format!("booking-window-{}-part", i + 1),
            _ => format!("booking-{}", self.key()),
        }
    }

    /// The field's name in the JSON payload; window fields are `windows[0].date` etc.
    pub fn key(self) -> String {
        match self {
            Field::Name => "name".into(),
            Field::Email => "email".into(),
            Field::Company => "company".into(),
            Field::Role => "role".into(),
            Field::Topic => "topic".into(),
            Field::Traffic => "traffic".into(),
            Field::Message => "message".into(),
            Field::Timezone => "timezone".into(),
            Field::Slot => "slot".into(),
            Field::WindowDate(i) => format!("windows[{i}].date"),
            Field::WindowPart(i) => format!("windows[{i}].part"),
        }
    }

    /// Maps a field name from an endpoint's error body to a field. Accepts
    /// `email`, `/email` (JSON pointer), `body.email`, `windows[1].date`,
    /// `windows.1.date`, `windows/1/date`; a bare `windows` or `windows[1]`
    /// points at the window's date.
    pub fn from_key(key: &str) -> Option<Field> {
        let key = key.trim().trim_start_matches('/');
        let key = key.strip_prefix("body.").or_else(|| key.strip_prefix("body/")).unwrap_or(key);
        let parts: Vec<&str> = key.split(['.', '/', '[', ']']).filter(|p| !p.is_empty()).collect();
        match parts.as_slice() {
            [name] => Field::ALL.into_iter().find(|f| !matches!(f, Field::WindowDate(_) | Field::WindowPart(_)) && f.key() == *name)
                .or_else(|| (*name == "windows").then_some(Field::WindowDate(0))),
            ["windows", index, rest @ ..] => {
                let i: u8 = index.parse().ok().filter(|i| usize::from(*i) < WINDOWS)?;
                match rest {
                    [] | ["date"] => Some(Field::WindowDate(i)),
                    ["part"] => Some(Field::WindowPart(i)),
                    _ => None,
                }
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_the_live_form_holds_wins_over_the_draft_but_not_its_zone() {
        let mut draft = BookingForm::default();
        draft.set(Field::Name, "Draft Name".into());
        draft.set(Field::Company, "Draft Co".into());
        draft.set(Field::WindowDate(0), "2026-12-08".into());
        draft.set(Field::Timezone, "Asia/Tokyo".into());
        let mut live = BookingForm::default();
        live.set(Field::Name, "Typed Name".into());
        live.set(Field::Company, "   ".into());
        live.set(Field::WindowPart(0), "morning".into());
        live.set(Field::Timezone, "UTC".into());
        let merged = live.over_draft(draft);
        assert_eq!(merged.get(Field::Name), "Typed Name");
        assert_eq!(merged.get(Field::Company), "Draft Co", "blank typing does not erase the draft");
        assert_eq!(merged.get(Field::WindowDate(0)), "2026-12-08");
        assert_eq!(merged.get(Field::WindowPart(0)), "morning");
        assert_eq!(merged.get(Field::Timezone), "Asia/Tokyo");
    }

    #[test]
    fn keys_round_trip_and_endpoint_spellings_map_to_fields() {
        for field in Field::ALL {
            assert_eq!(Field::from_key(&field.key()), Some(field), "{field:?}");
        }
        assert_eq!(Field::from_key("/email"), Some(Field::Email));
        assert_eq!(Field::from_key("body.message"), Some(Field::Message));
        assert_eq!(Field::from_key("windows.1.part"), Some(Field::WindowPart(1)));
        assert_eq!(Field::from_key("windows/2/date"), Some(Field::WindowDate(2)));
        assert_eq!(Field::from_key("windows[1]"), Some(Field::WindowDate(1)));
        assert_eq!(Field::from_key("windows[3].date"), None, "only three windows");
        assert_eq!(Field::from_key("phone"), None);
    }

    #[test]
    fn dom_ids_are_unique() {
        let ids: std::collections::HashSet<String> = Field::ALL.iter().map(|f| f.dom_id()).collect();
        assert_eq!(ids.len(), Field::ALL.len());
        assert_eq!(Field::WindowPart(0).dom_id(), "booking-window-1-part");
    }

    #[test]
    fn blank_ignores_whitespace_and_the_detected_zone() {
        let mut form = BookingForm { timezone: "Europe/Berlin".into(), name: "  ".into(), ..Default::default() };
        assert!(form.is_blank());
        form.set(Field::WindowPart(2), "morning".into());
        assert!(!form.is_blank());
        assert_eq!(form.get(Field::WindowPart(2)), "morning");
    }
}
