use leptos::prelude::*;

use crate::booking::calendar::{clock_text, parse_clock};
use crate::booking::form::{Field, REQUIRED_WINDOWS, WINDOWS};
use crate::booking::text::fill;
use crate::booking::provider;
use crate::booking::view::field::{BookingField, FieldKind};
use crate::booking::view::slots::SlotPicker;
use crate::booking::view::state::BookingState;
use crate::content;

/// The preferred times: the visitor's time zone (detected, changeable) and
/// two or three windows of a date and a part of the day in that zone.
#[component]
pub fn BookingWindows() -> impl IntoView {
    let copy = content::booking();
    let w = &copy.windows;
    let mut parts = vec![(String::new(), w.part_placeholder.clone())];
    parts.extend(w.parts.iter().map(|part| {
        let time = |text: &str| parse_clock(text).map(clock_text).unwrap_or_else(|| text.to_string());
        let label = fill(&w.part_option, &[("part", &part.label), ("start", &time(&part.start)), ("end", &time(&part.end))]);
        (part.id.clone(), label)
    }));

    let windows = (0..WINDOWS as u8)
        .map(|i| {
            let legend = fill(&w.window, &[("n", &(i + 1).to_string())]);
            let optional = usize::from(i) >= REQUIRED_WINDOWS;
            view! {
                <fieldset class="booking-window">
                    <legend>{legend}{optional.then(|| format!(" {}", copy.optional_mark))}</legend>
                    <BookingField field=Field::WindowDate(i) label=w.date.clone() hint=String::new()
                        kind=FieldKind::Input { input_type: "date", autocomplete: "off" }/>
                    <BookingField field=Field::WindowPart(i) label=w.part.clone() hint=String::new() kind=FieldKind::Choice(parts.clone())/>
                </fieldset>
            }
        })
        .collect_view();

    // With Cal.com the owner's open times take the windows' place once the
    // script runs (`data-times`, see booking.css); the windows stay in the
    // markup for JavaScript off and for when the times cannot be read.
    let state = expect_context::<BookingState>();
    let calcom = provider::current().calcom.is_some();
    let c = &copy.calcom;
    let picking = move || state.slots.get();
    view! {
        <fieldset class="booking-windows" data-times=move || if picking() { "slots" } else { "windows" }
            aria-describedby=move || if picking() { "booking-slots-hint" } else { "booking-windows-hint" }>
            <legend><span data-for="slots">{c.legend.clone()}</span><span data-for="windows">{w.legend.clone()}</span></legend>
            <p id="booking-slots-hint" class="booking-field__hint" data-for="slots">{c.hint.clone()}</p>
            <p id="booking-windows-hint" class="booking-field__hint" data-for="windows">{w.hint.clone()}</p>
            <p class="booking-windows__fallback" role="status" hidden=move || !calcom || picking()>{c.fallback.clone()}</p>
            <BookingField field=Field::Timezone label=copy.fields.timezone.label.clone() hint=copy.fields.timezone.hint.clone() kind=FieldKind::Zone/>
            {calcom.then(|| view! { <SlotPicker/> })}
            <div class="booking-windows__list">{windows}</div>
        </fieldset>
    }
}