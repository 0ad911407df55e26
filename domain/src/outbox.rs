//! The inquiry outbox: the browser keeps every inquiry in localStorage until the server confirms
//! it, so nothing a visitor sent is lost to a dropped connection, a closed tab or a restart.
//! Modelled purely here; the app stores `to_json`, sends `to_send`, and reports each response
//! with `record_attempt`.
//!
//! The form's working draft is kept apart (`inquiry_form::SavedDraft`); submitting it puts it
//! here. An entry goes Pending → Delivered, or Pending → Refused when the server answers that it
//! will never accept the inquiry as sent (`refuses`): a refused one is not sent again, and stays
//! until the visitor takes it back into the form (`take_back`). An id is in the outbox at most
//! once: submitting it again, or a second success for it, changes nothing, so a retry always
//! resends the same id (the server deduplicates on it) and the visitor sees one reference.

use super::inquiry::Inquiry;
use serde::{Deserialize, Serialize};

/// Where the browser keeps the outbox (localStorage).
pub const STORAGE_KEY: &str = "wq.inquiry-outbox.v1";

/// Text that the stored outbox (`Outbox::to_json`) contains exactly when an inquiry in it is
/// still waiting to be sent: a page that runs no app checks for it to decide whether to start
/// one to send it.
pub const PENDING_MARKER: &str = r#""kind":"pending""#;

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

/// The inquiries not yet pruned, oldest first, each id once.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outbox {
    #[serde(default)]
    entries: Vec<Entry>,
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
