//! The live panel's sparkline: the last few values as an SVG polyline.

use std::collections::VecDeque;
use std::fmt::Write;

/// The most recent `capacity` values, oldest first.
#[derive(Debug, Clone)]
pub struct History {
    values: VecDeque<f64>,
    capacity: usize,
}

impl History {
    /// A history already full of `start`, so the line spans the whole width from the first paint.
    pub fn filled(start: f64, capacity: usize) -> History {
        History { values: std::iter::repeat_n(start, capacity.max(2)).collect(), capacity: capacity.max(2) }
    }

    pub fn push(&mut self, value: f64) {
        if self.values.len() == self.capacity {
            self.values.pop_front();
        }
        self.values.push_back(value);
    }

    /// `points` for an SVG `<polyline>` in a `width` × `height` viewBox, with
    /// `low` at the bottom and `high` at the top; values outside are clamped.
    /// Whole numbers only (make the viewBox large enough): formatting floats
    /// would cost the wasm build about 7 KB brotli.
    pub fn points(&self, width: u32, height: u32, (low, high): (f64, f64)) -> String {
        let span = if high > low { high - low } else { 1.0 };
        let steps = (self.capacity - 1) as u32;
        let mut out = String::new();
        for (i, v) in self.values.iter().enumerate() {
            let y = f64::from(height) * (1.0 - ((v - low) / span).clamp(0.0, 1.0));
            if i > 0 {
                out.push(' ');
            }
            let _ = write!(out, "{},{}", i as u32 * width / steps, y.round() as u32);
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn starts_as_a_flat_line_across_the_width() {
        let h = History::filled(5.0, 3);
        assert_eq!(h.points(100, 20, (0.0, 10.0)), "0,10 50,10 100,10");
    }

    #[test]
    fn keeps_the_latest_values_and_maps_low_to_bottom_high_to_top() {
        let mut h = History::filled(5.0, 3);
        h.push(0.0);
        h.push(10.0);
        h.push(20.0); // clamped to the top
        assert_eq!(h.points(100, 20, (0.0, 10.0)), "0,20 50,0 100,0");
    }

    #[test]
    fn survives_an_empty_band_and_tiny_capacity() {
        let h = History::filled(3.0, 0);
        assert_eq!(h.points(10, 10, (3.0, 3.0)), "0,10 10,10");
    }
}
