//! Booking one of the owner's open times on Cal.com: the picker's shared
//! state, reading the times when the page is shown, the booking and its
//! outcomes (status beside the submit button, the confirmation). The
//! decisions are `booking::calcom`'s; the requests `booking::calcom_io`'s.

use leptos::prelude::*;

use crate::booking::calcom::{Booked, Day};
use crate::booking::calendar::CivilDate;
use crate::booking::ics::{IcsText, ics_data_url, ics_for_meeting};
use crate::booking::text::fill;
use crate::booking::view::state::BookingState;
use crate::content;
use crate::html::Html;

/// localStorage key of a booking sent to Cal.com whose answer has not come:
/// a reload or a second submit reads the times before sending anything.
pub const PENDING_KEY: &str = "booking.calcom-pending.v1";

/// The open times as the picker shows them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Times {
    /// Being read (also how the page is prerendered).
    Loading,
    /// Read: the days from `from` that have open times (maybe none).
    Open { from: CivilDate, days: Vec<Day> },
}

/// Where a booking with Cal.com stands.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Outcome {
    #[default]
    Idle,
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
    /// Booked: what the confirmation shows.
    Booked { booked: Booked, when: String, email: String },
}

/// The picker's state, shared through context with the form's parts.
#[derive(Clone, Copy)]
pub struct CalcomState {
    pub times: RwSignal<Times>,
    /// Which 14 days: 0 from today, 1 the next, …
    pub page: RwSignal<u32>,
    pub outcome: RwSignal<Outcome>,
    /// Bumped to read the times again.
    pub reread: RwSignal<u32>,
}

impl CalcomState {
    /// Creates the state and provides it to the form's parts.
    pub fn provide() -> CalcomState {
        let cal = CalcomState {
            times: RwSignal::new(Times::Loading),
            page: RwSignal::new(0),
            outcome: RwSignal::new(Outcome::Idle),
            reread: RwSignal::new(0),
        };
        provide_context(cal);
        cal
    }

    /// A booking request is on its way: the form is locked.
    pub fn is_sending(&self) -> bool {
        self.outcome.with(|o| *o == Outcome::Sending)
    }

    /// Cal.com confirmed the booking: the confirmation replaces the form.
    pub fn is_booked(&self) -> bool {
        self.outcome.with(|o| matches!(o, Outcome::Booked { .. }))
    }
}

/// What the page says about a booking with Cal.com, beside the submit button.
#[component]
pub fn CalcomStatus() -> impl IntoView {
    let cal = expect_context::<CalcomState>();
    let c = &content::booking().calcom;
    let text = move || {
        cal.outcome.with(|outcome| match outcome {
            Outcome::Idle | Outcome::Booked { .. } => String::new(),
            Outcome::Sending => c.sending.clone(),
            Outcome::Taken => c.taken.clone(),
            Outcome::Refused(message) => fill(&c.refused, &[("message", message)]),
            Outcome::StillOpen => c.still_open.clone(),
            Outcome::MaybeBooked => c.maybe_booked.clone(),
            Outcome::Unknown => c.unknown.clone(),
        })
    };
    let tone = move || cal.outcome.with(|o| if matches!(o, Outcome::Sending | Outcome::StillOpen) { "info" } else { "problem" });
    view! {
        <div id="booking-calcom-status" class="booking-calcom-status" tabindex="-1" role="status" data-tone=tone>
            <p class="booking-status__text" hidden=move || text().is_empty()>{text}</p>
        </div>
    }
}

/// The confirmation of a booked call: when (in the visitor's zone), the
/// reference, the meeting link, an `.ics` for the exact time, and the
/// reschedule and cancel links when Cal.com gave them.
#[component]
pub fn CalcomConfirmation() -> impl IntoView {
    let state = expect_context::<BookingState>();
    let cal = expect_context::<CalcomState>();
    let markup = move || {
        cal.outcome.with(|o| match o {
            Outcome::Booked { booked, when, email } => confirmation_markup(booked, when, email),
            _ => String::new(),
        })
    };
    let new_booking = move |_| {
        state.clear_form();
        cal.outcome.set(Outcome::Idle);
        cal.reread.update(|n| *n += 1);
    };
    #[cfg(target_arch = "wasm32")]
    Effect::new(move |_| {
        if cal.is_booked() {
            crate::booking::browser::focus("booking-confirmation-heading");
        }
    });
    view! {
        <section class="booking-confirmation" aria-labelledby="booking-confirmation-heading" hidden=move || !cal.is_booked()>
            <div inner_html=markup></div>
            <p><button type="button" class="booking-button booking-button--quiet" on:click=new_booking>
                {content::booking().confirmation.new_booking.clone()}
            </button></p>
        </section>
    }
}

/// The confirmation's static part, as markup (everything escaped).
pub fn confirmation_markup(booked: &Booked, when: &str, email: &str) -> String {
    let c = &content::booking().calcom.confirmation;
    let title = fill(&c.calendar_title, &[("name", content::booking_owner())]);
    let description = fill(&c.calendar_description, &[("reference", &booked.uid)]);
    let host = crate::booking::endpoint::contact_email().rsplit('@').next().unwrap_or_default();
    let ics = ics_for_meeting(&booked.uid, booked.start_ms, booked.start_ms, booked.end_ms, &IcsText { title: &title, description: &description, uid_host: host });

    let mut html = Html::new();
    html.open("h2", &[("id", "booking-confirmation-heading"), ("tabindex", "-1")]).text(&c.heading).close("h2");
    html.element("p", "", &fill(&c.body, &[("email", email)]));
    html.open_class("dl", "booking-confirmation__facts");
    for (label, value) in [(&c.when, when), (&c.reference, booked.uid.as_str())] {
        html.open("div", &[]).element("dt", "", label).open("dd", &[]).element("strong", "", value).close("dd").close("div");
    }
    html.close("dl");
    html.open_class("p", "booking-confirmation__actions");
    if let Some(url) = &booked.meeting_url {
        html.open("a", &[("class", "booking-button booking-button--primary"), ("href", url)]).text(&c.meeting).close("a");
    }
    html.open("a", &[("class", "booking-button"), ("href", &ics_data_url(&ics)), ("download", &c.calendar_file)]).text(&c.calendar).close("a");
    for (url, label) in [(&booked.reschedule_url, &c.reschedule), (&booked.cancel_url, &c.cancel)] {
        if let Some(url) = url {
            html.open("a", &[("class", "booking-button booking-button--quiet"), ("href", url)]).text(label).close("a");
        }
    }
    html.close("p");
    html.into()
}

/// The browser half: reading the times and booking one (wasm only).
#[cfg(target_arch = "wasm32")]
pub mod browser_side {
    use leptos::prelude::*;

    use super::{CalcomState, Outcome, PENDING_KEY, Times};
    use crate::booking::browser::{self, load_record, save_record};
    use crate::booking::calcom::{self, AfterUnknown, BookingAnswer, after_unknown, parse_instant};
    use crate::booking::calcom_io;
    use crate::booking::form::Field;
    use crate::booking::outbox::{Attempt, DRAFT_KEY};
    use crate::booking::payload::topic_choices;
    use crate::booking::provider;
    use crate::booking::view::state::BookingState;
    use crate::content;

    /// A booking request whose answer has not come (see [`PENDING_KEY`]).
    #[derive(serde::Serialize, serde::Deserialize)]
    struct Pending {
        /// The chosen time, UTC RFC 3339.
        slot: String,
    }

    /// Reads the open times whenever the zone, the range or a re-read asks,
    /// once the page is shown (never while it is prerendered).
    pub fn connect(state: BookingState, cal: CalcomState) {
        let Some(calcom) = provider::current().calcom else { return };
        let shown = RwSignal::new(false);
        Effect::new(move |_| {
            if !crate::interaction::browser::prerendering() {
                return shown.set(true);
            }
            if let Some(listener) = crate::interaction::browser::on_prerender_shown(move || shown.set(true)) {
                // Lives as long as the form.
                let listener = StoredValue::new_local(Some(listener));
                on_cleanup(move || listener.set_value(None));
            }
        });
        // What the read depends on; a memo, so an unchanged value reads nothing again.
        let query = Memo::new(move |_| (state.form.with(|f| f.timezone.clone()), cal.page.get(), state.today.get(), shown.get()));
        let generation = StoredValue::new(0u32);
        Effect::new(move |_| {
            let (zone, page, today, shown) = query.get();
            cal.reread.track();
            let (Some(today), true, false) = (today, shown, zone.is_empty()) else { return };
            let from = calcom::range_start(today, page);
            let url = calcom::slots_url(&calcom, from, &zone);
            generation.update_value(|g| *g += 1);
            let this = generation.get_value();
            cal.times.set(Times::Loading);
            leptos::task::spawn_local(async move {
                let starts = calcom_io::read_slots(&url).await.as_deref().and_then(calcom::parse_slots);
                if generation.try_get_value() != Some(this) {
                    return; // A newer read is on its way.
                }
                show_times(state, cal, from, &zone, starts);
            });
        });
    }

    /// Shows what a read found; unreadable times bring back the preferred
    /// windows (sent by the fallback sender). A booking whose answer never
    /// came is settled against the times read.
    fn show_times(state: BookingState, cal: CalcomState, from: crate::booking::calendar::CivilDate, zone: &str, starts: Option<Vec<i64>>) {
        if let Some(pending) = load_record::<Pending>(PENDING_KEY)
            && cal.outcome.get_untracked() != Outcome::Sending
        {
            settle(cal, &pending, starts.as_deref());
        }
        let Some(starts) = starts else {
            state.slots.set(false);
            state.errors.update(|e| e.retain(|(f, _)| *f != Field::Slot));
            return;
        };
        state.slots.set(true);
        let chosen = state.form.with_untracked(|f| parse_instant(&f.slot));
        if chosen.is_some_and(|chosen| !starts.contains(&chosen)) {
            state.form.update(|f| f.slot.clear());
        }
        let zone = zone.to_string();
        let days = calcom::days(&starts, content::booking(), |utc| browser::zone_offset_ms(&zone, utc));
        cal.times.set(Times::Open { from, days });
    }

    /// A request's answer never came: the times now tell what became of it.
    fn settle(cal: CalcomState, pending: &Pending, starts: Option<&[i64]>) {
        let Some(start) = parse_instant(&pending.slot) else { return browser::remove(PENDING_KEY) };
        let outcome = match after_unknown(start, starts) {
            AfterUnknown::StillOpen => Outcome::StillOpen,
            AfterUnknown::Gone => Outcome::MaybeBooked,
            // Kept: the next submit of this time checks again before sending.
            AfterUnknown::Unknown => Outcome::Unknown,
        };
        if outcome != Outcome::Unknown {
            browser::remove(PENDING_KEY);
        }
        cal.outcome.set(outcome);
        browser::focus("booking-calcom-status");
    }

    /// Books the chosen time of a valid form, once.
    pub fn book(state: BookingState, cal: CalcomState) {
        let Some(calcom) = provider::current().calcom else { return };
        if cal.is_sending() {
            return;
        }
        let form = state.form.get_untracked();
        let Some(start) = parse_instant(&form.slot) else { return };
        if load_record::<Pending>(PENDING_KEY).is_some_and(|p| p.slot == form.slot) {
            // An earlier request for this time never answered: look before sending again.
            cal.outcome.set(Outcome::Idle);
            cal.reread.update(|n| *n += 1);
            return;
        }
        save_record(PENDING_KEY, &Pending { slot: form.slot.clone() });
        cal.outcome.set(Outcome::Sending);
        browser::focus("booking-calcom-status");
        let topic = topic_choices().into_iter().find(|t| t.id == form.topic.trim()).map(|t| t.label).unwrap_or_default();
        let id = browser::new_id();
        let body = serde_json::to_string(&calcom::booking_request(&calcom, &form, &topic, start, &id)).unwrap_or_default();
        let url = format!("{}/v2/bookings", calcom.api_url);
        leptos::task::spawn_local(async move {
            let answer = match calcom_io::book(&url, body).await {
                Attempt::Answered { status, body, .. } => calcom::read_booking_answer(status, &body, start),
                Attempt::NetworkError | Attempt::TimedOut => BookingAnswer::Unknown,
            };
            outcome_of(state, cal, answer, form.email.trim().to_string());
        });
    }

    fn outcome_of(state: BookingState, cal: CalcomState, answer: BookingAnswer, email: String) {
        match answer {
            BookingAnswer::Booked(booked) => {
                browser::remove(PENDING_KEY);
                browser::remove(DRAFT_KEY);
                let zone = state.form.with_untracked(|f| f.timezone.clone());
                let when = calcom::when_label(content::booking(), booked.start_ms, &zone, |utc| browser::zone_offset_ms(&zone, utc));
                cal.outcome.set(Outcome::Booked { booked, when, email });
            }
            BookingAnswer::Taken => {
                browser::remove(PENDING_KEY);
                state.form.update(|f| f.slot.clear());
                cal.outcome.set(Outcome::Taken);
                cal.reread.update(|n| *n += 1);
                browser::focus("booking-calcom-status");
            }
            BookingAnswer::Refused(message) => {
                browser::remove(PENDING_KEY);
                cal.outcome.set(Outcome::Refused(message));
                browser::focus("booking-calcom-status");
            }
            BookingAnswer::Unknown => {
                // Settled by the times read again (`show_times`), never by sending again.
                cal.outcome.set(Outcome::Idle);
                cal.reread.update(|n| *n += 1);
            }
        }
    }
}
