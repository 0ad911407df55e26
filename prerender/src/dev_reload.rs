//! The development server's live-reload script under the pages' policy. `trunk serve` (never
//! `trunk build`) appends a script to `index.html` with two placeholders that its server fills
//! in on every response: the address the browser asked for and the WebSocket base. A page
//! allows inline scripts only by the hash of their text (`csp.rs`), which text changed after the
//! build would break, so every page logged a policy violation in development. Here, at build
//! time, the placeholders become what the server would resolve them to, computed in the
//! browser (`window.location.host`, as trunk itself falls back to) or known now (the public
//! URL): the served script is then exactly the hashed one. Pages built without the dev server
//! hold no placeholder and pass through unchanged.

/// Trunk's placeholders, as `autoreload.js` (trunk 0.21) spells them.
const ADDRESS_QUOTED: &str = "'{{__TRUNK_ADDRESS__}}'";
const ADDRESS_BACKTICKED: &str = "`{{__TRUNK_ADDRESS__}}`";
const WS_BASE: &str = "{{__TRUNK_WS_BASE__}}";

/// `html` with trunk's live-reload placeholders resolved for a site served at `public_url`.
pub fn resolve_placeholders(html: &str, public_url: &str) -> String {
    if !html.contains(WS_BASE) && !html.contains(ADDRESS_QUOTED) && !html.contains(ADDRESS_BACKTICKED) {
        return html.to_string();
    }
    let mut ws_base = public_url.to_string();
    if !ws_base.starts_with('/') {
        ws_base.insert(0, '/');
    }
    if !ws_base.ends_with('/') {
        ws_base.push('/');
    }
    html.replace(ADDRESS_QUOTED, "window.location.host")
        .replace(ADDRESS_BACKTICKED, "window.location.host")
        .replace(WS_BASE, &ws_base)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_dev_servers_script_needs_no_rewrite_after_the_build() {
        let html = "<body><script>const address = '{{__TRUNK_ADDRESS__}}'; const base = '{{__TRUNK_WS_BASE__}}';</script></body>";
        let resolved = resolve_placeholders(html, "/sub");
        assert_eq!(
            resolved,
            "<body><script>const address = window.location.host; const base = '/sub/';</script></body>"
        );
        assert!(!resolved.contains("{{"), "nothing is left for the server to replace: {resolved}");
    }

    #[test]
    fn a_production_page_is_unchanged() {
        let html = "<body><script>document.documentElement.classList.add(\"js\")</script></body>";
        assert_eq!(resolve_placeholders(html, "/"), html);
    }
}
