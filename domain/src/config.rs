//! The site's run-time configuration, `config.json` at the site root: read when a page needs
//! it, so an operator changes it without a rebuild. Today it names the inquiry endpoint.

use serde::Deserialize;

/// What `config.json` says.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RuntimeConfig {
    /// Where the inquiry form posts; `None` means the form offers mail and the hotline only.
    pub inquiry_endpoint: Option<String>,
}

#[derive(Deserialize)]
struct Stored {
    #[serde(default)]
    inquiry_endpoint: Option<String>,
}

/// Reads `config.json`. A file that does not read, or an endpoint that is not an absolute
/// http(s) URL, is an error the caller reports before carrying on with no endpoint.
pub fn read_config(text: &str) -> Result<RuntimeConfig, String> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| format!("config.json is not JSON: {e}"))?;
    if !value.is_object() {
        return Err("config.json must hold an object such as {\"inquiry_endpoint\": null}".to_string());
    }
    let stored: Stored = serde_json::from_value(value).map_err(|e| format!("config.json does not read: {e}"))?;
    let endpoint = stored.inquiry_endpoint.map(|e| e.trim().to_string()).filter(|e| !e.is_empty());
    if let Some(url) = &endpoint {
        let rest = url.strip_prefix("https://").or_else(|| url.strip_prefix("http://"));
        let host_present = rest.is_some_and(|r| !r.is_empty() && !r.starts_with('/'));
        if !host_present || url.chars().any(|c| c.is_whitespace() || c.is_control()) {
            return Err(format!("config.json: inquiry_endpoint {url:?} is not an http(s) URL"));
        }
    }
    Ok(RuntimeConfig { inquiry_endpoint: endpoint })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn endpoints() {
        assert_eq!(read_config("{\"inquiry_endpoint\": null}"), Ok(RuntimeConfig::default()));
        assert_eq!(read_config("{}"), Ok(RuntimeConfig::default()));
        assert_eq!(read_config("{\"inquiry_endpoint\": \"  \"}"), Ok(RuntimeConfig::default()));
        let url = "https://invest.example.cn/inquiries";
        assert_eq!(
            read_config(&format!("{{\"inquiry_endpoint\": \"{url}\"}}")).unwrap().inquiry_endpoint.as_deref(),
            Some(url)
        );
        assert!(read_config("{\"inquiry_endpoint\": \"http://127.0.0.1:8787/inquiries\", \"later\": 1}").is_ok());
    }

    #[test]
    fn malformed_files_are_errors() {
        for text in [
            "",
            "{",
            "null",
            "[]",
            "{\"inquiry_endpoint\": 3}",
            "{\"inquiry_endpoint\": \"javascript:alert(1)\"}",
            "{\"inquiry_endpoint\": \"/inquiries\"}",
            "{\"inquiry_endpoint\": \"https://\"}",
            "{\"inquiry_endpoint\": \"https://a b\"}",
        ] {
            assert!(read_config(text).is_err(), "{text}");
        }
    }
}
