//! Fetches a content file's text from `data/…` relative to the document base (so the site
//! also works under a sub-path) and turns every failure into a typed `LoadError`.

use domain::load::LoadError;

/// Loads `data/<file>` as text (its caller parses it).
pub async fn fetch_text(file: &str) -> Result<String, LoadError> {
    let url = super::page::site_url(&format!("data/{file}"));
    let network = |detail: String| LoadError::Network { file: file.to_string(), detail };
    let response = gloo_net::http::Request::get(&url).send().await.map_err(|e| network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Status { file: file.to_string(), status: response.status() });
    }
    response.text().await.map_err(|e| network(e.to_string()))
}
