//! The Content-Security-Policy every prerendered page carries, as a `<meta http-equiv>` (static
//! hosts need no header configuration for it): scripts only from the site and by the hash of
//! each inline script the page holds (never `'unsafe-inline'`), WebAssembly compilation,
//! requests only to the site and the inquiry endpoint, no plugins, no foreign `<base>`.

use base64::Engine;
use sha2::{Digest, Sha256};

/// The `'sha256-…'` source of every inline script in `html` that the browser would run
/// (data blocks, `type="application/json"`, are not scripts to it; `src` scripts load from
/// `'self'`).
pub fn inline_script_hashes(html: &str) -> Vec<String> {
    let mut hashes = Vec::new();
    let mut rest = html;
    while let Some(open) = rest.find("<script") {
        let after = &rest[open..];
        let Some(tag_end) = after.find('>') else { break };
        let tag = &after[..tag_end];
        let body_start = tag_end + 1;
        let Some(close) = after[body_start..].find("</script>") else { break };
        let body = &after[body_start..body_start + close];
        let runs = !tag.contains(" src=") && !tag.contains("application/json");
        if runs {
            let digest = Sha256::digest(body.as_bytes());
            hashes.push(format!("'sha256-{}'", base64::engine::general_purpose::STANDARD.encode(digest)));
        }
        rest = &after[body_start + close..];
    }
    hashes.dedup();
    hashes
}

/// The policy for a page whose inline scripts hash to `hashes`; `connect` are the origins the
/// page may send requests to besides its own (the inquiry endpoint).
pub fn policy(hashes: &[String], connect: &[String]) -> String {
    let extra = |list: &[String]| list.iter().map(|s| format!(" {s}")).collect::<String>();
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{}; style-src 'self'; img-src 'self' data:; \
         connect-src 'self'{}; object-src 'none'; base-uri 'self'; form-action 'self'{}",
        extra(hashes),
        extra(connect),
        extra(connect)
    )
}

/// The origin of an http(s) URL (`https://api.example.cn/inquiries` → `https://api.example.cn`).
pub fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let host = rest.split(['/', '?', '#']).next().filter(|h| !h.is_empty())?;
    matches!(scheme, "http" | "https").then(|| format!("{scheme}://{host}"))
}

/// `html` with the policy as the first thing in its `<head>` (after the charset), so it
/// governs every script that follows.
pub fn with_policy(html: &str, connect: &[String]) -> String {
    let meta = format!(
        "<meta http-equiv=\"Content-Security-Policy\" content=\"{}\">",
        policy(&inline_script_hashes(html), connect)
    );
    match html.find("<meta charset=\"utf-8\">") {
        Some(at) => {
            let at = at + "<meta charset=\"utf-8\">".len();
            format!("{}{meta}{}", &html[..at], &html[at..])
        }
        None => html.replacen("<head>", &format!("<head>{meta}"), 1),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashes_cover_inline_scripts_only() {
        let html = "<head><meta charset=\"utf-8\"><script>alert(1)</script><script src=\"/a.js\"></script>\
            <script type=\"module\">import('/b.js')</script></head><body>\
            <script type=\"application/json\" data-file=\"x.json\">{}</script></body>";
        let hashes = inline_script_hashes(html);
        assert_eq!(hashes.len(), 2);
        // sha256("alert(1)"), as `openssl dgst -sha256 -binary | base64` gives it.
        assert_eq!(hashes[0], "'sha256-bhHHL3z2vDgxUt0W3dWQOrprscmda2Y5pLsLg4GF+pI='");
        let page = with_policy(html, &["https://api.example.cn".into()]);
        assert!(page.starts_with("<head><meta charset=\"utf-8\"><meta http-equiv=\"Content-Security-Policy\""));
        assert!(page.contains("connect-src 'self' https://api.example.cn;"));
        assert!(!page.contains("unsafe-inline"));
    }

    #[test]
    fn origins() {
        assert_eq!(origin_of("https://api.example.cn/inquiries").as_deref(), Some("https://api.example.cn"));
        assert_eq!(origin_of("http://127.0.0.1:8787/inquiries?x").as_deref(), Some("http://127.0.0.1:8787"));
        assert_eq!(origin_of("javascript:alert(1)"), None);
    }
}
