//! Where the site is mounted: `/` on its own host, `/sub/` when deployed under a path.
//! Read from the document's `<base href>` (which trunk's `--public-url` sets).

/// The document base URL, e.g. `https://host/sub/`.
pub fn document_base() -> Option<String> {
    web_sys::window()?.document()?.base_uri().ok().flatten()
}

/// The router base: the base URL's path without its trailing slash (`""` at the host root).
pub fn router_base() -> String {
    let path =
        document_base().and_then(|base| web_sys::Url::new(&base).ok()).map(|url| url.pathname()).unwrap_or_default();
    path.trim_end_matches('/').to_string()
}
