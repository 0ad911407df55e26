//! Configuration from environment variables (each is documented in receiver/README.md).
//! `Config::from_lookup` takes any lookup function so tests need not touch the process env.

use std::net::SocketAddr;
use std::path::PathBuf;

pub const DEFAULT_LISTEN: &str = "127.0.0.1:8787";
pub const DEFAULT_DB: &str = "./inquiries.sqlite3";
pub const DEFAULT_ORIGINS: &str = "http://127.0.0.1:8080";
pub const DEFAULT_RATE_LIMIT: u32 = 10;

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
    /// `WQ_RECEIVER_WEBHOOK_URL`: where new inquiries are announced, if set.
    pub webhook_url: Option<String>,
    /// `WQ_RECEIVER_CLIENT_IP_HEADER`: a header set by the TLS proxy naming the client
    /// (e.g. `X-Real-IP`); unset means the peer address is the client.
    pub client_ip_header: Option<String>,
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
        let rate_limit_per_minute = match value("WQ_RECEIVER_RATE_LIMIT") {
            None => DEFAULT_RATE_LIMIT,
            Some(text) => text.parse().map_err(|_| format!("WQ_RECEIVER_RATE_LIMIT: {text:?} is not a number"))?,
        };
        let webhook_url = value("WQ_RECEIVER_WEBHOOK_URL");
        if let Some(url) = &webhook_url {
            if !(url.starts_with("http://") || url.starts_with("https://")) {
                return Err(format!("WQ_RECEIVER_WEBHOOK_URL: {url:?} is not an http(s) URL"));
            }
        }
        let client_ip_header = value("WQ_RECEIVER_CLIENT_IP_HEADER");
        Ok(Config { listen, db_path, allowed_origins, rate_limit_per_minute, webhook_url, client_ip_header })
    }
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
        assert_eq!(c.webhook_url, None);
    }

    #[test]
    fn lists_and_errors() {
        let c = config(&[("WQ_RECEIVER_ALLOWED_ORIGINS", "https://a.example/, https://b.example")]).unwrap();
        assert_eq!(c.allowed_origins, ["https://a.example", "https://b.example"]);
        assert!(config(&[("WQ_RECEIVER_LISTEN", "nowhere")]).is_err());
        assert!(config(&[("WQ_RECEIVER_RATE_LIMIT", "many")]).is_err());
        assert!(config(&[("WQ_RECEIVER_ALLOWED_ORIGINS", "a.example")]).is_err());
        assert!(config(&[("WQ_RECEIVER_WEBHOOK_URL", "ftp://x")]).is_err());
    }
}
