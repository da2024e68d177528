use leptos::prelude::*;

use crate::components::live_sparkline::LiveSparkline;
use crate::components::live_value::{LiveValue, animate_live_values};
use crate::content;

/// The API gateway "live" panel: status, three stats and its live lines, with
/// the values from the content. Figures with a `wander` move gently around
/// their value while the panel is on screen (with a sparkline of the first
/// one), and a note says the values are illustrative.
#[component]
pub fn GatewayPanel() -> impl IntoView {
    let gateway = &content::site().gateway;
    let panel = NodeRef::new();
    animate_live_values(panel);
    let stat_count = gateway.stats.len();
    // The sparkline follows the first line that wanders.
    let sparkline = gateway.lines.iter().position(|line| line.figure.is_some() && line.wander.is_some());
    let sparkline = sparkline.map(|i| view! { <LiveSparkline follows=stat_count + i/> });
    view! {
        <div class="gateway" role="group" aria-labelledby="gateway-title" node_ref=panel>
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
                    .enumerate()
                    .map(|(position, stat)| {
                        view! {
                            <li class="gateway__stat">
                                <span class="stat-figure">
                                    <LiveValue figure=stat.figure.as_str() wander=stat.wander.as_deref() position/>
                                </span>
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
                    .enumerate()
                    .map(|(i, line)| {
                        view! {
                            <li class="gateway__line">
                                <span class="gateway__label">{line.label.as_str()}</span>
                                <span class="gateway__separator">{line.separator.as_str()}</span>
                                <span class="gateway__value">
                                    {line.figure.as_deref().map(|figure| {
                                        view! {
                                            <span class="gateway__figure">
                                                <LiveValue figure wander=line.wander.as_deref() position=stat_count + i/>
                                            </span>
                                        }
                                    })}
                                    {line.unit.as_deref().map(|unit| view! { <span class="gateway__unit">{unit}</span> })}
                                    {line.status.as_deref().map(|status| view! { <span class="gateway__line-status">{status}</span> })}
                                </span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            {sparkline}
            <p class="gateway__note">{gateway.note.as_str()}</p>
        </div>
    }
}
