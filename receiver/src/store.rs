//! The SQLite store: one file in WAL mode with `synchronous=FULL`, so a committed insert is on
//! disk before the caller answers. Tables: `inquiries` (one row an id, UNIQUE) and
//! `webhook_queue` (new inquiries waiting to be announced, with attempts and next_attempt_at).
//! One connection behind a mutex; async callers go through `spawn_blocking`.

use domain::inquiry::{Inquiry, Valid};
use domain::outbox::reference_for;
use rusqlite::{params, Connection, OptionalExtension};
use std::path::Path;
use std::sync::{Arc, Mutex};

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS inquiries (
    seq INTEGER PRIMARY KEY,
    id TEXT NOT NULL UNIQUE,
    reference TEXT NOT NULL,
    received_at TEXT NOT NULL,
    topic TEXT NOT NULL,
    park TEXT,
    name TEXT NOT NULL,
    company TEXT NOT NULL,
    phone TEXT NOT NULL,
    email TEXT,
    message TEXT,
    scenario TEXT,
    locale TEXT NOT NULL,
    page TEXT NOT NULL,
    submitted_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS inquiries_received_at ON inquiries (received_at);
CREATE TABLE IF NOT EXISTS webhook_queue (
    inquiry_id TEXT PRIMARY KEY REFERENCES inquiries (id),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error TEXT
);
";

/// How an insert went: a new row, or the row an earlier request with this id made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inserted {
    New(String),
    Existing(String),
}

/// A queued webhook announcement, with what the message may say (no phone, no email).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Queued {
    pub inquiry_id: String,
    pub attempts: u32,
    pub reference: String,
    pub topic: String,
    pub park: Option<String>,
    pub company: String,
}

/// One stored inquiry, as exported.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Row {
    pub reference: String,
    pub received_at: String,
    pub id: String,
    pub topic: String,
    pub park: Option<String>,
    pub name: String,
    pub company: String,
    pub phone: String,
    pub email: Option<String>,
    pub message: Option<String>,
    pub scenario: Option<String>,
    pub locale: String,
    pub page: String,
    pub submitted_at: String,
}

#[derive(Clone)]
pub struct Store {
    conn: Arc<Mutex<Connection>>,
}

impl Store {
    pub fn open(path: &Path) -> rusqlite::Result<Store> {
        let conn = Connection::open(path)?;
        let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(rusqlite::Error::InvalidParameterName(format!("journal_mode stayed {mode}")));
        }
        conn.execute_batch("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;")?;
        conn.execute_batch(SCHEMA)?;
        Ok(Store { conn: Arc::new(Mutex::new(conn)) })
    }

    fn conn(&self) -> std::sync::MutexGuard<'_, Connection> {
        // A panic while holding the lock leaves SQLite consistent (transactions roll back).
        self.conn.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// Stores a validated inquiry (its normalised values) and, with `queue_at`, queues its
    /// webhook announcement in the same transaction. A repeated id stores nothing.
    pub fn insert(&self, inquiry: &Inquiry, valid: &Valid, queue_at: Option<i64>) -> rusqlite::Result<Inserted> {
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let reference = reference_for(&inquiry.id);
        let added = tx.execute(
            "INSERT INTO inquiries (id, reference, received_at, topic, park, name, company, phone, email,
                 message, scenario, locale, page, submitted_at)
             VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)
             ON CONFLICT (id) DO NOTHING",
            params![
                inquiry.id,
                reference,
                valid.topic.id(),
                valid.park,
                valid.name,
                valid.company,
                valid.phone,
                valid.email,
                valid.message,
                valid.scenario,
                inquiry.locale,
                inquiry.page,
                inquiry.submitted_at,
            ],
        )?;
        if added == 0 {
            let existing: String =
                tx.query_row("SELECT reference FROM inquiries WHERE id = ?1", [&inquiry.id], |r| r.get(0))?;
            return Ok(Inserted::Existing(existing));
        }
        if let Some(at) = queue_at {
            tx.execute(
                "INSERT INTO webhook_queue (inquiry_id, next_attempt_at) VALUES (?1, ?2)",
                params![inquiry.id, at],
            )?;
        }
        tx.commit()?;
        Ok(Inserted::New(reference))
    }

    pub fn count(&self) -> rusqlite::Result<u64> {
        self.conn().query_row("SELECT COUNT(*) FROM inquiries", [], |r| r.get::<_, i64>(0)).map(|n| n as u64)
    }

    /// The announcements due at `now` (unix seconds), soonest first.
    pub fn due(&self, now: i64, limit: u32) -> rusqlite::Result<Vec<Queued>> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT q.inquiry_id, q.attempts, i.reference, i.topic, i.park, i.company
             FROM webhook_queue q JOIN inquiries i ON i.id = q.inquiry_id
             WHERE q.next_attempt_at <= ?1 ORDER BY q.next_attempt_at, i.seq LIMIT ?2",
        )?;
        let rows = stmt.query_map(params![now, limit], |r| {
            Ok(Queued {
                inquiry_id: r.get(0)?,
                attempts: r.get(1)?,
                reference: r.get(2)?,
                topic: r.get(3)?,
                park: r.get(4)?,
                company: r.get(5)?,
            })
        })?;
        rows.collect()
    }

    /// The earliest next attempt in the queue, if any.
    pub fn next_due(&self) -> rusqlite::Result<Option<i64>> {
        self.conn()
            .query_row("SELECT MIN(next_attempt_at) FROM webhook_queue", [], |r| r.get(0))
            .optional()
            .map(Option::flatten)
    }

    pub fn queue_len(&self) -> rusqlite::Result<u64> {
        self.conn().query_row("SELECT COUNT(*) FROM webhook_queue", [], |r| r.get::<_, i64>(0)).map(|n| n as u64)
    }

    /// The announcement was accepted: it leaves the queue.
    pub fn delivered(&self, inquiry_id: &str) -> rusqlite::Result<()> {
        self.conn().execute("DELETE FROM webhook_queue WHERE inquiry_id = ?1", [inquiry_id]).map(|_| ())
    }

    /// The announcement failed: it stays, with one more attempt and a later time.
    pub fn failed(&self, inquiry_id: &str, next_attempt_at: i64, error: &str) -> rusqlite::Result<()> {
        self.conn()
            .execute(
                "UPDATE webhook_queue SET attempts = attempts + 1, next_attempt_at = ?2, last_error = ?3
                 WHERE inquiry_id = ?1",
                params![inquiry_id, next_attempt_at, error],
            )
            .map(|_| ())
    }

    /// Every inquiry received on or after `since` (`YYYY-MM-DD`, UTC), oldest first.
    pub fn since(&self, since: &str) -> rusqlite::Result<Vec<Row>> {
        let conn = self.conn();
        let mut stmt = conn.prepare(
            "SELECT reference, received_at, id, topic, park, name, company, phone, email, message, scenario,
                 locale, page, submitted_at
             FROM inquiries WHERE received_at >= ?1 ORDER BY seq",
        )?;
        let rows = stmt.query_map([since], |r| {
            Ok(Row {
                reference: r.get(0)?,
                received_at: r.get(1)?,
                id: r.get(2)?,
                topic: r.get(3)?,
                park: r.get(4)?,
                name: r.get(5)?,
                company: r.get(6)?,
                phone: r.get(7)?,
                email: r.get(8)?,
                message: r.get(9)?,
                scenario: r.get(10)?,
                locale: r.get(11)?,
                page: r.get(12)?,
                submitted_at: r.get(13)?,
            })
        })?;
        rows.collect()
    }
}
