use leptos::prelude::*;

use crate::booking::form::Field;
use crate::booking::text::fill;
use crate::booking::validate::{char_count, is_required, max_len, show_count};
use crate::components::booking_form::BookingState;
use crate::content;

/// What kind of control a booking field is.
#[derive(Clone)]
pub enum FieldKind {
    /// A one-line input of an HTML `type`, with an `autocomplete` token.
    Text { input_type: &'static str, autocomplete: &'static str },
    /// A textarea.
    Multiline,
    /// A date picker whose earliest day is today.
    Date,
    /// A select of `(value, label)` options after a blank placeholder.
    Choice { options: Vec<(String, String)>, placeholder: String },
    /// The time-zone select: the zones the browser knows.
    Zone,
}

/// One labelled booking field: label, hint, the message beside it when its
/// value is wrong, the control, and a character count near its limit.
#[component]
pub fn BookingField(field: Field, label: String, hint: String, kind: FieldKind) -> impl IntoView {
    let state = expect_context::<BookingState>();
    let copy = content::booking();
    let id = field.dom_id();
    let (hint_id, error_id, count_id) = (format!("{id}-hint"), format!("{id}-error"), format!("{id}-count"));
    let has_hint = !hint.is_empty();
    let max = max_len(field);

    let value = Memo::new(move |_| state.form.with(|f| f.get(field).to_string()));
    let error = Memo::new(move |_| state.error(field));
    let count = Memo::new(move |_| {
        let max = max?;
        let len = value.with(|v| char_count(v.trim()));
        show_count(len, max).then(|| fill(&copy.count, &[("count", &len.to_string()), ("max", &max.to_string())]))
    });
    let described_by = {
        let (hint_id, error_id, count_id) = (hint_id.clone(), error_id.clone(), count_id.clone());
        move || {
            let mut ids: Vec<&str> = Vec::new();
            if error.with(Option::is_some) {
                ids.push(&error_id);
            }
            if has_hint {
                ids.push(&hint_id);
            }
            if count.with(Option::is_some) {
                ids.push(&count_id);
            }
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    };
    let invalid = move || error.with(Option::is_some).then_some("true");
    let on_input = move |ev: leptos::ev::Event| state.input(field, event_target_value(&ev));
    let on_blur = move |_| state.blur(field);
    let required = is_required(field);
    let name = field.key();

    let control = match kind {
        FieldKind::Text { input_type, autocomplete } => view! {
            <input id=id.clone() name=name type=input_type autocomplete=autocomplete required=required
                aria-invalid=invalid aria-describedby=described_by
                prop:value=move || value.get() on:input=on_input on:blur=on_blur/>
        }
        .into_any(),
        FieldKind::Multiline => view! {
            <textarea id=id.clone() name=name rows="7" required=required
                aria-invalid=invalid aria-describedby=described_by
                prop:value=move || value.get() on:input=on_input on:blur=on_blur></textarea>
        }
        .into_any(),
        FieldKind::Date => view! {
            <input id=id.clone() name=name type="date" required=required
                min=move || state.today.get().map(|d| d.iso())
                aria-invalid=invalid aria-describedby=described_by
                prop:value=move || value.get() on:input=on_input on:blur=on_blur/>
        }
        .into_any(),
        FieldKind::Choice { options, placeholder } => {
            let options = options
                .into_iter()
                .map(|(option, text)| {
                    let selected = option.clone();
                    view! { <option value=option selected=move || value.with(|v| *v == selected)>{text}</option> }
                })
                .collect_view();
            view! {
                <select id=id.clone() name=name required=required
                    aria-invalid=invalid aria-describedby=described_by
                    on:change=on_input on:blur=on_blur>
                    <option value="" selected=move || value.with(String::is_empty)>{placeholder}</option>
                    {options}
                </select>
            }
            .into_any()
        }
        FieldKind::Zone => {
            // The chosen zone first if the browser's list lacks it (e.g. "UTC").
            let options = move || {
                let current = value.get();
                let mut zones = state.zones.get();
                if !current.is_empty() && !zones.contains(&current) {
                    zones.insert(0, current.clone());
                }
                zones
                    .into_iter()
                    .map(|zone| {
                        let selected = zone == current;
                        let text = zone.clone();
                        view! { <option value=zone selected=selected>{text}</option> }
                    })
                    .collect_view()
            };
            view! {
                <select id=id.clone() name=name required=required autocomplete="off"
                    aria-invalid=invalid aria-describedby=described_by
                    on:change=on_input on:blur=on_blur>
                    {options}
                </select>
            }
            .into_any()
        }
    };

    view! {
        <div class="booking-field" class:booking-field--invalid=move || error.with(Option::is_some)>
            <label for=id>
                {label}
                {(!required).then(|| view! { " " <span class="booking-field__optional">{copy.optional_mark.clone()}</span> })}
            </label>
            {has_hint.then(|| view! { <p id=hint_id class="booking-field__hint">{hint}</p> })}
            {move || error.get().map(|message| view! { <p id=error_id.clone() class="booking-field__error">{message}</p> })}
            {control}
            {move || count.get().map(|text| view! { <p id=count_id.clone() class="booking-field__count">{text}</p> })}
        </div>
    }
}
