//! When to try sending again: which answers are worth a retry, the backoff
//! schedule (exponential, full jitter, capped in attempts and total time) and
//! the `Retry-After` header.

use super::calendar::parse_http_date;

/// The limits of one round of delivery attempts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct RetryPolicy {
    /// Attempts in one round, the first included.
    pub max_attempts: u32,
    /// Ceiling of the first backoff; it doubles each retry.
    pub base_ms: u64,
    /// Largest ceiling of any one backoff.
    pub cap_ms: u64,
    /// A retry is only scheduled if it starts within this long of the first attempt.
    pub budget_ms: u64,
    /// How long one request may take before it is aborted.
    pub timeout_ms: u64,
}

/// About five attempts within about a minute, ten seconds each at most.
pub const POLICY: RetryPolicy = RetryPolicy { max_attempts: 5, base_ms: 2_000, cap_ms: 16_000, budget_ms: 60_000, timeout_ms: 10_000 };

/// What the answer (or the lack of one) means for delivery.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Verdict {
    /// 2xx: the endpoint has the booking.
    Delivered,
    /// Worth another try: network error, timeout, 408, 429, 5xx.
    Retry,
    /// Any other answer: trying again would get the same answer.
    Rejected,
}

/// Classifies an HTTP status.
pub fn verdict(status: u16) -> Verdict {
    match status {
        200..=299 => Verdict::Delivered,
        408 | 429 | 500..=599 => Verdict::Retry,
        _ => Verdict::Rejected,
    }
}

impl RetryPolicy {
    /// The ceiling of the backoff before retry number `retry` (1 = the wait
    /// after the first attempt): `base · 2^(retry-1)`, at most `cap`.
    pub fn ceiling_ms(&self, retry: u32) -> u64 {
        let doubled = self.base_ms.saturating_mul(1u64 << retry.saturating_sub(1).min(32));
        doubled.min(self.cap_ms)
    }

    /// Full jitter: a uniformly random wait in `[0, ceiling)`, with `random` in `[0, 1)`.
    pub fn jittered_ms(&self, retry: u32, random: f64) -> u64 {
        (self.ceiling_ms(retry) as f64 * random.clamp(0.0, 1.0)) as u64
    }

    /// How long to wait before the next attempt, or `None` to give up.
    ///
    /// `attempts_made` counts attempts in this round so far (at least 1),
    /// `elapsed_ms` is the time since the round's first attempt. A
    /// `Retry-After` from the server replaces the jittered wait: it knows
    /// when it can take the request. A wait that would start the next attempt
    /// after the budget gives up instead.
    pub fn next_delay_ms(&self, attempts_made: u32, elapsed_ms: u64, retry_after_ms: Option<u64>, random: f64) -> Option<u64> {
        if attempts_made >= self.max_attempts {
            return None;
        }
        let delay = retry_after_ms.unwrap_or_else(|| self.jittered_ms(attempts_made, random));
        (elapsed_ms.saturating_add(delay) <= self.budget_ms).then_some(delay)
    }
}

/// Parses a `Retry-After` value (delay-seconds or an HTTP-date) into a wait
/// in ms from `now_ms`. A date in the past means "now".
pub fn parse_retry_after(value: &str, now_ms: i64) -> Option<u64> {
    let value = value.trim();
    if !value.is_empty() && value.bytes().all(|b| b.is_ascii_digit()) {
        return Some(value.parse::<u64>().unwrap_or(u64::MAX / 1000).saturating_mul(1000));
    }
    parse_http_date(value).map(|at| at.saturating_sub(now_ms).max(0) as u64)
}

/// Whole seconds to show for a wait, rounded up so a wait never reads "0 s".
pub fn seconds_shown(ms: u64) -> u64 {
    ms.div_ceil(1000).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A deterministic random source for the tests (a small LCG).
    struct Lcg(u64);
    impl Lcg {
        fn next(&mut self) -> f64 {
            self.0 = self.0.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            (self.0 >> 11) as f64 / (1u64 << 53) as f64
        }
    }

    #[test]
    fn statuses_are_classified() {
        for s in [200, 201, 202, 204, 299] {
            assert_eq!(verdict(s), Verdict::Delivered, "{s}");
        }
        for s in [408, 429, 500, 502, 503, 504, 599] {
            assert_eq!(verdict(s), Verdict::Retry, "{s}");
        }
        for s in [301, 400, 401, 403, 404, 409, 410, 413, 415, 422] {
            assert_eq!(verdict(s), Verdict::Rejected, "{s}");
        }
    }

    #[test]
    fn ceilings_double_up_to_the_cap() {
        let ceilings: Vec<u64> = (1..=6).map(|r| POLICY.ceiling_ms(r)).collect();
        assert_eq!(ceilings, vec![2_000, 4_000, 8_000, 16_000, 16_000, 16_000]);
        assert_eq!(POLICY.ceiling_ms(200), POLICY.cap_ms, "no overflow for huge retry numbers");
    }

    #[test]
    fn full_jitter_stays_within_zero_and_the_ceiling_and_spreads_out() {
        let mut random = Lcg(42);
        for retry in 1..=4 {
            let ceiling = POLICY.ceiling_ms(retry);
            let draws: Vec<u64> = (0..2000).map(|_| POLICY.jittered_ms(retry, random.next())).collect();
            assert!(draws.iter().all(|&d| d < ceiling), "retry {retry}: below the ceiling");
            let (lo, hi) = (*draws.iter().min().unwrap(), *draws.iter().max().unwrap());
            assert!(lo < ceiling / 20 && hi > ceiling * 19 / 20, "retry {retry}: spans the range ({lo}..{hi})");
            let mean = draws.iter().sum::<u64>() as f64 / draws.len() as f64;
            assert!((mean / ceiling as f64 - 0.5).abs() < 0.05, "retry {retry}: uniform, mean {mean}");
        }
        assert_eq!(POLICY.jittered_ms(1, 0.0), 0);
        assert_eq!(POLICY.jittered_ms(3, 0.5), 4_000);
    }

    #[test]
    fn gives_up_after_the_last_attempt() {
        assert!(POLICY.next_delay_ms(4, 0, None, 0.5).is_some());
        assert_eq!(POLICY.next_delay_ms(5, 0, None, 0.5), None);
    }

    #[test]
    fn the_whole_round_fits_in_about_a_minute() {
        // Worst case: every attempt times out and every jitter draws its ceiling.
        let mut elapsed = 0;
        let mut attempts = 0;
        loop {
            attempts += 1;
            elapsed += POLICY.timeout_ms;
            match POLICY.next_delay_ms(attempts, elapsed, None, 0.999_999) {
                Some(delay) => elapsed += delay,
                None => break,
            }
        }
        assert!(attempts <= POLICY.max_attempts);
        assert!(elapsed <= POLICY.budget_ms + POLICY.timeout_ms, "{elapsed} ms");
    }

    #[test]
    fn retry_after_replaces_the_jitter_within_the_budget() {
        assert_eq!(POLICY.next_delay_ms(1, 1_000, Some(3_000), 0.9), Some(3_000));
        assert_eq!(POLICY.next_delay_ms(1, 1_000, Some(0), 0.9), Some(0));
        assert_eq!(POLICY.next_delay_ms(2, 30_000, Some(40_000), 0.0), None, "past the budget: give up");
    }

    #[test]
    fn retry_after_parses_seconds_and_http_dates() {
        let now = 784_111_777_000; // Sun, 06 Nov 1994 08:49:37 GMT
        assert_eq!(parse_retry_after("3", now), Some(3_000));
        assert_eq!(parse_retry_after(" 120 ", now), Some(120_000));
        assert_eq!(parse_retry_after("Sun, 06 Nov 1994 08:49:47 GMT", now), Some(10_000));
        assert_eq!(parse_retry_after("Sun, 06 Nov 1994 08:49:00 GMT", now), Some(0), "a past date means now");
        assert!(parse_retry_after("99999999999999999999999", now).is_some(), "huge numbers saturate");
        for bad in ["", "-1", "1.5", "soon", "3 s"] {
            assert_eq!(parse_retry_after(bad, now), None, "{bad}");
        }
    }

    #[test]
    fn waits_show_in_whole_seconds_rounded_up() {
        assert_eq!(seconds_shown(0), 1);
        assert_eq!(seconds_shown(3_000), 3);
        assert_eq!(seconds_shown(3_001), 4);
    }
}
