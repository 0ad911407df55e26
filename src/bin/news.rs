//! The `news` widget's program (see `wuqing_parks::widgets`).
fn main() {
    use wuqing_parks::pages::news::NewsWidget;
    wuqing_parks::widgets::mount("news", || leptos::view! { <NewsWidget/> });
}
