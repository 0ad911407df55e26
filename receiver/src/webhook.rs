//! The webhook worker: new inquiries wait in the `webhook_queue` table until the configured URL
//! answers 2xx to a short JSON message (`{"text": …}` with topic, park, company and reference;
//! never the phone or email). A failure keeps the row and retries later with exponential
//! backoff, so an outage (or a restart) loses nothing. The HTTP call sits behind `Notifier`.

use crate::routes::unix_now;
use crate::store::{Queued, Store};
use std::future::Future;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;

/// The first retry waits this long; each further one twice as long, up to `BACKOFF_MAX`.
pub const BACKOFF_BASE: i64 = 10;
pub const BACKOFF_MAX: i64 = 3600;
/// How many announcements one pass sends at most.
const BATCH: u32 = 20;

/// Sends one message; `Err` with a short reason unless the receiver answered 2xx.
pub trait Notifier: Send + Sync + 'static {
    fn send(&self, text: &str) -> impl Future<Output = Result<(), String>> + Send;
}

/// POSTs `{"text": message}` to a URL.
pub struct HttpNotifier {
    client: reqwest::Client,
    url: String,
}

impl HttpNotifier {
    pub fn new(url: &str) -> Result<HttpNotifier, String> {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(15))
            .build()
            .map_err(|e| format!("webhook client: {e}"))?;
        Ok(HttpNotifier { client, url: url.to_string() })
    }
}

impl Notifier for HttpNotifier {
    async fn send(&self, text: &str) -> Result<(), String> {
        let body = serde_json::json!({ "text": text });
        let response = self.client.post(&self.url).json(&body).send().await.map_err(|e| e.to_string())?;
        if response.status().is_success() {
            Ok(())
        } else {
            Err(format!("HTTP {}", response.status().as_u16()))
        }
    }
}

/// The announcement: no phone, no email, no name.
pub fn message(q: &Queued) -> String {
    format!(
        "New inquiry {}: topic {}, park {}, company {}",
        q.reference,
        q.topic,
        q.park.as_deref().unwrap_or("undecided"),
        q.company
    )
}

/// Seconds to wait after the `attempts`-th failure (0-based): 10, 20, 40, … up to an hour.
pub fn backoff(attempts: u32) -> i64 {
    BACKOFF_BASE.saturating_mul(1i64 << attempts.min(20)).min(BACKOFF_MAX)
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

/// Sends what is due at `now`; returns how many were delivered.
pub async fn run_once(store: &Store, notifier: &impl Notifier, now: i64) -> Result<usize, String> {
    let due = blocking(store, move |s| s.due(now, BATCH)).await?;
    let mut delivered = 0;
    for q in due {
        let id = q.inquiry_id.clone();
        match notifier.send(&message(&q)).await {
            Ok(()) => {
                blocking(store, move |s| s.delivered(&id)).await?;
                delivered += 1;
            }
            Err(reason) => {
                let next = now + backoff(q.attempts);
                eprintln!(
                    "wuqing-receiver: webhook for {} failed ({reason}); retrying in {}s",
                    q.reference,
                    next - now
                );
                blocking(store, move |s| s.failed(&id, next, &reason)).await?;
            }
        }
    }
    Ok(delivered)
}

/// Runs forever: a pass whenever woken or when the next retry is due (at least once a minute).
pub async fn run(store: Store, notifier: impl Notifier, wake: Arc<Notify>) {
    loop {
        if let Err(e) = run_once(&store, &notifier, unix_now()).await {
            eprintln!("wuqing-receiver: webhook queue: {e}");
        }
        let next = blocking(&store, |s| s.next_due()).await.ok().flatten();
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

    /// Fails while `down` is set; records what it was sent.
    struct Fake {
        down: Mutex<bool>,
        sent: Mutex<Vec<String>>,
    }

    impl Notifier for Fake {
        async fn send(&self, text: &str) -> Result<(), String> {
            self.sent.lock().unwrap().push(text.to_string());
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
        let inquiry =
            Inquiry::new(valid.clone(), "6f1c2a3b-9d4e-4f00-8a11-0123456789ab", "zh-CN", "/contact", "2026-03-01");
        (inquiry, valid)
    }

    #[test]
    fn backoff_doubles_up_to_an_hour() {
        assert_eq!([backoff(0), backoff(1), backoff(2)], [10, 20, 40]);
        assert_eq!(backoff(30), BACKOFF_MAX);
    }

    #[tokio::test]
    async fn an_outage_loses_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("q.sqlite3")).unwrap();
        let (inquiry, valid) = inquiry();
        store.insert(&inquiry, &valid, Some(1000)).unwrap();
        let fake = Fake { down: Mutex::new(true), sent: Mutex::new(Vec::new()) };

        assert_eq!(run_once(&store, &fake, 999).await, Ok(0), "not due yet");
        assert_eq!(run_once(&store, &fake, 1000).await, Ok(0), "down");
        assert_eq!(store.queue_len().unwrap(), 1);
        assert_eq!(store.next_due().unwrap(), Some(1010));
        assert_eq!(run_once(&store, &fake, 1009).await, Ok(0));
        assert_eq!(run_once(&store, &fake, 1010).await, Ok(0), "still down");
        assert_eq!(store.next_due().unwrap(), Some(1030), "backoff doubled");

        // A restart: the queue is in the file.
        drop(store);
        let store = Store::open(&dir.path().join("q.sqlite3")).unwrap();
        *fake.down.lock().unwrap() = false;
        assert_eq!(run_once(&store, &fake, 1030).await, Ok(1));
        assert_eq!(store.queue_len().unwrap(), 0);
        let sent = fake.sent.lock().unwrap();
        assert_eq!(sent.len(), 3);
        assert_eq!(sent[2], "New inquiry WQ-6F1C-2A3B-9D4E: topic factory, park jingbin, company Example GmbH");
        assert!(!sent[2].contains("13812345678") && !sent[2].contains("li@example.com"));
    }
}
