//! Booking one of the owner's open times on Cal.com, the browser half (wasm
//! only): reading the times when the page is shown (never while it is
//! prerendered), booking one, and settling a booking whose answer never
//! came. Its outcomes are the form's status (`Status::Calcom`); the
//! decisions are `booking::calcom`'s, the requests `booking::calcom_io`'s.

use leptos::prelude::*;

use crate::booking::browser;
use crate::booking::calcom::{self, AfterUnknown, BookingAnswer, Outcome, Times, after_unknown, parse_instant};
use crate::booking::calcom_io;
use crate::booking::calendar::CivilDate;
use crate::booking::form::Field;
use crate::booking::outbox::{Attempt, DRAFT_KEY};
use crate::booking::payload::topic_choices;
use crate::booking::provider;
use crate::booking::status::Status;
use crate::booking::view::state::BookingState;
use crate::content;

/// localStorage key of the time of a booking sent to Cal.com whose answer
/// has not come: a reload or a second submit reads the times before sending anything.
pub const PENDING_KEY: &str = "booking.calcom-pending.v1";

/// Reads the open times whenever the zone, the range or a re-read asks,
/// once the page is shown.
pub fn connect(state: BookingState) {
    let Some(calcom) = provider::current().calcom else { return };
    let shown = RwSignal::new(false);
    let generation = StoredValue::new(0u32);
    // Typing elsewhere in the form changes nothing here; the same URL and
    // re-read count (today set again, unchanged) reads nothing again.
    let zone = Memo::new(move |_| state.form.with(|f| f.timezone.clone()));
    let last_read = StoredValue::new(String::new());
    Effect::new(move |listening: Option<bool>| {
        let (zone, page, today, reread) = (zone.get(), state.page.get(), state.today.get(), state.reread.get());
        if !shown.get() {
            if !crate::interaction::browser::prerendering() {
                shown.set(true);
            } else if listening != Some(true) {
                // Kept for the page's life: it fires once, when the page is shown.
                std::mem::forget(crate::interaction::browser::on_prerender_shown(move || shown.set(true)));
            }
            return true;
        }
        let (Some(today), false) = (today, zone.is_empty()) else { return true };
        let from = calcom::range_start(today, page);
        let url = calcom::slots_url(&calcom, from, &zone);
        let read = format!("{url}#{reread}");
        if last_read.with_value(|last| *last == read) {
            return true;
        }
        last_read.set_value(read);
        generation.update_value(|g| *g += 1);
        let this = generation.get_value();
        state.times.set(Times::Loading);
        leptos::task::spawn_local(async move {
            let starts = calcom_io::read_slots(&url).await.as_deref().and_then(calcom::parse_slots);
            // A newer read is on its way (or the form is gone).
            if generation.try_get_value() == Some(this) {
                show_times(state, from, &zone, starts);
            }
        });
        true
    });
}

/// Shows what a read found; unreadable times bring back the preferred
/// windows (sent by the fallback sender). A booking whose answer never came
/// is settled against the times read.
fn show_times(state: BookingState, from: CivilDate, zone: &str, starts: Option<Vec<i64>>) {
    if let Some(pending) = browser::load(PENDING_KEY)
        && !state.status.with_untracked(Status::is_in_flight)
    {
        settle(state, &pending, starts.as_deref());
    }
    let Some(starts) = starts else {
        state.slots.set(false);
        state.errors.update(|e| e.retain(|(f, _)| *f != Field::Slot));
        return;
    };
    state.slots.set(true);
    if state.form.with_untracked(|f| parse_instant(&f.slot)).is_some_and(|chosen| !starts.contains(&chosen)) {
        state.form.update(|f| f.slot.clear());
    }
    let days = calcom::days(&starts, content::booking(), |utc| browser::zone_offset_ms(zone, utc));
    state.times.set(Times::Open { from, days });
}

/// A request's answer never came: the times now tell what became of it.
fn settle(state: BookingState, pending: &str, starts: Option<&[i64]>) {
    let outcome = match parse_instant(pending).map(|start| after_unknown(start, starts)) {
        Some(AfterUnknown::StillOpen) => Outcome::StillOpen,
        Some(AfterUnknown::Gone) => Outcome::MaybeBooked,
        // Kept: the next submit of this time checks again before sending.
        Some(AfterUnknown::Unknown) => return show(state, Outcome::Unknown),
        None => Outcome::Unknown,
    };
    browser::remove(PENDING_KEY);
    show(state, outcome);
}

fn show(state: BookingState, outcome: Outcome) {
    state.status.set(Status::Calcom(outcome));
    browser::focus("booking-status");
}

/// Books the chosen time of a valid form, once.
pub fn book(state: BookingState) {
    let Some(calcom) = provider::current().calcom else { return };
    let form = state.form.get_untracked();
    let Some(start) = parse_instant(&form.slot) else { return };
    if browser::load(PENDING_KEY).is_some_and(|slot| slot == form.slot) {
        // An earlier request for this time never answered: look before sending again.
        state.status.set(Status::Idle);
        return state.reread.update(|n| *n += 1);
    }
    browser::save(PENDING_KEY, &form.slot);
    show(state, Outcome::Sending);
    let topic = topic_choices().into_iter().find(|t| t.id == form.topic.trim()).map(|t| t.label).unwrap_or_default();
    let id = browser::new_id();
    let body = serde_json::to_string(&calcom::booking_request(&calcom, &form, &topic, start, &id)).unwrap_or_default();
    let url = format!("{}/v2/bookings", calcom.api_url);
    leptos::task::spawn_local(async move {
        let answer = match calcom_io::book(&url, body).await {
            Attempt::Answered { status, body, .. } => calcom::read_booking_answer(status, &body, start),
            Attempt::NetworkError | Attempt::TimedOut => BookingAnswer::Unknown,
        };
        if answer != BookingAnswer::Unknown {
            browser::remove(PENDING_KEY);
        }
        match answer {
            BookingAnswer::Booked(booked) => {
                browser::remove(DRAFT_KEY);
                let zone = form.timezone;
                let when = calcom::when_label(content::booking(), booked.start_ms, &zone, |utc| browser::zone_offset_ms(&zone, utc));
                state.status.set(Status::Calcom(Outcome::Booked { booked, when, email: form.email.trim().to_string() }));
            }
            BookingAnswer::Taken => {
                state.form.update(|f| f.slot.clear());
                show(state, Outcome::Taken);
                state.reread.update(|n| *n += 1);
            }
            BookingAnswer::Refused(message) => show(state, Outcome::Refused(message)),
            // Settled by the times read again (`show_times`), never by sending again.
            BookingAnswer::Unknown => {
                state.status.set(Status::Idle);
                state.reread.update(|n| *n += 1);
            }
        }
    });
}
