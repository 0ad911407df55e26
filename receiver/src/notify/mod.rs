//! Announcing new inquiries to people: a worker per channel (a chat webhook, `chat`; e-mail to
//! the office, `mail`) sends what waits in the store's `notifications` table. Each entry was
//! queued in the transaction that stored its inquiry, so nothing is announced that was not
//! stored and nothing stored goes unannounced. An entry leaves the queue only once the far end
//! has acknowledged it; a failure keeps it and retries later with exponential backoff, so an
//! outage (or a restart) loses nothing. (A crash between the acknowledgement and the removal
//! would send that one announcement again: at least once, never dropped.)

pub mod chat;
pub mod inert;
pub mod mail;

use crate::store::{Channel, Queued, Row, Store};
use std::future::Future;
use std::sync::Arc;
use std::time::{Duration, SystemTime, UNIX_EPOCH};
use tokio::sync::Notify;

/// How many announcements one pass sends at most.
const BATCH: u32 = 20;
/// The longest wait between retries, in seconds.
pub const BACKOFF_MAX: i64 = 3600;

/// Sends one inquiry's announcement on one channel; `Err` with a short reason unless the far end
/// acknowledged it.
pub trait Notifier: Send + Sync + 'static {
    fn channel(&self) -> Channel;
    fn send(&self, inquiry: &Row) -> impl Future<Output = Result<(), String>> + Send;
}

/// Seconds to wait after a failure: `base` after the first, twice as long after each further
/// one, up to an hour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Backoff {
    pub base: i64,
}

impl Backoff {
    /// The wait after the `attempts`-th failure (0-based).
    pub fn after(self, attempts: u32) -> i64 {
        self.base.saturating_mul(1i64 << attempts.min(20)).min(BACKOFF_MAX)
    }
}

pub fn unix_now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}

async fn blocking<T: Send + 'static>(
    store: &Store,
    f: impl FnOnce(&Store) -> rusqlite::Result<T> + Send + 'static,
) -> Result<T, String> {
    let store = store.clone();
    match tokio::task::spawn_blocking(move || f(&store)).await {
        Ok(result) => result.map_err(|e| e.to_string()),
        Err(e) => Err(e.to_string()),
    }
}

/// Sends what is due on the notifier's channel at `now`; returns how many were delivered.
pub async fn run_once(store: &Store, notifier: &impl Notifier, backoff: Backoff, now: i64) -> Result<usize, String> {
    let channel = notifier.channel();
    let due: Vec<Queued> = blocking(store, move |s| s.due(channel, now, BATCH)).await?;
    let mut delivered = 0;
    for queued in due {
        let id = queued.inquiry.id.clone();
        match notifier.send(&queued.inquiry).await {
            Ok(()) => {
                blocking(store, move |s| s.delivered(channel, &id)).await?;
                delivered += 1;
            }
            Err(reason) => {
                let wait = backoff.after(queued.attempts);
                tracing::warn!(%channel, reference = %queued.inquiry.reference, %reason, "announcement failed; retrying in {wait}s");
                blocking(store, move |s| s.failed(channel, &id, now + wait, &reason)).await?;
            }
        }
    }
    Ok(delivered)
}

/// Runs forever: a pass whenever woken or when the next retry is due (at least once a minute).
pub async fn run(store: Store, notifier: impl Notifier, wake: Arc<Notify>, backoff: Backoff) {
    let channel = notifier.channel();
    loop {
        if let Err(e) = run_once(&store, &notifier, backoff, unix_now()).await {
            tracing::error!(%channel, "notification queue: {e}");
        }
        let next = blocking(&store, move |s| s.next_due(channel)).await.ok().flatten();
        let wait = next.map_or(60, |at| (at - unix_now()).clamp(1, 60));
        tokio::select! {
            _ = wake.notified() => {}
            _ = tokio::time::sleep(Duration::from_secs(wait as u64)) => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::inquiry::{validate, Inquiry, InquiryDraft};
    use std::sync::Mutex;

    /// Fails while `down` is set; records the references it was asked to send.
    struct Fake {
        down: Mutex<bool>,
        sent: Mutex<Vec<String>>,
    }

    impl Notifier for Fake {
        fn channel(&self) -> Channel {
            Channel::Webhook
        }

        async fn send(&self, inquiry: &Row) -> Result<(), String> {
            self.sent.lock().unwrap().push(inquiry.reference.clone());
            if *self.down.lock().unwrap() {
                Err("HTTP 503".into())
            } else {
                Ok(())
            }
        }
    }

    fn inquiry() -> (Inquiry, domain::inquiry::Valid) {
        let draft = InquiryDraft {
            topic: "factory".into(),
            park: "jingbin".into(),
            name: "李娜".into(),
            company: "Example GmbH".into(),
            phone: "13812345678".into(),
            email: "li@example.com".into(),
            ..InquiryDraft::default()
        };
        let valid = validate(&draft).unwrap();
        let inquiry = Inquiry::new(
            valid.clone(),
            "6f1c2a3b-9d4e-4f00-8a11-0123456789ab",
            "zh-CN",
            "/contact",
            "2026-03-01T08:00:00Z",
        );
        (inquiry, valid)
    }

    #[test]
    fn backoff_doubles_up_to_an_hour() {
        let backoff = Backoff { base: 10 };
        assert_eq!([backoff.after(0), backoff.after(1), backoff.after(2)], [10, 20, 40]);
        assert_eq!(backoff.after(30), BACKOFF_MAX);
    }

    #[tokio::test]
    async fn an_outage_loses_nothing_and_each_channel_goes_its_own_way() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("q.sqlite3")).unwrap();
        let (inquiry, valid) = inquiry();
        store.insert(&inquiry, &valid, &[Channel::Webhook, Channel::Mail], 1000).unwrap();
        let fake = Fake { down: Mutex::new(true), sent: Mutex::new(Vec::new()) };
        let backoff = Backoff { base: 10 };

        assert_eq!(run_once(&store, &fake, backoff, 999).await, Ok(0), "not due yet");
        assert_eq!(run_once(&store, &fake, backoff, 1000).await, Ok(0), "down");
        assert_eq!(store.queue_len().unwrap(), 2);
        assert_eq!(store.next_due(Channel::Webhook).unwrap(), Some(1010));
        assert_eq!(store.next_due(Channel::Mail).unwrap(), Some(1000), "the other channel is not touched");
        assert_eq!(run_once(&store, &fake, backoff, 1009).await, Ok(0));
        assert_eq!(run_once(&store, &fake, backoff, 1010).await, Ok(0), "still down");
        assert_eq!(store.next_due(Channel::Webhook).unwrap(), Some(1030), "backoff doubled");

        // A restart: the queue is in the file.
        drop(store);
        let store = Store::open(&dir.path().join("q.sqlite3")).unwrap();
        *fake.down.lock().unwrap() = false;
        assert_eq!(run_once(&store, &fake, backoff, 1030).await, Ok(1));
        assert_eq!(run_once(&store, &fake, backoff, 5000).await, Ok(0), "acknowledged: not sent again");
        assert_eq!(store.queue_len().unwrap(), 1, "the mail still waits");
        assert_eq!(fake.sent.lock().unwrap().len(), 3);
    }
}
