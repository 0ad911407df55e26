//! The browser's side of the inquiry endpoint: reads `config.json` (where to send) and POSTs
//! an inquiry as JSON, giving up after 10 seconds. Only a 2xx answer counts as delivered.

use super::device::warn;
use domain::config::{read_config, RuntimeConfig};
use domain::inquiry::Inquiry;
use domain::outbox::{reference_for, DeliveryError};
use leptos::prelude::set_timeout_with_handle;
use std::time::Duration;

/// How long an answer may take before the attempt counts as failed.
pub const TIMEOUT: Duration = Duration::from_secs(10);

/// Reads `config.json` at the site root, fresh each time (an operator changes it without a
/// rebuild). A missing or malformed file means no endpoint, with a warning in the console.
pub async fn load_config() -> RuntimeConfig {
    let text = super::fetch::fetch_site_text("config.json", "config.json", web_sys::RequestCache::NoCache).await;
    match text.map_err(|e| e.detail()).and_then(|t| read_config(&t)) {
        Ok(config) => config,
        Err(problem) => {
            warn(&format!("{problem}; the inquiry form offers mail and the hotline only"));
            RuntimeConfig::default()
        }
    }
}

/// POSTs `inquiry` to `endpoint`: the server's reference on a 2xx answer (derived from the id
/// if the answer does not give one), or why it failed.
pub async fn post_inquiry(endpoint: &str, inquiry: &Inquiry) -> Result<String, DeliveryError> {
    let controller = web_sys::AbortController::new().map_err(|_| DeliveryError::Network)?;
    let signal = controller.signal();
    let timer = set_timeout_with_handle(move || controller.abort(), TIMEOUT).ok();
    let request = gloo_net::http::Request::post(endpoint)
        .abort_signal(Some(&signal))
        .json(inquiry)
        .map_err(|_| DeliveryError::Network)?;
    let result = match request.send().await {
        Ok(response) if response.ok() => {
            let answer: Option<serde_json::Value> = response.json().await.ok();
            let reference = answer.and_then(|a| a.get("reference")?.as_str().map(str::to_string));
            Ok(reference.unwrap_or_else(|| reference_for(&inquiry.id)))
        }
        Ok(response) => Err(DeliveryError::Status(response.status())),
        Err(_) if signal.aborted() => Err(DeliveryError::Timeout),
        Err(_) => Err(DeliveryError::Network),
    };
    if let Some(timer) = timer {
        timer.clear();
    }
    result
}
