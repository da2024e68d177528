//! Where a booking's delivery stands, and what the page says about it.

use super::payload::Payload;
use super::response_body::ErrorBody;
use super::retry::POLICY;
use super::text::fill;
use crate::content::BookingCopy;

/// The delivery status shown beside the submit button.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Status {
    /// Nothing submitted.
    #[default]
    Idle,
    /// A request is on its way.
    Sending { attempt: u32, of: u32 },
    /// Waiting `seconds` before attempt `attempt` of `of`.
    Retrying { seconds: u64, attempt: u32, of: u32 },
    /// Waiting in the outbox for the connection to return.
    Offline,
    /// Another tab of this site is sending it.
    OtherTab,
    /// A round of attempts failed; the booking stays in the outbox.
    Failed { payload: Payload },
    /// The visitor stopped the retries; the booking stays in the outbox.
    Cancelled { payload: Payload },
    /// The endpoint refused it.
    Rejected { status: u16, errors: ErrorBody },
    /// No endpoint in this build: the booking can only be emailed.
    NotConfigured { payload: Payload },
    /// Confirmed by the endpoint, under this reference.
    Delivered { reference: String, payload: Payload },
    /// A booking of one of the owner's open times with Cal.com.
    Calcom(super::calcom::Outcome),
}

impl Status {
    /// A booking is on its way: the form is locked and submits send nothing new.
    pub fn is_in_flight(&self) -> bool {
        matches!(
            self,
            Status::Sending { .. } | Status::Retrying { .. } | Status::Offline | Status::OtherTab | Status::Calcom(super::calcom::Outcome::Sending)
        )
    }

    /// The booking to offer as an email, when sending is not (or no longer) possible.
    pub fn mailto_payload(&self) -> Option<&Payload> {
        match self {
            Status::Failed { payload } | Status::Cancelled { payload } | Status::NotConfigured { payload } => Some(payload),
            _ => None,
        }
    }
}

/// The sentence that describes `status`; empty when there is nothing to say.
pub fn status_text(copy: &BookingCopy, status: &Status) -> String {
    let s = &copy.status;
    match status {
        Status::Idle | Status::Delivered { .. } => String::new(),
        Status::Sending { .. } => s.sending.clone(),
        Status::Retrying { seconds, attempt, of } => fill(
            &s.retrying,
            &[("seconds", &seconds.to_string()), ("attempt", &attempt.to_string()), ("max", &of.to_string())],
        ),
        Status::Offline => s.offline.clone(),
        Status::OtherTab => s.other_tab.clone(),
        Status::Failed { .. } => fill(&s.failed, &[("max", &POLICY.max_attempts.to_string())]),
        Status::Cancelled { .. } => s.cancelled.clone(),
        Status::Rejected { status, .. } => fill(&s.rejected, &[("status", &status.to_string())]),
        Status::NotConfigured { .. } => copy.not_configured.clone(),
        Status::Calcom(outcome) => outcome.text(&copy.calcom),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::booking::payload::tests::sample_payload;
    use crate::content;

    #[test]
    fn every_status_but_idle_and_delivered_has_words_without_placeholders() {
        let copy = content::booking();
        let payload = sample_payload();
        let statuses = [
            Status::Sending { attempt: 1, of: 5 },
            Status::Retrying { seconds: 4, attempt: 2, of: 5 },
            Status::Offline,
            Status::OtherTab,
            Status::Failed { payload: payload.clone() },
            Status::Cancelled { payload: payload.clone() },
            Status::Rejected { status: 422, errors: ErrorBody::default() },
            Status::NotConfigured { payload },
        ];
        for status in &statuses {
            let text = status_text(copy, status);
            assert!(!text.trim().is_empty(), "{status:?}");
            assert!(!text.contains('{'), "{status:?}: {text}");
        }
        assert_eq!(status_text(copy, &Status::Idle), "");
    }

    #[test]
    fn retrying_names_the_wait_and_the_attempt() {
        let copy = content::booking();
        let text = status_text(copy, &Status::Retrying { seconds: 4, attempt: 2, of: 5 });
        assert_eq!(text, fill(&copy.status.retrying, &[("seconds", "4"), ("attempt", "2"), ("max", "5")]));
        for figure in ["4", "2", "5"] {
            assert!(text.contains(figure), "{text}");
        }
        let rejected = status_text(copy, &Status::Rejected { status: 422, errors: ErrorBody::default() });
        assert!(rejected.contains("422"));
    }

    #[test]
    fn in_flight_states_lock_the_form_and_stopped_ones_offer_email() {
        let payload = sample_payload();
        assert!(Status::Offline.is_in_flight());
        assert!(Status::OtherTab.is_in_flight());
        assert!(!Status::Failed { payload: payload.clone() }.is_in_flight());
        assert!(Status::Failed { payload: payload.clone() }.mailto_payload().is_some());
        assert!(Status::Sending { attempt: 1, of: 5 }.mailto_payload().is_none());
        assert!(!Status::Idle.is_in_flight());
        // A booking with Cal.com locks the form only while its request is on its way.
        use crate::booking::calcom::Outcome;
        assert!(Status::Calcom(Outcome::Sending).is_in_flight());
        assert!(!Status::Calcom(Outcome::Taken).is_in_flight() && Status::Calcom(Outcome::MaybeBooked).mailto_payload().is_none());
    }
}
