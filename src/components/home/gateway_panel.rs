use leptos::prelude::*;

use crate::content;
use crate::html::Html;
use crate::interaction::behaviour::{Behaviour, attach_on_mount};
use crate::interaction::live_panel::markup::{write_live_value, write_sparkline};

/// The API gateway "live" panel: status, three stats and its live lines, with
/// the values from the content. Figures with a `wander` move gently around
/// their value while the panel is on screen (with a sparkline of the first
/// line that wanders), and a note says the values are illustrative. Static
/// markup (`crate::html`); the movement is applied to it by its behaviour.
#[component]
pub fn GatewayPanel() -> impl IntoView {
    let panel = NodeRef::new();
    attach_on_mount(Behaviour::LivePanel, panel);
    view! {
        <div class="gateway" role="group" aria-labelledby="gateway-title" data-behaviour=Behaviour::LivePanel.name() node_ref=panel inner_html=gateway_markup()></div>
    }
}

fn gateway_markup() -> String {
    let gateway = &content::site().gateway;
    let mut html = Html::new();
    html.open_class("div", "gateway__bar").open("h3", &[("id", "gateway-title"), ("class", "gateway__title")]);
    html.text(&gateway.title).close("h3").open_class("span", "gateway__status");
    html.open("span", &[("class", "gateway__pulse"), ("aria-hidden", "true")]).close("span");
    html.text(&gateway.status).close("span").close("div");
    html.open_class("ul", "gateway__stats");
    for (position, stat) in gateway.stats.iter().enumerate() {
        html.open_class("li", "gateway__stat").open_class("span", "stat-figure");
        write_live_value(&mut html, &stat.figure, stat.wander.as_deref(), position);
        html.close("span").element("span", "gateway__stat-label", &stat.label).close("li");
    }
    html.close("ul").open_class("ul", "gateway__lines");
    let count = gateway.stats.len();
    for (i, line) in gateway.lines.iter().enumerate() {
        html.open_class("li", "gateway__line").element("span", "gateway__label", &line.label);
        html.element("span", "gateway__separator", &line.separator).open_class("span", "gateway__value");
        if let Some(figure) = &line.figure {
            html.open_class("span", "gateway__figure");
            write_live_value(&mut html, figure, line.wander.as_deref(), count + i);
            html.close("span");
        }
        if let Some(unit) = &line.unit {
            html.element("span", "gateway__unit", unit);
        }
        if let Some(status) = &line.status {
            html.element("span", "gateway__line-status", status);
        }
        html.close("span").close("li");
    }
    html.close("ul");
    // The sparkline follows the first line that wanders.
    if let Some(i) = gateway.lines.iter().position(|line| line.figure.is_some() && line.wander.is_some()) {
        write_sparkline(&mut html, count + i);
    }
    html.element("p", "gateway__note", &gateway.note);
    html.into()
}
