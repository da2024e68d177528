use leptos::prelude::*;

use crate::content::Term;

/// Names with their explanations (patterns, tools, failure modes, a stack).
#[component]
pub fn TermList(terms: &'static [Term]) -> impl IntoView {
    view! {
        <dl class="terms">
            {terms
                .iter()
                .map(|term| {
                    view! {
                        <div class="terms__item">
                            <dt>{term.name.as_str()}</dt>
                            <dd>{term.detail.as_str()}</dd>
                        </div>
                    }
                })
                .collect_view()}
        </dl>
    }
    .into_any()
}
