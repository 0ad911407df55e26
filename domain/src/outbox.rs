//! The inquiry outbox: the browser keeps every inquiry in device storage until the server
//! confirms it, so nothing a visitor sent is lost to a dropped connection, a closed tab or a
//! restart. Modelled purely here; the app sends `to_send`, and reports each answer with
//! `record_attempt`.
//!
//! Storage is shared by every tab of the site (`Shelf`): each inquiry has a key of its own
//! (`entry_key`), so tabs never overwrite each other's inquiries, and a write reads the stored
//! entry first and keeps whichever of the two is further along (`Entry::merge`, a join: the
//! order in which tabs write does not matter). An entry a visitor has finished with (delivered
//! and dismissed, or taken back) is removed, and an answer that arrives for a removed entry
//! does not bring it back (`Outbox::record_attempt_on`).
//!
//! The form's working draft is kept apart (`inquiry_form::SavedDraft`); submitting it puts it
//! here under an id minted at that moment. An entry goes Pending → Delivered, or Pending →
//! Refused when the server answers that it will never accept the inquiry as sent (`refuses`):
//! a refused one is not sent again, and stays until the visitor takes it back into the form
//! (`take_back`). An id is in the outbox at most once: submitting it again, or a second success
//! for it, changes nothing, so a retry always resends the same id (the server deduplicates on
//! it) and the visitor sees one reference.

use super::inquiry::Inquiry;
use serde::{Deserialize, Serialize};
use std::collections::BTreeSet;

/// Where earlier versions kept the whole outbox in one value (last writer won across tabs):
/// read once and moved to per-entry keys.
pub const LEGACY_STORAGE_KEY: &str = "wq.inquiry-outbox.v1";

/// The prefix of every outbox entry's storage key; the rest of the key is the inquiry's id.
pub const ENTRY_KEY_PREFIX: &str = "wq.inquiry.v2.";

/// Text that a stored entry contains exactly when it is still waiting to be sent: a page that
/// runs no app checks the outbox's keys for it to decide whether to start one to send it.
pub const PENDING_MARKER: &str = r#""kind":"pending""#;

/// The storage key of the entry for inquiry `id`.
pub fn entry_key(id: &str) -> String {
    format!("{ENTRY_KEY_PREFIX}{id}")
}

/// The inquiry id an outbox storage key is for; None for any other key.
pub fn entry_id(key: &str) -> Option<&str> {
    key.strip_prefix(ENTRY_KEY_PREFIX).filter(|id| !id.is_empty())
}

/// Device storage as the outbox uses it: string values under string keys, shared by every tab
/// of the site, any call of which may be refused (private modes, full quotas).
pub trait Shelf {
    type Error;
    fn get(&self, key: &str) -> Result<Option<String>, Self::Error>;
    fn set(&self, key: &str, value: &str) -> Result<(), Self::Error>;
    fn remove(&self, key: &str) -> Result<(), Self::Error>;
    /// Every key stored now.
    fn keys(&self) -> Result<Vec<String>, Self::Error>;
}

/// How long to wait before sending a waiting inquiry again after `attempts` failed ones, in
/// milliseconds: 5 s, doubling, at most 30 s, so a page left open sends within half a minute
/// of the server coming back.
pub fn retry_delay_ms(attempts: u32) -> u32 {
    const FIRST: u32 = 5_000;
    const MOST: u32 = 30_000;
    FIRST.saturating_mul(1u32 << attempts.saturating_sub(1).min(16)).min(MOST)
}

/// Why a delivery attempt failed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum DeliveryError {
    Network,
    Timeout,
    /// A response that was not 2xx.
    Status(u16),
}

/// Where an inquiry is on its way to the server.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "lowercase")]
pub enum State {
    /// Sent or to be sent; `attempts` is how many failed so far.
    Pending {
        attempts: u32,
        #[serde(default)]
        last_error: Option<DeliveryError>,
    },
    /// Confirmed by the server.
    Delivered { reference: String },
    /// Refused by the server with this status: sending it again as it is cannot succeed.
    Refused { status: u16 },
}

/// True for the answers that mean the server will never accept the request as it was sent: a
/// malformed or invalid inquiry (400, 422), too large (413), not JSON (415). Other answers (a
/// rate limit, a timeout, a missing or broken server) may pass later, so the inquiry waits.
pub fn refuses(status: u16) -> bool {
    matches!(status, 400 | 413 | 415 | 422)
}

/// One inquiry in the outbox; `id` is the inquiry's id.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub id: String,
    pub inquiry: Inquiry,
    pub state: State,
}

impl Entry {
    /// How far along the entry is: delivered beats refused beats pending, a pending entry with
    /// more failed attempts beats one with fewer; the rest only makes the order total.
    fn progress(&self) -> (u8, u32, String) {
        let (rank, attempts) = match &self.state {
            State::Pending { attempts, .. } => (0, *attempts),
            State::Refused { .. } => (1, 0),
            State::Delivered { .. } => (2, 0),
        };
        (rank, attempts, self.to_json())
    }

    /// The entry two writers' copies of one inquiry agree on: whichever is further along. A
    /// join — commutative, associative and idempotent — so tabs writing the same entry in any
    /// order end with the same value, and no write ever takes an entry back to an earlier state.
    pub fn merge(&self, other: &Entry) -> Entry {
        if other.progress() > self.progress() {
            other.clone()
        } else {
            self.clone()
        }
    }

    /// The JSON stored under `entry_key(id)`.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("an entry is plain data")
    }

    /// Reads a stored entry; None when it does not read, or is not the entry for `id`.
    pub fn from_json(id: &str, json: &str) -> Option<Entry> {
        serde_json::from_str::<Entry>(json).ok().filter(|e| e.id == id && e.inquiry.id == id)
    }
}

/// The inquiries not yet pruned, oldest first, each id once.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outbox {
    #[serde(default)]
    entries: Vec<Entry>,
    /// Ids whose latest state storage refused to keep: they live in this page only.
    #[serde(skip)]
    unsaved: BTreeSet<String>,
}

/// The short reference a visitor is shown for an inquiry: `WQ-` and the first 12 hex digits of
/// its UUID, upper-cased, in groups of four (`6f1c2a3b-9d4e-…` → `WQ-6F1C-2A3B-9D4E`). Twelve
/// digits keep two of a million inquiries from sharing one (eight did not, at ten thousand).
pub fn reference_for(id: &str) -> String {
    let hex: Vec<char> = id.chars().filter(char::is_ascii_hexdigit).take(12).map(|c| c.to_ascii_uppercase()).collect();
    let groups: Vec<String> = hex.chunks(4).map(|g| g.iter().collect()).collect();
    format!("WQ-{}", groups.join("-"))
}

impl Outbox {
    pub fn new() -> Outbox {
        Outbox::default()
    }

    /// Reads stored JSON. Missing or malformed storage is an empty outbox; an entry that does
    /// not read is skipped and the others kept; a repeated id keeps its first entry.
    pub fn from_json(json: &str) -> Outbox {
        let Ok(serde_json::Value::Object(mut stored)) = serde_json::from_str(json) else {
            return Outbox::default();
        };
        let Some(serde_json::Value::Array(raw)) = stored.remove("entries") else {
            return Outbox::default();
        };
        let mut outbox = Outbox::default();
        for entry in raw.into_iter().filter_map(|value| serde_json::from_value::<Entry>(value).ok()) {
            if outbox.get(&entry.id).is_none() {
                outbox.entries.push(entry);
            }
        }
        outbox
    }

    /// The JSON to store.
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("the outbox is plain data")
    }

    /// Every entry, oldest first.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    pub fn get(&self, id: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.id == id)
    }

    /// Queues an inquiry for sending. Returns whether anything changed: an id already pending,
    /// delivered or refused keeps its entry as it is.
    pub fn submit(&mut self, inquiry: Inquiry) -> bool {
        if self.get(&inquiry.id).is_some() {
            return false;
        }
        let state = State::Pending { attempts: 0, last_error: None };
        self.entries.push(Entry { id: inquiry.id.clone(), inquiry, state });
        true
    }

    /// The entries to send, oldest first.
    pub fn to_send(&self) -> Vec<&Entry> {
        self.entries.iter().filter(|e| matches!(e.state, State::Pending { .. })).collect()
    }

    /// Records how sending `id` went: a 2xx with the server's reference delivers it, a refusal
    /// (`refuses`) marks it refused, anything else leaves it pending with one more attempt.
    /// Returns whether anything changed: only a pending entry changes (a second success, or a
    /// late failure, after delivery does not).
    pub fn record_attempt(&mut self, id: &str, result: Result<String, DeliveryError>) -> bool {
        let Some(entry) = self.entries.iter_mut().find(|e| e.id == id) else {
            return false;
        };
        let State::Pending { attempts, .. } = entry.state else {
            return false;
        };
        entry.state = match result {
            Ok(reference) => State::Delivered { reference },
            Err(DeliveryError::Status(status)) if refuses(status) => State::Refused { status },
            Err(error) => State::Pending { attempts: attempts.saturating_add(1), last_error: Some(error) },
        };
        true
    }

    /// Takes a refused inquiry out of the outbox, to go back into the form; None (and no
    /// change) for an id that is not refused.
    pub fn take_back(&mut self, id: &str) -> Option<Inquiry> {
        let at = self.entries.iter().position(|e| e.id == id && matches!(e.state, State::Refused { .. }))?;
        Some(self.entries.remove(at).inquiry)
    }

    /// Forgets delivered entries (once the visitor has seen their references).
    pub fn prune_delivered(&mut self) {
        self.entries.retain(|e| !matches!(e.state, State::Delivered { .. }));
    }

    /// The server's reference for a delivered inquiry.
    pub fn reference(&self, id: &str) -> Option<&str> {
        match &self.get(id)?.state {
            State::Delivered { reference } => Some(reference),
            _ => None,
        }
    }

    /// Whether storage refused to keep this inquiry's latest state (it lives in this page only).
    pub fn is_unsaved(&self, id: &str) -> bool {
        self.unsaved.contains(id)
    }

    /// Puts an entry in, merged with the one already there under its id.
    fn absorb(&mut self, entry: Entry) {
        match self.entries.iter_mut().find(|e| e.id == entry.id) {
            Some(present) => *present = present.merge(&entry),
            None => self.entries.push(entry),
        }
    }

    /// Everything the shelf holds: every tab's inquiries, with those of this page that storage
    /// refused kept as they are here. Inquiries of an earlier version's single value are moved
    /// to their own keys first. Entries that do not read are skipped, the others kept.
    pub fn load<S: Shelf>(shelf: &S, unsaved_here: &Outbox) -> Result<Outbox, S::Error> {
        if let Some(legacy) = shelf.get(LEGACY_STORAGE_KEY)? {
            for entry in Outbox::from_json(&legacy).entries {
                write_merged(shelf, &entry)?;
            }
            shelf.remove(LEGACY_STORAGE_KEY)?;
        }
        let mut stored: Vec<Entry> = Vec::new();
        for key in shelf.keys()? {
            let Some(id) = entry_id(&key) else { continue };
            if let Some(entry) = shelf.get(&key)?.and_then(|json| Entry::from_json(id, &json)) {
                stored.push(entry);
            }
        }
        // Storage does not keep an order: oldest first by the time each was submitted.
        stored.sort_by(|a, b| (&a.inquiry.submitted_at, &a.id).cmp(&(&b.inquiry.submitted_at, &b.id)));
        let mut outbox = Outbox::default();
        for entry in stored {
            outbox.absorb(entry);
        }
        for id in &unsaved_here.unsaved {
            if let Some(entry) = unsaved_here.get(id) {
                outbox.absorb(entry.clone());
                outbox.unsaved.insert(id.clone());
            }
        }
        Ok(outbox)
    }

    /// Queues an inquiry and stores it under its own key. Storage refusing it leaves it queued
    /// in this page only (`is_unsaved`), and says so.
    pub fn submit_to<S: Shelf>(&mut self, shelf: &S, inquiry: Inquiry) -> Result<(), S::Error> {
        let id = inquiry.id.clone();
        self.submit(inquiry);
        self.save(shelf, &id)
    }

    /// Records how sending `id` went (`record_attempt`) in storage as well, merged with what
    /// other tabs stored meanwhile. An entry another tab has removed (the visitor dismissed it
    /// once delivered, or took it back) stays removed. Returns whether anything changed here.
    pub fn record_attempt_on<S: Shelf>(
        &mut self,
        shelf: &S,
        id: &str,
        result: Result<String, DeliveryError>,
    ) -> Result<bool, S::Error> {
        if !self.unsaved.contains(id) {
            match shelf.get(&entry_key(id)).map(|stored| stored.and_then(|json| Entry::from_json(id, &json))) {
                Ok(Some(stored)) => self.absorb(stored),
                Ok(None) => {
                    let before = self.entries.len();
                    self.entries.retain(|e| e.id != id);
                    return Ok(self.entries.len() != before);
                }
                // Unreadable storage: go on with this page's copy, and try to write it.
                Err(_) => {}
            }
        }
        let changed = self.record_attempt(id, result);
        if changed {
            self.save(shelf, id)?;
        }
        Ok(changed)
    }

    /// Takes a refused inquiry out of the outbox and out of storage, for the form. One another
    /// tab has already taken back is not taken again (None). Storage refusing the removal still
    /// gives the inquiry back, with the error.
    pub fn take_back_from<S: Shelf>(&mut self, shelf: &S, id: &str) -> (Option<Inquiry>, Result<(), S::Error>) {
        if !self.unsaved.contains(id) {
            if let Ok(None) = shelf.get(&entry_key(id)) {
                self.entries.retain(|e| e.id != id);
                return (None, Ok(()));
            }
        }
        let taken = self.take_back(id);
        if taken.is_none() {
            return (None, Ok(()));
        }
        self.unsaved.remove(id);
        (taken, shelf.remove(&entry_key(id)))
    }

    /// Forgets the delivered inquiries here and in storage.
    pub fn prune_delivered_from<S: Shelf>(&mut self, shelf: &S) -> Result<(), S::Error> {
        let delivered: Vec<String> =
            self.entries.iter().filter(|e| matches!(e.state, State::Delivered { .. })).map(|e| e.id.clone()).collect();
        self.prune_delivered();
        let mut result = Ok(());
        for id in delivered {
            self.unsaved.remove(&id);
            if let Err(e) = shelf.remove(&entry_key(&id)) {
                result = Err(e);
            }
        }
        result
    }

    /// Writes this page's state of `id` to storage, merged with the stored one; marks it
    /// unsaved when storage refuses.
    fn save<S: Shelf>(&mut self, shelf: &S, id: &str) -> Result<(), S::Error> {
        let Some(entry) = self.get(id).cloned() else { return Ok(()) };
        match write_merged(shelf, &entry) {
            Ok(merged) => {
                self.unsaved.remove(id);
                self.absorb(merged);
                Ok(())
            }
            Err(e) => {
                self.unsaved.insert(id.to_string());
                Err(e)
            }
        }
    }
}

/// Reads the stored entry for `entry`'s id, merges, writes the result and returns it.
fn write_merged<S: Shelf>(shelf: &S, entry: &Entry) -> Result<Entry, S::Error> {
    let key = entry_key(&entry.id);
    let merged = match shelf.get(&key)?.and_then(|json| Entry::from_json(&entry.id, &json)) {
        Some(stored) => stored.merge(entry),
        None => entry.clone(),
    };
    shelf.set(&key, &merged.to_json())?;
    Ok(merged)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::inquiry::{validate, InquiryDraft};
    use proptest::prelude::*;
    use std::collections::{BTreeMap, BTreeSet};

    const A: &str = "6f1c2a3b-9d4e-4f00-8a11-0123456789ab";
    const B: &str = "0a1b2c3d-1111-4222-8333-444455556666";
    const C: &str = "ffffffff-2222-4333-8444-555566667777";

    fn inquiry(id: &str) -> Inquiry {
        let draft = InquiryDraft {
            topic: "factory".into(),
            park: "jingbin".into(),
            name: "李娜".into(),
            company: "Example GmbH".into(),
            phone: "+49 30 1234 5678".into(),
            message: "需要 5000 m² 厂房".into(),
            ..InquiryDraft::default()
        };
        Inquiry::new(validate(&draft).unwrap(), id, "zh-CN", "/contact", "2025-03-01T08:00:00+08:00")
    }

    fn pending(attempts: u32, last_error: Option<DeliveryError>) -> State {
        State::Pending { attempts, last_error }
    }

    #[test]
    fn references_are_short_and_upper_case() {
        assert_eq!(reference_for(A), "WQ-6F1C-2A3B-9D4E");
        assert_eq!(reference_for("0A1B-2C3D-4E5F"), "WQ-0A1B-2C3D-4E5F");
        assert_eq!(reference_for("0a1b2c"), "WQ-0A1B-2C");
        assert_eq!(reference_for(""), "WQ-");
    }

    #[test]
    fn pending_then_delivered() {
        let mut outbox = Outbox::new();
        assert!(!outbox.record_attempt(A, Ok("x".into())), "nothing to deliver yet");
        assert!(outbox.submit(inquiry(A)));
        assert_eq!(outbox.get(A).unwrap().state, pending(0, None));
        assert_eq!(outbox.to_send().iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), [A]);

        assert!(outbox.record_attempt(A, Err(DeliveryError::Timeout)));
        assert_eq!(outbox.get(A).unwrap().state, pending(1, Some(DeliveryError::Timeout)));
        assert_eq!(outbox.reference(A), None);

        assert!(outbox.record_attempt(A, Ok(reference_for(A))));
        assert_eq!(outbox.reference(A), Some("WQ-6F1C-2A3B-9D4E"));
        assert!(outbox.to_send().is_empty());
        outbox.prune_delivered();
        assert!(outbox.entries().is_empty());
        assert_eq!(outbox.reference(A), None);
    }

    #[test]
    fn a_pending_entry_survives_a_restart() {
        let mut outbox = Outbox::new();
        outbox.submit(inquiry(A));
        outbox.record_attempt(A, Err(DeliveryError::Status(503)));
        let stored = outbox.to_json();
        let restarted = Outbox::from_json(&stored);
        assert_eq!(restarted, outbox);
        assert_eq!(restarted.get(A).unwrap().state, pending(1, Some(DeliveryError::Status(503))));
        assert_eq!(restarted.to_send()[0].inquiry, inquiry(A));
    }

    #[test]
    fn a_retry_keeps_the_id_and_delivers_once() {
        let mut outbox = Outbox::new();
        outbox.submit(inquiry(A));
        outbox.record_attempt(A, Err(DeliveryError::Network));
        assert!(!outbox.submit(inquiry(A)), "submitting again adds nothing");
        assert_eq!(outbox.entries().len(), 1);
        assert_eq!(outbox.to_send()[0].id, A);
        assert_eq!(outbox.to_send()[0].inquiry.id, A);
        // Two requests in flight for the same id (a retry raced a slow first attempt): both succeed.
        assert!(outbox.record_attempt(A, Ok("WQ-6F1C-2A3B-9D4E".into())));
        assert!(!outbox.record_attempt(A, Ok("WQ-OTHER".into())), "the second success is a no-op");
        assert!(!outbox.record_attempt(A, Err(DeliveryError::Timeout)), "so is a late failure");
        assert_eq!(outbox.reference(A), Some("WQ-6F1C-2A3B-9D4E"));
        assert_eq!(outbox.entries().len(), 1);
        assert!(!outbox.submit(inquiry(A)), "a delivered id is not queued again");
    }

    #[test]
    fn several_inquiries_are_delivered_independently() {
        let mut outbox = Outbox::new();
        for id in [A, B, C] {
            outbox.submit(inquiry(id));
        }
        outbox.record_attempt(B, Ok(reference_for(B)));
        outbox.record_attempt(A, Err(DeliveryError::Network));
        let ids = |o: &Outbox| o.to_send().iter().map(|e| e.id.clone()).collect::<Vec<_>>();
        assert_eq!(ids(&outbox), [A, C], "oldest first, delivered left out");
        outbox.prune_delivered();
        assert_eq!(outbox.get(B), None);
        outbox.record_attempt(C, Ok(reference_for(C)));
        assert_eq!(ids(&outbox), [A]);
        assert_eq!(outbox.get(A).unwrap().state, pending(1, Some(DeliveryError::Network)));
        assert_eq!(outbox.reference(C), Some("WQ-FFFF-FFFF-2222"));
        assert!(!outbox.record_attempt("unknown", Ok("x".into())));
    }

    #[test]
    fn a_refused_inquiry_is_not_sent_again_and_goes_back_to_the_form() {
        let mut outbox = Outbox::new();
        outbox.submit(inquiry(A));
        outbox.submit(inquiry(B));
        assert!(outbox.record_attempt(A, Err(DeliveryError::Status(429))));
        assert_eq!(outbox.get(A).unwrap().state, pending(1, Some(DeliveryError::Status(429))), "a rate limit passes");
        assert!(outbox.record_attempt(A, Err(DeliveryError::Status(400))));
        assert_eq!(outbox.get(A).unwrap().state, State::Refused { status: 400 });
        assert_eq!(outbox.to_send().iter().map(|e| e.id.as_str()).collect::<Vec<_>>(), [B]);
        assert!(!outbox.record_attempt(A, Ok("WQ-X".into())), "a refused entry stays refused");
        let restarted = Outbox::from_json(&outbox.to_json());
        assert_eq!(restarted, outbox, "it survives a restart");
        assert!(!outbox.to_json().contains(&format!("{PENDING_MARKER},\"attempts\":1")));
        assert_eq!(outbox.take_back(B), None, "only a refused inquiry is taken back");
        assert_eq!(outbox.take_back(A), Some(inquiry(A)));
        assert_eq!(outbox.get(A), None);
        assert_eq!(outbox.take_back(A), None);
    }

    #[test]
    fn malformed_storage_is_an_empty_outbox() {
        for stored in ["", "null", "[]", "{", "not json", "{\"entries\": 3}", "{\"entries\": null}", "\"x\""] {
            assert_eq!(Outbox::from_json(stored), Outbox::new(), "{stored:?}");
        }
        assert_eq!(Outbox::from_json("{}"), Outbox::new());
    }

    #[test]
    fn a_broken_entry_does_not_lose_the_others() {
        let mut outbox = Outbox::new();
        outbox.submit(inquiry(A));
        outbox.submit(inquiry(B));
        let mut stored: serde_json::Value = serde_json::from_str(&outbox.to_json()).unwrap();
        stored["entries"][0]["state"] = serde_json::json!({ "kind": "lost" });
        let duplicate = stored["entries"][1].clone();
        stored["entries"].as_array_mut().unwrap().push(duplicate);
        let read = Outbox::from_json(&stored.to_string());
        let ids: Vec<&str> = read.entries().iter().map(|e| e.id.as_str()).collect();
        assert_eq!(ids, [B]);
    }

    #[test]
    fn the_pending_marker_is_not_fooled_by_what_a_visitor_wrote() {
        let mut outbox = Outbox::new();
        let mut written = inquiry(A);
        written.message = Some(format!("{PENDING_MARKER} {{{PENDING_MARKER}}}"));
        outbox.submit(written);
        outbox.record_attempt(A, Ok("WQ-6F1C-2A3B-9D4E".into()));
        assert!(outbox.to_send().is_empty());
        assert!(!outbox.to_json().contains(PENDING_MARKER), "{}", outbox.to_json());
    }

    /// Device storage in memory, shared by the "tabs" of a test; `refuse` makes every call fail.
    #[derive(Default)]
    struct MemShelf {
        items: std::cell::RefCell<BTreeMap<String, String>>,
        refuse: std::cell::Cell<bool>,
    }

    impl Shelf for MemShelf {
        type Error = ();
        fn get(&self, key: &str) -> Result<Option<String>, ()> {
            if self.refuse.get() {
                return Err(());
            }
            Ok(self.items.borrow().get(key).cloned())
        }
        fn set(&self, key: &str, value: &str) -> Result<(), ()> {
            if self.refuse.get() {
                return Err(());
            }
            self.items.borrow_mut().insert(key.to_string(), value.to_string());
            Ok(())
        }
        fn remove(&self, key: &str) -> Result<(), ()> {
            if self.refuse.get() {
                return Err(());
            }
            self.items.borrow_mut().remove(key);
            Ok(())
        }
        fn keys(&self) -> Result<Vec<String>, ()> {
            if self.refuse.get() {
                return Err(());
            }
            Ok(self.items.borrow().keys().cloned().collect())
        }
    }

    fn stored_ids(shelf: &MemShelf) -> Vec<String> {
        shelf.items.borrow().keys().filter_map(|k| entry_id(k)).map(str::to_string).collect()
    }

    #[test]
    fn two_tabs_each_keep_their_own_inquiry() {
        // The defect this design replaces: both tabs wrote the whole outbox, the last one won.
        let shelf = MemShelf::default();
        let mut tab1 = Outbox::load(&shelf, &Outbox::new()).unwrap();
        let mut tab2 = Outbox::load(&shelf, &Outbox::new()).unwrap();
        tab1.submit_to(&shelf, inquiry(A)).unwrap();
        tab2.submit_to(&shelf, inquiry(B)).unwrap();
        tab1.record_attempt_on(&shelf, A, Err(DeliveryError::Network)).unwrap();
        tab2.record_attempt_on(&shelf, B, Err(DeliveryError::Network)).unwrap();
        let ids: BTreeSet<String> = stored_ids(&shelf).into_iter().collect();
        assert_eq!(ids, BTreeSet::from([A.to_string(), B.to_string()]));
        let reloaded = Outbox::load(&shelf, &Outbox::new()).unwrap();
        assert_eq!(reloaded.to_send().len(), 2);
    }

    #[test]
    fn an_earlier_versions_single_value_moves_to_its_own_keys() {
        let shelf = MemShelf::default();
        let mut legacy = Outbox::new();
        legacy.submit(inquiry(A));
        legacy.submit(inquiry(B));
        legacy.record_attempt(B, Ok("WQ-B".into()));
        shelf.set(LEGACY_STORAGE_KEY, &legacy.to_json()).unwrap();
        let loaded = Outbox::load(&shelf, &Outbox::new()).unwrap();
        assert_eq!(loaded.entries().len(), 2);
        assert_eq!(loaded.reference(B), Some("WQ-B"));
        assert_eq!(shelf.get(LEGACY_STORAGE_KEY).unwrap(), None);
        assert!(shelf.get(&entry_key(A)).unwrap().unwrap().contains(PENDING_MARKER));
    }

    #[test]
    fn storage_that_refuses_keeps_the_inquiry_in_the_page_and_says_so() {
        let shelf = MemShelf::default();
        let mut tab = Outbox::load(&shelf, &Outbox::new()).unwrap();
        shelf.refuse.set(true);
        assert_eq!(tab.submit_to(&shelf, inquiry(A)), Err(()));
        assert!(tab.is_unsaved(A));
        assert_eq!(tab.to_send().len(), 1, "still sent from this page");
        assert_eq!(tab.record_attempt_on(&shelf, A, Err(DeliveryError::Network)), Err(()));
        assert!(tab.is_unsaved(A));
        assert_eq!(tab.get(A).unwrap().state, pending(1, Some(DeliveryError::Network)));
        // Storage comes back: a reload keeps the page's copy, and the next answer is stored.
        shelf.refuse.set(false);
        let mut tab = Outbox::load(&shelf, &tab).unwrap();
        assert!(tab.is_unsaved(A));
        assert_eq!(tab.record_attempt_on(&shelf, A, Ok("WQ-A".into())), Ok(true));
        assert!(!tab.is_unsaved(A));
        assert_eq!(Outbox::load(&shelf, &Outbox::new()).unwrap().reference(A), Some("WQ-A"));
    }

    #[test]
    fn a_late_answer_does_not_bring_back_a_dismissed_inquiry() {
        let shelf = MemShelf::default();
        let mut tab1 = Outbox::load(&shelf, &Outbox::new()).unwrap();
        tab1.submit_to(&shelf, inquiry(A)).unwrap();
        let mut tab2 = Outbox::load(&shelf, &Outbox::new()).unwrap();
        // Both tabs send A (no lock): tab 2's answer comes first, the visitor dismisses it there.
        tab2.record_attempt_on(&shelf, A, Ok("WQ-A".into())).unwrap();
        tab2.prune_delivered_from(&shelf).unwrap();
        assert_eq!(tab1.record_attempt_on(&shelf, A, Ok("WQ-A".into())), Ok(true));
        assert_eq!(tab1.get(A), None);
        assert!(stored_ids(&shelf).is_empty());
    }

    #[test]
    fn a_stale_failure_never_undoes_a_delivery() {
        let shelf = MemShelf::default();
        let mut tab1 = Outbox::load(&shelf, &Outbox::new()).unwrap();
        tab1.submit_to(&shelf, inquiry(A)).unwrap();
        let mut tab2 = Outbox::load(&shelf, &Outbox::new()).unwrap();
        tab2.record_attempt_on(&shelf, A, Ok("WQ-A".into())).unwrap();
        tab1.record_attempt_on(&shelf, A, Err(DeliveryError::Timeout)).unwrap();
        assert_eq!(Outbox::load(&shelf, &Outbox::new()).unwrap().reference(A), Some("WQ-A"));
        assert_eq!(tab1.reference(A), Some("WQ-A"));
    }

    #[test]
    fn retries_back_off_to_half_a_minute() {
        assert_eq!(retry_delay_ms(0), 5_000);
        assert_eq!(retry_delay_ms(1), 5_000);
        assert_eq!(retry_delay_ms(2), 10_000);
        assert_eq!(retry_delay_ms(3), 20_000);
        assert_eq!(retry_delay_ms(4), 30_000);
        assert_eq!(retry_delay_ms(u32::MAX), 30_000);
        for n in 0..100 {
            assert!(retry_delay_ms(n) <= retry_delay_ms(n + 1));
        }
    }

    #[test]
    fn keys_name_their_inquiry() {
        assert_eq!(entry_id(&entry_key(A)), Some(A));
        assert_eq!(entry_id(LEGACY_STORAGE_KEY), None);
        assert_eq!(entry_id(ENTRY_KEY_PREFIX), None);
        assert_eq!(entry_id("wq.inquiry-draft.v1"), None);
    }

    fn any_state() -> impl Strategy<Value = State> {
        let error = prop_oneof![
            Just(None),
            Just(Some(DeliveryError::Network)),
            (400u16..600).prop_map(|s| Some(DeliveryError::Status(s)))
        ];
        prop_oneof![
            (0u32..4, error).prop_map(|(attempts, last_error)| State::Pending { attempts, last_error }),
            "WQ-[A-C]{2}".prop_map(|reference| State::Delivered { reference }),
            prop_oneof![Just(400u16), Just(413)].prop_map(|status| State::Refused { status }),
        ]
    }

    /// A step of one of two tabs sharing storage. An answer may come to either tab for any
    /// entry it holds: two tabs sending one entry (no lock) answer in any order, and a tab's
    /// copy may be stale, since it reloads only on `Reload`.
    #[derive(Clone, Debug)]
    enum TabOp {
        Submit(usize),
        Answer(usize, Result<String, DeliveryError>),
        TakeBack(usize),
        Dismiss,
        Reload,
    }

    fn any_tab_op() -> impl Strategy<Value = (usize, TabOp)> {
        let id = 0..6usize;
        let error = prop_oneof![
            Just(DeliveryError::Network),
            prop_oneof![Just(400u16), Just(500), Just(503)].prop_map(DeliveryError::Status)
        ];
        let result = prop_oneof!["WQ-[A-F]{4}".prop_map(Ok), error.prop_map(Err)];
        let op = prop_oneof![
            2 => (0..3usize).prop_map(TabOp::Submit),
            4 => (id.clone(), result).prop_map(|(i, r)| TabOp::Answer(i, r)),
            1 => id.prop_map(TabOp::TakeBack),
            1 => Just(TabOp::Dismiss),
            2 => Just(TabOp::Reload),
        ];
        (0..2usize, op)
    }

    proptest! {
        #[test]
        fn merging_is_a_join(a in any_state(), b in any_state(), c in any_state()) {
            let entry = |state: State| Entry { id: A.into(), inquiry: inquiry(A), state };
            let (a, b, c) = (entry(a), entry(b), entry(c));
            prop_assert_eq!(a.merge(&b), b.merge(&a));
            prop_assert_eq!(a.merge(&b).merge(&c), a.merge(&b.merge(&c)));
            prop_assert_eq!(a.merge(&a), a.clone());
            // Never behind either side.
            prop_assert!(a.merge(&b).progress() >= a.progress());
            prop_assert!(a.merge(&b).progress() >= b.progress());
        }

        #[test]
        fn two_tabs_lose_and_double_nothing_in_any_interleaving(steps in proptest::collection::vec(any_tab_op(), 0..80)) {
            // Tab t submits inquiries of its own (ids are minted per submission), so the ids of
            // tab 0 and tab 1 differ; either tab may send, answer, dismiss or take back any.
            let ids: Vec<Vec<String>> = (0..2)
                .map(|t| (0..3).map(|i| format!("{t:08x}-0000-4000-8000-00000000000{i}")).collect())
                .collect();
            let all: Vec<String> = ids.iter().flatten().cloned().collect();
            let shelf = MemShelf::default();
            let mut tabs = [Outbox::new(), Outbox::new()];
            // What a visitor is owed: each submitted inquiry stays until it is dismissed after
            // delivery or taken back into a form; a delivery is never undone.
            let mut owed: BTreeSet<String> = BTreeSet::new();
            let mut delivered: BTreeSet<String> = BTreeSet::new();
            let mut submitted: BTreeSet<String> = BTreeSet::new();
            for (t, op) in steps {
                match op {
                    TabOp::Submit(i) => {
                        let id = &ids[t][i];
                        if submitted.insert(id.clone()) {
                            tabs[t].submit_to(&shelf, inquiry(id)).unwrap();
                            owed.insert(id.clone());
                        }
                    }
                    TabOp::Answer(i, result) => {
                        // Only for an entry this tab holds (it sent it at some point).
                        let id = all[i].clone();
                        if tabs[t].get(&id).is_some() {
                            let stored = shelf.get(&entry_key(&id)).unwrap().and_then(|j| Entry::from_json(&id, &j));
                            if result.is_ok() && stored.is_some_and(|e| matches!(e.state, State::Pending { .. })) {
                                delivered.insert(id.clone());
                            }
                            tabs[t].record_attempt_on(&shelf, &id, result).unwrap();
                        }
                    }
                    TabOp::TakeBack(i) => {
                        let id = all[i].clone();
                        let (taken, stored) = tabs[t].take_back_from(&shelf, &id);
                        stored.unwrap();
                        if taken.is_some() {
                            owed.remove(&id);
                        }
                    }
                    TabOp::Dismiss => {
                        for e in tabs[t].entries() {
                            if matches!(e.state, State::Delivered { .. }) {
                                owed.remove(&e.id);
                            }
                        }
                        tabs[t].prune_delivered_from(&shelf).unwrap();
                    }
                    TabOp::Reload => tabs[t] = Outbox::load(&shelf, &tabs[t]).unwrap(),
                }
                let stored: BTreeSet<String> = stored_ids(&shelf).into_iter().collect();
                prop_assert!(owed.is_subset(&stored), "lost: {:?}", owed.difference(&stored).collect::<Vec<_>>());
                let loaded = Outbox::load(&shelf, &Outbox::new()).unwrap();
                let listed: Vec<&str> = loaded.entries().iter().map(|e| e.id.as_str()).collect();
                prop_assert_eq!(listed.len(), stored.len(), "an id listed twice");
                for id in &delivered {
                    if let Some(entry) = loaded.get(id) {
                        prop_assert!(matches!(entry.state, State::Delivered { .. }), "delivery undone: {:?}", entry);
                    }
                }
                for entry in loaded.entries() {
                    prop_assert_eq!(&entry.inquiry, &inquiry(&entry.id));
                    // What a page without the app checks to decide whether to start it.
                    let waiting = matches!(entry.state, State::Pending { .. });
                    prop_assert_eq!(entry.to_json().contains(PENDING_MARKER), waiting);
                }
            }
        }
    }

    #[derive(Clone, Debug)]
    enum Op {
        Submit(usize),
        Attempt(usize, Result<String, DeliveryError>),
        TakeBack(usize),
        Prune,
        Restart,
    }

    fn any_op() -> impl Strategy<Value = Op> {
        let id = 0..5usize;
        let error = prop_oneof![
            Just(DeliveryError::Network),
            Just(DeliveryError::Timeout),
            (400u16..600).prop_map(DeliveryError::Status)
        ];
        let result = prop_oneof!["WQ-[A-F0-9]{8}".prop_map(Ok), error.prop_map(Err)];
        prop_oneof![
            3 => id.clone().prop_map(Op::Submit),
            4 => (id.clone(), result).prop_map(|(i, r)| Op::Attempt(i, r)),
            1 => id.prop_map(Op::TakeBack),
            1 => Just(Op::Prune),
            1 => Just(Op::Restart),
        ]
    }

    proptest! {
        #[test]
        fn nothing_is_lost_and_no_id_is_doubled(ops in proptest::collection::vec(any_op(), 0..60)) {
            let ids: Vec<String> = (0..5).map(|i| format!("{i:08x}-0000-4000-8000-00000000000{i}")).collect();
            let inquiries: Vec<Inquiry> = ids.iter().map(|id| inquiry(id)).collect();
            let mut outbox = Outbox::new();
            // What the outbox must hold: every id kept, and the first reference of each delivered one.
            let mut kept: BTreeSet<usize> = BTreeSet::new();
            let mut delivered: BTreeMap<usize, String> = BTreeMap::new();
            for op in ops {
                match op {
                    Op::Submit(i) => {
                        outbox.submit(inquiries[i].clone());
                        kept.insert(i);
                    }
                    Op::Attempt(i, result) => {
                        let was_pending = matches!(outbox.get(&ids[i]).map(|e| &e.state), Some(State::Pending { .. }));
                        if let (true, Ok(reference)) = (was_pending, &result) {
                            delivered.insert(i, reference.clone());
                        }
                        outbox.record_attempt(&ids[i], result);
                    }
                    Op::TakeBack(i) => {
                        let refused = matches!(outbox.get(&ids[i]).map(|e| &e.state), Some(State::Refused { .. }));
                        let taken = outbox.take_back(&ids[i]);
                        // A refused inquiry comes back whole, to the form; nothing else leaves.
                        prop_assert_eq!(taken.as_ref(), refused.then_some(&inquiries[i]));
                        if refused {
                            kept.remove(&i);
                        }
                    }
                    Op::Prune => {
                        outbox.prune_delivered();
                        for i in std::mem::take(&mut delivered).into_keys() {
                            kept.remove(&i);
                        }
                    }
                    Op::Restart => {
                        let restarted = Outbox::from_json(&outbox.to_json());
                        prop_assert_eq!(&restarted, &outbox);
                        outbox = restarted;
                    }
                }
                prop_assert_eq!(outbox.to_json().contains(PENDING_MARKER), !outbox.to_send().is_empty());
                for entry in outbox.entries() {
                    if let State::Refused { status } = entry.state {
                        prop_assert!(refuses(status), "refused only on a refusal: {}", status);
                    }
                }
                let present: Vec<&str> = outbox.entries().iter().map(|e| e.id.as_str()).collect();
                let unique: BTreeSet<&str> = present.iter().copied().collect();
                prop_assert_eq!(unique.len(), present.len(), "an id appears twice: {:?}", present);
                let expected: BTreeSet<&str> = kept.iter().map(|&i| ids[i].as_str()).collect();
                prop_assert_eq!(unique, expected);
                for entry in outbox.entries() {
                    prop_assert_eq!(&entry.inquiry.id, &entry.id);
                }
                for (&i, reference) in &delivered {
                    prop_assert_eq!(outbox.reference(&ids[i]), Some(reference.as_str()));
                }
            }
        }

        #[test]
        fn reading_storage_never_panics(stored in "\\PC{0,200}") {
            let _ = Outbox::from_json(&stored);
        }
    }
}
