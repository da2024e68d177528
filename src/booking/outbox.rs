//! The outbox: a submitted booking waits in localStorage from before its
//! first request until the endpoint confirms it, so a reload, a closed tab or
//! going offline loses nothing and resends under the same idempotency key.
//! This module holds the stored records and every state transition; the
//! browser side only reads, writes and waits.

use serde::Serialize;

use super::form::BookingForm;
use super::json::{FromJson, Json};
use super::response_body::{ErrorBody, parse_error_body, success_reference};
use super::retry::{RetryPolicy, Verdict, verdict};

/// localStorage key of the booking waiting to be delivered.
pub const OUTBOX_KEY: &str = "booking.outbox.v1";
/// localStorage key of the draft (the form as typed).
pub const DRAFT_KEY: &str = "booking.draft.v1";
/// localStorage key of the last confirmed booking.
pub const SENT_KEY: &str = "booking.sent.v1";
/// localStorage key of the lease that lets one tab at a time send.
pub const LEASE_KEY: &str = "booking.lease.v1";
/// How long a lease lasts without renewal: longer than one request's timeout,
/// so a live sender never loses it mid-request.
pub const LEASE_MS: i64 = 15_000;
/// How long to wait after writing a lease before trusting it (another tab
/// writing at the same moment wins or loses within this time).
pub const LEASE_SETTLE_MS: u32 = 60;

/// A booking that the endpoint has not confirmed yet. Its payload is rebuilt
/// from these three, byte for byte the same each time.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
pub struct OutboxEntry {
    /// The booking id: the `Idempotency-Key` and the payload's `id`.
    pub id: String,
    /// When it was first submitted, ms since the epoch.
    pub submitted_ms: i64,
    /// The form as submitted; also recognises a resend of the same booking.
    pub form: BookingForm,
    pub state: EntryState,
}

/// Whether the entry is being delivered or waits for the visitor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
#[serde(rename_all = "snake_case")]
pub enum EntryState {
    /// To be sent (again) by whichever tab holds the lease, now or on the next visit.
    Pending,
    /// A round of attempts failed; waits for the visitor to try again or email.
    Failed,
    /// The visitor stopped the retries.
    Cancelled,
}

/// What a submit should do, given what is already in the outbox.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SubmitAction {
    /// A booking is already on its way (this tab or another): send nothing new.
    AlreadyPending,
    /// The same booking as a failed or stopped one: send it again under its key.
    Resend,
    /// A new booking: give it a new key.
    New,
}

/// Decides what submitting `form` does. An unchanged resubmit reuses the key,
/// because an earlier attempt may have reached the endpoint; a changed
/// booking is a new booking.
pub fn submit_action(existing: Option<&OutboxEntry>, form: &BookingForm) -> SubmitAction {
    match existing {
        Some(entry) if entry.state == EntryState::Pending => SubmitAction::AlreadyPending,
        Some(entry) if entry.form == *form => SubmitAction::Resend,
        _ => SubmitAction::New,
    }
}

/// The last confirmed booking, shown as the confirmation until dismissed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
pub struct SentRecord {
    pub id: String,
    pub submitted_ms: i64,
    pub form: BookingForm,
    /// The endpoint's reference, or the short form of the id.
    pub reference: String,
}

/// Which tab may send, until when.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[cfg_attr(test, derive(serde::Deserialize))]
pub struct Lease {
    pub tab: String,
    /// Whole milliseconds: storing a float would link float formatting
    /// (several KB of wasm) for no precision anyone needs.
    pub until_ms: i64,
}

/// Whether another live tab holds the lease at `now_ms`.
pub fn held_by_other(lease: Option<&Lease>, tab: &str, now_ms: i64) -> bool {
    lease.is_some_and(|l| l.tab != tab && l.until_ms > now_ms)
}

/// What happened to one request.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Attempt {
    /// The endpoint answered.
    Answered { status: u16, retry_after_ms: Option<u64>, body: String },
    /// No answer: DNS, connection, CORS or offline failure.
    NetworkError,
    /// No answer within the timeout.
    TimedOut,
}

/// Attempts so far in the current round (a round starts on submit, on a
/// resumed visit and on "try again").
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Round {
    pub attempts: u32,
    pub started_ms: f64,
}

impl Round {
    pub fn new(now_ms: f64) -> Round {
        Round { attempts: 0, started_ms: now_ms }
    }
}

/// What to do after an attempt.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Next {
    /// Confirmed: clear the outbox, keep a [`SentRecord`].
    Delivered { reference: Option<String> },
    /// Wait, then attempt number `attempt` of `of`.
    RetryIn { delay_ms: u64, attempt: u32, of: u32 },
    /// The round is over without an answer worth keeping: mark the entry failed.
    GiveUp,
    /// The endpoint refused: resending the same request would be refused again,
    /// so the entry leaves the outbox and the form (still filled) shows why.
    Rejected { status: u16, errors: ErrorBody },
}

/// The transition after one attempt. `random` is in `[0, 1)` (injected for tests).
pub fn after_attempt(round: &mut Round, attempt: &Attempt, now_ms: f64, policy: &RetryPolicy, random: f64) -> Next {
    round.attempts += 1;
    let retry_after = match attempt {
        Attempt::Answered { status, body, retry_after_ms } => match verdict(*status) {
            Verdict::Delivered => return Next::Delivered { reference: success_reference(body) },
            Verdict::Rejected => return Next::Rejected { status: *status, errors: parse_error_body(body) },
            Verdict::Retry => *retry_after_ms,
        },
        Attempt::NetworkError | Attempt::TimedOut => None,
    };
    let elapsed = (now_ms - round.started_ms).max(0.0) as u64;
    match policy.next_delay_ms(round.attempts, elapsed, retry_after, random) {
        Some(delay_ms) => Next::RetryIn { delay_ms, attempt: round.attempts + 1, of: policy.max_attempts },
        None => Next::GiveUp,
    }
}

pub use super::json::read_record;

impl FromJson for OutboxEntry {
    fn from_json(json: &Json) -> Option<OutboxEntry> {
        Some(OutboxEntry {
            id: json.field("id")?,
            submitted_ms: json.field("submitted_ms")?,
            form: json.field("form")?,
            state: json.field("state")?,
        })
    }
}

impl FromJson for EntryState {
    fn from_json(json: &Json) -> Option<EntryState> {
        match json.as_str()? {
            "pending" => Some(EntryState::Pending),
            "failed" => Some(EntryState::Failed),
            "cancelled" => Some(EntryState::Cancelled),
            _ => None,
        }
    }
}

impl FromJson for SentRecord {
    fn from_json(json: &Json) -> Option<SentRecord> {
        Some(SentRecord {
            id: json.field("id")?,
            submitted_ms: json.field("submitted_ms")?,
            form: json.field("form")?,
            reference: json.field("reference")?,
        })
    }
}

impl FromJson for Lease {
    fn from_json(json: &Json) -> Option<Lease> {
        Some(Lease { tab: json.field("tab")?, until_ms: json.field("until_ms")? })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::booking::form::Field;
    use crate::booking::payload::tests::sample_form;
    use crate::booking::retry::POLICY;

    fn entry(state: EntryState) -> OutboxEntry {
        OutboxEntry { id: "0f8fad5b-d9cb-469f-a165-70867728950e".into(), submitted_ms: 1_774_000_800_000, form: sample_form(), state }
    }

    fn answered(status: u16, retry_after_ms: Option<u64>, body: &str) -> Attempt {
        Attempt::Answered { status, retry_after_ms, body: body.into() }
    }

    #[test]
    fn submitting_never_starts_a_second_send_of_a_pending_booking() {
        let form = sample_form();
        assert_eq!(submit_action(None, &form), SubmitAction::New);
        assert_eq!(submit_action(Some(&entry(EntryState::Pending)), &form), SubmitAction::AlreadyPending);
        let mut changed = form.clone();
        changed.name.push('!');
        assert_eq!(submit_action(Some(&entry(EntryState::Pending)), &changed), SubmitAction::AlreadyPending);
    }

    #[test]
    fn an_unchanged_resubmit_keeps_the_key_and_a_changed_one_is_new() {
        let form = sample_form();
        for state in [EntryState::Failed, EntryState::Cancelled] {
            assert_eq!(submit_action(Some(&entry(state)), &form), SubmitAction::Resend);
            let mut changed = form.clone();
            changed.set(Field::Message, "Different".into());
            assert_eq!(submit_action(Some(&entry(state)), &changed), SubmitAction::New);
        }
    }

    #[test]
    fn success_delivers_with_the_endpoints_reference() {
        let mut round = Round::new(0.0);
        let next = after_attempt(&mut round, &answered(201, None, r#"{"reference":"R-1"}"#), 10.0, &POLICY, 0.5);
        assert_eq!(next, Next::Delivered { reference: Some("R-1".into()) });
        let next = after_attempt(&mut Round::new(0.0), &answered(204, None, ""), 10.0, &POLICY, 0.5);
        assert_eq!(next, Next::Delivered { reference: None });
    }

    #[test]
    fn two_503s_then_success_is_two_retries_then_delivered() {
        let mut round = Round::new(0.0);
        let first = after_attempt(&mut round, &answered(503, None, ""), 100.0, &POLICY, 0.5);
        assert_eq!(first, Next::RetryIn { delay_ms: 1_000, attempt: 2, of: 5 });
        let second = after_attempt(&mut round, &answered(503, None, ""), 1_200.0, &POLICY, 0.5);
        assert_eq!(second, Next::RetryIn { delay_ms: 2_000, attempt: 3, of: 5 });
        let third = after_attempt(&mut round, &answered(200, None, "{}"), 3_300.0, &POLICY, 0.5);
        assert_eq!(third, Next::Delivered { reference: None });
    }

    #[test]
    fn network_errors_timeouts_408_429_and_5xx_retry_until_the_round_ends() {
        for attempt in [Attempt::NetworkError, Attempt::TimedOut, answered(408, None, ""), answered(429, None, ""), answered(500, None, "")] {
            let mut round = Round::new(0.0);
            let mut outcomes = vec![];
            loop {
                match after_attempt(&mut round, &attempt, 0.0, &POLICY, 0.0) {
                    Next::RetryIn { attempt, .. } => outcomes.push(attempt),
                    Next::GiveUp => break,
                    other => panic!("{attempt:?} gave {other:?}"),
                }
            }
            assert_eq!(outcomes, vec![2, 3, 4, 5], "{attempt:?}");
            assert_eq!(round.attempts, POLICY.max_attempts);
        }
    }

    #[test]
    fn retry_after_sets_the_wait() {
        let mut round = Round::new(0.0);
        let next = after_attempt(&mut round, &answered(429, Some(3_000), ""), 50.0, &POLICY, 0.99);
        assert_eq!(next, Next::RetryIn { delay_ms: 3_000, attempt: 2, of: 5 });
        let mut round = Round::new(0.0);
        let next = after_attempt(&mut round, &answered(503, Some(120_000), ""), 50.0, &POLICY, 0.0);
        assert_eq!(next, Next::GiveUp, "a wait beyond the minute gives up and offers the fallback");
    }

    #[test]
    fn other_4xx_are_rejected_with_their_errors() {
        let mut round = Round::new(0.0);
        let next = after_attempt(&mut round, &answered(422, None, r#"{"errors":[{"field":"email","message":"Unknown domain"}]}"#), 0.0, &POLICY, 0.5);
        match next {
            Next::Rejected { status: 422, errors } => assert_eq!(errors.fields, vec![(Field::Email, "Unknown domain".into())]),
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn leases_belong_to_one_tab_until_they_expire() {
        let lease = Lease { tab: "a".into(), until_ms: 1_000 };
        assert!(held_by_other(Some(&lease), "b", 999));
        assert!(!held_by_other(Some(&lease), "a", 999), "a tab is never blocked by its own lease");
        assert!(!held_by_other(Some(&lease), "b", 1_000), "an expired lease frees the outbox");
        assert!(!held_by_other(None, "b", 0));
    }

    #[test]
    fn records_round_trip_and_garbage_reads_as_absent() {
        let stored = serde_json::to_string(&entry(EntryState::Failed)).unwrap();
        assert!(stored.contains("\"state\":\"failed\""));
        assert_eq!(read_record::<OutboxEntry>(Some(&stored)), Some(entry(EntryState::Failed)));
        assert_eq!(read_record::<OutboxEntry>(Some("{\"payload\":1}")), None);
        assert_eq!(read_record::<OutboxEntry>(Some("not json")), None);
        assert_eq!(read_record::<OutboxEntry>(None), None);
        let draft: BookingForm = read_record(Some(r#"{"name":"Ada","unknown":true}"#)).unwrap();
        assert_eq!(draft.windows.len(), crate::booking::form::WINDOWS);
        assert_eq!(draft.name, "Ada", "drafts from an older version still restore what they can");
        assert_eq!(read_record::<BookingForm>(Some(r#"{"name":3}"#)), None, "a field of another type");
        assert_eq!(read_record::<BookingForm>(Some(r#"{"windows":[1,2,3]}"#)), None);
        assert_eq!(read_record::<OutboxEntry>(Some(&stored.replace("failed", "lost"))), None, "an unknown state");
    }

    /// Every record reads back exactly as serde writes it, and the hand-written
    /// readers agree with serde's derived ones on each record and on broken copies.
    #[test]
    fn the_readers_agree_with_serde_on_every_record() {
        fn agree<T: FromJson + serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug>(value: T) {
            let text = serde_json::to_string(&value).unwrap();
            assert_eq!(read_record::<T>(Some(&text)), Some(value), "{text}");
            let object: serde_json::Map<String, serde_json::Value> = serde_json::from_str(&text).unwrap();
            for key in object.keys() {
                for broken in [serde_json::Value::Null, serde_json::json!(1.5), serde_json::json!({})] {
                    let mut copy = object.clone();
                    copy.insert(key.clone(), broken);
                    let copy = serde_json::to_string(&copy).unwrap();
                    assert_eq!(read_record::<T>(Some(&copy)), serde_json::from_str::<T>(&copy).ok(), "{copy}");
                }
                let mut copy = object.clone();
                copy.remove(key);
                let copy = serde_json::to_string(&copy).unwrap();
                assert_eq!(read_record::<T>(Some(&copy)), serde_json::from_str::<T>(&copy).ok(), "{copy}");
            }
        }
        for state in [EntryState::Pending, EntryState::Failed, EntryState::Cancelled] {
            agree(entry(state));
        }
        let OutboxEntry { id, submitted_ms, form, .. } = entry(EntryState::Pending);
        agree(SentRecord { id, submitted_ms, form: form.clone(), reference: "BK-1".into() });
        agree(Lease { tab: "tab-1".into(), until_ms: 1_733_000_000_000 });
        agree(form);
    }
}
