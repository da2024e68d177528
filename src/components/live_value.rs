use crate::html::Html;

/// How often the live panel's values move, in milliseconds.
pub const LIVE_TICK_MS: i32 = 1500;

/// A figure of the live panel: exactly as written at rest and when
/// prerendered; with a `wander` (e.g. "8%"), [`animate_live_values`] moves it
/// gently around its value while the panel is live. `position` (its place in
/// the panel) seeds its wandering.
pub fn write_live_value(html: &mut Html, figure: &str, wander: Option<&str>, position: usize) {
    let position = position.to_string();
    match wander {
        Some(wander) => html.open("span", &[("class", "live-value"), ("data-wander", wander), ("data-position", &position)]),
        None => html.open_class("span", "live-value"),
    };
    html.text(figure).close("span");
}

/// Makes the live values (and the sparkline) below `panel` wander, every
/// [`LIVE_TICK_MS`], but only while the panel is on screen, the page is
/// visible and motion is welcome; otherwise no timer runs at all (the
/// [`Behaviour::LivePanel`](crate::interaction::behaviour::Behaviour) of an
/// element). Each value follows a seeded generator (`interaction::fluctuation`),
/// so a visit always sees the same plausible sequence. It stops when the
/// returned value is dropped.
#[cfg(target_arch = "wasm32")]
pub fn animate_live_values(panel: &leptos::web_sys::Element) -> crate::interaction::behaviour::Running {
    use crate::interaction::browser::WhileWatched;
    let mut live = dom::LiveValues::find(panel);
    if live.is_empty() {
        return Box::new(());
    }
    Box::new(WhileWatched::start(panel, LIVE_TICK_MS, move || live.step()))
}

#[cfg(target_arch = "wasm32")]
mod dom {
    use web_sys::Element;

    use crate::components::live_sparkline::{HEIGHT, POINTS, WIDTH};
    use crate::figure::Figure;
    use crate::interaction::fluctuation::{Fluctuation, seed_for, wander_share};
    use crate::interaction::browser::elements_below;
    use crate::interaction::sparkline::History;

    /// The panel's wandering values and the sparkline that follows one of them.
    pub struct LiveValues {
        values: Vec<(Element, Fluctuation)>,
        sparkline: Option<(Element, usize, History)>,
    }

    impl LiveValues {
        pub fn find(panel: &Element) -> LiveValues {
            let mut values = Vec::new();
            let mut followed = None;
            let sparkline = panel.query_selector("[data-follows]").ok().flatten();
            let follows = sparkline.as_ref().and_then(|s| s.get_attribute("data-follows"));
            for el in elements_below(panel, ".live-value[data-wander]") {
                let text = el.text_content().unwrap_or_default();
                let position = el.get_attribute("data-position").unwrap_or_default();
                let share = el.get_attribute("data-wander").as_deref().and_then(wander_share);
                let (Some(share), Ok(figure), Ok(seat)) = (share, Figure::parse(&text), position.parse::<usize>()) else {
                    continue;
                };
                if follows.as_deref() == Some(position.as_str()) {
                    followed = Some(values.len());
                }
                values.push((el, Fluctuation::new(figure, share, seed_for(&text, seat))));
            }
            let sparkline = sparkline.zip(followed).map(|(line, i)| (line, i, History::filled(values[i].1.value(), POINTS)));
            LiveValues { values, sparkline }
        }

        pub fn is_empty(&self) -> bool {
            self.values.is_empty()
        }

        pub fn step(&mut self) {
            for (el, live) in &mut self.values {
                live.step();
                el.set_text_content(Some(&live.text()));
            }
            if let Some((line, i, history)) = &mut self.sparkline {
                let live = &self.values[*i].1;
                history.push(live.value());
                let _ = line.set_attribute("points", &history.points(WIDTH, HEIGHT, live.band()));
            }
        }
    }
}
