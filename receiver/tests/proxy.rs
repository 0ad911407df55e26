//! The receiver behind a proxy, over real HTTP on 127.0.0.1 (the test plays the proxy: every
//! request comes from 127.0.0.1 and carries the headers a proxy would have written).

mod common;

use common::{id, inquiry, post_with, server_with};
use reqwest::StatusCode;

/// What nginx with `proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for` sends: what the
/// client wrote, then the client's real address.
fn appended(client_wrote: &str, real: &str) -> String {
    format!("{client_wrote}, {real}")
}

/// Earlier the left-most X-Forwarded-For entry was believed: a client writing a new address
/// each time got 25 of 25 requests past a limit of 10. Read from the right, its own address
/// counts, whatever it writes.
#[tokio::test]
async fn forged_forwarded_for_entries_do_not_get_past_the_limit() {
    let s = server_with(&[
        ("WQ_RECEIVER_RATE_LIMIT", "3"),
        ("WQ_RECEIVER_TRUSTED_PROXIES", "127.0.0.1"),
        ("WQ_RECEIVER_CLIENT_IP_HEADER", "X-Forwarded-For"),
    ])
    .await;
    let mut statuses = Vec::new();
    for n in 0..6 {
        let forged = appended(&format!("10.9.8.{n}"), "203.0.113.5");
        statuses.push(post_with(&s, &inquiry(&id(n)), &[("x-forwarded-for", &forged)]).await.0);
    }
    let limited = statuses.iter().filter(|s| **s == StatusCode::TOO_MANY_REQUESTS).count();
    assert_eq!(limited, 3, "{statuses:?}");
}

/// Earlier a client could name a victim in X-Forwarded-For and use up the victim's limit. Now
/// the attacker's requests count against the attacker's own address.
#[tokio::test]
async fn a_client_cannot_lock_out_another_address() {
    let s = server_with(&[
        ("WQ_RECEIVER_RATE_LIMIT", "3"),
        ("WQ_RECEIVER_TRUSTED_PROXIES", "127.0.0.1"),
        ("WQ_RECEIVER_CLIENT_IP_HEADER", "X-Forwarded-For"),
    ])
    .await;
    let victim = "198.51.100.77";
    for n in 0..5 {
        post_with(&s, &inquiry(&id(n)), &[("x-forwarded-for", &appended(victim, "203.0.113.5"))]).await;
    }
    let (status, _) = post_with(&s, &inquiry(&id(100)), &[("x-forwarded-for", victim)]).await;
    assert_eq!(status, StatusCode::CREATED, "the victim's first request");
}

/// Behind a proxy with default settings every visitor shares the proxy's address, so one
/// client's 10 requests lock out everyone; the remedy is to trust the proxy. This checks that the
/// remedy works under the new trust rules: each visitor counts on their own, and one at the limit
/// leaves the others alone. (The earlier code passed this too, as it believed the header from
/// anyone; the two tests above are the ones it failed.)
#[tokio::test]
async fn behind_a_trusted_proxy_each_visitor_has_their_own_limit() {
    let s = server_with(&[
        ("WQ_RECEIVER_RATE_LIMIT", "2"),
        ("WQ_RECEIVER_TRUSTED_PROXIES", "127.0.0.0/8, ::1"),
        ("WQ_RECEIVER_CLIENT_IP_HEADER", "X-Real-IP"),
    ])
    .await;
    for n in 0..4 {
        post_with(&s, &inquiry(&id(n)), &[("x-real-ip", "203.0.113.5")]).await;
    }
    let (busy, _) = post_with(&s, &inquiry(&id(10)), &[("x-real-ip", "203.0.113.5")]).await;
    assert_eq!(busy, StatusCode::TOO_MANY_REQUESTS);
    for n in 0..2 {
        let (status, _) = post_with(&s, &inquiry(&id(20 + n)), &[("x-real-ip", "198.51.100.8")]).await;
        assert_eq!(status, StatusCode::CREATED, "another visitor, request {n}");
    }
}

/// With no trusted proxy (the default) the peer is the client, so no header a client writes
/// changes who it is; and a header from a peer that is not a trusted proxy is not read either.
#[tokio::test]
async fn a_header_from_an_untrusted_peer_is_ignored() {
    for env in [
        vec![("WQ_RECEIVER_RATE_LIMIT", "2")],
        vec![
            ("WQ_RECEIVER_RATE_LIMIT", "2"),
            ("WQ_RECEIVER_TRUSTED_PROXIES", "10.0.0.0/8"),
            ("WQ_RECEIVER_CLIENT_IP_HEADER", "X-Real-IP"),
        ],
    ] {
        let s = server_with(&env).await;
        let mut statuses = Vec::new();
        for n in 0..4 {
            let forged = format!("192.0.2.{n}");
            let headers = [("x-real-ip", forged.as_str()), ("x-forwarded-for", forged.as_str())];
            statuses.push(post_with(&s, &inquiry(&id(n)), &headers).await.0);
        }
        assert_eq!(&statuses[2..], [StatusCode::TOO_MANY_REQUESTS; 2], "{env:?}: {statuses:?}");
    }
}
