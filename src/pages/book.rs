use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::booking::view::ROOT_ID;
use crate::booking::view::form::BookingForm;
use crate::content;

/// `/book`: the booking page, heading and lead from the content, then the form.
#[component]
pub fn BookPage() -> impl IntoView {
    let page = &content::booking().page;
    view! {
        <Title text=page.title.clone()/>
        <Meta name="description" content=page.description.clone()/>
        <section class="booking" aria-labelledby="booking-heading">
            <h1 id="booking-heading">{page.heading.clone()}</h1>
            <p class="booking__lead">{page.lead.clone()}</p>
            <div id=ROOT_ID>
                <BookingForm/>
            </div>
        </section>
    }
}
