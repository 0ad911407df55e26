//! The app root: data context, router, routes table and the shell around every page.

use crate::components::{footer::Footer, header::Header, status::UnderConstruction};
use crate::pages::{
    article::ArticlePage, home::HomePage, news::NewsPage, not_found::NotFound, park::ParkPage, parks::ParksPage,
};
use crate::web::{base::router_base, data::Data, focus::focus_main_on_page_change};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, Title};
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    let data = Data::provide();
    let site_name = move || data.site().get().name.clone();
    view! {
        <Title formatter=move |page: String| if page.is_empty() { site_name() } else { format!("{page} | {}", site_name()) }/>
        <Router base=router_base()>
            {focus_main_on_page_change()}
            <Header/>
            <main id="main" tabindex="-1">
                <Routes fallback=|| view! { <NotFound/> }>
                    <Route path=path!("/") view=HomePage/>
                    <Route path=path!("/parks") view=ParksPage/>
                    <Route path=path!("/parks/:id") view=ParkPage/>
                    <Route path=path!("/news") view=NewsPage/>
                    <Route path=path!("/news/:id") view=ArticlePage/>
                    <Route path=path!("/invest") view=|| view! {
                        <UnderConstruction title="投资对比" what="买地自建、厂房租赁、写字楼租赁的成本对比和测算工具正在建设。"/>
                    }/>
                    <Route path=path!("/invest/register") view=|| view! {
                        <UnderConstruction title="公司注册" what="在天津武清注册公司的分步指引正在建设。"/>
                    }/>
                    <Route path=path!("/invest/foreign") view=|| view! {
                        <UnderConstruction title="外商投资" what="面向外国投资者的准入、登记和项目备案指引正在建设。"/>
                    }/>
                    <Route path=path!("/policies") view=|| view! {
                        <UnderConstruction title="优惠政策" what="按类别检索、注明文号和有效期的政策库正在建设。"/>
                    }/>
                    <Route path=path!("/contact") view=|| view! {
                        <UnderConstruction title="联系我们" what="在线咨询表单正在建设。"/>
                    }/>
                    <Route path=path!("/privacy") view=|| view! {
                        <UnderConstruction title="隐私说明" what="本站不使用第三方统计、字体或地图服务；完整的隐私说明随在线咨询表单一同发布。"/>
                    }/>
                </Routes>
            </main>
            <Footer/>
        </Router>
    }
}
