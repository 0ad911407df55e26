//! The chat webhook channel: a short text naming the reference, topic, park and company (never
//! the name, phone or e-mail), with the company made inert (`inert`), in the JSON shape each
//! service's group robot takes: `generic` (`{"text": …}`: Slack, Mattermost, Rocket.Chat),
//! `wecom` (企业微信), `dingtalk` (钉钉, signed when a secret is set) and `feishu` (飞书/Lark,
//! signed when a secret is set). WeCom, DingTalk and Feishu answer HTTP 200 even when they refuse
//! a message; their JSON `errcode`/`code` must be 0 for it to count as delivered.

use super::inert::inert;
use super::Notifier;
use crate::config::WebhookConfig;
use crate::store::{Channel, Row};
use base64::Engine as _;
use hmac::{Hmac, Mac};
use percent_encoding::{utf8_percent_encode, NON_ALPHANUMERIC};
use serde_json::{json, Value};
use sha2::Sha256;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

/// Which group robot the webhook URL belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WebhookKind {
    Generic,
    WeCom,
    DingTalk,
    Feishu,
}

impl WebhookKind {
    /// Whether the service signs messages with a secret.
    pub fn signs(self) -> bool {
        matches!(self, WebhookKind::DingTalk | WebhookKind::Feishu)
    }
}

impl std::str::FromStr for WebhookKind {
    type Err = String;

    fn from_str(text: &str) -> Result<WebhookKind, String> {
        match text.to_ascii_lowercase().as_str() {
            "generic" => Ok(WebhookKind::Generic),
            "wecom" => Ok(WebhookKind::WeCom),
            "dingtalk" => Ok(WebhookKind::DingTalk),
            "feishu" | "lark" => Ok(WebhookKind::Feishu),
            _ => Err(format!("{text:?} is not one of generic, wecom, dingtalk, feishu")),
        }
    }
}

impl std::fmt::Display for WebhookKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(match self {
            WebhookKind::Generic => "generic",
            WebhookKind::WeCom => "wecom",
            WebhookKind::DingTalk => "dingtalk",
            WebhookKind::Feishu => "feishu",
        })
    }
}

/// The announcement: no name, phone or e-mail; the company as inert text.
pub fn announcement(inquiry: &Row) -> String {
    format!(
        "New inquiry {}: topic {}, park {}, company {}",
        inquiry.reference,
        inquiry.topic,
        inquiry.park.as_deref().unwrap_or("undecided"),
        inert(&inquiry.company)
    )
}

/// A request to send: where, and the JSON body.
#[derive(Clone, Debug, PartialEq)]
pub struct Outgoing {
    pub url: String,
    pub body: Value,
}

type HmacSha256 = Hmac<Sha256>;

fn hmac_base64(key: &[u8], message: &[u8]) -> String {
    // HMAC takes a key of any length, so this cannot fail.
    let mut mac = HmacSha256::new_from_slice(key).unwrap_or_else(|_| unreachable!("HMAC accepts any key length"));
    mac.update(message);
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

/// DingTalk's signature: HMAC-SHA256 of `timestamp\nsecret` keyed by the secret, base64, with the
/// timestamp in milliseconds.
pub fn dingtalk_sign(timestamp_ms: u128, secret: &str) -> String {
    hmac_base64(secret.as_bytes(), format!("{timestamp_ms}\n{secret}").as_bytes())
}

/// Feishu's signature: HMAC-SHA256 of nothing keyed by `timestamp\nsecret`, base64, with the
/// timestamp in seconds.
pub fn feishu_sign(timestamp_s: u64, secret: &str) -> String {
    hmac_base64(format!("{timestamp_s}\n{secret}").as_bytes(), b"")
}

/// The request for `text` to a webhook of `kind` at `url`, signed with `secret` at `now`.
pub fn outgoing(kind: WebhookKind, url: &str, secret: Option<&str>, text: &str, now: Duration) -> Outgoing {
    match kind {
        WebhookKind::Generic => Outgoing { url: url.to_string(), body: json!({ "text": text }) },
        WebhookKind::WeCom => {
            Outgoing { url: url.to_string(), body: json!({ "msgtype": "text", "text": { "content": text } }) }
        }
        WebhookKind::DingTalk => {
            let url = match secret {
                Some(secret) => {
                    let timestamp = now.as_millis();
                    let sign = dingtalk_sign(timestamp, secret);
                    let separator = if url.contains('?') { '&' } else { '?' };
                    format!(
                        "{url}{separator}timestamp={timestamp}&sign={}",
                        utf8_percent_encode(&sign, NON_ALPHANUMERIC)
                    )
                }
                None => url.to_string(),
            };
            Outgoing { url, body: json!({ "msgtype": "text", "text": { "content": text } }) }
        }
        WebhookKind::Feishu => {
            let mut body = json!({ "msg_type": "text", "content": { "text": text } });
            if let Some(secret) = secret {
                let timestamp = now.as_secs();
                body["timestamp"] = Value::from(timestamp.to_string());
                body["sign"] = Value::from(feishu_sign(timestamp, secret));
            }
            Outgoing { url: url.to_string(), body }
        }
    }
}

/// Whether a 2xx answer's body says the message was taken: `errcode` 0 for WeCom and DingTalk,
/// `code` (or the older `StatusCode`) 0 for Feishu; any 2xx for a generic webhook.
pub fn accepted(kind: WebhookKind, body: &str) -> Result<(), String> {
    let field = match kind {
        WebhookKind::Generic => return Ok(()),
        WebhookKind::WeCom | WebhookKind::DingTalk => &["errcode"][..],
        WebhookKind::Feishu => &["code", "StatusCode"][..],
    };
    let json: Value = serde_json::from_str(body).map_err(|_| format!("{kind} answered something not JSON"))?;
    let code = field.iter().find_map(|name| json.get(*name)).and_then(Value::as_i64);
    match code {
        Some(0) => Ok(()),
        Some(code) => {
            let message = ["errmsg", "msg", "StatusMessage"].iter().find_map(|name| json.get(*name)?.as_str());
            Err(format!("{kind} refused it: {code} {}", message.unwrap_or("")))
        }
        None => Err(format!("{kind} answered without a status code")),
    }
}

/// POSTs each announcement to the configured webhook.
pub struct ChatWebhook {
    client: reqwest::Client,
    config: WebhookConfig,
}

impl ChatWebhook {
    pub fn new(config: &WebhookConfig) -> Result<ChatWebhook, String> {
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(15))
            .build()
            .map_err(|e| format!("webhook client: {e}"))?;
        Ok(ChatWebhook { client, config: config.clone() })
    }
}

impl Notifier for ChatWebhook {
    fn channel(&self) -> Channel {
        Channel::Webhook
    }

    async fn send(&self, inquiry: &Row) -> Result<(), String> {
        let now = SystemTime::now().duration_since(UNIX_EPOCH).unwrap_or_default();
        let config = &self.config;
        let request = outgoing(config.kind, &config.url, config.secret.as_deref(), &announcement(inquiry), now);
        let response = self.client.post(&request.url).json(&request.body).send().await.map_err(|e| e.to_string())?;
        let status = response.status();
        if !status.is_success() {
            return Err(format!("HTTP {}", status.as_u16()));
        }
        let body = response.text().await.map_err(|e| e.to_string())?;
        accepted(config.kind, &body)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TEXT: &str = "New inquiry WQ-6F1C-2A3B-9D4E: topic factory, park jingbin, company ACME";

    #[test]
    fn each_kind_has_its_shape() {
        let now = Duration::from_millis(1_700_000_000_123);
        let generic = outgoing(WebhookKind::Generic, "http://h/x", None, TEXT, now);
        assert_eq!(generic.body, json!({ "text": TEXT }));
        let wecom = outgoing(WebhookKind::WeCom, "http://h/x?key=k", None, TEXT, now);
        assert_eq!(wecom.body, json!({ "msgtype": "text", "text": { "content": TEXT } }));
        assert_eq!(wecom.url, "http://h/x?key=k");
        let feishu = outgoing(WebhookKind::Feishu, "http://h/x", None, TEXT, now);
        assert_eq!(feishu.body, json!({ "msg_type": "text", "content": { "text": TEXT } }));
    }

    #[test]
    fn dingtalk_signs_the_url() {
        let now = Duration::from_millis(1_700_000_000_123);
        let signed = outgoing(WebhookKind::DingTalk, "http://h/robot/send?access_token=t", Some("SECx"), TEXT, now);
        let sign = dingtalk_sign(1_700_000_000_123, "SECx");
        let encoded = utf8_percent_encode(&sign, NON_ALPHANUMERIC).to_string();
        assert_eq!(signed.url, format!("http://h/robot/send?access_token=t&timestamp=1700000000123&sign={encoded}"));
        assert_eq!(signed.body, json!({ "msgtype": "text", "text": { "content": TEXT } }));
        // HMAC-SHA256(key "SECx", "1700000000123\nSECx"), base64, as computed by another
        // implementation (Python's hmac module).
        assert_eq!(sign, "q4wtLvw+fNQvkSpza8+wKY7QYg1NCXGKj/5Hrh4ndQk=");
        assert_eq!(encoded, "q4wtLvw%2BfNQvkSpza8%2BwKY7QYg1NCXGKj%2F5Hrh4ndQk%3D");
    }

    #[test]
    fn feishu_signs_the_body() {
        let now = Duration::from_secs(1_700_000_000);
        let signed = outgoing(WebhookKind::Feishu, "http://h/hook", Some("s3cret"), TEXT, now);
        assert_eq!(signed.body["timestamp"], "1700000000");
        // HMAC-SHA256(key "1700000000\ns3cret", ""), base64, as computed by Python's hmac module.
        assert_eq!(signed.body["sign"], "IX3eHI0/v/Td7jqJ0ynSEK3Dq5JY3HUZeoeMgVZeZGo=");
    }

    #[test]
    fn answers_are_read_per_kind() {
        assert_eq!(accepted(WebhookKind::Generic, "ok"), Ok(()));
        assert_eq!(accepted(WebhookKind::WeCom, r#"{"errcode":0,"errmsg":"ok"}"#), Ok(()));
        assert!(accepted(WebhookKind::DingTalk, r#"{"errcode":310000,"errmsg":"sign not match"}"#).is_err());
        assert_eq!(accepted(WebhookKind::Feishu, r#"{"code":0,"msg":"success"}"#), Ok(()));
        assert_eq!(accepted(WebhookKind::Feishu, r#"{"StatusCode":0}"#), Ok(()));
        assert!(accepted(WebhookKind::Feishu, r#"{"code":19021,"msg":"sign match fail"}"#).is_err());
        assert!(accepted(WebhookKind::WeCom, "<html>").is_err());
    }
}
