use leptos::prelude::*;
use leptos_meta::{Meta, Title};

use crate::booking::view::ROOT_ID;
use crate::booking::view::form::BookingForm;
use crate::booking::view::later::InPlace;
use crate::content;
use crate::html::Html;

/// `/book`: the booking page, heading and lead from the content, then the form.
#[component]
pub fn BookPage() -> impl IntoView {
    let page = &content::booking().page;
    view! {
        <Title text=page.title.clone()/>
        <Meta name="description" content=page.description.clone()/>
        <section class="booking" aria-labelledby="booking-heading">
            <div class="booking__intro" inner_html=intro_markup()></div>
            <div id=ROOT_ID>
                <BookingForm parts=InPlace/>
            </div>
        </section>
    }
}

/// The page's heading and lead, as markup (static: see `crate::html`).
fn intro_markup() -> String {
    let page = &content::booking().page;
    let mut html = Html::new();
    html.open("h1", &[("id", "booking-heading")]).text(&page.heading).close("h1");
    html.element("p", "booking__lead", &page.lead);
    html.into()
}
