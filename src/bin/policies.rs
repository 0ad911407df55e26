//! The `policies` widget's program (see `wuqing_parks::widgets`).
fn main() {
    use wuqing_parks::pages::policies::PoliciesWidget;
    wuqing_parks::widgets::mount("policies", || leptos::view! { <PoliciesWidget/> });
}
