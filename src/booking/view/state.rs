//! The booking form's shared state: what the visitor typed, the messages
//! beside fields, the delivery status. Every part of the form reads it from
//! context; it depends on the booking logic only, never on a view.

use leptos::prelude::*;

use crate::booking::calcom::Times;
use crate::booking::calendar::CivilDate;
use crate::booking::form::{BookingForm, Field, WINDOWS};
use crate::booking::messages::problem_message;
use crate::booking::payload::topic_choices;
use crate::booking::status::Status;
use crate::booking::validate::{self, Rules, char_count};
use crate::content;

/// The form's shared state, provided as context to its parts.
#[derive(Clone, Copy)]
pub struct BookingState {
    /// What the visitor typed.
    pub form: RwSignal<BookingForm>,
    /// The hidden field only bots fill.
    pub honeypot: RwSignal<String>,
    /// The messages shown beside fields, in form order.
    pub errors: RwSignal<Vec<(Field, String)>>,
    /// Fields the visitor has left once; they are checked as they change.
    pub touched: RwSignal<Vec<Field>>,
    /// A submit was tried: every field is checked as it changes and the summary shows.
    pub submitted: RwSignal<bool>,
    pub status: RwSignal<Status>,
    /// Today in the chosen zone (browser only; `None` while prerendering).
    pub today: RwSignal<Option<CivilDate>>,
    /// Zones the browser knows (empty while prerendering).
    pub zones: RwSignal<Vec<String>>,
    /// A saved draft was put back into the form.
    pub restored: RwSignal<bool>,
    /// The visitor picks one of the owner's open times (Cal.com) rather
    /// than preferred windows; false once the times cannot be read.
    pub slots: RwSignal<bool>,
    /// The owner's open times (Cal.com), as the picker shows them.
    pub times: RwSignal<Times>,
    /// Which 14 days of open times: 0 from today, 1 the next, …
    pub page: RwSignal<u32>,
    /// Bumped to read the open times again.
    pub reread: RwSignal<u32>,
    /// The submit button is being pressed, and the field that press took
    /// focus from, if any. That field's check waits until the press ends: a
    /// message appearing above the button would move it from under the
    /// pointer, and the press would never become a click.
    pub press: StoredValue<(bool, Option<Field>)>,
}

impl BookingState {
    /// The state of a form that starts out holding `form`: no messages, nothing
    /// touched, nothing sent.
    pub fn new(form: BookingForm) -> BookingState {
        BookingState {
            form: RwSignal::new(form),
            honeypot: RwSignal::new(String::new()),
            errors: RwSignal::new(Vec::new()),
            touched: RwSignal::new(Vec::new()),
            submitted: RwSignal::new(false),
            status: RwSignal::new(Status::Idle),
            today: RwSignal::new(None),
            zones: RwSignal::new(Vec::new()),
            restored: RwSignal::new(false),
            slots: RwSignal::new(crate::booking::provider::current().calcom.is_some()),
            times: RwSignal::new(Times::Loading),
            page: RwSignal::new(0),
            reread: RwSignal::new(0),
            press: StoredValue::new((false, None)),
        }
    }

    /// Takes over what the visitor typed into fields that were not yet live
    /// (`booking::browser::typed_in_page`): where it differs, it wins.
    pub fn take_typed(&self, typed: Vec<(Field, String)>) {
        let differs = self.form.with_untracked(|form| typed.iter().any(|(field, value)| form.get(*field) != value));
        if differs {
            self.form.update(|form| {
                for (field, value) in typed {
                    form.set(field, value);
                }
            });
        }
    }

    /// The message shown beside `field`, if any.
    pub fn error(&self, field: Field) -> Option<String> {
        self.errors.with(|errors| errors.iter().find(|(f, _)| *f == field).map(|(_, m)| m.clone()))
    }

    /// Records typing; a field already left once (or after a submit) is re-checked.
    pub fn input(&self, field: Field, value: String) {
        self.form.update(|form| form.set(field, value));
        if self.submitted.get_untracked() || self.touched.with_untracked(|t| t.contains(&field)) {
            self.recheck(field);
        }
    }

    /// The visitor left a field: check it from now on.
    pub fn blur(&self, field: Field) {
        self.touched.update(|t| {
            if !t.contains(&field) {
                t.push(field);
            }
        });
        if self.press.with_value(|(pressed, _)| *pressed) {
            self.press.set_value((true, Some(field)));
            return;
        }
        self.recheck(field);
    }

    /// The pointer went down on the submit button.
    pub fn press_submit(&self) {
        self.press.set_value((true, None));
    }

    /// The press ended (in a click, a submit, or elsewhere): the field it
    /// left is checked now.
    pub fn release_submit(&self) {
        let Some((_, left)) = self.press.try_get_value() else { return };
        self.press.set_value((false, None));
        if let Some(field) = left {
            self.recheck(field);
        }
    }

    /// Re-checks one field (and the windows after it, whose duplicates depend on it).
    fn recheck(&self, field: Field) {
        let form = self.form.get_untracked();
        let (topics, parts) = rule_lists();
        let rules = Rules { today: self.today.get_untracked(), topics: &topics, parts: &parts, slots: self.slots.get_untracked() };
        let mut affected = vec![field];
        if let Field::WindowDate(_) | Field::WindowPart(_) = field {
            affected.extend((0..WINDOWS as u8).flat_map(|j| [Field::WindowDate(j), Field::WindowPart(j)]).filter(|f| *f != field));
        }
        self.errors.update(|errors| {
            for field in affected {
                let message = validate::check(&form, field, &rules).map(|p| problem_message(content::booking(), field, p, char_count(form.get(field).trim())));
                let shown = errors.iter().position(|(f, _)| *f == field);
                // Only the field being left or typed in gains a message; others only lose theirs.
                match (shown, message) {
                    (Some(at), Some(message)) => errors[at].1 = message,
                    (Some(at), None) => {
                        errors.remove(at);
                    }
                    (None, Some(message)) if field_is_checked(self, field) => errors.push((field, message)),
                    _ => {}
                }
            }
            in_form_order(errors);
        });
    }

    /// Empties the form for a new booking (keeping the chosen zone) and
    /// forgets every message, so nothing old shows as wrong.
    pub fn clear_form(&self) {
        self.form.update(|form| *form = BookingForm { timezone: std::mem::take(&mut form.timezone), ..Default::default() });
        self.errors.set(Vec::new());
        self.touched.set(Vec::new());
        self.submitted.set(false);
        self.restored.set(false);
    }

    /// Checks the whole form, shows every problem, and returns the first field in error.
    pub fn check_all(&self) -> Option<Field> {
        let form = self.form.get_untracked();
        let (topics, parts) = rule_lists();
        let rules = Rules { today: self.today.get_untracked(), topics: &topics, parts: &parts, slots: self.slots.get_untracked() };
        let copy = content::booking();
        let errors: Vec<(Field, String)> = validate::validate(&form, &rules)
            .into_iter()
            .map(|(field, problem)| (field, problem_message(copy, field, problem, char_count(form.get(field).trim()))))
            .collect();
        let first = errors.first().map(|(f, _)| *f);
        self.submitted.set(true);
        self.errors.set(errors);
        first
    }
}

fn field_is_checked(state: &BookingState, field: Field) -> bool {
    state.submitted.get_untracked() || state.touched.with_untracked(|t| t.contains(&field))
}

/// Puts messages in the order of the fields on the page.
pub(crate) fn in_form_order(errors: &mut Vec<(Field, String)>) {
    let mut ordered = Vec::with_capacity(errors.len());
    for field in Field::ALL {
        if let Some(at) = errors.iter().position(|(f, _)| *f == field) {
            ordered.push(errors.swap_remove(at));
        }
    }
    *errors = ordered;
}

/// Topic and part-of-day ids, for the rules.
fn rule_lists() -> (Vec<String>, Vec<String>) {
    let topics = topic_choices().into_iter().map(|t| t.id).collect();
    let parts = content::booking().windows.parts.iter().map(|p| p.id.clone()).collect();
    (topics, parts)
}


#[cfg(test)]
mod tests {
    use super::*;

    fn state() -> BookingState {
        BookingState::new(BookingForm::default())
    }

    #[test]
    fn leaving_a_field_shows_its_message_at_once_but_not_during_a_press_of_submit() {
        let owner = Owner::new();
        owner.with(|| {
            let state = state();
            state.input(Field::Email, "not-an-email".into());
            state.blur(Field::Email);
            assert_eq!(state.errors.get_untracked().len(), 1, "shown on leaving the field");

            let state = self::state();
            state.input(Field::Email, "not-an-email".into());
            state.press_submit();
            state.blur(Field::Email);
            assert!(state.errors.get_untracked().is_empty(), "nothing moves while the button is pressed");
            state.release_submit();
            assert!(state.error(Field::Email).is_some(), "checked once the press ends");
            state.release_submit();
            assert_eq!(state.errors.get_untracked().len(), 1, "a second release changes nothing");
        });
    }
}
