//! The count-up in the browser: one observer for a container's figures and
//! one animation-frame loop that draws every running count while any runs.

use std::cell::RefCell;
use std::rc::Rc;

use web_sys::Element;

use super::count::CountUp;
use crate::interaction::browser::{FirstSightings, Frames, Running, WhenShown, elements_below, prefers_reduced_motion};

/// A figure's count: where it is drawn and what it last showed.
struct Counter {
    live: Element,
    count: CountUp,
    started_at: Option<f64>,
    shown: String,
    done: bool,
}

/// The container's counters: one observer for all of them, and one
/// animation-frame loop that draws every running count while any runs.
#[derive(Default)]
struct Counters {
    all: Vec<Counter>,
    frames: Option<Frames>,
    looping: bool,
}

/// Counts up every figure below `root` (written by
/// [`write_figure`](super::markup::write_figure)) the first time each
/// scrolls into view, unless the visitor prefers reduced motion; on a
/// prerendered page, only once it is shown (`WhenShown`). A count runs
/// to its end even if the figure is scrolled away at once, so it always rests
/// on the final figure; the text is written directly, frame by frame.
/// Counting stops when the returned value is dropped.
pub fn attach(root: &Element) -> Running {
    if prefers_reduced_motion() {
        return Box::new(());
    }
    let counters: Rc<RefCell<Counters>> = Rc::default();
    let mut targets = Vec::new();
    for live in elements_below(root, ".count-up__live") {
        if let Some(count) = CountUp::for_text(&live.text_content().unwrap_or_default()) {
            targets.push(live.clone());
            counters.borrow_mut().all.push(Counter { live, count, started_at: None, shown: String::new(), done: false });
        }
    }
    let state = counters.clone();
    let sightings = WhenShown::start(move || FirstSightings::new(&targets, move |seen| start(&state, seen)));
    Box::new((sightings, counters))
}

/// Starts the count of the figure drawn in `seen`, and the loop if it is idle.
fn start(counters: &Rc<RefCell<Counters>>, seen: &Element) {
    let mut state = counters.borrow_mut();
    let Some(counter) = state.all.iter_mut().find(|c| c.live == *seen) else { return };
    counter.started_at = Some(f64::NAN); // set on its first frame
    if !state.looping {
        state.looping = true;
        // A mark for tests and traces: when counting began (never while prerendering).
        let _ = crate::interaction::browser::window().performance().map(|p| p.mark("count-up-start"));
        // Frame times count from the loop's start; a loop only ends when every
        // count it drew is done, so no count spans two loops.
        let weak = Rc::downgrade(counters);
        state.frames = Some(Frames::start(move |now| weak.upgrade().is_some_and(|c| draw(&mut c.borrow_mut(), now))));
    }
}

/// Draws one frame of every running count; `false` once none runs, which
/// ends the loop. A count runs to its end even if scrolled away at once.
fn draw(state: &mut Counters, now: f64) -> bool {
    let mut running = false;
    for counter in state.all.iter_mut().filter(|c| !c.done) {
        let Some(started_at) = counter.started_at else { continue };
        let started_at = if started_at.is_nan() { now } else { started_at };
        counter.started_at = Some(started_at);
        let frame = counter.count.frame(now - started_at);
        // Only touch the DOM when the text changes.
        if frame.text != counter.shown {
            counter.live.set_text_content(Some(&frame.text));
            counter.shown = frame.text;
        }
        counter.done = frame.done;
        running |= !frame.done;
    }
    state.looping = running;
    running
}
