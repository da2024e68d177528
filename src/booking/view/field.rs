use leptos::either::EitherOf3;
use leptos::prelude::*;

use crate::booking::form::Field;
use crate::booking::text::fill;
use crate::booking::validate::{char_count, is_required, max_len, show_count};
use crate::booking::view::state::BookingState;
use crate::content;

/// What kind of control a booking field is.
#[derive(Clone)]
pub enum FieldKind {
    /// An `<input>` of an HTML `type` (a `date` input's earliest day is today).
    Input { input_type: &'static str, autocomplete: &'static str },
    /// A `<textarea>`.
    Multiline,
    /// A `<select>` of `(value, label)` options, the first being the blank placeholder.
    Choice(Vec<(String, String)>),
    /// The time-zone `<select>`: the zones the browser knows.
    Zone,
}

/// One labelled booking field: label, hint, the message beside it when its
/// value is wrong, the control, and a character count near its limit.
///
/// The message and count elements are always there (empty ones are hidden by
/// CSS), so the control's `aria-describedby` never changes.
#[component]
pub fn BookingField(field: Field, label: String, hint: String, kind: FieldKind) -> impl IntoView {
    let state = expect_context::<BookingState>();
    let copy = content::booking();
    let id = field.dom_id();
    let (hint_id, error_id, count_id) = (format!("{id}-hint"), format!("{id}-error"), format!("{id}-count"));
    let max = max_len(field);
    let required = is_required(field);
    let mut described_by = error_id.clone();
    if !hint.is_empty() {
        described_by = format!("{described_by} {hint_id}");
    }
    if max.is_some() {
        described_by = format!("{described_by} {count_id}");
    }

    let value = Memo::new(move |_| state.form.with(|f| f.get(field).to_string()));
    let error = Memo::new(move |_| state.error(field));
    let count = move || {
        let max = max?;
        let len = value.with(|v| char_count(v.trim()));
        show_count(len, max).then(|| fill(&copy.count, &[("count", &len.to_string()), ("max", &max.to_string())]))
    };
    let invalid = move || error.with(Option::is_some).then_some("true");
    let on_input = move |ev: leptos::ev::Event| state.input(field, event_target_value(&ev));
    let on_blur = move |_| state.blur(field);
    let name = field.key();

    let control = match kind {
        FieldKind::Input { input_type, autocomplete } => EitherOf3::A(view! {
            <input id=id.clone() name=name type=input_type autocomplete=autocomplete required=required
                min=move || (input_type == "date").then(|| state.today.get().map(|d| d.iso())).flatten()
                aria-invalid=invalid aria-describedby=described_by
                prop:value=move || value.get() on:input=on_input on:blur=on_blur/>
        }),
        FieldKind::Multiline => EitherOf3::B(view! {
            <textarea id=id.clone() name=name rows="7" required=required
                aria-invalid=invalid aria-describedby=described_by
                prop:value=move || value.get() on:input=on_input on:blur=on_blur></textarea>
        }),
        FieldKind::Choice(_) | FieldKind::Zone => {
            let fixed = match kind {
                FieldKind::Choice(options) => Some(options_markup(&options, "")),
                _ => None,
            };
            // The options are markup: a list of `view!` options cost the bundle
            // more. A fixed list never changes (the value property selects);
            // the zone list arrives from the browser after hydration, with the
            // chosen zone first if the browser's list lacks it (e.g. "UTC").
            let options = move || match &fixed {
                Some(markup) => markup.clone(),
                None => {
                    let current = value.get();
                    let mut zones: Vec<(String, String)> = state.zones.get().into_iter().map(|zone| (zone.clone(), zone)).collect();
                    if !zones.iter().any(|(zone, _)| *zone == current) {
                        // No zone yet (prerendered, or no script): a labelled placeholder.
                        let label = if current.is_empty() { copy.fields.timezone.required.clone() } else { current.clone() };
                        zones.insert(0, (current.clone(), label));
                    }
                    options_markup(&zones, &current)
                }
            };
            EitherOf3::C(view! {
                <select id=id.clone() name=name required=required
                    aria-invalid=invalid aria-describedby=described_by
                    inner_html=options prop:value=move || value.get() on:change=on_input on:blur=on_blur>
                </select>
            })
        }
    };

    view! {
        <div class="booking-field" class:booking-field--invalid=move || error.with(Option::is_some)>
            <label for=id>{label}{(!required).then(|| format!(" {}", copy.optional_mark))}</label>
            <p id=hint_id class="booking-field__hint">{hint}</p>
            <p id=error_id class="booking-field__error">{move || error.get().unwrap_or_default()}</p>
            {control}
            <p id=count_id class="booking-field__count">{count}</p>
        </div>
    }
}

/// `<option>`s of `(value, label)`, the one whose value is `selected` marked
/// so. The text is in `label`, not in the content: the zone list arrives
/// after hydration without changing the page's text.
pub fn options_markup(options: &[(String, String)], selected: &str) -> String {
    let mut html = crate::html::Html::new();
    for (value, label) in options {
        let mut attributes = vec![("value", value.as_str()), ("label", label.as_str())];
        if value == selected {
            attributes.push(("selected", ""));
        }
        html.open("option", &attributes).close("option");
    }
    html.into()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn options_carry_their_text_in_the_label_and_mark_the_chosen_one() {
        let options = vec![(String::new(), "Choose".to_string()), ("a&b".to_string(), "A <b>".to_string())];
        assert_eq!(
            options_markup(&options, "a&b"),
            r#"<option value="" label="Choose"></option><option value="a&amp;b" label="A &lt;b&gt;" selected=""></option>"#
        );
    }
}
