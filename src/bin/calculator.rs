//! The `calculator` widget's program (see `wuqing_parks::widgets`).
fn main() {
    use wuqing_parks::pages::invest::InvestWidget;
    wuqing_parks::widgets::mount("calculator", || leptos::view! { <InvestWidget/> });
}
