//! What the integration tests share: a receiver started on 127.0.0.1 with a temporary database
//! and the given environment, a reqwest client, and a valid inquiry to send.

#![allow(dead_code)] // each test file uses a part

use receiver::config::Config;
use reqwest::StatusCode;
use serde_json::{json, Value};
use std::time::Duration;

pub const ORIGIN: &str = "https://invest.example.cn";
pub const ID: &str = "6f1c2a3b-9d4e-4f00-8a11-0123456789ab";

pub struct Server {
    pub base: String,
    pub running: receiver::Running,
    pub _dir: tempfile::TempDir,
}

/// A receiver configured as by these environment variables (the listen address, database and
/// origins are set here unless given).
pub async fn server_with(env: &[(&str, &str)]) -> Server {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("inquiries.sqlite3").display().to_string();
    let origins = format!("{ORIGIN},http://127.0.0.1:8080");
    let mut all: Vec<(&str, &str)> = env.to_vec();
    all.extend([
        ("WQ_RECEIVER_LISTEN", "127.0.0.1:0"),
        ("WQ_RECEIVER_DB", &db),
        ("WQ_RECEIVER_ALLOWED_ORIGINS", &origins),
    ]);
    let config = Config::from_lookup(|key| all.iter().find(|(k, _)| *k == key).map(|(_, v)| v.to_string())).unwrap();
    let running = receiver::start(&config, std::future::pending()).await.unwrap();
    Server { base: format!("http://{}", running.addr), running, _dir: dir }
}

pub fn client() -> reqwest::Client {
    reqwest::Client::builder().no_proxy().timeout(Duration::from_secs(10)).build().unwrap()
}

pub fn inquiry(id: &str) -> Value {
    json!({
        "id": id,
        "topic": "factory",
        "park": "jingbin",
        "name": "李娜",
        "company": "Example GmbH",
        "phone": "138 1234 5678",
        "email": "li@example.com",
        "message": "需要 5000 m² 厂房",
        "scenario": "",
        "locale": "zh-CN",
        "page": "/contact",
        "submitted_at": "2026-03-01T08:00:00+08:00"
    })
}

/// A fresh id for the `n`-th inquiry of a test.
pub fn id(n: u32) -> String {
    format!("{n:08x}-1111-4222-8333-444455556666")
}

pub async fn post(s: &Server, body: &Value) -> (StatusCode, Value) {
    post_with(s, body, &[]).await
}

pub async fn post_with(s: &Server, body: &Value, headers: &[(&str, &str)]) -> (StatusCode, Value) {
    let mut request = client().post(format!("{}/inquiries", s.base)).json(body);
    for (name, value) in headers {
        request = request.header(*name, *value);
    }
    let response = request.send().await.unwrap();
    let status = response.status();
    (status, response.json().await.unwrap_or(Value::Null))
}

/// Waits (up to `limit`) until `done` holds.
pub async fn eventually(limit: Duration, mut done: impl FnMut() -> bool) -> bool {
    let start = std::time::Instant::now();
    while start.elapsed() < limit {
        if done() {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    done()
}
