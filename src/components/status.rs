//! What a page shows while its content loads, when loading failed (in words, with a retry
//! button), and the “建设中” notice for sections not built yet.

use crate::components::hotline::HotlineLink;
use crate::components::link::Link;
use crate::domain::load::{Load, LoadError};
use leptos::prelude::*;

/// A skeleton with text, so a screen reader hears that something is coming.
#[component]
pub fn LoadingView() -> impl IntoView {
    view! {
        <div class="loading" role="status" aria-live="polite">
            <span class="spinner" aria-hidden="true"></span>
            <span>"正在加载…"</span>
            <div class="skeleton" aria-hidden="true"><span></span><span></span><span></span></div>
        </div>
    }
}

/// A failed load in words: what failed, what to do, a retry button and the detail.
#[component]
pub fn ErrorView(error: LoadError, #[prop(into)] on_retry: Callback<()>) -> impl IntoView {
    let retryable = error.is_retryable();
    view! {
        <div class="error-view" role="alert">
            <h2>"内容暂时无法显示"</h2>
            <p>{error.message_zh()}</p>
            <p>"也可以直接致电招商中心 " <HotlineLink/> "。"</p>
            {retryable.then(|| view! {
                <button type="button" class="button" on:click=move |_| on_retry.run(())>"重试"</button>
            })}
            <details>
                <summary>"详细信息"</summary>
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

/// The notice for a section that a later release builds.
#[component]
pub fn UnderConstruction(#[prop(into)] title: String, #[prop(into)] what: String) -> impl IntoView {
    view! {
        <leptos_meta::Title text=title.clone()/>
        <leptos_meta::Meta name="description" content=format!("{title}：{what}")/>
        <section class="page under-construction">
            <h1>{title}</h1>
            <p class="notice"><strong>"建设中："</strong>{what}</p>
            <p>"现在就可以致电招商中心 " <HotlineLink/> "，或浏览"
                <Link href="/parks">"园区信息"</Link> "和"
                <Link href="/news">"新闻动态"</Link> "。"</p>
        </section>
    }
}
