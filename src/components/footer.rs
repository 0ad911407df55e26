//! The footer on every page: the 招商中心 hotline, the service menu and the policy-pack offer.

use crate::components::hotline::HotlineLink;
use crate::components::link::Link;
use crate::data::Data;
use crate::text::{guide_texts, texts, Texts};
use domain::nav::{policy_pack_href, Service, FOOTER};
use leptos::prelude::*;

/// A service's name in the menus.
pub fn service_label(t: &Texts, service: Service, contact_center: &str) -> String {
    match service {
        Service::Foreign => t.foreign,
        Service::BuyLand => t.buy_land,
        Service::FactoryRent => t.factory_rent,
        Service::OfficeRent => t.office_rent,
        Service::Register => t.register,
        Service::Policies => t.policies,
        Service::Contact => contact_center,
        Service::Privacy => t.privacy,
    }
    .to_string()
}

#[component]
pub fn Footer() -> impl IntoView {
    let t = texts();
    let site = Data::get().site();
    let links = FOOTER
        .iter()
        .map(|&service| {
            let label = service_label(t, service, &site.contact_center);
            view! { <li><Link href=service.href()>{label}</Link></li> }
        })
        .collect_view();
    view! {
        <footer class="site-footer">
            <div class="footer-contact">
                <p class="footer-name">{site.name.clone()}</p>
                <p>
                    {(t.footer_hotline)(&site.contact_center, &site.hotline_label)}
                    <HotlineLink class="hotline"/>
                </p>
                // The source site's offer, 免费获取园区招商政策汇编 · 立即获取: the guide, at once.
                <p>
                    <Link href=policy_pack_href() class="offer">
                        {site.policy_pack_offer.clone()}" · "<strong>{guide_texts().get_now}</strong>
                    </Link>
                </p>
            </div>
            <nav aria-label=t.service_nav class="footer-nav">
                <ul>{links}</ul>
            </nav>
            <p class="footer-note">{t.footer_note}</p>
        </footer>
    }
}
