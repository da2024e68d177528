use leptos::prelude::*;

use crate::booking::calendar::{clock_text, parse_clock};
use crate::booking::form::{Field, REQUIRED_WINDOWS, WINDOWS};
use crate::booking::text::fill;
use crate::booking::provider;
use crate::booking::view::field::{BookingField, FieldKind};
use crate::booking::view::slots::SlotPicker;
use crate::booking::view::state::BookingState;
use crate::content;
use crate::html::Html;

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
    // script runs (`data-times`: which texts show is booking.css's, so they
    // are static markup); the windows stay in the markup for JavaScript off
    // and for when the times cannot be read ("fallback").
    let state = expect_context::<BookingState>();
    let calcom = provider::current().calcom.is_some();
    let c = &copy.calcom;
    let times = move || match (calcom, state.slots.get()) {
        (false, _) => "windows",
        (true, true) => "slots",
        (true, false) => "fallback",
    };
    let mut legend = Html::new();
    legend.open("span", &[("data-for", "slots")]).text(&c.legend).close("span");
    legend.open("span", &[("data-for", "windows")]).text(&w.legend).close("span");
    let mut hints = Html::new();
    hints.open("p", &[("id", "booking-slots-hint"), ("class", "booking-field__hint"), ("data-for", "slots")]).text(&c.hint).close("p");
    hints.open("p", &[("id", "booking-windows-hint"), ("class", "booking-field__hint"), ("data-for", "windows")]).text(&w.hint).close("p");
    if calcom {
        hints.open("p", &[("class", "booking-windows__fallback"), ("data-for", "fallback")]).text(&c.fallback).close("p");
    }
    view! {
        <fieldset class="booking-windows" data-times=times
            aria-describedby=move || if times() == "slots" { "booking-slots-hint" } else { "booking-windows-hint" }>
            <legend inner_html=String::from(legend)></legend>
            <div inner_html=String::from(hints)></div>
            <BookingField field=Field::Timezone label=copy.fields.timezone.label.clone() hint=copy.fields.timezone.hint.clone() kind=FieldKind::Zone/>
            {calcom.then(|| view! { <SlotPicker/> })}
            <div class="booking-windows__list">{windows}</div>
        </fieldset>
    }
}
