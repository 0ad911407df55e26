//! Durability: the real binary commits the row before it answers 201, so killing it with SIGKILL
//! the moment the answer arrives (no shutdown, no flush, no chance to finish anything after the
//! answer) still leaves the row in the file, with its reference and normalised phone; `export`
//! then finds it. (That the commit also reaches the disk, not only the OS, rests on WAL with
//! `synchronous=FULL`, which `http.rs` checks on the live connection.)

use std::io::{BufRead, BufReader};
use std::process::{Command, Stdio};
use std::time::Duration;

const BIN: &str = env!("CARGO_BIN_EXE_wuqing-receiver");

#[test]
fn a_201_survives_sigkill() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("inquiries.sqlite3");
    let mut child = Command::new(BIN)
        .env("WQ_RECEIVER_LISTEN", "127.0.0.1:0")
        .env("WQ_RECEIVER_DB", &db)
        .env_remove("WQ_RECEIVER_WEBHOOK_URL")
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut line = String::new();
    BufReader::new(child.stdout.take().unwrap()).read_line(&mut line).unwrap();
    let base = line.trim().rsplit(' ').next().unwrap().to_string();
    assert!(base.starts_with("http://127.0.0.1:"), "{line}");

    let id = "ffffffff-2222-4333-8444-555566667777";
    let body = serde_json::json!({
        "id": id, "topic": "land", "park": "carpet", "name": "王伟", "company": "天津某公司",
        "phone": "022-82123456", "locale": "zh-CN", "page": "/contact", "submitted_at": "2026-03-01T08:00:00+08:00"
    });
    let runtime = tokio::runtime::Runtime::new().unwrap();
    let status = runtime.block_on(async {
        let client = reqwest::Client::builder().no_proxy().timeout(Duration::from_secs(10)).build().unwrap();
        client.post(format!("{base}/inquiries")).json(&body).send().await.unwrap().status()
    });
    child.kill().unwrap(); // SIGKILL on Unix
    child.wait().unwrap();
    assert_eq!(status.as_u16(), 201);

    let conn = rusqlite::Connection::open(&db).unwrap();
    let (reference, phone): (String, String) = conn
        .query_row("SELECT reference, phone FROM inquiries WHERE id = ?1", [id], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap();
    assert_eq!((reference.as_str(), phone.as_str()), ("WQ-FFFF-FFFF-2222", "02282123456"));
    drop(conn);

    let export =
        Command::new(BIN).args(["export", "--since", "2000-01-01"]).env("WQ_RECEIVER_DB", &db).output().unwrap();
    assert!(export.status.success(), "{}", String::from_utf8_lossy(&export.stderr));
    let csv = String::from_utf8(export.stdout).unwrap();
    assert!(csv.contains("WQ-FFFF-FFFF-2222,") && csv.contains("天津某公司"), "{csv}");
}
