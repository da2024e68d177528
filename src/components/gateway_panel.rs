use leptos::prelude::*;

use crate::components::stat_figure::StatFigure;
use crate::content;

/// The API gateway "live" panel: status, three stats and its live lines, with
/// the values from the content (the live fluctuation hooks in here).
#[component]
pub fn GatewayPanel() -> impl IntoView {
    let gateway = &content::site().gateway;
    view! {
        <div class="gateway" role="group" aria-labelledby="gateway-title">
            <div class="gateway__bar">
                <h3 id="gateway-title" class="gateway__title">{gateway.title.as_str()}</h3>
                <span class="gateway__status">
                    <span class="gateway__pulse" aria-hidden="true"></span>
                    {gateway.status.as_str()}
                </span>
            </div>
            <ul class="gateway__stats">
                {gateway
                    .stats
                    .iter()
                    .map(|stat| {
                        view! {
                            <li class="gateway__stat">
                                <StatFigure figure=stat.figure.as_str()/>
                                <span class="gateway__stat-label">{stat.label.as_str()}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <ul class="gateway__lines">
                {gateway
                    .lines
                    .iter()
                    .map(|line| {
                        view! {
                            <li class="gateway__line">
                                <span class="gateway__label">{line.label.as_str()}</span>
                                <span class="gateway__separator">{line.separator.as_str()}</span>
                                <span class="gateway__value">
                                    {line.figure.as_deref().map(|figure| view! { <span class="gateway__figure">{figure}</span> })}
                                    {line.unit.as_deref().map(|unit| view! { <span class="gateway__unit">{unit}</span> })}
                                    {line.status.as_deref().map(|status| view! { <span class="gateway__line-status">{status}</span> })}
                                </span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}
