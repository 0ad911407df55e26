//! Announcements reaching a person, against local listeners on 127.0.0.1: a chat webhook (an
//! axum server recording what it is sent) in each kind's shape, signed where the kind signs, with
//! the company name arriving as inert text; and e-mail through a small SMTP sink written here,
//! including an outage of the sink: inquiries are stored and answered 201 meanwhile, and once it
//! is back each mail arrives exactly once.

mod common;

use base64::Engine as _;
use common::{eventually, id, inquiry, post, server_with, Server};
use hmac::{Hmac, Mac};
use reqwest::StatusCode;
use serde_json::{json, Value};
use sha2::Sha256;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;
use tokio::io::{AsyncBufReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpListener;

const EVIL_COMPANY: &str = "<!channel> <http://evil.example|点此领取补贴>";

/// A request the webhook listener received: its path and query, and its JSON body.
#[derive(Clone, Debug)]
struct Hook {
    uri: String,
    body: Value,
}

/// Starts a webhook listener answering `answer`; returns its URL and what it receives.
async fn webhook_listener(answer: Value) -> (String, Arc<Mutex<Vec<Hook>>>) {
    let received: Arc<Mutex<Vec<Hook>>> = Arc::default();
    let record = received.clone();
    let app = axum::Router::new().route(
        "/hook",
        axum::routing::post(move |uri: axum::http::Uri, axum::Json(body): axum::Json<Value>| {
            let (record, answer) = (record.clone(), answer.clone());
            async move {
                record.lock().unwrap().push(Hook { uri: uri.to_string(), body });
                axum::Json(answer)
            }
        }),
    );
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}/hook?access_token=t", listener.local_addr().unwrap());
    tokio::spawn(async move { axum::serve(listener, app).await });
    (url, received)
}

fn hmac_base64(key: &[u8], message: &[u8]) -> String {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).unwrap();
    mac.update(message);
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

/// Posts one inquiry from an untrustworthy company and waits for its announcement.
async fn announce(kind: &str, secret: Option<&str>, answer: Value) -> (Server, Vec<Hook>) {
    let (url, received) = webhook_listener(answer).await;
    let mut env = vec![("WQ_RECEIVER_WEBHOOK_URL", url.as_str()), ("WQ_RECEIVER_WEBHOOK_KIND", kind)];
    if let Some(secret) = secret {
        env.push(("WQ_RECEIVER_WEBHOOK_SECRET", secret));
    }
    let s = server_with(&env).await;
    let mut body = inquiry(&id(1));
    body["company"] = json!(EVIL_COMPANY);
    assert_eq!(post(&s, &body).await.0, StatusCode::CREATED);
    assert!(eventually(Duration::from_secs(10), || !received.lock().unwrap().is_empty()).await, "{kind}: nothing");
    let hooks = received.lock().unwrap().clone();
    (s, hooks)
}

/// The text a chat shows: the mention and the disguised link are gone, the words are there.
fn assert_inert(text: &str) {
    assert!(text.starts_with("New inquiry WQ-0000-0001-1111: topic factory, park jingbin, company "), "{text}");
    assert!(text.contains("http://evil.example") && text.contains("点此领取补贴"), "{text}");
    assert!(!text.contains('<') && !text.contains('>') && !text.contains('|') && !text.contains('@'), "{text}");
    assert!(!text.contains("13812345678") && !text.contains("li@example.com") && !text.contains("李娜"), "{text}");
}

/// Earlier the company name was forwarded verbatim: `<!channel>` reached the chat as a mention
/// of everyone and `<http://evil.example|点此领取补贴>` as a disguised link.
#[tokio::test]
async fn generic_webhook_gets_inert_text() {
    let (s, hooks) = announce("generic", None, json!("ok")).await;
    assert_eq!(hooks.len(), 1);
    let text = hooks[0].body["text"].as_str().unwrap();
    assert_inert(text);
    assert!(eventually(Duration::from_secs(5), || s.running.store.queue_len().unwrap() == 0).await);
}

#[tokio::test]
async fn wecom_gets_its_text_message() {
    let (_s, hooks) = announce("wecom", None, json!({ "errcode": 0, "errmsg": "ok" })).await;
    assert_eq!(hooks[0].body["msgtype"], "text");
    assert_inert(hooks[0].body["text"]["content"].as_str().unwrap());
}

#[tokio::test]
async fn dingtalk_gets_a_signed_text_message() {
    let secret = "SEC0123456789abcdef";
    let (_s, hooks) = announce("dingtalk", Some(secret), json!({ "errcode": 0, "errmsg": "ok" })).await;
    let hook = &hooks[0];
    assert_eq!(hook.body["msgtype"], "text");
    assert_inert(hook.body["text"]["content"].as_str().unwrap());
    let query: HashMap<String, String> = url_query(&hook.uri).into_iter().collect::<HashMap<String, String>>();
    assert_eq!(query["access_token"], "t");
    let timestamp = &query["timestamp"];
    let sent_ms: u128 = timestamp.parse().unwrap();
    let now_ms = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_millis();
    assert!(now_ms.abs_diff(sent_ms) < 60_000, "a timestamp in milliseconds, now");
    assert_eq!(query["sign"], hmac_base64(secret.as_bytes(), format!("{timestamp}\n{secret}").as_bytes()));
}

#[tokio::test]
async fn feishu_gets_a_signed_text_message() {
    let secret = "feishu-secret";
    let (_s, hooks) = announce("feishu", Some(secret), json!({ "code": 0, "msg": "success" })).await;
    let body = &hooks[0].body;
    assert_eq!(body["msg_type"], "text");
    assert_inert(body["content"]["text"].as_str().unwrap());
    let timestamp = body["timestamp"].as_str().unwrap();
    let now_s = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).unwrap().as_secs();
    assert!(now_s.abs_diff(timestamp.parse().unwrap()) < 60, "a timestamp in seconds, now");
    assert_eq!(body["sign"], hmac_base64(format!("{timestamp}\n{secret}").as_bytes(), b""));
}

/// DingTalk answers 200 with an error code when it refuses a message (a wrong signature, say):
/// that is not a delivery, and the announcement stays queued.
#[tokio::test]
async fn a_refusal_in_a_200_keeps_the_announcement_queued() {
    let (s, _) = announce("dingtalk", Some("SECwrong"), json!({ "errcode": 310000, "errmsg": "sign not match" })).await;
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(s.running.store.queue_len().unwrap(), 1);
}

/// `a=1&b=2` of a path and query, percent-decoded.
fn url_query(uri: &str) -> Vec<(String, String)> {
    let query = uri.split_once('?').map_or("", |(_, q)| q);
    query
        .split('&')
        .filter_map(|pair| pair.split_once('='))
        .map(|(k, v)| (k.to_string(), percent_encoding::percent_decode_str(v).decode_utf8().unwrap().into_owned()))
        .collect()
}

/// A minimal SMTP server: accepts every command, and records each message's text (after DATA).
async fn smtp_sink(listener: TcpListener) -> Arc<Mutex<Vec<String>>> {
    let messages: Arc<Mutex<Vec<String>>> = Arc::default();
    let record = messages.clone();
    tokio::spawn(async move {
        while let Ok((stream, _)) = listener.accept().await {
            let record = record.clone();
            tokio::spawn(async move {
                let (reader, mut writer) = stream.into_split();
                let mut lines = BufReader::new(reader).lines();
                writer.write_all(b"220 sink ESMTP\r\n").await?;
                while let Some(line) = lines.next_line().await? {
                    let command = line.to_ascii_uppercase();
                    if command.starts_with("EHLO") || command.starts_with("HELO") {
                        writer.write_all(b"250-sink\r\n250 8BITMIME\r\n").await?;
                    } else if command.starts_with("DATA") {
                        writer.write_all(b"354 go on\r\n").await?;
                        let mut text = String::new();
                        while let Some(line) = lines.next_line().await? {
                            if line == "." {
                                break;
                            }
                            text.push_str(line.strip_prefix('.').unwrap_or(&line));
                            text.push('\n');
                        }
                        record.lock().unwrap().push(text);
                        writer.write_all(b"250 queued\r\n").await?;
                    } else if command.starts_with("QUIT") {
                        writer.write_all(b"221 bye\r\n").await?;
                        break;
                    } else {
                        writer.write_all(b"250 ok\r\n").await?;
                    }
                }
                Ok::<(), std::io::Error>(())
            });
        }
    });
    messages
}

fn mail_env(port: &str) -> Vec<(&'static str, String)> {
    vec![
        ("WQ_RECEIVER_SMTP_HOST", "127.0.0.1".into()),
        ("WQ_RECEIVER_SMTP_PORT", port.into()),
        ("WQ_RECEIVER_SMTP_TLS", "none".into()),
        ("WQ_RECEIVER_MAIL_FROM", "Inquiry robot <robot@example.cn>".into()),
        ("WQ_RECEIVER_MAIL_TO", "office@example.cn".into()),
        ("WQ_RECEIVER_NOTIFY_RETRY", "1".into()),
    ]
}

fn references(messages: &[String]) -> Vec<String> {
    let mut found: Vec<String> = messages
        .iter()
        .filter_map(|m| m.lines().find_map(|l| l.strip_prefix("X-Inquiry-Reference: ")).map(String::from))
        .collect();
    found.sort();
    found
}

#[tokio::test]
async fn each_inquiry_is_mailed_to_the_office() {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let port = listener.local_addr().unwrap().port().to_string();
    let messages = smtp_sink(listener).await;
    let env = mail_env(&port);
    let s = server_with(&env.iter().map(|(k, v)| (*k, v.as_str())).collect::<Vec<_>>()).await;
    let (status, receipt) = post(&s, &inquiry(&id(7))).await;
    assert_eq!(status, StatusCode::CREATED);
    assert!(eventually(Duration::from_secs(10), || !messages.lock().unwrap().is_empty()).await, "no mail");
    let message = messages.lock().unwrap()[0].clone();
    assert!(message.contains("To: office@example.cn"), "{message}");
    assert!(message.contains("Reply-To: li@example.com"), "{message}");
    assert_eq!(references(&[message]), [receipt["reference"].as_str().unwrap()]);
    assert!(eventually(Duration::from_secs(5), || s.running.store.queue_len().unwrap() == 0).await);
}

#[tokio::test]
async fn an_smtp_outage_loses_no_mail_and_sends_none_twice() {
    // A port with nothing listening yet.
    let port = TcpListener::bind("127.0.0.1:0").await.unwrap().local_addr().unwrap().port();
    let env = mail_env(&port.to_string());
    let s = server_with(&env.iter().map(|(k, v)| (*k, v.as_str())).collect::<Vec<_>>()).await;
    let mut expected = Vec::new();
    for n in 0..3 {
        let (status, receipt) = post(&s, &inquiry(&id(n))).await;
        assert_eq!(status, StatusCode::CREATED, "stored and answered while the mail server is down");
        expected.push(receipt["reference"].as_str().unwrap().to_string());
    }
    let store = s.running.store.clone();
    let all_failed = || {
        let due = store.due(receiver::store::Channel::Mail, i64::MAX, 10).unwrap();
        due.len() == 3 && due.iter().all(|q| q.attempts >= 1)
    };
    assert!(eventually(Duration::from_secs(10), all_failed).await, "each was tried and kept");

    let listener = TcpListener::bind(("127.0.0.1", port)).await.unwrap();
    let messages = smtp_sink(listener).await;
    assert!(eventually(Duration::from_secs(20), || store.queue_len().unwrap() == 0).await, "not all sent");
    // Give a second send, if there were one, time to arrive.
    tokio::time::sleep(Duration::from_millis(2500)).await;
    expected.sort();
    assert_eq!(references(&messages.lock().unwrap()), expected, "each mail exactly once");
}
