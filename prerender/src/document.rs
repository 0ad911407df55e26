//! The files the prerender step writes around the rendered pages: each page's HTML document
//! (trunk's `index.html` with the page's head tags, body, embedded content and the script that
//! starts its widgets), the sitemap and robots.txt.

use crate::render::Rendered;
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
        let body_start = html[head_end..body_end].to_string();
        Some(Self { head, body_start, end: html[body_end..].to_string() })
    }

    /// The page as a document in language `lang`: its head tags, canonical link and the links
    /// to the page in each language (`alternates`: hreflang → URL, the first also x-default),
    /// then its body and `loader` (the script that starts its widgets, `widgets::Built::loader`);
    /// a page with widgets is marked as such on `<html>` and carries the content it was
    /// rendered from as JSON blocks the widgets read.
    pub fn fill(
        &self,
        page: &Rendered,
        canonical: Option<&str>,
        lang: &str,
        alternates: &[(&str, String)],
        loader: &str,
    ) -> String {
        let mut html = String::with_capacity(self.head.len() + page.body.len() + 4096);
        let root = match page.interactive() {
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
        // Only a page with widgets needs the content it was rendered from.
        for (file, json) in page.files.iter().filter(|_| page.interactive()) {
            html.push_str(&format!(
                "<script type=\"application/json\" data-file=\"{}\">{}</script>",
                escape_attribute(file),
                json_in_script(json)
            ));
        }
        html.push_str(loader);
        html.push_str(&self.end);
        html
    }
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
            widgets: vec!["news".into()],
        };
        let alternates = [("zh-CN", "https://h/a".to_string()), ("en", "https://h/en/a".to_string())];
        assert_eq!(
            t.fill(&page, Some("https://h/en/a"), "en", &alternates, "<script type=\"module\">l</script>"),
            "<html lang=\"en\" data-interactive><head><base href=\"/\"><title>p</title><link rel=\"canonical\" href=\"https://h/en/a\">\
             <link rel=\"alternate\" hreflang=\"zh-CN\" href=\"https://h/a\"><link rel=\"alternate\" hreflang=\"en\" href=\"https://h/en/a\">\
             <link rel=\"alternate\" hreflang=\"x-default\" href=\"https://h/a\"></head>\
             <body><noscript>n</noscript><main>m</main><script type=\"application/json\" data-file=\"a.json\">{}</script>\
             <script type=\"module\">l</script></body></html>"
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
            widgets: vec![],
        };
        let html = t.fill(&page, None, "zh-CN", &[], "");
        assert!(html.starts_with("<html lang=\"zh-CN\"><head>"), "{html}");
        assert!(!html.contains("data-file") && !html.contains(INTERACTIVE_ATTRIBUTE), "{html}");
    }

    #[test]
    fn sitemap_lists_absolute_urls() {
        let xml = sitemap(&["https://h/".into(), "https://h/news?a=1&b=2".into()]);
        assert!(xml.contains("<loc>https://h/</loc>") && xml.contains("<loc>https://h/news?a=1&amp;b=2</loc>"));
    }
}
