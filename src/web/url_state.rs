//! State that lives in the URL query yet must react at once. A change shows immediately; the
//! URL is written later, so the history API is never on an input's path: typing
//! (`Write::Replace`) is written once the visitor pauses, leaves the field or unloads the page,
//! a discrete choice (`Write::Push`) in a task of its own. Back and forward rule again as soon
//! as no write is pending. Each write also updates the page's query (`PageUrl`) and the
//! header's language switch, which then leads to the same view in the other language.

use crate::components::link::use_base;
use crate::context::{PageUrl, SiteBase};
use leptos::prelude::*;
use std::time::Duration;

/// How a change enters the browser history.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Write {
    /// Replace the current entry once typing pauses (each keystroke).
    Replace,
    /// Add an entry (a discrete choice the Back button should undo).
    Push,
}

/// How long typing must pause before the URL follows it. Browsers limit how often a page may
/// rewrite its history entry: once per pause, not per key.
const TYPING_PAUSE: Duration = Duration::from_millis(300);

/// A write waiting for its moment.
#[derive(Clone, Copy)]
struct Pending {
    timer: TimeoutHandle,
    write: Write,
}

/// `from_url` is the state as the URL says; `href` prints a state as a path with its query.
/// Returns the state to show and the function that changes it.
pub fn url_state<T>(
    from_url: Memo<T>,
    href: impl Fn(&T) -> String + Clone + 'static,
) -> (Memo<T>, impl Fn(T, Write) + Clone + 'static)
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let unwritten = RwSignal::new(None::<T>);
    let pending = StoredValue::new(None::<Pending>);
    let current = Memo::new(move |_| unwritten.get().unwrap_or_else(|| from_url.get()));
    Effect::new(move |_| {
        from_url.track();
        if pending.with_value(Option::is_none) {
            unwritten.set(None);
        }
    });
    let page_url = PageUrl::get();
    let base = use_base();
    let site_base = use_context::<SiteBase>().map(|s| s.0).unwrap_or_default();
    let back_base = site_base.clone();
    // Takes the waiting write, if any, and stops its timer; returns how it was to be written.
    let cancel = move || {
        let waiting = pending.try_update_value(Option::take).flatten()?;
        waiting.timer.clear();
        Some(waiting.write)
    };
    let write_now = move |write: Write| {
        cancel();
        let url = base.href(&href(&current.get_untracked()));
        let search = url.find('?').map_or(String::new(), |at| url[at..].to_string());
        crate::web::history::write(&url, write == Write::Replace, &site_base);
        page_url.search.set(search);
    };
    let schedule = write_now.clone();
    let set = move |next: T, write: Write| {
        // A discrete choice lands on top of the typing before it: that is written first.
        if cancel() == Some(Write::Replace) && write == Write::Push {
            schedule(Write::Replace);
        }
        unwritten.set(Some(next));
        let delay = if write == Write::Replace { TYPING_PAUSE } else { Duration::ZERO };
        let later = schedule.clone();
        if let Ok(timer) = set_timeout_with_handle(move || later(write), delay) {
            pending.set_value(Some(Pending { timer, write }));
        }
    };
    // Focus leaving a field (to a link, another control or another window) and the page
    // unloading (a reload, closing the tab) write what is waiting at once.
    let flush = move |_: web_sys::Event| {
        if let Some(write) = cancel() {
            write_now(write);
        }
    };
    // Back and forward: the entry they lead to rules, and the waiting write is dropped.
    let drop_pending = move |_: web_sys::Event| {
        cancel();
        unwritten.try_set(None);
        page_url.search.try_set(crate::web::history::current_search());
        crate::web::history::sync_header_links(&back_base);
    };
    // In the browser only (an effect): there are no window events to listen to when rendering natively.
    Effect::new(move |_| {
        let listeners = [
            window_event_listener_untyped("focusout", flush.clone()),
            window_event_listener_untyped("pagehide", flush.clone()),
            window_event_listener_untyped("popstate", drop_pending.clone()),
        ];
        on_cleanup(move || listeners.into_iter().for_each(WindowListenerHandle::remove));
    });
    (current, set)
}
