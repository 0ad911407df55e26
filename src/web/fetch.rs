//! Fetches a content file from `data/…` relative to the document base (so the site also works
//! under a sub-path) and turns every failure into a typed `LoadError`.

use domain::load::LoadError;
use domain::parse::parse_content;
use serde::de::DeserializeOwned;

/// Loads and parses `data/<file>`.
pub async fn fetch_content<T: DeserializeOwned>(file: &str) -> Result<T, LoadError> {
    let url = super::page::site_url(&format!("data/{file}"));
    let network = |detail: String| LoadError::Network { file: file.to_string(), detail };
    let response = gloo_net::http::Request::get(&url).send().await.map_err(|e| network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Status { file: file.to_string(), status: response.status() });
    }
    let text = response.text().await.map_err(|e| network(e.to_string()))?;
    parse_content(file, &text).map_err(LoadError::Content)
}
