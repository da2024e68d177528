//! One stat's count-up: which text to show at a given time since it started.

use super::easing::ease_out_cubic;
use crate::figure::Figure;

/// How long a count-up lasts, in milliseconds (the brief allows 1.2 to 2 s).
pub const COUNT_UP_MS: f64 = 1600.0;

/// A count-up from zero to a figure's value, eased out over [`COUNT_UP_MS`].
#[derive(Debug, Clone, PartialEq)]
pub struct CountUp {
    figure: Figure,
}

/// What to draw on one animation frame.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    /// The figure's text at this moment, with its prefix, suffix and decimals.
    pub text: String,
    /// True once the final text is shown: the animation loop stops.
    pub done: bool,
}

impl CountUp {
    /// A count-up for `text` if it holds a number worth counting to; `None` for
    /// figures that stay as they are (no number, or zero).
    pub fn for_text(text: &str) -> Option<CountUp> {
        let figure = Figure::parse(text).ok()?;
        (figure.value > 0.0).then_some(CountUp { figure })
    }

    /// The frame `elapsed_ms` after the count-up started. Negative or NaN times
    /// (clock quirks) never leave a counter stuck short of its value.
    pub fn frame(&self, elapsed_ms: f64) -> Frame {
        let linear = if elapsed_ms.is_nan() { 1.0 } else { elapsed_ms / COUNT_UP_MS };
        let done = linear >= 1.0;
        let progress = if done { 1.0 } else { ease_out_cubic(linear) };
        Frame { text: self.figure.at_progress(progress), done }
    }

    /// The text at rest: the figure exactly as the copy writes it.
    pub fn final_text(&self) -> String {
        self.figure.at_progress(1.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Shapes of figure the copy uses; the real figures are checked against the
    /// content in `tests/`.
    const SHAPES: [&str; 6] = ["12.5K+", "<7ms", "42.25%", "<9 min", "1.5x", "17"];

    #[test]
    fn starts_at_zero_and_ends_on_the_exact_text() {
        for text in SHAPES {
            let count = CountUp::for_text(text).unwrap();
            let first = count.frame(0.0);
            assert!(!first.done);
            assert_eq!(Figure::parse(&first.text).unwrap().value, 0.0, "{text} starts from zero");
            let last = count.frame(COUNT_UP_MS);
            assert!(last.done);
            assert_eq!(last.text, text);
            assert_eq!(count.final_text(), text);
        }
    }

    #[test]
    fn every_frame_keeps_prefix_suffix_and_decimals() {
        for text in SHAPES {
            let target = Figure::parse(text).unwrap();
            let count = CountUp::for_text(text).unwrap();
            let mut previous = -1.0;
            for ms in (0..=COUNT_UP_MS as u32).step_by(16) {
                let frame = count.frame(f64::from(ms));
                let shown = Figure::parse(&frame.text).unwrap();
                assert_eq!((&shown.prefix, shown.decimals, &shown.suffix), (&target.prefix, target.decimals, &target.suffix), "{}", frame.text);
                assert!(shown.value >= previous, "{text} never counts backwards");
                assert!(shown.value <= target.value);
                previous = shown.value;
            }
        }
    }

    #[test]
    fn is_eased_out() {
        let count = CountUp::for_text("100").unwrap();
        let value_at = |ms: f64| Figure::parse(&count.frame(ms).text).unwrap().value;
        assert!(value_at(COUNT_UP_MS / 4.0) > 50.0, "most of the way in the first quarter");
        assert!(value_at(COUNT_UP_MS * 0.9) >= 99.0, "settles gently at the end");
        assert!(value_at(COUNT_UP_MS * 0.9) < 100.0, "but shows the final value only when done");
    }

    #[test]
    fn late_and_broken_clocks_end_on_the_final_value() {
        let count = CountUp::for_text("42.25%").unwrap();
        assert_eq!(count.frame(60_000.0), Frame { text: "42.25%".into(), done: true });
        assert_eq!(count.frame(f64::NAN), Frame { text: "42.25%".into(), done: true });
        assert!(!count.frame(-5.0).done);
        assert_eq!(count.frame(-5.0).text, "0.00%");
    }

    #[test]
    fn figures_without_a_count_stay_as_written() {
        assert_eq!(CountUp::for_text("0"), None, "zero has nothing to count");
        assert_eq!(CountUp::for_text("healthy"), None);
        assert_eq!(CountUp::for_text("94m to 31m"), None);
    }
}
