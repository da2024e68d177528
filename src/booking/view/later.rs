//! A part of the form that the booking page's bundle hydrates in a task of
//! its own, after the rest: hydrating the whole form at once was one task
//! of 15 to 26 ms on these machines, a long task on a 4× slower phone.
//!
//! The part's markup is the same everywhere: a `display: contents` wrapper
//! around its children. The whole app (client-side rendering, `404.html`,
//! `trunk serve`) and the prerender render the children in place
//! ([`InPlace`]); the booking page's bundle leaves the wrapper's content to
//! the later task ([`InTurn`]).

use leptos::prelude::*;

/// How the form's [`Later`] parts come to life, chosen by whoever renders the
/// form. A type, not a runtime flag: each bundle then carries only its own way
/// (the booking page's bundle none of the parts' client-side rendering: 0.6 KB
/// brotli less, measured).
pub trait Parts: Copy + 'static {
    /// Whether the parts are hydrated in tasks of their own.
    const IN_TURN: bool;
}

/// The parts rendered (or hydrated) with the rest of the form: the whole app
/// and the prerender.
#[derive(Clone, Copy)]
pub struct InPlace;

impl Parts for InPlace {
    const IN_TURN: bool = false;
}

/// The parts hydrated each in a task of its own, after the rest of the form:
/// the booking page's own bundle, over the prerendered form.
#[derive(Clone, Copy)]
pub struct InTurn;

impl Parts for InTurn {
    const IN_TURN: bool = true;
}

/// Wraps `children`, hydrated in a task of their own when `P` is [`InTurn`],
/// in this reactive owner (so with the form's context).
#[component]
pub fn Later<P: Parts, T: IntoView + 'static>(
    /// How the parts come to life (only its type is read).
    #[allow(unused_variables)]
    parts: P,
    /// The wrapper's id, unique in the page.
    id: &'static str,
    // Typed, not `Children`: a boxed view would bring every part's client-side
    // rendering into the bundle (70 KB of wasm more, measured).
    children: TypedChildren<T>,
) -> impl IntoView {
    let children = children.into_inner();
    #[cfg(target_arch = "wasm32")]
    if P::IN_TURN {
        if let Some(owner) = Owner::current() {
            set_timeout(move || hydrate_part(&owner, id, children), std::time::Duration::ZERO);
        }
        // Hydration leaves an inner HTML it did not make alone: the children stay as prerendered.
        return leptos::either::Either::Left(view! { <div id=id class="booking-later" inner_html=String::new()></div> });
    }
    let in_place = view! { <div id=id class="booking-later">{children()}</div> };
    #[cfg(target_arch = "wasm32")]
    return leptos::either::Either::Right(in_place);
    #[cfg(not(target_arch = "wasm32"))]
    in_place
}

/// Hydrates the prerendered children of the element `id` with `children`, in
/// a child of `owner`, kept for the page's life (the booking page never
/// unmounts its form).
#[cfg(target_arch = "wasm32")]
fn hydrate_part<T: IntoView>(owner: &Owner, id: &str, children: impl FnOnce() -> View<T>) {
    use leptos::tachys::hydration::Cursor;
    use leptos::tachys::view::{PositionState, RenderHtml};
    use wasm_bindgen::JsCast;

    let Some(element) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.get_element_by_id(id)) else {
        return;
    };
    let part = owner.child();
    part.with(|| {
        // What the visitor typed into this part before now is kept: the
        // part's fields take it over (hydration sets their values from the form).
        if let Some(state) = use_context::<super::state::BookingState>() {
            state.take_typed(crate::booking::browser::typed_in_page());
        }
        let view = children().hydrate::<true>(&Cursor::new(element.unchecked_into()), &PositionState::default());
        std::mem::forget(view);
    });
    std::mem::forget(part);
}
