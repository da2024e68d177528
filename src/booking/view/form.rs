//! The booking form: its fields, the error summary, the delivery status and,
//! once the booking is delivered, the confirmation.

use leptos::prelude::*;

use super::confirmation::{BookingConfirmation, calcom_confirmation_markup, confirmation_markup};
use crate::booking::calcom::Outcome;
use super::error_summary::BookingErrorSummary;
use super::field::{BookingField, FieldKind};
use super::state::BookingState;
use super::status::BookingStatus;
use super::later::{Later, Parts};
use super::windows::BookingWindows;
use crate::booking::form::{BookingForm, Field};
use crate::booking::endpoint::contact_email;
use crate::booking::hosted;
use crate::booking::payload::topic_choices;
use crate::booking::text::percent_encode;
use crate::html::escape;
use crate::booking::status::Status;
use crate::content;

/// The booking form: fields, validation, the delivery status and, once the
/// booking is delivered, the confirmation.
///
/// `typed` is what the visitor typed into the prerendered fields before the
/// page's script started (see `booking::browser::typed_in_page`): hydration
/// starts from it, so no keystroke is reset, and it wins over a saved draft.
///
/// Without JavaScript the same form posts natively to the visitor's email
/// program (`no_script_action`): its named fields become the mail's text, and
/// nothing typed lands in a URL.
///
/// `parts` says how the form's parts come to life (see [`Later`]).
#[component]
pub fn BookingForm<P: Parts>(
    /// How the form's parts come to life.
    parts: P,
    /// What was typed into the prerendered fields.
    #[prop(optional)]
    typed: Vec<(Field, String)>,
) -> impl IntoView {
    let copy = content::booking();
    let mut initial = BookingForm::default();
    for (field, value) in &typed {
        initial.set(*field, value.clone());
    }
    let state = BookingState::new(initial);
    provide_context(state);
    // The browser side starts in the task after hydration (the two together
    // passed 50 ms on a 4x throttled phone), in the form's reactive owner.
    #[cfg(target_arch = "wasm32")]
    if let Some(owner) = Owner::current() {
        set_timeout(
            move || {
                owner.with(|| {
                    browser_side::connect(state);
                    crate::booking::view::calcom::connect(state);
                })
            },
            std::time::Duration::ZERO,
        );
    }

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if state.status.with_untracked(Status::is_in_flight) {
            return;
        }
        let first_problem = state.check_all();
        state.release_submit();
        #[cfg(target_arch = "wasm32")]
        browser_side::submit(state, first_problem);
        #[cfg(not(target_arch = "wasm32"))]
        let _ = first_problem;
    };
    let clear = move |_| {
        state.clear_form();
        if !state.status.with_untracked(Status::is_in_flight) {
            state.status.set(Status::Idle);
        }
    };
    let in_flight = move || state.status.with(Status::is_in_flight);
    let delivered = move || state.status.with(|s| matches!(s, Status::Delivered { .. } | Status::Calcom(Outcome::Booked { .. })));
    let fields = &copy.fields;
    let input = |input_type, autocomplete| FieldKind::Input { input_type, autocomplete };
    let mut topics = vec![(String::new(), copy.topic_placeholder.clone())];
    topics.extend(topic_choices().into_iter().map(|t| (t.id, t.label)));

    let form = view! {
        <form class="booking-form" novalidate method="post" enctype=no_script_enctype() action=no_script_action()
            on:submit=on_submit aria-describedby="booking-required-note" hidden=delivered>
            <BookingErrorSummary/>
            <div class="booking-form__restored" hidden=move || !state.restored.get()>
                <p>{copy.draft.restored.clone()}</p>
                <button type="button" class="booking-button booking-button--quiet" on:click=clear>{copy.draft.clear.clone()}</button>
            </div>
            <p id="booking-required-note" class="booking-form__note">{copy.required_note.clone()}</p>
            <fieldset class="booking-form__fields" disabled=in_flight>
                // Every field is in a part hydrated in a task of its own. The
                // form's task with all seven fields: a median of 25 ms over 9
                // fresh loads here; with name and email, 13.7 ms; with none,
                // 11.7 (11 loads each, alternating). Name and email share the
                // first part: a part of their own cost too many bytes.
                <Later parts id="booking-about-part">
                    <BookingField field=Field::Name label=fields.name.label.clone() hint=fields.name.hint.clone() kind=input("text", "name")/>
                    <BookingField field=Field::Email label=fields.email.label.clone() hint=fields.email.hint.clone() kind=input("email", "email")/>
                    <BookingField field=Field::Company label=fields.company.label.clone() hint=fields.company.hint.clone() kind=input("text", "organization")/>
                    <BookingField field=Field::Role label=fields.role.label.clone() hint=fields.role.hint.clone() kind=input("text", "organization-title")/>
                    <BookingField field=Field::Topic label=fields.topic.label.clone() hint=fields.topic.hint.clone() kind=FieldKind::Choice(topics)/>
                </Later>
                <Later parts id="booking-details-part">
                    <BookingField field=Field::Traffic label=fields.traffic.label.clone() hint=fields.traffic.hint.clone() kind=input("text", "off")/>
                    <BookingField field=Field::Message label=fields.message.label.clone() hint=fields.message.hint.clone() kind=FieldKind::Multiline/>
                </Later>
                <Later parts id="booking-windows-part"><BookingWindows/></Later>
                // A trap for bots: people never see or reach it.
                <div class="booking-form__trap" aria-hidden="true">
                    <label for="booking-website">{fields.honeypot.label.clone()}</label>
                    <input id="booking-website" name=hosted::honeypot_name(hosted::native_sender().map(|s| s.service)) type="text" tabindex="-1" autocomplete="off"
                        prop:value=move || state.honeypot.get()
                        on:input=move |ev| state.honeypot.set(event_target_value(&ev))/>
                </div>
                <button type="submit" class="booking-button booking-button--primary booking-form__submit"
                    on:pointerdown=move |_| state.press_submit()>{copy.submit.clone()}</button>
                // Parsed as markup only when scripting is off; with scripting on it is
                // one text node, which hydration leaves alone (set as inner HTML).
                <noscript inner_html=no_script_markup()></noscript>
            </fieldset>
            // Apart too: the frame's task was mostly V8 compiling the wasm it
            // called first (a median of 15.8 ms with the status, 8.3 without).
            <Later parts id="booking-status-part"><BookingStatus/></Later>
        </form>
    };

    view! {
        <p class="booking-notice" id="booking-not-configured" hidden=crate::booking::provider::current().is_online()>
            {copy.not_configured.clone()}
        </p>
        {move || state.status.with(|status| match status {
            Status::Delivered { reference, payload } => Some(confirmation_markup(reference, payload)),
            Status::Calcom(Outcome::Booked { booked, when, email }) => Some(calcom_confirmation_markup(booked, when, email)),
            _ => None,
        }).map(|markup| view! { <BookingConfirmation markup/> })}
        {form}
    }
}

/// Whether this build writes what the form does without JavaScript: only the
/// prerenderer. In the browser, hydration keeps the prerendered attributes and
/// no-script block as they are (and a form the browser renders itself is
/// always scripted), so the bundle carries none of it.
const WRITES_NO_SCRIPT: bool = !cfg!(target_arch = "wasm32");

/// Where the form posts when no script handles it (JavaScript off, or the
/// page's script failed to load): a hosted form service that takes plain
/// HTML posts, else the owner's address, so the browser opens the visitor's
/// email program with the typed fields as the mail's text.
pub fn no_script_action() -> String {
    if !WRITES_NO_SCRIPT {
        return String::new();
    }
    if let Some(sender) = hosted::native_sender() {
        return hosted::form_action(&sender);
    }
    format!("mailto:{}?subject={}", contact_email(), percent_encode(&content::booking().no_script.subject))
}

/// A hosted service takes the fields url-encoded; the email program as text.
fn no_script_enctype() -> &'static str {
    match hosted::native_sender() {
        Some(_) => "application/x-www-form-urlencoded",
        None => "text/plain",
    }
}

/// What stands in for the submit button when JavaScript is off: why, the
/// button that posts the form to the service or the email program, and the address itself.
fn no_script_markup() -> String {
    if !WRITES_NO_SCRIPT {
        return String::new();
    }
    let copy = &content::booking().no_script;
    if let Some(sender) = hosted::native_sender() {
        return hosted::no_script_markup(&sender, copy);
    }
    let email = escape(contact_email());
    format!(
        r#"<div class="booking-form__no-script"><p>{message}</p><p><button type="submit" class="booking-button booking-button--primary">{send}</button></p><p>{or_write} <a href="mailto:{email}">{email}</a></p></div>"#,
        message = escape(&copy.message),
        send = escape(&copy.send),
        or_write = escape(&copy.or_write),
    )
}

/// The browser half of the form: draft, time zones, the sender and focus.
#[cfg(target_arch = "wasm32")]
mod browser_side {
    use std::time::Duration;

    use leptos::prelude::*;

    use crate::booking::view::state::BookingState;
    use crate::booking::browser::{self, load_record, save_record};
    use crate::booking::delivery::delivery;
    use crate::booking::form::{BookingForm, Field};
    use crate::booking::outbox::DRAFT_KEY;
    use crate::booking::status::Status;

    /// How long typing must pause before the draft is saved.
    const DRAFT_DEBOUNCE: Duration = Duration::from_millis(400);

    pub fn connect(state: BookingState) {
        // After hydration, in a task of its own (hydration's task is long
        // enough): restore the draft (what was typed wins over it), detect
        // the zone, pick up the outbox.
        Effect::new(move |_| {
            set_timeout(move || restore(state), Duration::ZERO);
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
        // A press of the submit button that ends without a submit (released
        // elsewhere) lets the field it left be checked, after any click.
        let on_release = move |_| {
            set_timeout(move || state.release_submit(), Duration::ZERO);
        };
        let released = window_event_listener_untyped("pointerup", on_release);
        let cancelled = window_event_listener_untyped("pointercancel", on_release);
        on_cleanup(move || {
            released.remove();
            cancelled.remove();
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
                crate::booking::view::state::in_form_order(shown);
            });
            state.submitted.set(true);
            if let Some((first, _)) = state.errors.get_untracked().first() {
                // After this update has re-enabled the fields: a disabled field cannot take focus.
                let id = first.dom_id();
                request_animation_frame(move || browser::focus_field(&id));
            }
        });
    }

    /// Restores the draft (what was typed wins over it: the form holds it
    /// already, from before start-up or since), detects the zone, then lists
    /// the zones and picks up the outbox.
    fn restore(state: BookingState) {
        // (The form may be gone by now: the whole app navigates.)
        let Some(typed) = state.form.try_get_untracked() else {
            return;
        };
        let detected = browser::detected_zone();
        let draft = load_record::<BookingForm>(DRAFT_KEY).filter(|f| !f.is_blank());
        let mut form = typed.over_draft(draft.clone().unwrap_or_default());
        if form.timezone.is_empty() {
            form.timezone = detected;
        }
        state.restored.set(draft.is_some());
        state.form.set(form);
        // Every part of the form is hydrated by now (their tasks were queued
        // during hydration, this one after them), and the draft is in place.
        browser::mark_ready();
        // The zone list (some 400 options) and the outbox each in a task of
        // their own, so start-up never blocks the page for long at once.
        set_timeout(
            move || {
                let zones = browser::zones();
                let detected = browser::detected_zone();
                // (The form may be gone by now: the whole app navigates.)
                let Some(known) =
                    state.form.try_with_untracked(|f| zones.is_empty() || zones.contains(&f.timezone) || f.timezone == detected)
                else {
                    return;
                };
                if !known {
                    state.form.update(|f| f.timezone = detected);
                }
                // Listing them in the next task: the two together were a median
                // of about 10 ms here, the longer part alone about 6.5.
                set_timeout(
                    move || {
                        state.zones.set(zones);
                        set_timeout(|| delivery().resume(), Duration::ZERO);
                    },
                    Duration::ZERO,
                );
            },
            Duration::ZERO,
        );
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
            browser::focus_field(&field.dom_id());
            return;
        }
        let form = state.form.get_untracked();
        save_draft(&form);
        let sender = delivery();
        if !state.honeypot.get_untracked().trim().is_empty() {
            sender.pretend_delivered(&form);
            return;
        }
        if state.slots.get_untracked() {
            return crate::booking::view::calcom::book(state);
        }
        sender.submit(&form);
        browser::focus("booking-status");
    }
}
