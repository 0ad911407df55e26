//! The footer on every page: the 招商中心 hotline, the service menu and the policy-pack offer.

use crate::components::hotline::HotlineLink;
use crate::web::data::Data;
use leptos::prelude::*;
use leptos_router::components::A;

#[component]
pub fn Footer() -> impl IntoView {
    let site = Data::get().site();
    view! {
        <footer class="site-footer">
            <div class="footer-contact">
                <p class="footer-name">{move || site.get().name.clone()}</p>
                <p>
                    {move || format!("{}{}：", site.get().contact_center, site.get().hotline_label)}
                    <HotlineLink class="hotline"/>
                </p>
                <p>
                    <A href="/contact?topic=招商引资政策" attr:class="offer">{move || site.get().policy_pack_offer.clone()}</A>
                </p>
            </div>
            <nav aria-label="服务导航" class="footer-nav">
                <ul>
                    <li><A href="/invest/foreign">"外商投资"</A></li>
                    <li><A href="/invest?option=buy-land">"买地自建"</A></li>
                    <li><A href="/invest?option=factory-rent">"厂房租赁"</A></li>
                    <li><A href="/invest?option=office-rent">"写字楼租赁"</A></li>
                    <li><A href="/invest/register">"公司注册"</A></li>
                    <li><A href="/policies">"优惠政策"</A></li>
                    <li><A href="/contact">{move || site.get().contact_center.clone()}</A></li>
                    <li><A href="/privacy">"隐私说明"</A></li>
                </ul>
            </nav>
            <p class="footer-note">"本站数据均标注来源与日期；暂无公开数据之处如实注明。价格与政策以官方公告和实际报价为准。"</p>
        </footer>
    }
}
