//! Fetches a content file's text from `data/…` relative to the document base (so the site
//! also works under a sub-path) and turns every failure into a typed `LoadError`.

use domain::load::LoadError;
use web_sys::RequestCache;

/// Loads `data/<file>` as text (its caller parses it).
pub async fn fetch_text(file: &str) -> Result<String, LoadError> {
    fetch_site_text(&format!("data/{file}"), file, RequestCache::Default).await
}

/// Loads `path` (relative to the site root) as text with the given cache mode; errors name it
/// as `file`.
pub async fn fetch_site_text(path: &str, file: &str, cache: RequestCache) -> Result<String, LoadError> {
    let url = super::page::site_url(path);
    let network = |detail: String| LoadError::Network { file: file.to_string(), detail };
    let response = gloo_net::http::Request::get(&url).cache(cache).send().await.map_err(|e| network(e.to_string()))?;
    if !response.ok() {
        return Err(LoadError::Status { file: file.to_string(), status: response.status() });
    }
    response.text().await.map_err(|e| network(e.to_string()))
}
