//! Slow and idle clients (slowloris), over raw TCP on 127.0.0.1 against a receiver with short
//! limits: headers 1 s, body pauses 1 s, whole request 3 s, 8 connections. Earlier there was no
//! timeout and no cap: slow-header and slow-body connections were still open after 75 s, and
//! 150 idle connections starved a real POST. Each test here is bounded in time and count.

mod common;

use common::{client, id, inquiry, server_with, Server};
use reqwest::StatusCode;
use std::time::{Duration, Instant};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

async fn short_limits() -> Server {
    server_with(&[
        ("WQ_RECEIVER_HEADER_TIMEOUT", "1"),
        ("WQ_RECEIVER_BODY_TIMEOUT", "1"),
        ("WQ_RECEIVER_REQUEST_TIMEOUT", "3"),
        ("WQ_RECEIVER_MAX_CONNECTIONS", "8"),
        ("WQ_RECEIVER_RATE_LIMIT", "0"),
    ])
    .await
}

fn addr(s: &Server) -> std::net::SocketAddr {
    s.running.addr
}

/// Reads until the server closes the connection (or 10 s pass); returns what it sent and when it
/// closed, counted from `since`.
async fn read_until_closed(stream: &mut TcpStream, since: Instant) -> (String, Option<Duration>) {
    let mut received = Vec::new();
    let mut buf = [0u8; 1024];
    let deadline = since + Duration::from_secs(10);
    loop {
        match tokio::time::timeout_at(deadline.into(), stream.read(&mut buf)).await {
            Ok(Ok(0)) | Ok(Err(_)) => return (String::from_utf8_lossy(&received).into(), Some(since.elapsed())),
            Ok(Ok(n)) => received.extend_from_slice(&buf[..n]),
            Err(_) => return (String::from_utf8_lossy(&received).into(), None),
        }
    }
}

/// Writes `chunks` one at a time, `pause` apart, until the server stops taking them.
fn trickle(mut writer: tokio::net::tcp::OwnedWriteHalf, chunks: Vec<String>, pause: Duration) {
    tokio::spawn(async move {
        for chunk in chunks {
            if writer.write_all(chunk.as_bytes()).await.is_err() {
                return;
            }
            tokio::time::sleep(pause).await;
        }
    });
}

const HEAD: &str = "POST /inquiries HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n";

#[tokio::test]
async fn slow_headers_are_cut_off() {
    let s = short_limits().await;
    let start = Instant::now();
    let stream = TcpStream::connect(addr(&s)).await.unwrap();
    let (mut reader, writer) = stream.into_split();
    // A header line every 300 ms, never the blank line that ends them (30 lines at most).
    let mut chunks = vec![HEAD.to_string()];
    chunks.extend((0..30).map(|n| format!("X-Slow-{n}: a\r\n")));
    trickle(writer, chunks, Duration::from_millis(300));
    let mut buf = [0u8; 1024];
    let closed = tokio::time::timeout(Duration::from_secs(10), async {
        loop {
            match reader.read(&mut buf).await {
                Ok(0) | Err(_) => return start.elapsed(),
                Ok(_) => {}
            }
        }
    })
    .await
    .expect("still open after 10 s");
    assert!(closed < Duration::from_secs(3), "closed after {closed:?}");
}

#[tokio::test]
async fn a_body_trickling_in_is_cut_off_by_the_request_timeout() {
    let s = short_limits().await;
    let start = Instant::now();
    let stream = TcpStream::connect(addr(&s)).await.unwrap();
    let (mut reader, writer) = stream.into_split();
    // One byte every 400 ms: each pause is within the body timeout, the whole is not.
    let mut chunks = vec![format!("{HEAD}Content-Length: 400\r\n\r\n")];
    chunks.extend((0..40).map(|_| " ".to_string()));
    trickle(writer, chunks, Duration::from_millis(400));
    let mut buf = Vec::new();
    let read = tokio::time::timeout(Duration::from_secs(10), reader.read_to_end(&mut buf)).await;
    let elapsed = start.elapsed();
    assert!(read.is_ok(), "still open after 10 s");
    let answer = String::from_utf8_lossy(&buf);
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    assert!(answer.contains(r#"{"errors":[{"field":"body","problem":"timeout"}]}"#), "{answer}");
    assert!(elapsed < Duration::from_secs(5), "closed after {elapsed:?}");
}

#[tokio::test]
async fn a_body_that_stops_is_cut_off_by_the_body_timeout() {
    let s = short_limits().await;
    let start = Instant::now();
    let mut stream = TcpStream::connect(addr(&s)).await.unwrap();
    stream.write_all(format!("{HEAD}Content-Length: 400\r\n\r\n{{\"id\":").as_bytes()).await.unwrap();
    let (answer, closed) = read_until_closed(&mut stream, start).await;
    assert!(answer.starts_with("HTTP/1.1 408"), "{answer}");
    let closed = closed.expect("still open after 10 s");
    assert!(closed < Duration::from_secs(3), "closed after {closed:?}");
}

#[tokio::test]
async fn idle_connections_beyond_the_cap_do_not_starve_a_real_post() {
    let s = short_limits().await;
    let start = Instant::now();
    let mut idle = Vec::new();
    for _ in 0..16 {
        idle.push(TcpStream::connect(addr(&s)).await.unwrap());
    }
    let (status, elapsed) = tokio::time::timeout(Duration::from_secs(10), async {
        let response = client().post(format!("{}/inquiries", s.base)).json(&inquiry(&id(1))).send().await.unwrap();
        (response.status(), start.elapsed())
    })
    .await
    .expect("the POST waited over 10 s");
    assert_eq!(status, StatusCode::CREATED);
    // At most two header timeouts: the first eight are closed after one, the next eight after
    // another (they were waiting for a place), then the POST has a place.
    assert!(elapsed < Duration::from_secs(4), "{elapsed:?}");
    for mut connection in idle {
        let (_, closed) = read_until_closed(&mut connection, start).await;
        assert!(closed.is_some(), "an idle connection stayed open");
    }
}
