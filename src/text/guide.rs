//! The interface text of the printable guide (`/guide`, 园区招商政策汇编) and of the offer
//! that leads to it on every page, per locale. Reached as `texts().guide`.

/// One locale's text for the guide.
pub struct GuideTexts {
    pub title: &'static str,
    pub description: &'static str,
    /// The offer's action, after the site's own words (免费获取园区招商政策汇编).
    pub get_now: &'static str,
    pub compiled_on: fn(date: &str) -> String,
    pub cover_lead: &'static str,
    pub print_hint: &'static str,
    pub by_mail_before: &'static str,
    pub by_mail_link: &'static str,
    pub contents: &'static str,
    pub parks_heading: &'static str,
    pub parks_note: &'static str,
    pub policies_heading: &'static str,
    pub policies_in_force: fn(count: usize, date: &str) -> String,
    pub policies_elsewhere: &'static str,
    pub register_heading: &'static str,
    pub foreign_heading: &'static str,
    pub contact_heading: &'static str,
    pub contact_lead: &'static str,
    pub contact_online: &'static str,
}

pub const ZH: GuideTexts = GuideTexts {
    title: "园区招商政策汇编",
    description: "武清区四个示范工业园区的主要数据、现行有效的优惠政策、公司注册与外商投资步骤和招商热线，汇编为一份可打印的 A4 文件，每项注明来源与日期。",
    get_now: "立即获取",
    compiled_on: |date| format!("编制日期：{date}"),
    cover_lead: "本汇编在编制当日由本站内容生成：四个园区的主要数据、现行有效的优惠政策、公司注册与外商投资的步骤，以及联系方式。每项数据注明来源编号，文末列出全部来源及其日期。",
    print_hint: "需要 PDF 或纸质版：使用浏览器的“打印”（Ctrl+P / ⌘P），纸张选 A4，可“另存为 PDF”。",
    by_mail_before: "希望由招商中心寄送？",
    by_mail_link: "在线留言索取",
    contents: "目录",
    parks_heading: "一、四个园区",
    parks_note: "各园区的名称沿革、企业名单和最新数据见网站的园区页面。",
    policies_heading: "二、现行有效的优惠政策",
    policies_in_force: |count, date| format!("截至{date}，以下 {count} 项政策处于有效期内。"),
    policies_elsewhere: "已失效、已被替代的政策和征求意见稿不在此列，见网站“优惠政策”页。政策以官方发布文本为准。",
    register_heading: "三、公司注册",
    foreign_heading: "四、外商投资",
    contact_heading: "五、联系我们",
    contact_lead: "选址、用地、厂房和政策问题，请联系武清区招商中心：",
    contact_online: "在线咨询：网站“联系我们”页的表单，留言会转交招商中心。",
};

pub const EN: GuideTexts = GuideTexts {
    title: "Investment guide to the Wuqing parks",
    description: "The four Wuqing demonstration industrial parks' key figures, the incentive policies in force, the steps to register a company and to invest from abroad, and the investment hotline, as one printable A4 document with every source and date.",
    get_now: "Get it now",
    compiled_on: |date| format!("Compiled on {date}"),
    cover_lead: "This guide is compiled from the portal's content on the day shown: the four parks' key figures, the incentive policies in force, the steps to register a company and to invest from abroad, and whom to contact. Every fact carries a numbered source; the sources and their dates are listed at the end.",
    print_hint: "For a PDF or a paper copy, use your browser's Print command (Ctrl+P / ⌘P) on A4 paper; most browsers can save it as a PDF.",
    by_mail_before: "Would you rather the investment office sent it to you?",
    by_mail_link: "Ask for a copy",
    contents: "Contents",
    parks_heading: "1. The four parks",
    parks_note: "Each park's page on the portal has its former names, companies and latest figures.",
    policies_heading: "2. Incentive policies in force",
    policies_in_force: |count, date| {
        let policies = if count == 1 { "policy is" } else { "policies are" };
        format!("On {date}, the following {count} {policies} in force.")
    },
    policies_elsewhere: "Policies that have lapsed or been replaced, and consultation drafts, are not included; the portal's Policies page lists them. The officially published text takes precedence.",
    register_heading: "3. Registering a company",
    foreign_heading: "4. Investing from abroad",
    contact_heading: "5. Contact",
    contact_lead: "For sites, land, factory space and policies, contact the Wuqing investment promotion centre:",
    contact_online: "Online: the form on the portal's Contact page; messages go to the investment promotion centre.",
};
