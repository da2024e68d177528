use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::components::booking_form::BookingForm;
use crate::content;

/// `/book`: the booking page, heading and lead from the content, then the form.
#[component]
pub fn BookPage() -> impl IntoView {
    booking_page(view! { <BookingForm/> })
}

/// The booking page's title, description, heading and lead, with `body`
/// after them. Generic rather than `Children`, so the bundle without the form
/// (`super::book_elsewhere`) never links the form's code.
pub(crate) fn booking_page(body: impl IntoView) -> impl IntoView {
    let page = &content::booking().page;
    view! {
        <Title text=page.title.clone()/>
        <Meta name="description" content=page.description.clone()/>
        <section class="booking" aria-labelledby="booking-heading">
            <h1 id="booking-heading">{page.heading.clone()}</h1>
            <p class="booking__lead">{page.lead.clone()}</p>
            {body}
        </section>
    }
}
