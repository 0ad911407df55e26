//! The `inquiry` widget's program (see `wuqing_parks::widgets`).
fn main() {
    use wuqing_parks::pages::contact::InquiryWidget;
    wuqing_parks::widgets::mount("inquiry", || leptos::view! { <InquiryWidget/> });
}
