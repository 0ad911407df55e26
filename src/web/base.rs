//! Where the site is mounted: `/` on its own host, `/sub/` when deployed under a path.
//! Read from the document's `<base href>` (which trunk's `--public-url` sets).

/// The document base URL, e.g. `https://host/sub/`.
pub fn document_base() -> Option<String> {
    web_sys::window()?.document()?.base_uri().ok().flatten()
}

/// The base URL's path without its trailing slash (`""` at the host root), read once.
fn read_router_base() -> String {
    let path =
        document_base().and_then(|base| web_sys::Url::new(&base).ok()).map(|url| url.pathname()).unwrap_or_default();
    path.trim_end_matches('/').to_string()
}

thread_local! {
    static ROUTER_BASE: String = read_router_base();
}

/// The router base: `""` at the host root, `/sub` under a sub-path.
pub fn router_base() -> String {
    ROUTER_BASE.with(Clone::clone)
}

/// A site path (`/news/x`) as an href under the router base (see `components::link`).
pub fn href(path: &str) -> String {
    ROUTER_BASE.with(|base| format!("{base}{path}"))
}

/// A location path without the router base: `/sub/parks` → `/parks`.
pub fn strip(pathname: &str) -> String {
    ROUTER_BASE.with(|base| pathname.strip_prefix(base.as_str()).unwrap_or(pathname).to_string())
}
