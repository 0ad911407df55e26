//! Configuration from environment variables (each is documented in receiver/README.md).
//! `Config::from_lookup` takes any lookup function so tests need not touch the process env.

use crate::client_ip::{ClientIpResolver, TrustedProxies};
use crate::notify::chat::WebhookKind;
use crate::notify::mail::{MailConfig, SmtpTls};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::time::Duration;

pub const DEFAULT_LISTEN: &str = "127.0.0.1:8787";
pub const DEFAULT_DB: &str = "./inquiries.sqlite3";
pub const DEFAULT_ORIGINS: &str = "http://127.0.0.1:8080";
pub const DEFAULT_RATE_LIMIT: u32 = 10;
pub const DEFAULT_CLIENT_IP_HEADER: &str = "X-Forwarded-For";

/// How long the receiver waits for a client, and how many clients it serves at once.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Limits {
    /// `WQ_RECEIVER_HEADER_TIMEOUT`: for a request's headers, counted from the connection's
    /// start or from the end of the previous response (so it also closes idle keep-alive
    /// connections).
    pub header_timeout: Duration,
    /// `WQ_RECEIVER_BODY_TIMEOUT`: the longest pause while the body is read.
    pub body_timeout: Duration,
    /// `WQ_RECEIVER_REQUEST_TIMEOUT`: for the whole request once its headers are in.
    pub request_timeout: Duration,
    /// `WQ_RECEIVER_MAX_CONNECTIONS`: open connections; more wait to be accepted.
    pub max_connections: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            header_timeout: Duration::from_secs(10),
            body_timeout: Duration::from_secs(10),
            request_timeout: Duration::from_secs(20),
            max_connections: 256,
        }
    }
}

/// Where new inquiries are announced.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notifications {
    /// `WQ_RECEIVER_WEBHOOK_URL`, `_KIND` and `_SECRET`: a chat webhook, if set.
    pub webhook: Option<WebhookConfig>,
    /// `WQ_RECEIVER_SMTP_*` and `WQ_RECEIVER_MAIL_*`: e-mail to the office, if set.
    pub mail: Option<MailConfig>,
    /// `WQ_RECEIVER_NOTIFY_RETRY`: seconds before the first retry (each further one doubles).
    pub retry_base_seconds: i64,
}

/// A chat webhook. Its URL (which holds the robot's token) and secret are left out of `Debug`.
#[derive(Clone, PartialEq, Eq)]
pub struct WebhookConfig {
    pub url: String,
    pub kind: WebhookKind,
    /// The signing secret (DingTalk's `SEC…`, Feishu's signature key), if the robot has one.
    pub secret: Option<String>,
}

impl std::fmt::Debug for WebhookConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let host = self.url.split('/').nth(2).unwrap_or("");
        f.debug_struct("WebhookConfig")
            .field("host", &host)
            .field("kind", &self.kind)
            .field("signed", &self.secret.is_some())
            .finish()
    }
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Config {
    /// `WQ_RECEIVER_LISTEN`: the address to listen on.
    pub listen: SocketAddr,
    /// `WQ_RECEIVER_DB`: the SQLite file.
    pub db_path: PathBuf,
    /// `WQ_RECEIVER_ALLOWED_ORIGINS`: the site origins allowed by CORS, comma-separated.
    pub allowed_origins: Vec<String>,
    /// `WQ_RECEIVER_RATE_LIMIT`: requests per minute per client; 0 turns the limit off.
    pub rate_limit_per_minute: u32,
    /// `WQ_RECEIVER_TRUSTED_PROXIES` and `WQ_RECEIVER_CLIENT_IP_HEADER`: who the client is.
    pub client_ip: ClientIpResolver,
    pub limits: Limits,
    pub notifications: Notifications,
}

impl Config {
    pub fn from_env() -> Result<Config, String> {
        Config::from_lookup(|key| std::env::var(key).ok())
    }

    pub fn from_lookup(get: impl Fn(&str) -> Option<String>) -> Result<Config, String> {
        let value = |key: &str| get(key).map(|v| v.trim().to_string()).filter(|v| !v.is_empty());
        let listen_text = value("WQ_RECEIVER_LISTEN").unwrap_or_else(|| DEFAULT_LISTEN.to_string());
        let listen = listen_text
            .parse()
            .map_err(|_| format!("WQ_RECEIVER_LISTEN: {listen_text:?} is not an address such as 127.0.0.1:8787"))?;
        let db_path = PathBuf::from(value("WQ_RECEIVER_DB").unwrap_or_else(|| DEFAULT_DB.to_string()));
        let origins_text = value("WQ_RECEIVER_ALLOWED_ORIGINS").unwrap_or_else(|| DEFAULT_ORIGINS.to_string());
        let allowed_origins: Vec<String> = origins_text
            .split(',')
            .map(|o| o.trim().trim_end_matches('/').to_string())
            .filter(|o| !o.is_empty())
            .collect();
        if let Some(bad) = allowed_origins.iter().find(|o| !(o.starts_with("http://") || o.starts_with("https://"))) {
            return Err(format!("WQ_RECEIVER_ALLOWED_ORIGINS: {bad:?} is not an origin such as https://example.com"));
        }
        let rate_limit_per_minute = number(&value, "WQ_RECEIVER_RATE_LIMIT", DEFAULT_RATE_LIMIT)?;
        let client_ip = client_ip(&value)?;
        let defaults = Limits::default();
        let seconds = |key: &str, default: Duration| -> Result<Duration, String> {
            let n: u64 = number(&value, key, default.as_secs())?;
            if n == 0 {
                return Err(format!("{key}: must be at least 1 (seconds)"));
            }
            Ok(Duration::from_secs(n))
        };
        let limits = Limits {
            header_timeout: seconds("WQ_RECEIVER_HEADER_TIMEOUT", defaults.header_timeout)?,
            body_timeout: seconds("WQ_RECEIVER_BODY_TIMEOUT", defaults.body_timeout)?,
            request_timeout: seconds("WQ_RECEIVER_REQUEST_TIMEOUT", defaults.request_timeout)?,
            max_connections: number(&value, "WQ_RECEIVER_MAX_CONNECTIONS", defaults.max_connections)?.max(1),
        };
        let notifications = Notifications {
            webhook: webhook(&value)?,
            mail: mail(&value)?,
            retry_base_seconds: number(&value, "WQ_RECEIVER_NOTIFY_RETRY", 10i64)?.max(1),
        };
        Ok(Config { listen, db_path, allowed_origins, rate_limit_per_minute, client_ip, limits, notifications })
    }
}

fn number<T: std::str::FromStr>(value: &impl Fn(&str) -> Option<String>, key: &str, default: T) -> Result<T, String> {
    match value(key) {
        None => Ok(default),
        Some(text) => text.parse().map_err(|_| format!("{key}: {text:?} is not a number")),
    }
}

fn client_ip(value: &impl Fn(&str) -> Option<String>) -> Result<ClientIpResolver, String> {
    let trusted = match value("WQ_RECEIVER_TRUSTED_PROXIES") {
        None => TrustedProxies::default(),
        Some(text) => TrustedProxies::parse(&text).map_err(|e| format!("WQ_RECEIVER_TRUSTED_PROXIES: {e}"))?,
    };
    let header = value("WQ_RECEIVER_CLIENT_IP_HEADER");
    if header.is_some() && trusted.is_empty() {
        return Err("WQ_RECEIVER_CLIENT_IP_HEADER is only read from a trusted proxy: set WQ_RECEIVER_TRUSTED_PROXIES \
                    too (e.g. 127.0.0.1,::1 for a proxy on this machine)"
            .into());
    }
    let header = header.unwrap_or_else(|| DEFAULT_CLIENT_IP_HEADER.to_string());
    ClientIpResolver::new(trusted, &header).map_err(|e| format!("WQ_RECEIVER_CLIENT_IP_HEADER: {e}"))
}

fn webhook(value: &impl Fn(&str) -> Option<String>) -> Result<Option<WebhookConfig>, String> {
    let kind = match value("WQ_RECEIVER_WEBHOOK_KIND") {
        None => WebhookKind::Generic,
        Some(text) => text.parse().map_err(|e| format!("WQ_RECEIVER_WEBHOOK_KIND: {e}"))?,
    };
    let secret = value("WQ_RECEIVER_WEBHOOK_SECRET");
    let Some(url) = value("WQ_RECEIVER_WEBHOOK_URL") else {
        return Ok(None);
    };
    if !(url.starts_with("http://") || url.starts_with("https://")) {
        return Err(format!("WQ_RECEIVER_WEBHOOK_URL: {url:?} is not an http(s) URL"));
    }
    if secret.is_some() && !kind.signs() {
        return Err(format!("WQ_RECEIVER_WEBHOOK_SECRET: a {kind} webhook is not signed (dingtalk and feishu are)"));
    }
    Ok(Some(WebhookConfig { url, kind, secret }))
}

fn mail(value: &impl Fn(&str) -> Option<String>) -> Result<Option<MailConfig>, String> {
    let Some(host) = value("WQ_RECEIVER_SMTP_HOST") else {
        return Ok(None);
    };
    let tls = match value("WQ_RECEIVER_SMTP_TLS") {
        None => SmtpTls::StartTls,
        Some(text) => text.parse().map_err(|e| format!("WQ_RECEIVER_SMTP_TLS: {e}"))?,
    };
    let port = number(&value, "WQ_RECEIVER_SMTP_PORT", tls.default_port())?;
    let user = value("WQ_RECEIVER_SMTP_USER");
    let password = value("WQ_RECEIVER_SMTP_PASSWORD");
    if user.is_some() != password.is_some() {
        return Err("WQ_RECEIVER_SMTP_USER and WQ_RECEIVER_SMTP_PASSWORD go together".into());
    }
    let from = value("WQ_RECEIVER_MAIL_FROM").ok_or("WQ_RECEIVER_MAIL_FROM: required with WQ_RECEIVER_SMTP_HOST")?;
    let to = value("WQ_RECEIVER_MAIL_TO").ok_or("WQ_RECEIVER_MAIL_TO: required with WQ_RECEIVER_SMTP_HOST")?;
    MailConfig::new(host, port, tls, user.zip(password), &from, &to).map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    fn config(pairs: &[(&str, &str)]) -> Result<Config, String> {
        let env: HashMap<String, String> = pairs.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        Config::from_lookup(|k| env.get(k).cloned())
    }

    #[test]
    fn defaults() {
        let c = config(&[]).unwrap();
        assert_eq!(c.listen.to_string(), DEFAULT_LISTEN);
        assert_eq!(c.db_path, PathBuf::from(DEFAULT_DB));
        assert_eq!(c.allowed_origins, [DEFAULT_ORIGINS]);
        assert_eq!(c.rate_limit_per_minute, 10);
        assert_eq!(c.notifications, Notifications { webhook: None, mail: None, retry_base_seconds: 10 });
        assert!(c.client_ip.trusts_nobody(), "with no trusted proxy, the peer is the client");
        assert_eq!(c.limits, Limits::default());
    }

    #[test]
    fn lists_and_errors() {
        let c = config(&[("WQ_RECEIVER_ALLOWED_ORIGINS", "https://a.example/, https://b.example")]).unwrap();
        assert_eq!(c.allowed_origins, ["https://a.example", "https://b.example"]);
        assert!(config(&[("WQ_RECEIVER_LISTEN", "nowhere")]).is_err());
        assert!(config(&[("WQ_RECEIVER_RATE_LIMIT", "many")]).is_err());
        assert!(config(&[("WQ_RECEIVER_ALLOWED_ORIGINS", "a.example")]).is_err());
        assert!(config(&[("WQ_RECEIVER_WEBHOOK_URL", "ftp://x")]).is_err());
        assert!(config(&[("WQ_RECEIVER_TRUSTED_PROXIES", "10.0.0.0/33")]).is_err());
        assert!(config(&[("WQ_RECEIVER_HEADER_TIMEOUT", "0")]).is_err());
        assert!(
            config(&[("WQ_RECEIVER_WEBHOOK_URL", "https://x.example"), ("WQ_RECEIVER_WEBHOOK_KIND", "irc")]).is_err()
        );
    }

    #[test]
    fn a_client_ip_header_needs_a_trusted_proxy() {
        // Without a trusted proxy, any client could write the header.
        assert!(config(&[("WQ_RECEIVER_CLIENT_IP_HEADER", "X-Real-IP")]).is_err());
        let c = config(&[
            ("WQ_RECEIVER_CLIENT_IP_HEADER", "X-Real-IP"),
            ("WQ_RECEIVER_TRUSTED_PROXIES", "127.0.0.1, ::1, 10.1.0.0/16"),
        ])
        .unwrap();
        assert!(!c.client_ip.trusts_nobody());
    }

    #[test]
    fn webhooks_and_mail() {
        let c = config(&[
            ("WQ_RECEIVER_WEBHOOK_URL", "https://oapi.dingtalk.com/robot/send?access_token=t"),
            ("WQ_RECEIVER_WEBHOOK_KIND", "dingtalk"),
            ("WQ_RECEIVER_WEBHOOK_SECRET", "SECabc"),
            ("WQ_RECEIVER_SMTP_HOST", "smtp.example.cn"),
            ("WQ_RECEIVER_SMTP_TLS", "tls"),
            ("WQ_RECEIVER_MAIL_FROM", "收件机器人 <robot@example.cn>"),
            ("WQ_RECEIVER_MAIL_TO", "office@example.cn, zhang@example.cn"),
        ])
        .unwrap();
        let webhook = c.notifications.webhook.unwrap();
        assert_eq!((webhook.kind, webhook.secret.as_deref()), (WebhookKind::DingTalk, Some("SECabc")));
        let mail = c.notifications.mail.unwrap();
        assert_eq!((mail.port, mail.tls, mail.to.len()), (465, SmtpTls::Tls, 2));
        assert!(config(&[("WQ_RECEIVER_SMTP_HOST", "smtp.example.cn")]).is_err(), "no from/to");
        assert!(config(&[
            ("WQ_RECEIVER_SMTP_HOST", "smtp.example.cn"),
            ("WQ_RECEIVER_MAIL_FROM", "robot@example.cn"),
            ("WQ_RECEIVER_MAIL_TO", "not an address"),
        ])
        .is_err());
        assert!(
            config(&[("WQ_RECEIVER_WEBHOOK_URL", "https://x.example"), ("WQ_RECEIVER_WEBHOOK_SECRET", "s")]).is_err()
        );
    }
}
