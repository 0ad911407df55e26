//! The files the prerender step writes around the rendered pages: each page's HTML document
//! (trunk's `index.html` with the page's head tags, body and embedded content), the sitemap
//! and robots.txt.

use crate::render::Rendered;
use domain::outbox::{ENTRY_KEY_PREFIX, LEGACY_STORAGE_KEY, PENDING_MARKER};
use domain::routes::INTERACTIVE_ATTRIBUTE;
use std::path::Path;

/// Trunk's `index.html`, split where a page's parts go.
pub struct Template {
    /// Up to (not including) `</head>`, without the placeholder `<title>`.
    head: String,
    /// From `</head>` up to (not including) `</body>`: the opening `<body>` and what trunk put there.
    body_start: String,
    /// `</body></html>`.
    end: String,
}

impl Template {
    /// Trunk's `index.html` for a site served at `public_url`.
    pub fn read(path: &Path, public_url: &str) -> Result<Self, String> {
        let html = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
        let html = crate::dev_reload::resolve_placeholders(&html, public_url);
        Self::parse(&html).ok_or_else(|| format!("{}: no <head>…</head><body>…</body> to fill", path.display()))
    }

    fn parse(html: &str) -> Option<Self> {
        let head_end = html.find("</head>")?;
        let body_end = html.rfind("</body>")?;
        let mut head = html[..head_end].to_string();
        // The page's own <title> replaces the placeholder.
        if let (Some(open), Some(close)) = (head.find("<title>"), head.find("</title>")) {
            head.replace_range(open..close + "</title>".len(), "");
        }
        let head = start_app_after_load(&head);
        let body_start = html[head_end..body_end].to_string();
        Some(Self { head, body_start, end: html[body_end..].to_string() })
    }

    /// The page as a document in language `lang`: its head tags, canonical link and the links
    /// to the page in each language (`alternates`: hreflang → URL, the first also x-default),
    /// then its body; an interactive page is marked as such on `<html>` and carries the content
    /// it was rendered from as JSON blocks the app reads.
    pub fn fill(&self, page: &Rendered, canonical: Option<&str>, lang: &str, alternates: &[(&str, String)]) -> String {
        let mut html = String::with_capacity(self.head.len() + page.body.len() + 4096);
        let root = match page.interactive {
            true => format!("<html lang=\"{lang}\" {INTERACTIVE_ATTRIBUTE}>"),
            false => format!("<html lang=\"{lang}\">"),
        };
        html.push_str(&self.head.replacen("<html lang=\"zh-CN\">", &root, 1));
        html.push_str(&page.head);
        match canonical {
            Some(url) => html.push_str(&format!("<link rel=\"canonical\" href=\"{}\">", escape_attribute(url))),
            None => html.push_str("<meta name=\"robots\" content=\"noindex\">"),
        }
        let default = alternates.first().map(|(_, url)| ("x-default", url.clone()));
        for (hreflang, url) in alternates.iter().map(|(l, u)| (*l, u.clone())).chain(default) {
            html.push_str(&format!(
                "<link rel=\"alternate\" hreflang=\"{hreflang}\" href=\"{}\">",
                escape_attribute(&url)
            ));
        }
        html.push_str(&self.body_start);
        html.push_str(&page.body);
        // Only a page that starts the app needs the content it was rendered from.
        for (file, json) in page.files.iter().filter(|_| page.interactive) {
            html.push_str(&format!(
                "<script type=\"application/json\" data-file=\"{}\">{}</script>",
                escape_attribute(file),
                json_in_script(json)
            ));
        }
        html.push_str(&self.end);
        html
    }
}

/// Trunk starts the app at once: an inline module script that imports the JS glue, plus
/// preloads of the glue and the wasm. On a prerendered page that only competes with the page's
/// own first paint for the network, so the app is started after the `load` event and the frame
/// after it has been painted (a task posted from the frame's callback), and the preloads are
/// dropped. The page reads and works as links meanwhile.
///
/// Only an interactive page (marked on `<html>`) starts the app, and a page served for another
/// URL than its own (a host's fallback to `index.html`: its canonical link names another path),
/// which the app then routes. Any other page downloads the app only when an inquiry on this
/// device is still waiting to be sent (the app then sends it and leaves the page as it is).
fn start_app_after_load(head: &str) -> String {
    let mut head = head.to_string();
    // Trunk's preloads: `<link rel="modulepreload" …>` and `<link rel="preload" … as="fetch" …>`.
    for rel in ["<link rel=\"modulepreload\"", "<link rel=\"preload\""] {
        while let Some(start) = head.find(rel) {
            let end = head[start..].find('>').map_or(head.len(), |e| start + e + 1);
            head.replace_range(start..end, "");
        }
    }
    let Some(open) = head.find("<script type=\"module\">") else { return head };
    let body_start = open + "<script type=\"module\">".len();
    let Some(close) = head[body_start..].find("</script>").map(|c| body_start + c) else { return head };
    let script = &head[body_start..close];
    // `import init, * as bindings from '/x.js';` becomes a dynamic import inside the handler.
    let Some(import_end) = script.find(';') else { return head };
    let Some(path) = script[..import_end].split('\'').nth(1) else { return head };
    let deferred = format!(
        "addEventListener(\"load\", () => requestAnimationFrame(() => setTimeout(async () => {{ \
         const root = document.documentElement, canonical = document.querySelector('link[rel=\"canonical\"]'); \
         const trim = (path) => path.replace(/\\/+$/, \"\"); \
         if (canonical && trim(new URL(canonical.href).pathname) !== trim(location.pathname)) root.setAttribute(\"{INTERACTIVE_ATTRIBUTE}\", \"\"); \
         if (!root.hasAttribute(\"{INTERACTIVE_ATTRIBUTE}\")) {{ let waiting = false; \
         try {{ waiting = Object.keys(localStorage).some((k) => (k.startsWith(\"{ENTRY_KEY_PREFIX}\") || k === \"{LEGACY_STORAGE_KEY}\") \
         && (localStorage.getItem(k) || \"\").includes('{PENDING_MARKER}')); }} catch (e) {{}} \
         if (!waiting) return; }} \
         const bindings = await import('{path}'); const init = bindings.default;{} }})), {{ once: true }});",
        &script[import_end + 1..]
    );
    head.replace_range(body_start..close, &deferred);
    head
}

/// JSON made safe inside a `<script>` element: no `</script>` or `<!--` can appear, because
/// every `<` (which JSON only has inside strings) becomes the escape `\u003c`.
pub fn json_in_script(json: &str) -> String {
    json.replace('<', "\\u003c")
}

fn escape_attribute(text: &str) -> String {
    text.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;")
}

fn escape_xml(text: &str) -> String {
    text.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;")
}

/// A sitemap listing every page by its absolute URL.
pub fn sitemap(urls: &[String]) -> String {
    let mut xml = String::from(
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n",
    );
    for url in urls {
        xml.push_str(&format!("  <url><loc>{}</loc></url>\n", escape_xml(url)));
    }
    xml.push_str("</urlset>\n");
    xml
}

/// robots.txt: everything may be crawled; where the sitemap is.
pub fn robots(sitemap_url: &str) -> String {
    format!("User-agent: *\nAllow: /\n\nSitemap: {sitemap_url}\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_cannot_close_its_script() {
        let json = r#"{"t":"</script><script>alert(1)</script><!--"}"#;
        let safe = json_in_script(json);
        assert!(!safe.contains("</script") && !safe.contains("<!--"));
        let back: serde_json::Value = serde_json::from_str(&safe).unwrap();
        assert_eq!(back["t"], "</script><script>alert(1)</script><!--");
    }

    #[test]
    fn the_template_loses_its_title_and_keeps_the_rest() {
        let t = Template::parse(
            "<html lang=\"zh-CN\"><head><title>x</title><base href=\"/\"></head><body><noscript>n</noscript></body></html>",
        )
        .unwrap();
        let page = Rendered {
            body: "<main>m</main>".into(),
            head: "<title>p</title>".into(),
            files: [("a.json".to_string(), "{}".to_string())].into(),
            not_found: false,
            interactive: true,
        };
        let alternates = [("zh-CN", "https://h/a".to_string()), ("en", "https://h/en/a".to_string())];
        assert_eq!(
            t.fill(&page, Some("https://h/en/a"), "en", &alternates),
            "<html lang=\"en\" data-interactive><head><base href=\"/\"><title>p</title><link rel=\"canonical\" href=\"https://h/en/a\">\
             <link rel=\"alternate\" hreflang=\"zh-CN\" href=\"https://h/a\"><link rel=\"alternate\" hreflang=\"en\" href=\"https://h/en/a\">\
             <link rel=\"alternate\" hreflang=\"x-default\" href=\"https://h/a\"></head>\
             <body><noscript>n</noscript><main>m</main><script type=\"application/json\" data-file=\"a.json\">{}</script>\
             </body></html>"
        );
    }

    #[test]
    fn a_page_complete_as_html_carries_no_content_for_an_app() {
        let t = Template::parse("<html lang=\"zh-CN\"><head></head><body></body></html>").unwrap();
        let page = Rendered {
            body: "<main>m</main>".into(),
            head: String::new(),
            files: [("a.json".to_string(), "{}".to_string())].into(),
            not_found: false,
            interactive: false,
        };
        let html = t.fill(&page, None, "zh-CN", &[]);
        assert!(html.starts_with("<html lang=\"zh-CN\"><head>"), "{html}");
        assert!(!html.contains("data-file") && !html.contains(INTERACTIVE_ATTRIBUTE), "{html}");
    }

    #[test]
    fn the_app_starts_after_load_without_preloads() {
        let trunk = "<head><script type=\"module\">\nimport init, * as bindings from '/app-1.js';\n\
            const wasm = await init({ module_or_path: '/app-1_bg.wasm' });\nwindow.wasmBindings = bindings;\n</script>\n\
            <link rel=\"modulepreload\" href=\"/app-1.js\" crossorigin=\"anonymous\">\
            <link rel=\"preload\" href=\"/app-1_bg.wasm\" as=\"fetch\" type=\"application/wasm\">";
        let head = start_app_after_load(trunk);
        assert!(!head.contains("preload"), "{head}");
        assert!(
            head.contains("addEventListener(\"load\", () => requestAnimationFrame(() => setTimeout(async () => {"),
            "{head}"
        );
        assert!(head.contains("const bindings = await import('/app-1.js'); const init = bindings.default;"), "{head}");
        assert!(head.contains("await init({ module_or_path: '/app-1_bg.wasm' })"), "{head}");
        assert!(!head.contains("import init,"), "{head}");
        // Elsewhere only for an inquiry still waiting on this device.
        assert!(head.contains("if (!root.hasAttribute(\"data-interactive\"))"), "{head}");
        // A page served for another URL (a host's fallback) is routed by the app.
        assert!(head.contains("!== trim(location.pathname)) root.setAttribute(\"data-interactive\", \"\")"), "{head}");
        assert!(
            head.contains(&format!("k.startsWith(\"{ENTRY_KEY_PREFIX}\") || k === \"{LEGACY_STORAGE_KEY}\"")),
            "{head}"
        );
        assert!(head.contains(&format!("includes('{PENDING_MARKER}')")), "{head}");
    }

    #[test]
    fn sitemap_lists_absolute_urls() {
        let xml = sitemap(&["https://h/".into(), "https://h/news?a=1&b=2".into()]);
        assert!(xml.contains("<loc>https://h/</loc>") && xml.contains("<loc>https://h/news?a=1&amp;b=2</loc>"));
    }
}
