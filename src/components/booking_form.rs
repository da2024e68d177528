use leptos::prelude::*;

use crate::booking::calendar::CivilDate;
use crate::booking::form::{BookingForm, Field, WINDOWS};
use crate::booking::messages::problem_message;
use crate::booking::status::Status;
use crate::booking::validate::{self, Rules, char_count};
use crate::components::booking_confirmation::BookingConfirmation;
use crate::components::booking_error_summary::BookingErrorSummary;
use crate::components::booking_field::{BookingField, FieldKind};
use crate::components::booking_status::BookingStatus;
use crate::components::booking_windows::BookingWindows;
use crate::booking::payload::topic_choices;
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
}

impl BookingState {
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
        self.recheck(field);
    }

    /// Re-checks one field (and the windows after it, whose duplicates depend on it).
    fn recheck(&self, field: Field) {
        let form = self.form.get_untracked();
        let (topics, parts) = rule_lists();
        let rules = Rules { today: self.today.get_untracked(), topics: &topics, parts: &parts };
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

    /// Checks the whole form, shows every problem, and returns the first field in error.
    pub fn check_all(&self) -> Option<Field> {
        let form = self.form.get_untracked();
        let (topics, parts) = rule_lists();
        let rules = Rules { today: self.today.get_untracked(), topics: &topics, parts: &parts };
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
fn in_form_order(errors: &mut Vec<(Field, String)>) {
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

/// The booking form: fields, validation, the delivery status and, once the
/// endpoint confirms, the confirmation.
#[component]
pub fn BookingForm() -> impl IntoView {
    let copy = content::booking();
    let state = BookingState {
        form: RwSignal::new(BookingForm::default()),
        honeypot: RwSignal::new(String::new()),
        errors: RwSignal::new(Vec::new()),
        touched: RwSignal::new(Vec::new()),
        submitted: RwSignal::new(false),
        status: RwSignal::new(Status::Idle),
        today: RwSignal::new(None),
        zones: RwSignal::new(Vec::new()),
        restored: RwSignal::new(false),
    };
    provide_context(state);
    #[cfg(target_arch = "wasm32")]
    browser_side::connect(state);

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if state.status.with_untracked(Status::is_in_flight) {
            return;
        }
        let first_problem = state.check_all();
        #[cfg(target_arch = "wasm32")]
        browser_side::submit(state, first_problem);
        #[cfg(not(target_arch = "wasm32"))]
        let _ = first_problem;
    };
    let clear = move |_| {
        let timezone = state.form.with_untracked(|f| f.timezone.clone());
        state.form.set(BookingForm { timezone, ..Default::default() });
        state.errors.set(Vec::new());
        state.touched.set(Vec::new());
        state.submitted.set(false);
        state.restored.set(false);
        if !state.status.with_untracked(Status::is_in_flight) {
            state.status.set(Status::Idle);
        }
    };
    let in_flight = move || state.status.with(Status::is_in_flight);
    let delivered = move || state.status.with(|s| matches!(s, Status::Delivered { .. }));
    let fields = &copy.fields;
    let input = |input_type, autocomplete| FieldKind::Input { input_type, autocomplete };
    let mut topics = vec![(String::new(), copy.topic_placeholder.clone())];
    topics.extend(topic_choices().into_iter().map(|t| (t.id, t.label)));

    let form = view! {
        <form class="booking-form" novalidate on:submit=on_submit aria-describedby="booking-required-note" hidden=delivered>
            <BookingErrorSummary/>
            <div class="booking-form__restored" hidden=move || !state.restored.get()>
                <p>{copy.draft.restored.clone()}</p>
                <button type="button" class="booking-button booking-button--quiet" on:click=clear>{copy.draft.clear.clone()}</button>
            </div>
            <p id="booking-required-note" class="booking-form__note">{copy.required_note.clone()}</p>
            <fieldset class="booking-form__fields" disabled=in_flight>
                <BookingField field=Field::Name label=fields.name.label.clone() hint=fields.name.hint.clone() kind=input("text", "name")/>
                <BookingField field=Field::Email label=fields.email.label.clone() hint=fields.email.hint.clone() kind=input("email", "email")/>
                <BookingField field=Field::Company label=fields.company.label.clone() hint=fields.company.hint.clone() kind=input("text", "organization")/>
                <BookingField field=Field::Role label=fields.role.label.clone() hint=fields.role.hint.clone() kind=input("text", "organization-title")/>
                <BookingField field=Field::Topic label=fields.topic.label.clone() hint=fields.topic.hint.clone() kind=FieldKind::Choice(topics)/>
                <BookingField field=Field::Traffic label=fields.traffic.label.clone() hint=fields.traffic.hint.clone() kind=input("text", "off")/>
                <BookingField field=Field::Message label=fields.message.label.clone() hint=fields.message.hint.clone() kind=FieldKind::Multiline/>
                <BookingWindows/>
                // A trap for bots: people never see or reach it.
                <div class="booking-form__trap" aria-hidden="true">
                    <label for="booking-website">{fields.honeypot.label.clone()}</label>
                    <input id="booking-website" name="website" type="text" tabindex="-1" autocomplete="off"
                        prop:value=move || state.honeypot.get()
                        on:input=move |ev| state.honeypot.set(event_target_value(&ev))/>
                </div>
                <button type="submit" class="booking-button booking-button--primary">{copy.submit.clone()}</button>
            </fieldset>
            <BookingStatus/>
        </form>
    }
    .into_any();

    view! {
        <p class="booking-notice" id="booking-not-configured" hidden=crate::booking::endpoint::configured().is_some()>
            {copy.not_configured.clone()}
        </p>
        {move || state.status.with(|status| match status {
            Status::Delivered { reference, payload } => Some(view! { <BookingConfirmation reference=reference.clone() payload=payload.clone()/> }),
            _ => None,
        })}
        {form}
    }
    .into_any()
}

/// The browser half of the form: draft, time zones, the sender and focus.
#[cfg(target_arch = "wasm32")]
mod browser_side {
    use std::time::Duration;

    use leptos::prelude::*;

    use super::BookingState;
    use crate::booking::browser::{self, load_record, save_record};
    use crate::booking::delivery::delivery;
    use crate::booking::form::{BookingForm, Field};
    use crate::booking::outbox::DRAFT_KEY;
    use crate::booking::status::Status;

    /// How long typing must pause before the draft is saved.
    const DRAFT_DEBOUNCE: Duration = Duration::from_millis(400);

    pub fn connect(state: BookingState) {
        // After hydration: restore the draft, detect the zone, pick up the outbox.
        Effect::new(move |_| {
            let detected = browser::detected_zone();
            let zones = browser::zones();
            let draft = load_record::<BookingForm>(DRAFT_KEY).filter(|f| !f.is_blank());
            let mut form = draft.clone().unwrap_or_default();
            if form.timezone.is_empty() || (!zones.is_empty() && !zones.contains(&form.timezone) && form.timezone != detected) {
                form.timezone = detected;
            }
            state.zones.set(zones);
            state.restored.set(draft.is_some());
            state.form.set(form);
            delivery().resume();
        });
        // The sender's status, mirrored into this page.
        Effect::new(move |_| {
            let status = delivery().status.get();
            state.status.set(status);
        });
        // Today, in whichever zone is chosen.
        let zone = Memo::new(move |_| state.form.with(|f| f.timezone.clone()));
        Effect::new(move |_| {
            let zone = zone.get();
            state.today.set(browser::today_in(&zone));
        });
        // Save the draft once typing pauses; a blank form removes it.
        let pending = StoredValue::new(None::<TimeoutHandle>);
        Effect::new(move |previous: Option<()>| {
            state.form.track();
            if previous.is_none() {
                return;
            }
            if let Some(handle) = pending.get_value() {
                handle.clear();
            }
            let handle = set_timeout_with_handle(move || save_draft(&state.form.get_untracked()), DRAFT_DEBOUNCE).ok();
            pending.set_value(handle);
        });
        // Leaving or reloading within the debounce still keeps the last keystrokes.
        let on_hide = window_event_listener_untyped("pagehide", move |_| {
            if let Some(form) = state.form.try_get_untracked() {
                save_draft(&form);
            }
        });
        on_cleanup(move || on_hide.remove());
        // The endpoint refused: its messages go beside the fields they name.
        Effect::new(move |_| {
            let Status::Rejected { errors, .. } = state.status.get() else { return };
            if errors.fields.is_empty() {
                browser::focus("booking-status");
                return;
            }
            state.errors.update(|shown| {
                for (field, message) in &errors.fields {
                    shown.retain(|(f, _)| f != field);
                    shown.push((*field, message.clone()));
                }
                super::in_form_order(shown);
            });
            state.submitted.set(true);
            if let Some((first, _)) = state.errors.get_untracked().first() {
                // After this update has re-enabled the fields: a disabled field cannot take focus.
                let id = first.dom_id();
                request_animation_frame(move || browser::focus(&id));
            }
        });
    }

    fn save_draft(form: &BookingForm) {
        if form.is_blank() {
            browser::remove(DRAFT_KEY);
        } else {
            save_record(DRAFT_KEY, form);
        }
    }

    pub fn submit(state: BookingState, first_problem: Option<Field>) {
        if let Some(field) = first_problem {
            browser::focus(&field.dom_id());
            return;
        }
        let form = state.form.get_untracked();
        save_draft(&form);
        let sender = delivery();
        if !state.honeypot.get_untracked().trim().is_empty() {
            sender.pretend_delivered(&form);
            return;
        }
        sender.submit(&form);
        browser::focus("booking-status");
    }
}
