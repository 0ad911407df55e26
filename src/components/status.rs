//! What a page shows while its content loads, and when loading failed (in words, with a
//! retry button).

use crate::components::hotline::HotlineLink;
use crate::text::texts;
use domain::load::{Load, LoadError};
use leptos::prelude::*;

/// A skeleton with text, so a screen reader hears that something is coming.
#[component]
pub fn LoadingView() -> impl IntoView {
    view! {
        <div class="loading" role="status" aria-live="polite">
            <span class="spinner" aria-hidden="true"></span>
            <span>{texts().loading}</span>
            <div class="skeleton" aria-hidden="true"><span></span><span></span><span></span></div>
        </div>
    }
}

/// A failed load in words: what failed, what to do, a retry button and the detail.
#[component]
pub fn ErrorView(error: LoadError, #[prop(into)] on_retry: Callback<()>) -> impl IntoView {
    let t = texts();
    view! {
        <div class="error-view" role="alert">
            <h2>{t.error_heading}</h2>
            <p>{(t.error_message)(&error)}</p>
            <p>{t.call_instead} <HotlineLink/> {t.full_stop}</p>
            // Even a 404 may be fixed on the server meanwhile (a file uploaded late), so every
            // failure offers a retry.
            <button type="button" class="button" on:click=move |_| on_retry.run(())>{t.retry}</button>
            <details>
                <summary>{t.details}</summary>
                <code>{error.detail()}</code>
            </details>
        </div>
    }
}

/// Renders `ready` when the content is there, the loading view while it comes, the error view
/// with retry when it failed.
pub fn when_ready<T, V>(
    state: Signal<Load<T>>,
    retry: impl Fn() + Clone + Send + Sync + 'static,
    ready: impl Fn(T) -> V + Send + Sync + 'static,
) -> impl IntoView
where
    T: Clone + Send + Sync + 'static,
    V: IntoView + 'static,
{
    move || match state.get() {
        Load::Loading => view! { <LoadingView/> }.into_any(),
        Load::Ready(value) => ready(value).into_any(),
        Load::Failed(error) => {
            let retry = retry.clone();
            view! { <ErrorView error=error on_retry=move |_| retry()/> }.into_any()
        }
    }
}
