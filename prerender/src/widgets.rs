//! Which code a page downloads: the widgets its HTML holds (`data-widget="<name>"`), each
//! built to `widgets/<name>-<hash>.js` by `scripts/build-widgets`, started once the page has
//! loaded and painted; on a page without the inquiry form, the outbox sender, only while an
//! inquiry on this device waits to be sent. A page with neither downloads no code at all.

use domain::outbox::{ENTRY_KEY_PREFIX, LEGACY_STORAGE_KEY, PENDING_MARKER};
use domain::routes::WIDGET_ATTRIBUTE;
use std::collections::BTreeMap;
use std::path::Path;

/// The widget that sends waiting inquiries on any page without the form.
const OUTBOX: &str = "outbox";
/// The widget with the form, which runs the outbox itself.
const INQUIRY: &str = "inquiry";

/// The widgets the build made: name → the glue script's path under the site root.
pub struct Built(BTreeMap<String, String>);

impl Built {
    /// Lists `<dist>/widgets/<name>-<hash>.js`.
    pub fn read(dist: &Path) -> Result<Self, String> {
        let dir = dist.join("widgets");
        let entries = std::fs::read_dir(&dir)
            .map_err(|e| format!("{}: {e} (scripts/build-widgets builds the widgets)", dir.display()))?;
        let mut built = BTreeMap::new();
        for entry in entries.map_while(Result::ok) {
            let file = entry.file_name().to_string_lossy().to_string();
            if let Some((name, _hash)) = file.strip_suffix(".js").and_then(|stem| stem.rsplit_once('-')) {
                built.insert(name.to_string(), format!("widgets/{file}"));
            }
        }
        Ok(Self(built))
    }

    #[cfg(test)]
    pub fn of(pairs: &[(&str, &str)]) -> Self {
        Self(pairs.iter().map(|(n, p)| (n.to_string(), p.to_string())).collect())
    }

    /// The module script that starts the page's widgets (`names`) after the page has loaded
    /// and its first frame has painted, so the code never competes with the page's own first
    /// paint; and, unless the page has the form, the outbox sender while an inquiry waits.
    pub fn loader(&self, names: &[String]) -> Result<String, String> {
        let path =
            |name: &str| self.0.get(name).ok_or_else(|| format!("the page holds widget {name:?}, which was not built"));
        let mut start = String::new();
        for name in names {
            start.push_str(&format!("import(\"./{}\").then((m) => m.default()); ", path(name)?));
        }
        if !names.iter().any(|n| n == INQUIRY) {
            start.push_str(&format!(
                "let waiting = false; try {{ waiting = Object.keys(localStorage).some((k) => (k.startsWith(\"{ENTRY_KEY_PREFIX}\") \
                 || k === \"{LEGACY_STORAGE_KEY}\") && (localStorage.getItem(k) || \"\").includes('{PENDING_MARKER}')); }} catch (e) {{}} \
                 if (waiting) import(\"./{}\").then((m) => m.default()); ",
                path(OUTBOX)?
            ));
        }
        Ok(format!(
            "<script type=\"module\">addEventListener(\"load\", () => requestAnimationFrame(() => setTimeout(() => {{ {start}}})), {{ once: true }});</script>"
        ))
    }
}

/// The widgets a page's body holds, in the order they appear.
pub fn widgets_in(body: &str) -> Vec<String> {
    let marker = format!("{WIDGET_ATTRIBUTE}=\"");
    let mut names: Vec<String> = Vec::new();
    let mut rest = body;
    while let Some(at) = rest.find(&marker) {
        rest = &rest[at + marker.len()..];
        let name = rest.split('"').next().unwrap_or_default().to_string();
        if !names.contains(&name) {
            names.push(name);
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_names_the_widgets_its_html_holds() {
        assert_eq!(widgets_in("<main><div data-widget=\"news\"><input></div></main>"), ["news"]);
        assert!(widgets_in("<main><p>data-widget</p></main>").is_empty());
    }

    #[test]
    fn the_loader_starts_the_widgets_and_the_outbox_only_where_no_form_runs_it() {
        let built = Built::of(&[
            ("news", "widgets/news-1.js"),
            ("inquiry", "widgets/inquiry-2.js"),
            ("outbox", "widgets/outbox-3.js"),
        ]);
        let news = built.loader(&["news".into()]).unwrap();
        assert!(news.contains("import(\"./widgets/news-1.js\")"), "{news}");
        assert!(news.contains("if (waiting) import(\"./widgets/outbox-3.js\")"), "{news}");
        assert!(news.contains(&format!("includes('{PENDING_MARKER}')")), "{news}");
        let contact = built.loader(&["inquiry".into()]).unwrap();
        assert!(contact.contains("inquiry-2.js") && !contact.contains("outbox"), "{contact}");
        let plain = built.loader(&[]).unwrap();
        assert!(plain.contains("outbox-3.js") && !plain.contains("news"), "{plain}");
        assert!(built.loader(&["map".into()]).is_err(), "a widget that was not built");
    }
}
