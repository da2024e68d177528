use leptos::prelude::*;

use crate::booking::calendar::{clock_text, parse_clock};
use crate::booking::form::{Field, REQUIRED_WINDOWS, WINDOWS};
use crate::booking::text::fill;
use crate::booking::view::field::{BookingField, FieldKind};
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

    view! {
        <fieldset class="booking-windows" aria-describedby="booking-windows-hint">
            <legend>{w.legend.clone()}</legend>
            <p id="booking-windows-hint" class="booking-field__hint">{w.hint.clone()}</p>
            <BookingField field=Field::Timezone label=copy.fields.timezone.label.clone() hint=copy.fields.timezone.hint.clone() kind=FieldKind::Zone/>
            <div class="booking-windows__list">{windows}</div>
        </fieldset>
    }
}
