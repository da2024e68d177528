//! The booking page's copy and settings: `content/booking.json`.
//! (`Serialize` is for `build.rs`, which compiles the file into the app.)

use serde::{Deserialize, Serialize};

/// Everything in `content/booking.json`.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct BookingCopy {
    pub page: BookingPageCopy,
    /// The booking provider when the build sets no `BOOKING_PROVIDER`
    /// (`src/booking/provider.rs`); empty means `endpoint`.
    #[serde(default)]
    pub provider: String,
    /// The provider's URL when the build sets no `BOOKING_ENDPOINT`; may be empty.
    pub endpoint: String,
    /// Shown when no endpoint is configured.
    pub not_configured: String,
    pub required_note: String,
    pub optional_mark: String,
    pub fields: BookingFieldsCopy,
    pub topic_placeholder: String,
    /// The choice after the building blocks.
    pub topic_other: TopicChoice,
    pub windows: WindowsCopy,
    pub problems: ProblemsCopy,
    /// Character count near a limit; `{count}`, `{max}`.
    pub count: String,
    pub summary_one: String,
    /// `{count}` problems.
    pub summary_other: String,
    /// One line of the summary: `{field}`, `{message}`.
    pub summary_item: String,
    pub submit: String,
    /// Replaces the submit button when JavaScript is off.
    pub no_script: NoScriptCopy,
    pub draft: DraftCopy,
    pub status: StatusCopy,
    pub confirmation: ConfirmationCopy,
    /// The Cal.com open-times picker and its outcomes.
    pub calcom: CalcomCopy,
}

/// The form without JavaScript: it posts to a hosted form service, or else to the visitor's email program.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct NoScriptCopy {
    /// Why the submit button is gone, and what the one below does.
    pub message: String,
    /// The button that opens the email program with the typed booking.
    pub send: String,
    /// Before the contact address, for visitors without an email program.
    pub or_write: String,
    /// The email's subject (and a hosted form service's mail's).
    pub subject: String,
    /// Why the submit button is gone, when the form posts straight to a hosted form service.
    pub direct: String,
    /// The button that posts the form to the hosted form service.
    pub send_direct: String,
}

/// The `/book` page's metadata and intro.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct BookingPageCopy {
    pub title: String,
    pub description: String,
    pub heading: String,
    pub lead: String,
}

/// Label, optional hint and the message when a required field is blank.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct FieldCopy {
    pub label: String,
    #[serde(default)]
    pub hint: String,
    #[serde(default)]
    pub required: String,
}

/// Every field of the form.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct BookingFieldsCopy {
    pub name: FieldCopy,
    pub email: FieldCopy,
    pub company: FieldCopy,
    pub role: FieldCopy,
    pub topic: FieldCopy,
    pub traffic: FieldCopy,
    pub message: FieldCopy,
    pub timezone: FieldCopy,
    pub honeypot: FieldCopy,
}

/// A help topic the visitor can pick.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct TopicChoice {
    pub id: String,
    pub label: String,
}

/// The preferred-times fieldset.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct WindowsCopy {
    pub legend: String,
    pub hint: String,
    /// `{n}`.
    pub window: String,
    /// A window's field named in the error summary: `{window}`, `{field}`.
    pub field: String,
    pub date: String,
    pub part: String,
    pub part_placeholder: String,
    /// A part-of-day choice: `{part}`, `{start}`, `{end}`.
    pub part_option: String,
    /// How a window reads in summaries: `{weekday}`, `{date}`, `{part}`, `{start}`, `{end}`.
    pub label: String,
    pub required_date: String,
    pub required_part: String,
    pub parts: Vec<PartOfDay>,
    /// Seven names, Monday first.
    pub weekdays: Vec<String>,
}

/// A part of the day, with its hours in the visitor's time zone (`HH:MM`).
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct PartOfDay {
    pub id: String,
    pub label: String,
    pub start: String,
    pub end: String,
}

/// Messages for each kind of validation problem.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ProblemsCopy {
    /// `{max}`, `{count}`.
    pub too_long: String,
    pub email: String,
    pub date: String,
    pub past_date: String,
    pub control: String,
    /// `{n}`.
    pub duplicate: String,
    pub choice: String,
}

/// The saved draft.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct DraftCopy {
    pub restored: String,
    pub clear: String,
}

/// What the page says while and after sending.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct StatusCopy {
    pub sending: String,
    /// `{seconds}`, `{attempt}`, `{max}`.
    pub retrying: String,
    pub retry_now: String,
    pub cancel: String,
    pub offline: String,
    pub other_tab: String,
    /// `{max}`.
    pub failed: String,
    pub cancelled: String,
    pub try_again: String,
    /// `{status}`.
    pub rejected: String,
    pub rejected_fields: String,
    pub mailto: String,
    pub mailto_hint: String,
    /// `{name}`, `{company}`.
    pub mailto_subject: String,
}

/// The success view.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct ConfirmationCopy {
    pub heading: String,
    pub body: String,
    pub reference: String,
    pub summary: String,
    /// `{zone}`.
    pub windows: String,
    pub calendar: String,
    pub calendar_file: String,
    /// `{name}`: the site owner's name.
    pub calendar_title: String,
    /// `{reference}`.
    pub calendar_description: String,
    pub new_booking: String,
}

/// The open-times picker (Cal.com), its messages and its confirmation.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CalcomCopy {
    /// The picker's legend (instead of the windows').
    pub legend: String,
    /// Under the legend.
    pub hint: String,
    /// The picker named in the error summary.
    pub field: String,
    /// While the times are read.
    pub loading: String,
    /// A day's heading: `{weekday}`, `{date}`.
    pub day: String,
    /// A time as the visitor reads it: `{hour}` (1–12), `{minute}` (two digits), `{period}`.
    pub time: String,
    /// Before noon.
    pub am: String,
    /// From noon.
    pub pm: String,
    /// The dates shown: `{from}`, `{to}`.
    pub range: String,
    /// The button to the previous 14 days.
    pub earlier: String,
    /// The button to the next 14 days.
    pub later: String,
    /// No open times in range: `{from}`, `{to}`.
    pub empty: String,
    /// No time chosen.
    pub required: String,
    /// The open times could not be read: the preferred windows instead.
    pub fallback: String,
    /// While the booking is on its way.
    pub sending: String,
    /// The time was taken meanwhile.
    pub taken: String,
    /// Cal.com refused the booking: `{message}`.
    pub refused: String,
    /// No answer, the time still open: not booked.
    pub still_open: String,
    /// No answer, the time gone: maybe booked.
    pub maybe_booked: String,
    /// No answer, the times unreadable.
    pub unknown: String,
    /// Once booked.
    pub confirmation: CalcomConfirmationCopy,
}

/// The confirmation of a booked Cal.com call.
#[derive(Debug, Clone, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct CalcomConfirmationCopy {
    pub heading: String,
    /// `{email}`.
    pub body: String,
    pub when: String,
    /// `{day}`, `{time}`, `{zone}`.
    pub when_value: String,
    pub reference: String,
    pub meeting: String,
    pub reschedule: String,
    pub cancel: String,
    pub calendar: String,
    pub calendar_file: String,
    /// `{name}`: the site owner's name.
    pub calendar_title: String,
    /// `{reference}`.
    pub calendar_description: String,
}

impl BookingCopy {
    /// The part of day with this id.
    pub fn part(&self, id: &str) -> Option<&PartOfDay> {
        self.windows.parts.iter().find(|p| p.id == id)
    }
}
