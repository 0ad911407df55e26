//! The footer on every page: the 招商中心 hotline, the service menu and the policy-pack offer.

use crate::components::hotline::HotlineLink;
use crate::components::link::Link;
use crate::web::data::Data;
use leptos::prelude::*;

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
                    <Link href="/contact?topic=招商引资政策" class="offer">{move || site.get().policy_pack_offer.clone()}</Link>
                </p>
            </div>
            <nav aria-label="服务导航" class="footer-nav">
                <ul>
                    <li><Link href="/invest/foreign">"外商投资"</Link></li>
                    <li><Link href="/invest?option=buy-land">"买地自建"</Link></li>
                    <li><Link href="/invest?option=factory-rent">"厂房租赁"</Link></li>
                    <li><Link href="/invest?option=office-rent">"写字楼租赁"</Link></li>
                    <li><Link href="/invest/register">"公司注册"</Link></li>
                    <li><Link href="/policies">"优惠政策"</Link></li>
                    <li><Link href="/contact">{move || site.get().contact_center.clone()}</Link></li>
                    <li><Link href="/privacy">"隐私说明"</Link></li>
                </ul>
            </nav>
            <p class="footer-note">"本站数据均标注来源与日期；暂无公开数据之处如实注明。价格与政策以官方公告和实际报价为准。"</p>
        </footer>
    }
}
