//! Easing curves: progress in time (0 to 1) to progress in value (0 to 1).

/// Cubic ease-out: fast at first, settling gently on the final value.
pub fn ease_out_cubic(t: f64) -> f64 {
    let t = if t.is_nan() { 1.0 } else { t.clamp(0.0, 1.0) };
    let rest = 1.0 - t;
    1.0 - rest * rest * rest
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts_at_zero_and_ends_at_one() {
        assert_eq!(ease_out_cubic(0.0), 0.0);
        assert_eq!(ease_out_cubic(1.0), 1.0);
    }

    #[test]
    fn clamps_out_of_range_and_nan_input() {
        assert_eq!(ease_out_cubic(-3.0), 0.0);
        assert_eq!(ease_out_cubic(7.0), 1.0);
        assert_eq!(ease_out_cubic(f64::NAN), 1.0, "a broken clock ends the animation rather than freezing it");
    }

    #[test]
    fn rises_monotonically_and_runs_ahead_of_linear() {
        let mut previous = 0.0;
        for step in 1..=100 {
            let t = f64::from(step) / 100.0;
            let eased = ease_out_cubic(t);
            assert!(eased >= previous, "monotonic at {t}");
            if step < 100 {
                assert!(eased > t, "ease-out is ahead of linear at {t}");
            }
            previous = eased;
        }
        // Decelerates: the last tenth of the time covers far less than a tenth of the way.
        assert!(ease_out_cubic(1.0) - ease_out_cubic(0.9) < 0.01);
        assert!(ease_out_cubic(0.1) > 0.25);
    }
}
