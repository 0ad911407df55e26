//! Search matches marked with the CSS Custom Highlight API: ranges over the text nodes of the
//! result rows, registered under one name and painted by the stylesheet's `::highlight()`
//! rule. A row's fields stay one text node each, so a keystroke builds and lays out no `<mark>`
//! elements (which cost more than the search itself at 10,000 articles). Browsers without the
//! API show the results unmarked: the marking is an aid, the results are the same.

use std::ops::Range;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;

#[wasm_bindgen]
extern "C" {
    /// A set of ranges painted alike (`Highlight` in the page).
    #[wasm_bindgen(js_name = Highlight)]
    type JsHighlight;
    #[wasm_bindgen(constructor, js_class = "Highlight", catch)]
    fn new() -> Result<JsHighlight, JsValue>;
    #[wasm_bindgen(method)]
    fn add(this: &JsHighlight, range: &web_sys::Range);
    #[wasm_bindgen(method)]
    fn clear(this: &JsHighlight);

    /// `CSS.highlights`: the page's highlights by name.
    type HighlightRegistry;
    #[wasm_bindgen(method)]
    fn set(this: &HighlightRegistry, name: &str, highlight: &JsHighlight);
    #[wasm_bindgen(method)]
    fn delete(this: &HighlightRegistry, name: &str);
}

/// The name of the search results' highlight (the stylesheet paints `::highlight(search-match)`).
pub const MATCH_HIGHLIGHT: &str = "search-match";

/// One named highlight in the page. Dropping it takes the highlight out of the page.
pub struct Highlighter {
    name: &'static str,
    registry: HighlightRegistry,
    highlight: JsHighlight,
}

impl Highlighter {
    /// Registers an empty highlight under `name` (the stylesheet's `::highlight(name)`), or
    /// `None` where the browser has no Custom Highlight API.
    pub fn register(name: &'static str) -> Option<Self> {
        let css = js_sys::Reflect::get(&js_sys::global(), &"CSS".into()).ok()?;
        let registry = js_sys::Reflect::get(&css, &"highlights".into()).ok()?;
        if registry.is_undefined() || registry.is_null() {
            return None;
        }
        let registry: HighlightRegistry = registry.unchecked_into();
        let highlight = JsHighlight::new().ok()?;
        registry.set(name, &highlight);
        Some(Highlighter { name, registry, highlight })
    }

    /// Marks, in the text of the i-th element matching `selector`, the spans `fields[i]`
    /// (UTF-16 offsets), replacing what was marked before. When the page does not hold one
    /// element per field (it has changed since), nothing is marked rather than the wrong text.
    pub fn mark(&self, selector: &str, fields: &[Vec<Range<usize>>]) {
        self.highlight.clear();
        let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
        let Ok(elements) = document.query_selector_all(selector) else { return };
        if elements.length() as usize != fields.len() {
            return;
        }
        for (i, spans) in fields.iter().enumerate().filter(|(_, spans)| !spans.is_empty()) {
            let Some(text) = elements.item(i as u32).and_then(|e| e.first_child()) else { continue };
            for span in spans {
                // An offset past the text (it changed since) is refused by the range: skipped.
                if let Ok(range) = document.create_range() {
                    if range.set_start(&text, span.start as u32).is_ok()
                        && range.set_end(&text, span.end as u32).is_ok()
                    {
                        self.highlight.add(&range);
                    }
                }
            }
        }
    }
}

impl Drop for Highlighter {
    fn drop(&mut self) {
        self.registry.delete(self.name);
    }
}
