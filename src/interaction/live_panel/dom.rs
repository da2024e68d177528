//! The live panel in the browser: reads its figures back from the markup and
//! moves them, with the sparkline, on a timer that runs only while watched.

use web_sys::Element;

use super::fluctuation::{Fluctuation, seed_for, wander_share};
use super::markup::{HEIGHT, POINTS, WIDTH};
use super::sparkline::History;
use crate::figure::Figure;
use crate::interaction::browser::{Running, WhileWatched, elements_below};

/// How often the live panel's values move, in milliseconds.
const LIVE_TICK_MS: i32 = 1500;

/// Makes the live values (and the sparkline) below `panel` wander, every
/// [`LIVE_TICK_MS`], but only while the panel is on screen, the page is
/// visible and motion is welcome; otherwise no timer runs at all. Each value
/// follows a seeded generator (`super::fluctuation`), so a visit always sees
/// the same plausible sequence. It stops when the returned value is dropped.
pub fn attach(panel: &Element) -> Running {
    let mut live = LiveValues::find(panel);
    if live.is_empty() {
        return Box::new(());
    }
    Box::new(WhileWatched::start(panel, LIVE_TICK_MS, move || live.step()))
}

/// The panel's wandering values and the sparkline that follows one of them.
struct LiveValues {
    values: Vec<(Element, Fluctuation)>,
    sparkline: Option<(Element, usize, History)>,
}

impl LiveValues {
    fn find(panel: &Element) -> LiveValues {
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

    fn is_empty(&self) -> bool {
        self.values.is_empty()
    }

    fn step(&mut self) {
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
