//! The endpoint over real HTTP: the router started on 127.0.0.1 with a temporary database,
//! called with reqwest.

mod common;

use common::{client, inquiry, post, server_with, Server, ID, ORIGIN};
use reqwest::StatusCode;
use serde_json::{json, Value};
use std::sync::{Arc, Mutex};
use std::time::Duration;

async fn server(rate_limit: u32, webhook_url: Option<String>) -> Server {
    let rate_limit = rate_limit.to_string();
    let mut env = vec![("WQ_RECEIVER_RATE_LIMIT", rate_limit.as_str())];
    if let Some(url) = &webhook_url {
        env.push(("WQ_RECEIVER_WEBHOOK_URL", url));
    }
    server_with(&env).await
}

#[tokio::test]
async fn created_then_the_same_id_again_is_ok_with_the_same_reference() {
    let s = server(100, None).await;
    let (status, body) = post(&s, &inquiry(ID)).await;
    assert_eq!(status, StatusCode::CREATED, "{body}");
    assert_eq!(body, json!({ "reference": "WQ-6F1C-2A3B-9D4E" }));
    let (again, body) = post(&s, &inquiry(ID)).await;
    assert_eq!(again, StatusCode::OK);
    assert_eq!(body, json!({ "reference": "WQ-6F1C-2A3B-9D4E" }));
    assert_eq!(s.running.store.count().unwrap(), 1);
    let rows = s.running.store.since("2000-01-01").unwrap();
    assert_eq!(rows[0].phone, "13812345678", "stored normalised");
}

#[tokio::test]
async fn concurrent_duplicates_end_with_one_row() {
    let s = server(100, None).await;
    let body = inquiry("0a1b2c3d-1111-4222-8333-444455556666");
    let tasks: Vec<_> = (0..8)
        .map(|_| {
            let (url, body) = (format!("{}/inquiries", s.base), body.clone());
            tokio::spawn(async move { client().post(url).json(&body).send().await.unwrap().status() })
        })
        .collect();
    let mut statuses = Vec::new();
    for task in tasks {
        statuses.push(task.await.unwrap());
    }
    assert_eq!(statuses.iter().filter(|s| **s == StatusCode::CREATED).count(), 1, "{statuses:?}");
    assert_eq!(statuses.iter().filter(|s| **s == StatusCode::OK).count(), 7, "{statuses:?}");
    assert_eq!(s.running.store.count().unwrap(), 1);
}

#[tokio::test]
async fn bad_input_is_400_naming_the_field() {
    let s = server(100, None).await;
    let mut bad = inquiry(ID);
    bad["phone"] = json!("12345");
    let (status, body) = post(&s, &bad).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(body, json!({ "errors": [{ "field": "phone", "problem": "phone-format" }] }));

    let mut bad = inquiry("not-a-uuid");
    bad["locale"] = json!("x".repeat(100));
    bad["name"] = json!("");
    let (status, body) = post(&s, &bad).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        body,
        json!({ "errors": [
            { "field": "id", "problem": "malformed" },
            { "field": "locale", "problem": "too-long", "max": 35 },
            { "field": "name", "problem": "missing" },
        ] })
    );

    let mut bad = inquiry(ID);
    bad["name"] = json!("x".repeat(51));
    bad["page"] = json!("/contact\u{7}");
    let (status, body) = post(&s, &bad).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        body,
        json!({ "errors": [
            { "field": "page", "problem": "control-characters" },
            { "field": "name", "problem": "too-long", "max": 50 },
        ] })
    );

    let response = client()
        .post(format!("{}/inquiries", s.base))
        .header("content-type", "application/json")
        .body("{not json")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::BAD_REQUEST);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body, json!({ "errors": [{ "field": "body", "problem": "invalid-json" }] }));
    assert_eq!(s.running.store.count().unwrap(), 0);
}

#[tokio::test]
async fn a_body_over_16_kb_is_413() {
    let s = server(100, None).await;
    let mut big = inquiry(ID);
    big["message"] = json!("x".repeat(17 * 1024));
    let (status, body) = post(&s, &big).await;
    assert_eq!(status, StatusCode::PAYLOAD_TOO_LARGE);
    assert_eq!(body, json!({ "errors": [{ "field": "body", "problem": "too-large" }] }));
    assert_eq!(s.running.store.count().unwrap(), 0);
}

#[tokio::test]
async fn another_content_type_is_415() {
    let s = server(100, None).await;
    let response = client()
        .post(format!("{}/inquiries", s.base))
        .header("content-type", "text/plain")
        .body(inquiry(ID).to_string())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::UNSUPPORTED_MEDIA_TYPE);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body, json!({ "errors": [{ "field": "body", "problem": "not-json" }] }));
}

#[tokio::test]
async fn past_the_rate_limit_is_429() {
    let s = server(3, None).await;
    for _ in 0..3 {
        assert_ne!(post(&s, &inquiry(ID)).await.0, StatusCode::TOO_MANY_REQUESTS);
    }
    let response = client().post(format!("{}/inquiries", s.base)).json(&inquiry(ID)).send().await.unwrap();
    assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(response.headers().contains_key("retry-after"));
    let body: Value = response.json().await.unwrap();
    assert_eq!(body, json!({ "errors": [{ "field": "body", "problem": "rate-limited" }] }));
}

async fn preflight(s: &Server, origin: &str) -> reqwest::Response {
    client()
        .request(reqwest::Method::OPTIONS, format!("{}/inquiries", s.base))
        .header("origin", origin)
        .header("access-control-request-method", "POST")
        .header("access-control-request-headers", "content-type")
        .send()
        .await
        .unwrap()
}

#[tokio::test]
async fn cors_only_for_configured_origins() {
    let s = server(100, None).await;
    let allowed = preflight(&s, ORIGIN).await;
    assert!(allowed.status().is_success());
    let h = allowed.headers();
    assert_eq!(h["access-control-allow-origin"], ORIGIN);
    assert!(h["access-control-allow-methods"].to_str().unwrap().contains("POST"));
    assert!(h["access-control-allow-headers"].to_str().unwrap().contains("content-type"));

    let other = preflight(&s, "https://evil.example").await;
    assert!(!other.headers().contains_key("access-control-allow-origin"));
    assert!(!other.headers().contains_key("access-control-allow-methods"));

    let response = client()
        .post(format!("{}/inquiries", s.base))
        .header("origin", ORIGIN)
        .json(&inquiry(ID))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), StatusCode::CREATED);
    assert_eq!(response.headers()["access-control-allow-origin"], ORIGIN);
}

#[tokio::test]
async fn a_new_inquiry_is_announced_to_the_webhook_without_contact_details() {
    // The webhook target: a second axum server recording what it is sent.
    let received: Arc<Mutex<Vec<Value>>> = Arc::default();
    let record = received.clone();
    let target = axum::Router::new().route(
        "/hook",
        axum::routing::post(move |axum::Json(body): axum::Json<Value>| {
            let record = record.clone();
            async move {
                record.lock().unwrap().push(body);
                "ok"
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let hook = format!("http://{}/hook", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, target).await });

    let s = server(100, Some(hook)).await;
    assert_eq!(post(&s, &inquiry(ID)).await.0, StatusCode::CREATED);
    for _ in 0..100 {
        if !received.lock().unwrap().is_empty() && s.running.store.queue_len().unwrap() == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let received = received.lock().unwrap();
    assert_eq!(received.len(), 1);
    let text = received[0]["text"].as_str().unwrap();
    assert_eq!(text, "New inquiry WQ-6F1C-2A3B-9D4E: topic factory, park jingbin, company Example GmbH");
    assert_eq!(s.running.store.queue_len().unwrap(), 0, "delivered rows leave the queue");
}

/// Earlier an upper-case copy of a stored id was stored again: 201, a second row, the same
/// reference. Now it is the same inquiry: 200, one row.
#[tokio::test]
async fn an_upper_case_copy_of_an_id_is_the_same_inquiry() {
    let s = server(100, None).await;
    assert_eq!(post(&s, &inquiry(ID)).await.0, StatusCode::CREATED);
    let (status, body) = post(&s, &inquiry(&ID.to_uppercase())).await;
    assert_eq!(status, StatusCode::OK);
    assert_eq!(body, json!({ "reference": "WQ-6F1C-2A3B-9D4E" }));
    assert_eq!(s.running.store.count().unwrap(), 1);
}

/// Earlier two ids sharing their first 12 hex digits were given the same reference.
#[tokio::test]
async fn ids_sharing_a_prefix_get_different_references() {
    let s = server(100, None).await;
    let (_, first) = post(&s, &inquiry(ID)).await;
    let (status, second) = post(&s, &inquiry("6f1c2a3b-9d4e-4aaa-8bbb-cccccccccccc")).await;
    assert_eq!(status, StatusCode::CREATED);
    assert_ne!(first["reference"], second["reference"]);
    assert_eq!(second["reference"].as_str().unwrap().len(), "WQ-6F1C-2A3B-9D4E".len());
}

/// Earlier U+061C and U+2028/2029 passed, `locale`, `page` and `submitted_at` took bidi
/// overrides, and `submitted_at` could be any text.
#[tokio::test]
async fn format_characters_and_a_date_that_is_none_are_400() {
    let s = server(100, None).await;
    let mut bad = inquiry(ID);
    bad["name"] = json!("李\u{061C}娜");
    bad["company"] = json!("Example\u{2028}GmbH");
    bad["locale"] = json!("zh-CN\u{202E}");
    bad["page"] = json!("/contact\u{2066}");
    bad["submitted_at"] = json!("tomorrow");
    let (status, body) = post(&s, &bad).await;
    assert_eq!(status, StatusCode::BAD_REQUEST);
    assert_eq!(
        body,
        json!({ "errors": [
            { "field": "locale", "problem": "control-characters" },
            { "field": "page", "problem": "control-characters" },
            { "field": "submitted_at", "problem": "date-format" },
            { "field": "name", "problem": "control-characters" },
            { "field": "company", "problem": "control-characters" },
        ] })
    );
    let mut bidi_date = inquiry(ID);
    bidi_date["submitted_at"] = json!("2026-03-01T08:00:00Z\u{202D}");
    let (_, body) = post(&s, &bidi_date).await;
    assert_eq!(body, json!({ "errors": [{ "field": "submitted_at", "problem": "control-characters" }] }));
    assert_eq!(s.running.store.count().unwrap(), 0);
}

/// What the 201's promise rests on: the live connection writes ahead (WAL) and syncs each
/// commit (`synchronous=FULL`, 2), so a committed row survives a power loss, not only a crash.
#[tokio::test]
async fn the_live_connection_is_wal_with_full_sync() {
    let s = server(100, None).await;
    let (mode, synchronous) = s.running.store.durability_settings().unwrap();
    assert_eq!((mode.as_str(), synchronous), ("wal", 2));
}
