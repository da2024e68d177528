use leptos::prelude::*;

use crate::booking::calcom::{Day, Times, range_label, range_start};
use crate::booking::form::Field;
use crate::booking::text::fill;
use crate::booking::view::state::BookingState;
use crate::content;
use crate::html::Html;

/// The owner's open times (Cal.com): the days that have any, each a group
/// of radios named by the time as the visitor reads it, in a box of fixed
/// height that holds the loading and empty states too (nothing below moves
/// when the times arrive). "Earlier" and "later" move by 14 days.
///
/// The radios are markup written when the times change, with one change
/// handler for all; the browser keeps which one is checked.
#[component]
pub fn SlotPicker() -> impl IntoView {
    let state = expect_context::<BookingState>();
    let c = &content::booking().calcom;
    let markup = move || state.times.with(|times| times_markup(times, &state.form.with_untracked(|f| f.slot.clone())));
    let loading = move || state.times.with(|t| *t == Times::Loading);
    let range = move || {
        let from = match state.times.with(|t| if let Times::Open { from, .. } = t { Some(*from) } else { None }) {
            Some(from) => Some(from),
            None => state.today.get().map(|today| range_start(today, state.page.get())),
        };
        from.map(|from| range_label(c, from)).unwrap_or_default()
    };
    // One handler for the whole picker: a time chosen (a radio's click, which
    // the arrow keys and Space fire too) or a step to earlier or later dates.
    let on_click = move |ev: leptos::ev::MouseEvent| {
        #[cfg(target_arch = "wasm32")]
        {
            use wasm_bindgen::JsCast;
            let Some(target) = ev.target().and_then(|t| t.dyn_into::<web_sys::Element>().ok()) else { return };
            if let Ok(radio) = target.clone().dyn_into::<web_sys::HtmlInputElement>() {
                return state.input(Field::Slot, radio.value());
            }
            if let Some(step) = target.closest("button[data-step]").ok().flatten().and_then(|b| b.get_attribute("data-step")) {
                state.page.update(|page| *page = if step == "-1" { page.saturating_sub(1) } else { *page + 1 });
            }
        }
        #[cfg(not(target_arch = "wasm32"))]
        let _ = ev;
    };
    view! {
        <div id="booking-slot" class="booking-slots" class:booking-field--invalid=move || state.error(Field::Slot).is_some()
            tabindex="-1" role="group" on:click=on_click
            aria-labelledby="booking-slots-label" aria-describedby="booking-slot-error booking-slots-range">
            <p id="booking-slots-label" class="visually-hidden">{c.field.clone()}</p>
            <p id="booking-slot-error" class="booking-field__error">{move || state.error(Field::Slot).unwrap_or_default()}</p>
            <div class="booking-slots__nav">
                <button type="button" class="booking-button booking-button--quiet" data-step="-1"
                    disabled=move || state.page.get() == 0 || loading()>{c.earlier.clone()}</button>
                <p id="booking-slots-range" class="booking-slots__range">{range}</p>
                <button type="button" class="booking-button booking-button--quiet" data-step="1" disabled=loading>{c.later.clone()}</button>
            </div>
            <div class="booking-slots__days" inner_html=markup></div>
        </div>
    }
}

/// The picker's days as markup: a loading line, the empty state, or a
/// fieldset per day with a radio per time (`chosen` checked).
pub fn times_markup(times: &Times, chosen: &str) -> String {
    let c = &content::booking().calcom;
    let mut html = Html::new();
    match times {
        Times::Loading => {
            html.element("p", "booking-slots__note", &c.loading);
        }
        Times::Open { from, days } if days.is_empty() => {
            let to = crate::booking::calendar::CivilDate::from_days(from.days_since_epoch() + crate::booking::calcom::RANGE_DAYS - 1);
            html.element("p", "booking-slots__note", &fill(&c.empty, &[("from", &from.iso()), ("to", &to.iso())]));
        }
        Times::Open { days, .. } => {
            for Day { heading, times, .. } in days {
                html.open_class("fieldset", "booking-slots__day").element("legend", "", heading).open_class("div", "booking-slots__times");
                for time in times {
                    let mut input = vec![("type", "radio"), ("name", "slot"), ("value", time.value.as_str())];
                    if time.value == chosen {
                        input.push(("checked", ""));
                    }
                    html.open_class("label", "booking-slot").open("input", &input).element("span", "", &time.label).close("label");
                }
                html.close("div").close("fieldset");
            }
        }
    }
    html.into()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::booking::calcom::days;
    use crate::booking::calcom::parse_instant;
    use crate::booking::calendar::CivilDate;

    #[test]
    fn each_time_is_a_radio_named_by_its_label_in_a_fieldset_per_day() {
        let starts: Vec<i64> = ["2026-12-03T14:00:00Z", "2026-12-03T14:30:00Z", "2026-12-04T15:00:00Z"]
            .iter()
            .map(|t| parse_instant(t).unwrap())
            .collect();
        let days = days(&starts, content::booking(), |_| -5 * 3_600_000);
        let from = CivilDate::parse("2026-12-01").unwrap();
        let markup = times_markup(&Times::Open { from, days }, "2026-12-03T14:30:00Z");
        assert_eq!(markup.matches("<fieldset class=\"booking-slots__day\">").count(), 2);
        assert_eq!(markup.matches("type=\"radio\"").count(), 3);
        assert!(markup.contains(r#"<label class="booking-slot"><input type="radio" name="slot" value="2026-12-03T14:00:00Z"><span>9:00 AM</span></label>"#), "{markup}");
        assert!(markup.contains(r#"value="2026-12-03T14:30:00Z" checked="">"#), "the chosen time stays checked");
        let empty = times_markup(&Times::Open { from, days: vec![] }, "");
        assert!(empty.contains("2026-12-01") && empty.contains("2026-12-14") && !empty.contains("radio"), "{empty}");
        assert!(times_markup(&Times::Loading, "").contains(&content::booking().calcom.loading));
    }
}
