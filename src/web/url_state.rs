//! State that lives in the URL query yet must react at once. A change shows immediately; the
//! URL is written in a task of its own (history replace while typing, push on discrete
//! choices), so the history API and the router are never on an input's path. Back, forward
//! and links rule again as soon as no write is pending.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use leptos_router::NavigateOptions;
use std::time::Duration;

/// How a change enters the browser history.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Write {
    /// Replace the current entry (each keystroke).
    Replace,
    /// Add an entry (a discrete choice the Back button should undo).
    Push,
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
    let pending = StoredValue::new(0u32);
    let current = Memo::new(move |_| unwritten.get().unwrap_or_else(|| from_url.get()));
    Effect::new(move |_| {
        from_url.track();
        if pending.get_value() == 0 {
            unwritten.set(None);
        }
    });
    let navigate = use_navigate();
    let set = move |next: T, write: Write| {
        unwritten.set(Some(next));
        pending.update_value(|n| *n += 1);
        let (navigate, href) = (navigate.clone(), href.clone());
        set_timeout(
            move || {
                pending.update_value(|n| *n -= 1);
                let options = NavigateOptions { replace: write == Write::Replace, scroll: false, ..Default::default() };
                navigate(&href(&current.get_untracked()), options);
            },
            Duration::ZERO,
        );
    };
    (current, set)
}
