//! The page a widget starts on: where the document is mounted (its `<base href>`), the content
//! the prerender step embedded in it (`<script type="application/json" data-file="…">`), and
//! the hand-over from a widget's prerendered markup to the running widget (with what the
//! visitor had already typed into its fields). Browser only; called by `widgets` before
//! anything renders.

use crate::context::Start;
use crate::data::{ContentSource, Preloaded};
use crate::text::Locale;
use domain::date::PartialDate;
use domain::model::Site;
use domain::parse::parse_content;
use domain::routes::{is_english, Base};
use std::sync::Arc;
use wasm_bindgen::JsCast;

/// The document base URL, e.g. `https://host/sub/`.
pub fn document_base() -> Option<String> {
    web_sys::window()?.document()?.base_uri().ok().flatten()
}

/// A path under the site root (`data/parks.json`, `config.json`) as a URL, resolved against
/// the document base so the site also works under a sub-path.
pub fn site_url(relative: &str) -> String {
    document_base()
        .and_then(|base| web_sys::Url::new_with_base(relative, &base).ok())
        .map(|url| url.href())
        .unwrap_or_else(|| relative.to_string())
}

/// Everything a widget needs to start, read from the current page; `None` when the page
/// carries no site chrome (`site.json`), which the prerender step embeds in every page with
/// a widget.
pub fn read_start() -> Option<Start> {
    let base_path =
        document_base().and_then(|base| web_sys::Url::new(&base).ok()).map(|url| url.pathname()).unwrap_or_default();
    let site_base = Base::new(&base_path);
    let location = web_sys::window().map(|w| w.location());
    let pathname = location.as_ref().and_then(|l| l.pathname().ok()).unwrap_or_default();
    let search = location.as_ref().and_then(|l| l.search().ok()).unwrap_or_default();
    let locale = if is_english(&site_base, &pathname) { Locale::En } else { Locale::Zh };
    let key = if locale == Locale::En { "en/site.json" } else { "site.json" };
    let preloaded = embedded_files();
    let site = parse_content::<Site>(key, preloaded.get(key)?).ok()?;
    Some(Start {
        base: if locale == Locale::En { site_base.english() } else { site_base.clone() },
        site_base,
        locale,
        site: Arc::new(site),
        source: ContentSource::Network,
        preloaded,
        today: today(),
        inquiries_offline: document_element_has(domain::routes::INQUIRIES_OFFLINE_ATTRIBUTE),
        pathname,
        search,
    })
}

fn document_element_has(attribute: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
        .is_some_and(|root| root.has_attribute(attribute))
}

/// The visitor's calendar day, by the browser's clock and time zone.
fn today() -> PartialDate {
    let now = js_sys::Date::new_0();
    PartialDate::ymd(now.get_full_year() as u16, now.get_month() as u8 + 1, now.get_date() as u8)
}

/// The content files embedded in the page by the prerender step.
fn embedded_files() -> Preloaded {
    let mut files = Preloaded::new();
    let Some(list) = document().and_then(|d| d.query_selector_all("script[type='application/json'][data-file]").ok())
    else {
        return files;
    };
    for i in 0..list.length() {
        let Some(element) = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) else { continue };
        if let (Some(file), Some(text)) = (element.get_attribute("data-file"), element.text_content()) {
            files.insert(file, text);
        }
    }
    files
}

/// The element a widget mounts in: `[data-widget="<name>"]`.
pub fn widget_element(name: &str) -> Option<web_sys::HtmlElement> {
    let selector = format!("[{}=\"{name}\"]", domain::routes::WIDGET_ATTRIBUTE);
    document()?.query_selector(&selector).ok().flatten()?.dyn_into().ok()
}

/// Removes the widget's prerendered markup, which the widget is about to render again. Called
/// in the same task as the mount, so nothing is painted in between.
pub fn clear_widget(element: &web_sys::Element) {
    element.set_text_content(None);
}

/// What the visitor typed or chose in a widget's prerendered fields before the widget took
/// them over (it renders its own fields in their place), and which of them had focus.
pub struct FieldsBefore {
    changed: Vec<(String, FieldValue)>,
    focused: Option<String>,
}

enum FieldValue {
    Text(String),
    Checked(bool),
}

/// Reads the fields (with an id) in `widget` whose value differs from the page's own, and the
/// focus if it is in `widget`.
pub fn fields_before_mount(widget: &web_sys::Element) -> FieldsBefore {
    let mut changed = Vec::new();
    let document = document();
    let list = widget.query_selector_all("input[id], textarea[id], select[id]").ok();
    for i in 0..list.as_ref().map_or(0, |l| l.length()) {
        let Some(node) = list.as_ref().and_then(|l| l.item(i)) else { continue };
        // Not the fields hidden from people (the form's honeypot): what fills those is a robot.
        let hidden = node.dyn_ref::<web_sys::Element>().and_then(|e| e.closest("[aria-hidden='true']").ok().flatten());
        if hidden.is_some() {
            continue;
        }
        if let Some(input) = node.dyn_ref::<web_sys::HtmlInputElement>() {
            if matches!(input.type_().as_str(), "checkbox" | "radio") {
                if input.checked() != input.default_checked() {
                    changed.push((input.id(), FieldValue::Checked(input.checked())));
                }
            } else if input.value() != input.default_value() {
                changed.push((input.id(), FieldValue::Text(input.value())));
            }
        } else if let Some(area) = node.dyn_ref::<web_sys::HtmlTextAreaElement>() {
            if Ok(area.value()) != area.default_value() {
                changed.push((area.id(), FieldValue::Text(area.value())));
            }
        } else if let Some(select) = node.dyn_ref::<web_sys::HtmlSelectElement>() {
            // Without a `selected` attribute on any option, the first one is the page's own.
            let options = select.options();
            let default = (0..options.length())
                .find(|&i| {
                    options
                        .item(i)
                        .and_then(|o| o.dyn_into::<web_sys::HtmlOptionElement>().ok())
                        .is_some_and(|o| o.default_selected())
                })
                .unwrap_or(0);
            if select.selected_index() != default as i32 {
                changed.push((select.id(), FieldValue::Text(select.value())));
            }
        }
    }
    let focused = document
        .and_then(|d| d.active_element())
        .filter(|e| widget.contains(Some(e)))
        .map(|e| e.id())
        .filter(|id| !id.is_empty());
    FieldsBefore { changed, focused }
}

impl FieldsBefore {
    /// Puts the values into the app's fields of the same ids, as if typed there (an `input` and
    /// a `change` event each, so the app takes them in; what was typed is newer than a draft
    /// the app restored), and the focus back where it was. A field the app has not rendered
    /// yet (its content still loading) is tried again on the next frames, up to `frames` of them.
    pub fn restore(self, frames: u32) {
        let Some(document) = document() else { return };
        let mut waiting = Vec::new();
        for (id, value) in self.changed {
            match document.get_element_by_id(&id) {
                Some(element) => put(&element, &value),
                None => waiting.push((id, value)),
            }
        }
        let mut rest = FieldsBefore { changed: waiting, focused: self.focused };
        rest.restore_focus();
        if (!rest.changed.is_empty() || rest.focused.is_some()) && frames > 0 {
            leptos::prelude::request_animation_frame(move || rest.restore(frames - 1));
        }
    }

    /// Puts the focus back in the app's field of the same id, at once (keys pressed from now
    /// on go there), if the visitor has not put it somewhere else meanwhile. A field not
    /// rendered yet keeps its id here for `restore` to try again.
    pub fn restore_focus(&mut self) {
        let Some(document) = document() else { return };
        let focus_free = document.active_element().is_none_or(|e| e.tag_name() == "BODY");
        let Some(id) = self.focused.take().filter(|_| focus_free) else { return };
        match document.get_element_by_id(&id).and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok()) {
            Some(element) => {
                let _ = element.focus();
            }
            None => self.focused = Some(id),
        }
    }
}

/// Sets one field of the app.
fn put(element: &web_sys::Element, value: &FieldValue) {
    match (value, element.dyn_ref::<web_sys::HtmlInputElement>()) {
        (FieldValue::Checked(on), Some(input)) => input.set_checked(*on),
        (FieldValue::Text(text), Some(input)) => input.set_value(text),
        (FieldValue::Text(text), None) => {
            if let Some(area) = element.dyn_ref::<web_sys::HtmlTextAreaElement>() {
                area.set_value(text);
            } else if let Some(select) = element.dyn_ref::<web_sys::HtmlSelectElement>() {
                select.set_value(text);
            }
        }
        _ => return,
    }
    for kind in ["input", "change"] {
        let init = web_sys::EventInit::new();
        init.set_bubbles(true);
        if let Ok(event) = web_sys::Event::new_with_event_init_dict(kind, &init) {
            let _ = element.dispatch_event(&event);
        }
    }
}

/// Marks the document as running its widget (the stylesheet shows live regions from then on).
pub fn mark_ready() {
    if let Some(root) = document().and_then(|d| d.document_element()) {
        let _ = root.class_list().add_1("app-ready");
    }
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}
