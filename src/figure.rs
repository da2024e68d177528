//! Stat figures such as "4.2B+", "<61ms", "42.25%" or "<3 min", split into a
//! prefix, a number and a suffix so they can be animated and re-formatted at
//! any value while keeping their shape.

use std::fmt;

/// A figure from the content, split for animation.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    /// Text before the number, e.g. `<`.
    pub prefix: String,
    /// The number as written, e.g. `3.8`.
    pub value: f64,
    /// Digits after the decimal point as written, e.g. 1 for `4.2`, 2 for `42.25`.
    pub decimals: usize,
    /// Text after the number, e.g. `B+`, `ms`, ` min`, `%`.
    pub suffix: String,
}

/// Why a figure could not be split.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FigureError {
    /// No digits at all, e.g. "healthy".
    NoNumber,
    /// More than one run of digits, e.g. "94m to 31m".
    SeveralNumbers,
    /// A digit separator or sign we do not animate, e.g. "1,200" or "-3".
    Unsupported(char),
    /// More digits than a number shown on a page needs (over 15).
    TooManyDigits,
}

impl fmt::Display for FigureError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            FigureError::NoNumber => f.write_str("has no number to animate"),
            FigureError::SeveralNumbers => f.write_str("has more than one number; a stat figure holds exactly one"),
            FigureError::Unsupported(c) => write!(f, "uses '{c}' next to its number; write the number with digits and at most one '.'"),
            FigureError::TooManyDigits => f.write_str("has more than 15 digits in its number"),
        }
    }
}

impl Figure {
    /// Splits `text` into prefix / number / suffix.
    pub fn parse(text: &str) -> Result<Figure, FigureError> {
        let bytes = text.as_bytes();
        let start = bytes.iter().position(u8::is_ascii_digit).ok_or(FigureError::NoNumber)?;
        let mut end = start;
        let mut seen_point = false;
        while end < bytes.len() {
            match bytes[end] {
                b'0'..=b'9' => end += 1,
                b'.' if !seen_point && bytes.get(end + 1).is_some_and(u8::is_ascii_digit) => {
                    seen_point = true;
                    end += 1;
                }
                _ => break,
            }
        }
        let (prefix, number, suffix) = (&text[..start], &text[start..end], &text[end..]);
        if let Some(c) = suffix.chars().next().filter(|c| matches!(c, ',' | '.')) {
            return Err(FigureError::Unsupported(c));
        }
        if suffix.bytes().any(|b| b.is_ascii_digit()) {
            return Err(FigureError::SeveralNumbers);
        }
        if let Some(c) = prefix.chars().last().filter(|c| matches!(c, '-' | ',' | '.')) {
            return Err(FigureError::Unsupported(c));
        }
        let decimals = number.split_once('.').map_or(0, |(_, frac)| frac.len());
        // Digits as an integer, then scaled: exact for up to 15 digits, and
        // without core's float parser, which the wasm build would carry.
        let digits = number.bytes().filter(u8::is_ascii_digit);
        if digits.clone().count() > 15 {
            return Err(FigureError::TooManyDigits);
        }
        let mantissa = digits.fold(0u64, |n, d| n * 10 + u64::from(d - b'0'));
        let value = mantissa as f64 / 10f64.powi(decimals as i32);
        Ok(Figure { prefix: prefix.to_string(), value, decimals, suffix: suffix.to_string() })
    }

    /// The figure's text with its number replaced by `value`, keeping the
    /// prefix, suffix and number of decimals. `format_value(self.value)`
    /// gives back the original text.
    pub fn format_value(&self, value: f64) -> String {
        let scaled = (value.abs() * self.scale()).round();
        self.format_scaled(scaled as u64, value < 0.0 && scaled > 0.0)
    }

    /// 10 to the power of `decimals`: the number in units of its last digit.
    fn scale(&self) -> f64 {
        10f64.powi(self.decimals as i32)
    }

    /// Writes `scaled` (the number in units of its last digit) with the point
    /// put back. Hand-written because core's float formatting would add
    /// about 7 KB (brotli) to the wasm build.
    fn format_scaled(&self, scaled: u64, negative: bool) -> String {
        let mut digits = scaled.to_string();
        if self.decimals > 0 {
            if digits.len() <= self.decimals {
                digits.insert_str(0, &"0".repeat(self.decimals + 1 - digits.len()));
            }
            digits.insert(digits.len() - self.decimals, '.');
        }
        let mut out = String::with_capacity(self.prefix.len() + digits.len() + self.suffix.len() + 1);
        out.push_str(&self.prefix);
        if negative {
            out.push('-');
        }
        out.push_str(&digits);
        out.push_str(&self.suffix);
        out
    }

    /// The text shown at `progress` (0 to 1) of a count-up from zero.
    pub fn at_progress(&self, progress: f64) -> String {
        let progress = progress.clamp(0.0, 1.0);
        if progress >= 1.0 {
            return self.format_value(self.value);
        }
        // Truncate rather than round, so the count never shows the final value early.
        let last = (self.value * self.scale()).round();
        let shown = (last * progress).floor().min(last);
        self.format_scaled(shown as u64, false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &str) -> (String, f64, usize, String) {
        let f = Figure::parse(text).unwrap();
        (f.prefix, f.value, f.decimals, f.suffix)
    }

    #[test]
    fn splits_every_shape_of_figure() {
        assert_eq!(split("4.2B+"), ("".into(), 4.2, 1, "B+".into()));
        assert_eq!(split("<61ms"), ("<".into(), 61.0, 0, "ms".into()));
        assert_eq!(split("42.25%"), ("".into(), 42.25, 2, "%".into()));
        assert_eq!(split("<3 min"), ("<".into(), 3.0, 0, " min".into()));
        assert_eq!(split("2.8x"), ("".into(), 2.8, 1, "x".into()));
        assert_eq!(split("0"), ("".into(), 0.0, 0, "".into()));
        assert_eq!(split("186+"), ("".into(), 186.0, 0, "+".into()));
    }

    #[test]
    fn formats_back_to_the_original_text() {
        for text in ["4.2B+", "<61ms", "42.25%", "<3 min", "2.8x", "0", "2.7B+", "14ms", "100%", "0.4ms avg"] {
            let figure = Figure::parse(text).unwrap();
            assert_eq!(figure.format_value(figure.value), text);
            assert_eq!(figure.at_progress(1.0), text);
        }
    }

    #[test]
    fn intermediate_values_keep_prefix_suffix_and_decimals() {
        let figure = Figure::parse("42.25%").unwrap();
        assert_eq!(figure.at_progress(0.0), "0.00%");
        assert_eq!(figure.at_progress(0.5), "21.12%");
        let figure = Figure::parse("<3 min").unwrap();
        assert_eq!(figure.at_progress(0.5), "<1 min");
        let figure = Figure::parse("4.2B+").unwrap();
        assert_eq!(figure.at_progress(0.999), "4.1B+");
        assert_eq!(figure.at_progress(2.0), "4.2B+");
    }

    #[test]
    fn formats_any_value_like_the_figure() {
        let figure = Figure::parse("<1.25 s").unwrap();
        assert_eq!(figure.format_value(0.0), "<0.00 s");
        assert_eq!(figure.format_value(0.05), "<0.05 s");
        assert_eq!(figure.format_value(0.004), "<0.00 s");
        assert_eq!(figure.format_value(0.006), "<0.01 s");
        assert_eq!(figure.format_value(12.345678), "<12.35 s");
        assert_eq!(figure.format_value(-0.5), "<-0.50 s");
        assert_eq!(figure.format_value(-0.001), "<0.00 s", "no negative zero");
        let figure = Figure::parse("7k").unwrap();
        assert_eq!(figure.format_value(6.5), "7k", "rounds half away from zero");
        assert_eq!(figure.format_value(1234567.0), "1234567k");
        assert_eq!(Figure::parse("0.001%").unwrap().at_progress(0.5), "0.000%");
        assert_eq!(Figure::parse("0.008%").unwrap().at_progress(0.5), "0.004%");
    }

    #[test]
    fn reads_the_number_exactly() {
        assert_eq!(Figure::parse("0.1").unwrap().value, 0.1);
        assert_eq!(Figure::parse("12.75").unwrap().value, 12.75);
        assert_eq!(Figure::parse("999999999999999").unwrap().value, 999_999_999_999_999.0);
        assert_eq!(Figure::parse("1234567890123456"), Err(FigureError::TooManyDigits));
    }

    #[test]
    fn rejects_what_cannot_be_animated() {
        assert_eq!(Figure::parse("healthy"), Err(FigureError::NoNumber));
        assert_eq!(Figure::parse("94m to 31m"), Err(FigureError::SeveralNumbers));
        assert_eq!(Figure::parse("1,200"), Err(FigureError::Unsupported(',')));
        assert_eq!(Figure::parse("-3"), Err(FigureError::Unsupported('-')));
    }
}
