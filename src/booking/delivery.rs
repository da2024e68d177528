//! Delivers the outbox (wasm only): one sender per tab, one tab at a time
//! (a lease in localStorage), rounds of attempts under the retry policy,
//! waits that "retry now", "stop", the `online` event and other tabs can cut
//! short. The decisions are the pure functions of `outbox`; this module only
//! reads, writes, waits and reports a [`Status`].
//!
//! The sender outlives the booking page: navigating elsewhere in the app
//! does not stop a delivery, and coming back shows where it stands.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use leptos::prelude::*;
use web_sys::AbortController;

use super::browser::{self, Waker, load_record, now_ms, save_record};
use super::form::BookingForm;
use super::io::post_booking;
use super::outbox::{
    DRAFT_KEY, EntryState, LEASE_KEY, LEASE_MS, LEASE_SETTLE_MS, Lease, Next, OUTBOX_KEY, OutboxEntry, Round, SENT_KEY,
    SentRecord, SubmitAction, after_attempt, held_by_other, submit_action,
};
use super::payload::{Payload, build_payload, short_reference, topic_choices};
use super::retry::{POLICY, seconds_shown};
use super::status::Status;

/// The tab's sender.
pub struct Delivery {
    /// What the page shows; an `Arc` signal so it outlives the page's owner.
    pub status: ArcRwSignal<Status>,
    /// Where bookings go online, if anywhere.
    sender: Option<super::provider::Sender>,
    /// This tab's id in the lease.
    tab: String,
    waker: Waker,
    running: Cell<bool>,
    cancelled: Cell<bool>,
    retry_now: Cell<bool>,
    in_flight: RefCell<Option<AbortController>>,
    /// The outbox when localStorage is unavailable (then it lasts as long as the tab).
    memory: RefCell<Option<OutboxEntry>>,
}

thread_local! {
    static DELIVERY: Rc<Delivery> = Delivery::start_up();
}

/// This tab's sender, created (and listening) on first use.
pub fn delivery() -> Rc<Delivery> {
    DELIVERY.with(Rc::clone)
}

impl Delivery {
    fn start_up() -> Rc<Delivery> {
        let this = Rc::new(Delivery {
            status: ArcRwSignal::new(Status::Idle),
            sender: super::provider::current().sender,
            tab: browser::new_id(),
            waker: Waker::default(),
            running: Cell::new(false),
            cancelled: Cell::new(false),
            retry_now: Cell::new(false),
            in_flight: RefCell::new(None),
            memory: RefCell::new(None),
        });
        let on_online = this.clone();
        let _ = window_event_listener_untyped("online", move |_| on_online.waker.wake());
        let on_offline = this.clone();
        let _ = window_event_listener_untyped("offline", move |_| on_offline.waker.wake());
        let on_storage = this.clone();
        let _ = window_event_listener_untyped("storage", move |_| on_storage.other_tab_changed());
        let on_hide = this.clone();
        let _ = window_event_listener_untyped("pagehide", move |_| on_hide.release_lease());
        this
    }

    /// Whether this build sends bookings somewhere online.
    pub fn is_configured(&self) -> bool {
        self.sender.is_some()
    }

    /// Picks up what a previous visit left: resumes a pending booking, shows a
    /// failed or stopped one, or the last confirmation.
    pub fn resume(self: &Rc<Self>) {
        if self.running.get() {
            return;
        }
        match self.read_outbox() {
            Some(entry) if entry.state == EntryState::Pending && self.sender.is_some() => self.start(),
            _ => self.show_stored_outcome(),
        }
    }

    /// Submits a valid form. A booking already on its way makes this a no-op,
    /// so double clicks, a second Enter and a second tab send nothing twice.
    pub fn submit(self: &Rc<Self>, form: &BookingForm) {
        let existing = self.read_outbox();
        match submit_action(existing.as_ref(), form) {
            SubmitAction::AlreadyPending => {}
            SubmitAction::Resend => {
                let mut entry = existing.expect("a stored entry to resend");
                entry.state = EntryState::Pending;
                self.write_outbox(Some(&entry));
            }
            SubmitAction::New => {
                let entry = OutboxEntry {
                    id: browser::new_id(),
                    submitted_ms: now_ms() as i64,
                    form: form.clone(),
                    state: EntryState::Pending,
                };
                if self.sender.is_none() {
                    self.status.set(Status::NotConfigured { payload: payload_of(&entry.id, &entry.form, entry.submitted_ms) });
                    return;
                }
                browser::remove(SENT_KEY);
                // Stored before the first request: from here on, nothing is lost.
                self.write_outbox(Some(&entry));
            }
        }
        self.start();
    }

    /// Shows a confirmation without sending anything (the honeypot was filled: a bot).
    pub fn pretend_delivered(&self, form: &BookingForm) {
        let id = browser::new_id();
        let payload = payload_of(&id, form, now_ms() as i64);
        self.status.set(Status::Delivered { reference: short_reference(&id), payload });
    }

    /// Sends a failed or stopped booking again under its key.
    pub fn try_again(self: &Rc<Self>) {
        if let Some(mut entry) = self.read_outbox() {
            entry.state = EntryState::Pending;
            self.write_outbox(Some(&entry));
            self.start();
        }
    }

    /// Ends the current wait and attempts at once.
    pub fn retry_now(&self) {
        self.retry_now.set(true);
        self.waker.wake();
    }

    /// Stops sending; the booking stays in the outbox as cancelled.
    pub fn cancel(&self) {
        self.cancelled.set(true);
        if let Some(controller) = self.in_flight.borrow().as_ref() {
            controller.abort();
        }
        self.waker.wake();
    }

    /// Forgets the confirmation, for a new booking.
    pub fn dismiss_confirmation(&self) {
        browser::remove(SENT_KEY);
        self.status.set(Status::Idle);
    }

    /// Another tab changed storage: wake a waiting sender, or refresh an idle page.
    fn other_tab_changed(self: &Rc<Self>) {
        if self.running.get() {
            self.waker.wake();
        } else {
            self.resume();
        }
    }

    fn start(self: &Rc<Self>) {
        if self.running.get() {
            self.waker.wake();
            return;
        }
        self.running.set(true);
        self.cancelled.set(false);
        let this = self.clone();
        leptos::task::spawn_local(async move {
            this.run().await;
            this.release_lease();
            this.running.set(false);
        });
    }

    async fn run(&self) {
        let mut round = Round::new(now_ms());
        loop {
            let Some(entry) = self.read_outbox().filter(|e| e.state == EntryState::Pending) else {
                return self.show_stored_outcome();
            };
            if self.cancelled.get() {
                return self.stop(entry, EntryState::Cancelled);
            }
            if !browser::is_online() {
                self.status.set(Status::Offline);
                self.waker.sleep(None).await;
                round = Round::new(now_ms());
                continue;
            }
            if !self.acquire_lease().await {
                self.status.set(Status::OtherTab);
                self.waker.sleep(Some(1_000)).await;
                round = Round::new(now_ms());
                continue;
            }
            let Some(sender) = self.sender.as_ref() else {
                let payload = payload_of(&entry.id, &entry.form, entry.submitted_ms);
                return self.status.set(Status::NotConfigured { payload });
            };
            self.status.set(Status::Sending { attempt: round.attempts + 1, of: POLICY.max_attempts });
            let controller = AbortController::new().expect("AbortController");
            *self.in_flight.borrow_mut() = Some(controller.clone());
            let payload = payload_of(&entry.id, &entry.form, entry.submitted_ms);
            let attempt = post_booking(sender, &payload, &controller, POLICY.timeout_ms).await;
            self.in_flight.borrow_mut().take();
            if self.cancelled.get() {
                return self.stop(entry, EntryState::Cancelled);
            }
            match after_attempt(&mut round, &attempt, now_ms(), &POLICY, browser::random()) {
                Next::Delivered { reference } => {
                    let reference = reference.unwrap_or_else(|| short_reference(&entry.id));
                    let OutboxEntry { id, submitted_ms, form, .. } = entry;
                    save_record(SENT_KEY, &SentRecord { id, submitted_ms, form, reference: reference.clone() });
                    self.write_outbox(None);
                    browser::remove(DRAFT_KEY);
                    return self.status.set(Status::Delivered { reference, payload });
                }
                Next::RetryIn { delay_ms, attempt, of } => self.count_down(delay_ms, attempt, of).await,
                Next::GiveUp => return self.stop(entry, EntryState::Failed),
                Next::Rejected { status, errors } => {
                    // Refused for good: resending the same request cannot help,
                    // and the form still holds everything to correct and resend.
                    self.write_outbox(None);
                    return self.status.set(Status::Rejected { status, errors });
                }
            }
        }
    }

    /// Shows "Retrying in N s" each second until the wait is over, or cut short.
    async fn count_down(&self, delay_ms: u64, attempt: u32, of: u32) {
        self.retry_now.set(false);
        let until = now_ms() + delay_ms as f64;
        loop {
            let left = (until - now_ms()).max(0.0) as u64;
            if left == 0 || self.retry_now.get() || self.cancelled.get() {
                return;
            }
            self.status.set(Status::Retrying { seconds: seconds_shown(left), attempt, of });
            self.renew_lease();
            let tick = match left % 1_000 {
                0 => 1_000,
                part => part,
            };
            self.waker.sleep(Some(tick as u32)).await;
        }
    }

    fn stop(&self, mut entry: OutboxEntry, state: EntryState) {
        entry.state = state;
        self.write_outbox(Some(&entry));
        let payload = payload_of(&entry.id, &entry.form, entry.submitted_ms);
        self.status.set(match state {
            EntryState::Cancelled => Status::Cancelled { payload },
            _ => Status::Failed { payload },
        });
    }

    /// The status that storage implies when this tab is not sending.
    fn show_stored_outcome(&self) {
        let status = match self.read_outbox() {
            Some(entry) if entry.state == EntryState::Failed => Status::Failed { payload: payload_of(&entry.id, &entry.form, entry.submitted_ms) },
            Some(entry) if entry.state == EntryState::Cancelled => {
                Status::Cancelled { payload: payload_of(&entry.id, &entry.form, entry.submitted_ms) }
            }
            Some(_) => Status::OtherTab,
            None => match load_record::<SentRecord>(SENT_KEY) {
                Some(record) => {
                    Status::Delivered { payload: payload_of(&record.id, &record.form, record.submitted_ms), reference: record.reference }
                }
                // Keep what this tab knows (a rejection, a confirmation) rather than blanking it.
                None if self.status.with_untracked(|s| s.is_in_flight()) => Status::Idle,
                None => return,
            },
        };
        self.status.set(status);
    }

    fn read_outbox(&self) -> Option<OutboxEntry> {
        match browser::load(OUTBOX_KEY) {
            Some(json) => super::outbox::read_record(Some(&json)),
            None => self.memory.borrow().clone(),
        }
    }

    fn write_outbox(&self, entry: Option<&OutboxEntry>) {
        *self.memory.borrow_mut() = entry.cloned();
        match entry {
            Some(entry) => {
                save_record(OUTBOX_KEY, entry);
            }
            None => browser::remove(OUTBOX_KEY),
        }
    }

    /// Takes (or keeps) the lease; false while another live tab holds it.
    async fn acquire_lease(&self) -> bool {
        let lease: Option<Lease> = load_record(LEASE_KEY);
        if held_by_other(lease.as_ref(), &self.tab, now_ms() as i64) {
            return false;
        }
        let ours = lease.is_some_and(|l| l.tab == self.tab);
        if !self.renew_lease() {
            return true; // No storage: no other tab can see this booking either.
        }
        if !ours {
            // Another tab may have written at the same moment: the last write wins.
            pause(LEASE_SETTLE_MS).await;
            return load_record::<Lease>(LEASE_KEY).is_some_and(|l| l.tab == self.tab);
        }
        true
    }

    fn renew_lease(&self) -> bool {
        save_record(LEASE_KEY, &Lease { tab: self.tab.clone(), until_ms: now_ms() as i64 + LEASE_MS })
    }

    fn release_lease(&self) {
        if load_record::<Lease>(LEASE_KEY).is_some_and(|l| l.tab == self.tab) {
            browser::remove(LEASE_KEY);
        }
    }
}

/// The payload of a booking, rebuilt from what the outbox keeps.
fn payload_of(id: &str, form: &BookingForm, submitted_ms: i64) -> Payload {
    let zone = form.timezone.as_str();
    build_payload(id, form, crate::content::booking(), &topic_choices(), |utc| browser::zone_offset_ms(zone, utc), submitted_ms)
}

/// A plain wait that nothing cuts short.
async fn pause(ms: u32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = web_sys::window().expect("a window").set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms as i32);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
