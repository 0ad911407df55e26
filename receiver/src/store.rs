//! The SQLite store: one file (created readable by its owner only) in WAL mode with
//! `synchronous=FULL`, so a committed insert is on disk before the caller answers. Tables:
//! `inquiries` (one row an id, UNIQUE; ids are stored lower-case, and each reference is unique)
//! and `notifications` (announcements waiting to be sent, one per inquiry and channel, with
//! attempts and next_attempt_at). One connection behind a mutex; async callers go through
//! `spawn_blocking`.

use domain::inquiry::{Inquiry, Valid};
use domain::outbox::reference_for;
use rusqlite::{params, Connection, OptionalExtension};
use sha2::{Digest, Sha256};
use std::fmt::Write as _;
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
CREATE TABLE IF NOT EXISTS notifications (
    inquiry_id TEXT NOT NULL REFERENCES inquiries (id),
    channel TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    last_error TEXT,
    PRIMARY KEY (inquiry_id, channel)
);
CREATE INDEX IF NOT EXISTS notifications_due ON notifications (channel, next_attempt_at);
";

/// Earlier files queued webhook announcements in their own table; they move to `notifications`.
const MIGRATE_WEBHOOK_QUEUE: &str = "
INSERT OR IGNORE INTO notifications (inquiry_id, channel, attempts, next_attempt_at, last_error)
    SELECT inquiry_id, 'webhook', attempts, next_attempt_at, last_error FROM webhook_queue;
DROP TABLE webhook_queue;
";

/// How an insert went: a new row, or the row an earlier request with this id made.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Inserted {
    New(String),
    Existing(String),
}

/// Where an announcement goes: each has its own queue entry, sent and retried on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Channel {
    Webhook,
    Mail,
}

impl Channel {
    pub fn as_str(self) -> &'static str {
        match self {
            Channel::Webhook => "webhook",
            Channel::Mail => "mail",
        }
    }
}

impl std::fmt::Display for Channel {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A queued announcement and the inquiry it is about (each channel picks what it may say).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Queued {
    pub channel: Channel,
    pub attempts: u32,
    pub inquiry: Row,
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

const ROW_COLUMNS: &str = "i.reference, i.received_at, i.id, i.topic, i.park, i.name, i.company, i.phone, i.email,
    i.message, i.scenario, i.locale, i.page, i.submitted_at";

fn read_row(r: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<Row> {
    Ok(Row {
        reference: r.get(at)?,
        received_at: r.get(at + 1)?,
        id: r.get(at + 2)?,
        topic: r.get(at + 3)?,
        park: r.get(at + 4)?,
        name: r.get(at + 5)?,
        company: r.get(at + 6)?,
        phone: r.get(at + 7)?,
        email: r.get(at + 8)?,
        message: r.get(at + 9)?,
        scenario: r.get(at + 10)?,
        locale: r.get(at + 11)?,
        page: r.get(at + 12)?,
        submitted_at: r.get(at + 13)?,
    })
}

/// The id as stored: UUID hex digits are case-insensitive, so `6F1C…` and `6f1c…` are one id.
pub fn canonical_id(id: &str) -> String {
    id.trim().to_ascii_lowercase()
}

/// Another reference for `id` when its own (`reference_for`) is already taken by a different id:
/// `WQ-` and 12 hex digits of a SHA-256 of the whole id and the attempt number.
fn alternative_reference(id: &str, attempt: u32) -> String {
    let digest = Sha256::digest(format!("{id}#{attempt}").as_bytes());
    let mut hex = String::new();
    for byte in &digest[..6] {
        let _ = write!(hex, "{byte:02X}");
    }
    format!("WQ-{}-{}-{}", &hex[0..4], &hex[4..8], &hex[8..12])
}

/// Creates the database file readable and writable by its owner only (SQLite gives the `-wal`
/// and `-shm` files the same permissions). An existing file keeps its permissions (an operator
/// may have chosen them), with a warning if other users can read it.
fn create_private(path: &Path) -> std::io::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    match options.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            #[cfg(unix)]
            {
                use std::os::unix::fs::PermissionsExt;
                let mode = std::fs::metadata(path)?.permissions().mode();
                if mode & 0o077 != 0 {
                    tracing::warn!(
                        "{} is readable by other users (mode {:o}); `chmod 600` it and its -wal and -shm files",
                        path.display(),
                        mode & 0o777
                    );
                }
            }
            Ok(())
        }
        Err(e) => Err(e),
    }
}

#[derive(Clone)]
pub struct Store {
    conn: Arc<Mutex<Connection>>,
}

impl Store {
    pub fn open(path: &Path) -> rusqlite::Result<Store> {
        create_private(path).map_err(|e| rusqlite::Error::InvalidPath(format!("{}: {e}", path.display()).into()))?;
        let conn = Connection::open(path)?;
        let mode: String = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get(0))?;
        if !mode.eq_ignore_ascii_case("wal") {
            return Err(rusqlite::Error::InvalidParameterName(format!("journal_mode stayed {mode}")));
        }
        conn.execute_batch("PRAGMA synchronous = FULL; PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 5000;")?;
        conn.execute_batch(SCHEMA)?;
        let old_queue: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'webhook_queue')",
            [],
            |r| r.get(0),
        )?;
        if old_queue {
            conn.execute_batch(&format!("BEGIN; {MIGRATE_WEBHOOK_QUEUE} COMMIT;"))?;
        }
        // A file from before references were unique may hold two alike; then the insert's own
        // check keeps new ones apart, and the index waits until the old pair is resolved.
        if let Err(e) =
            conn.execute_batch("CREATE UNIQUE INDEX IF NOT EXISTS inquiries_reference ON inquiries (reference)")
        {
            tracing::warn!("references are not unique in this file yet ({e}); new ones still are");
        }
        Ok(Store { conn: Arc::new(Mutex::new(conn)) })
    }

    fn conn(&self) -> std::sync::MutexGuard<'_, Connection> {
        // A panic while holding the lock leaves SQLite consistent (transactions roll back).
        self.conn.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
    }

    /// The live connection's `journal_mode` and `synchronous` (2 is FULL).
    pub fn durability_settings(&self) -> rusqlite::Result<(String, i64)> {
        let conn = self.conn();
        let mode = conn.query_row("PRAGMA journal_mode", [], |r| r.get(0))?;
        let synchronous = conn.query_row("PRAGMA synchronous", [], |r| r.get(0))?;
        Ok((mode, synchronous))
    }

    /// Stores a validated inquiry (its normalised values, its id lower-case) and queues its
    /// announcement on each of `channels`, due at `now`, in the same transaction. A repeated id
    /// stores nothing. The reference is `reference_for(id)` unless another id has it already.
    pub fn insert(
        &self,
        inquiry: &Inquiry,
        valid: &Valid,
        channels: &[Channel],
        now: i64,
    ) -> rusqlite::Result<Inserted> {
        let id = canonical_id(&inquiry.id);
        let mut conn = self.conn();
        let tx = conn.transaction()?;
        let existing: Option<String> =
            tx.query_row("SELECT reference FROM inquiries WHERE id = ?1", [&id], |r| r.get(0)).optional()?;
        if let Some(reference) = existing {
            return Ok(Inserted::Existing(reference));
        }
        let mut reference = reference_for(&id);
        let mut attempt = 0;
        while tx
            .query_row("SELECT 1 FROM inquiries WHERE reference = ?1", [&reference], |_| Ok(()))
            .optional()?
            .is_some()
        {
            tracing::info!(%reference, "reference taken by another id; choosing another");
            reference = alternative_reference(&id, attempt);
            attempt += 1;
        }
        tx.execute(
            "INSERT INTO inquiries (id, reference, received_at, topic, park, name, company, phone, email,
                 message, scenario, locale, page, submitted_at)
             VALUES (?1, ?2, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)",
            params![
                id,
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
        for channel in channels {
            tx.execute(
                "INSERT INTO notifications (inquiry_id, channel, next_attempt_at) VALUES (?1, ?2, ?3)",
                params![id, channel.as_str(), now],
            )?;
        }
        tx.commit()?;
        Ok(Inserted::New(reference))
    }

    pub fn count(&self) -> rusqlite::Result<u64> {
        self.conn().query_row("SELECT COUNT(*) FROM inquiries", [], |r| r.get::<_, i64>(0)).map(|n| n as u64)
    }

    /// The announcements on `channel` due at `now` (unix seconds), soonest first.
    pub fn due(&self, channel: Channel, now: i64, limit: u32) -> rusqlite::Result<Vec<Queued>> {
        let conn = self.conn();
        let mut stmt = conn.prepare(&format!(
            "SELECT q.attempts, {ROW_COLUMNS}
             FROM notifications q JOIN inquiries i ON i.id = q.inquiry_id
             WHERE q.channel = ?1 AND q.next_attempt_at <= ?2 ORDER BY q.next_attempt_at, i.seq LIMIT ?3"
        ))?;
        let rows = stmt.query_map(params![channel.as_str(), now, limit], |r| {
            Ok(Queued { channel, attempts: r.get(0)?, inquiry: read_row(r, 1)? })
        })?;
        rows.collect()
    }

    /// The earliest next attempt on `channel`, if any.
    pub fn next_due(&self, channel: Channel) -> rusqlite::Result<Option<i64>> {
        self.conn()
            .query_row("SELECT MIN(next_attempt_at) FROM notifications WHERE channel = ?1", [channel.as_str()], |r| {
                r.get(0)
            })
            .optional()
            .map(Option::flatten)
    }

    /// Announcements still to send, on every channel.
    pub fn queue_len(&self) -> rusqlite::Result<u64> {
        self.conn().query_row("SELECT COUNT(*) FROM notifications", [], |r| r.get::<_, i64>(0)).map(|n| n as u64)
    }

    /// The announcement was accepted: it leaves the queue.
    pub fn delivered(&self, channel: Channel, inquiry_id: &str) -> rusqlite::Result<()> {
        self.conn()
            .execute(
                "DELETE FROM notifications WHERE inquiry_id = ?1 AND channel = ?2",
                params![inquiry_id, channel.as_str()],
            )
            .map(|_| ())
    }

    /// The announcement failed: it stays, with one more attempt and a later time.
    pub fn failed(
        &self,
        channel: Channel,
        inquiry_id: &str,
        next_attempt_at: i64,
        error: &str,
    ) -> rusqlite::Result<()> {
        self.conn()
            .execute(
                "UPDATE notifications SET attempts = attempts + 1, next_attempt_at = ?3, last_error = ?4
                 WHERE inquiry_id = ?1 AND channel = ?2",
                params![inquiry_id, channel.as_str(), next_attempt_at, error],
            )
            .map(|_| ())
    }

    /// Every inquiry received on or after `since` (`YYYY-MM-DD`, UTC), oldest first.
    pub fn since(&self, since: &str) -> rusqlite::Result<Vec<Row>> {
        let conn = self.conn();
        let mut stmt =
            conn.prepare(&format!("SELECT {ROW_COLUMNS} FROM inquiries i WHERE i.received_at >= ?1 ORDER BY i.seq"))?;
        let rows = stmt.query_map([since], |r| read_row(r, 0))?;
        rows.collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::inquiry::{validate, InquiryDraft};

    fn inquiry(id: &str) -> (Inquiry, Valid) {
        let draft = InquiryDraft {
            topic: "land".into(),
            name: "王伟".into(),
            company: "天津某公司".into(),
            phone: "13812345678".into(),
            ..InquiryDraft::default()
        };
        let valid = validate(&draft).unwrap();
        (Inquiry::new(valid.clone(), id, "zh-CN", "/contact", "2026-03-01T08:00:00Z"), valid)
    }

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("s.sqlite3")).unwrap();
        (dir, store)
    }

    /// Earlier, an upper-case copy of a stored id was a new row (201) with the same reference.
    #[test]
    fn an_upper_case_copy_of_an_id_is_the_same_inquiry() {
        let (_dir, store) = store();
        let (lower, valid) = inquiry("6f1c2a3b-9d4e-4f00-8a11-0123456789ab");
        let (upper, _) = inquiry("6F1C2A3B-9D4E-4F00-8A11-0123456789AB");
        assert_eq!(store.insert(&lower, &valid, &[], 0).unwrap(), Inserted::New("WQ-6F1C-2A3B-9D4E".into()));
        assert_eq!(store.insert(&upper, &valid, &[], 0).unwrap(), Inserted::Existing("WQ-6F1C-2A3B-9D4E".into()));
        assert_eq!(store.count().unwrap(), 1);
        let (upper_first, _) = inquiry("ABCDEF01-9D4E-4F00-8A11-0123456789AB");
        store.insert(&upper_first, &valid, &[], 0).unwrap();
        assert_eq!(store.since("2000-01-01").unwrap()[1].id, "abcdef01-9d4e-4f00-8a11-0123456789ab");
    }

    /// Earlier, two ids sharing their first 12 hex digits were both given the same reference.
    #[test]
    fn ids_sharing_a_prefix_get_different_references() {
        let (_dir, store) = store();
        let (a, valid) = inquiry("6f1c2a3b-9d4e-4f00-8a11-0123456789ab");
        let (b, _) = inquiry("6f1c2a3b-9d4e-4fff-8fff-ffffffffffff");
        let Inserted::New(first) = store.insert(&a, &valid, &[], 0).unwrap() else { panic!() };
        let Inserted::New(second) = store.insert(&b, &valid, &[], 0).unwrap() else { panic!() };
        assert_eq!(first, "WQ-6F1C-2A3B-9D4E");
        assert_ne!(first, second);
        assert!(second.len() == first.len() && second.starts_with("WQ-"), "{second}");
        // Asked again, each id keeps its own.
        assert_eq!(store.insert(&b, &valid, &[], 0).unwrap(), Inserted::Existing(second));
    }

    #[test]
    fn the_unique_index_refuses_a_second_copy_of_a_reference() {
        let (_dir, store) = store();
        let (a, valid) = inquiry("6f1c2a3b-9d4e-4f00-8a11-0123456789ab");
        store.insert(&a, &valid, &[], 0).unwrap();
        let copied = store.conn().execute(
            "INSERT INTO inquiries (id, reference, received_at, topic, name, company, phone, locale, page, submitted_at)
             VALUES ('x', 'WQ-6F1C-2A3B-9D4E', 't', 'land', 'n', 'c', 'p', 'l', 'p', 's')",
            [],
        );
        assert!(copied.is_err());
    }

    /// Earlier the file was created 0644, readable by every user of the machine.
    #[cfg(unix)]
    #[test]
    fn the_database_is_readable_by_its_owner_only() {
        use std::os::unix::fs::PermissionsExt;
        let (dir, store) = store();
        let (a, valid) = inquiry("6f1c2a3b-9d4e-4f00-8a11-0123456789ab");
        store.insert(&a, &valid, &[], 0).unwrap();
        for name in ["s.sqlite3", "s.sqlite3-wal", "s.sqlite3-shm"] {
            let mode = std::fs::metadata(dir.path().join(name)).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600, "{name}: {mode:o}");
        }
    }

    #[test]
    fn an_old_webhook_queue_moves_to_notifications() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("old.sqlite3");
        {
            let store = Store::open(&path).unwrap();
            let (a, valid) = inquiry("6f1c2a3b-9d4e-4f00-8a11-0123456789ab");
            store.insert(&a, &valid, &[], 0).unwrap();
            store
                .conn()
                .execute_batch(
                    "CREATE TABLE webhook_queue (inquiry_id TEXT PRIMARY KEY, attempts INTEGER NOT NULL DEFAULT 0,
                         next_attempt_at INTEGER NOT NULL, last_error TEXT);
                     INSERT INTO webhook_queue VALUES ('6f1c2a3b-9d4e-4f00-8a11-0123456789ab', 3, 1234, 'HTTP 503');",
                )
                .unwrap();
        }
        let store = Store::open(&path).unwrap();
        let due = store.due(Channel::Webhook, 1234, 10).unwrap();
        assert_eq!((due.len(), due[0].attempts), (1, 3));
        assert_eq!(store.due(Channel::Mail, 1234, 10).unwrap(), []);
    }
}
