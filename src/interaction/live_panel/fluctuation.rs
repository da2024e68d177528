//! The live gateway panel's "live" figures: a seeded, mean-reverting random
//! walk that wanders gently around the content's figure and never drifts off.

use crate::figure::Figure;

/// The share a content `wander` such as "8%" stands for (0.08); `None` for
/// anything that is not a plain percentage from 0 to 50.
pub fn wander_share(text: &str) -> Option<f64> {
    let figure = Figure::parse(text.trim()).ok()?;
    (figure.prefix.is_empty() && figure.suffix == "%" && figure.value <= 50.0).then(|| figure.value / 100.0)
}

/// A seed for a live figure, from its text and position, so each figure
/// wanders its own way but the same on every visit.
pub fn seed_for(text: &str, position: usize) -> u64 {
    text.bytes().fold(position as u64 ^ 0xCBF2_9CE4_8422_2325, |hash, b| (hash ^ u64::from(b)).wrapping_mul(0x100_0000_01B3))
}

/// A small, fast, seedable generator (xorshift64*): the same seed gives the
/// same sequence, so tests and screenshots are reproducible.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Rng {
        // splitmix64 of the seed: spreads small seeds and never yields the
        // all-zero state, which xorshift cannot leave.
        let mut z = seed.wrapping_add(0x9E37_79B9_7F4A_7C15);
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        Rng((z ^ (z >> 31)) | 1)
    }

    /// Uniform in [-1, 1).
    pub fn next_signed(&mut self) -> f64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        let bits = x.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 11; // 53 random bits
        (bits as f64 / (1u64 << 53) as f64) * 2.0 - 1.0
    }
}

/// Pull back towards the middle of the band on each step (0 to 1).
const REVERSION: f64 = 0.2;
/// Largest random nudge per step, as a share of the band's width.
const NUDGE: f64 = 0.45;

/// One live figure: its band and where it is now.
#[derive(Debug, Clone)]
pub struct Fluctuation {
    figure: Figure,
    low: f64,
    high: f64,
    value: f64,
    rng: Rng,
}

impl Fluctuation {
    /// A live version of `figure` that moves by up to `jitter` (a share of the
    /// figure, e.g. 0.1 for ±10 %). A figure that states a bound keeps it: "<52"
    /// stays at or under 52, "186+" at or over 186. It starts on the figure itself.
    pub fn new(figure: Figure, jitter: f64, seed: u64) -> Fluctuation {
        let spread = figure.value * jitter.clamp(0.0, 0.5);
        let (low, high) = if figure.prefix.trim_end().ends_with('<') {
            (figure.value - 2.0 * spread, figure.value)
        } else if figure.suffix.starts_with('+') {
            (figure.value, figure.value + 2.0 * spread)
        } else {
            (figure.value - spread, figure.value + spread)
        };
        let value = figure.value;
        Fluctuation { figure, low: low.max(0.0), high, value, rng: Rng::new(seed) }
    }

    /// Moves one step and returns the new value.
    pub fn step(&mut self) -> f64 {
        let middle = (self.low + self.high) / 2.0;
        let nudge = self.rng.next_signed() * NUDGE * (self.high - self.low);
        // max/min rather than clamp: clamp's panic message formats both bounds,
        // which would link core's float formatting (about 7 KB brotli) into the wasm.
        self.value = (self.value + REVERSION * (middle - self.value) + nudge).max(self.low).min(self.high);
        self.value
    }

    pub fn value(&self) -> f64 {
        self.value
    }

    /// The band the value stays in, `(low, high)`.
    pub fn band(&self) -> (f64, f64) {
        (self.low, self.high)
    }

    /// The current value written like the content's figure.
    pub fn text(&self) -> String {
        self.figure.format_value(self.value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn live(text: &str, jitter: f64, seed: u64) -> Fluctuation {
        Fluctuation::new(Figure::parse(text).unwrap(), jitter, seed)
    }

    #[test]
    fn starts_on_the_content_figure() {
        for text in ["7.3k rps", "<61ms", "0.6ms avg", "240+"] {
            assert_eq!(live(text, 0.1, 1).text(), text);
        }
    }

    #[test]
    fn same_seed_same_sequence_other_seed_other_sequence() {
        let run = |seed| {
            let mut f = live("7.3k rps", 0.1, seed);
            (0..50).map(|_| f.step()).collect::<Vec<_>>()
        };
        assert_eq!(run(42), run(42));
        assert_ne!(run(42), run(43));
    }

    #[test]
    fn stays_in_its_band_and_keeps_stated_bounds() {
        for (text, jitter) in [("7.3k rps", 0.1), ("<61ms", 0.08), ("0.6ms avg", 0.3), ("240+", 0.05)] {
            let mut f = live(text, jitter, 7);
            let (low, high) = f.band();
            let figure = Figure::parse(text).unwrap();
            for _ in 0..100_000 {
                let v = f.step();
                assert!((low..=high).contains(&v), "{text}: {v} outside {low}..{high}");
            }
            match text {
                "<61ms" => assert_eq!(high, figure.value, "an upper bound is never exceeded"),
                "240+" => assert_eq!(low, figure.value, "a lower bound is never undercut"),
                _ => assert!(low < figure.value && figure.value < high),
            }
            assert!(high - low <= figure.value * 2.0 * jitter + 1e-9, "gentle: the band is small");
        }
    }

    #[test]
    fn does_not_drift() {
        for seed in 0..20 {
            let mut f = live("7.3k rps", 0.1, seed);
            let (low, high) = f.band();
            let n = 20_000;
            let mean = (0..n).map(|_| f.step()).sum::<f64>() / f64::from(n);
            let middle = (low + high) / 2.0;
            assert!((mean - middle).abs() < (high - low) * 0.02, "seed {seed}: mean {mean} vs {middle}");
        }
    }

    #[test]
    fn moves_visibly_but_gently() {
        let mut f = live("7.3k rps", 0.1, 3);
        let (low, high) = f.band();
        let mut texts = std::collections::BTreeSet::new();
        let mut previous = f.value();
        for _ in 0..30 {
            let v = f.step();
            assert!((v - previous).abs() <= (high - low) * 0.6, "no jumps across the band");
            previous = v;
            let text = f.text();
            assert!(text.ends_with("k rps") && Figure::parse(&text).unwrap().decimals == 1, "{text}");
            texts.insert(text);
        }
        assert!(texts.len() >= 4, "the shown value changes: {texts:?}");
    }

    #[test]
    fn reads_wander_as_a_share() {
        assert_eq!(wander_share("8%"), Some(0.08));
        assert_eq!(wander_share(" 25% "), Some(0.25));
        assert_eq!(wander_share("0%"), Some(0.0));
        for bad in ["8", "8 %", "~8%", "60%", "eight", ""] {
            assert_eq!(wander_share(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn seeds_differ_by_text_and_position_and_are_stable() {
        assert_eq!(seed_for("2.1k", 0), seed_for("2.1k", 0));
        assert_ne!(seed_for("2.1k", 0), seed_for("2.1k", 1));
        assert_ne!(seed_for("2.1k", 0), seed_for("2.2k", 0));
    }

    #[test]
    fn signed_noise_is_uniform_enough() {
        let mut rng = Rng::new(0);
        let samples: Vec<f64> = (0..40_000).map(|_| rng.next_signed()).collect();
        assert!(samples.iter().all(|x| (-1.0..1.0).contains(x)));
        let mean = samples.iter().sum::<f64>() / samples.len() as f64;
        assert!(mean.abs() < 0.02, "mean {mean}");
        let below = samples.iter().filter(|x| **x < -0.5).count() as f64 / samples.len() as f64;
        assert!((below - 0.25).abs() < 0.02, "quarter below -0.5: {below}");
    }
}
