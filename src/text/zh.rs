//! 中文界面文字 (the default locale).

use super::{InvestTexts, PageTexts, Texts};
use domain::date::PartialDate;
use domain::invest::{round_up, Input, Premises, Unit};
use domain::invest_query::{number_text, InputError};
use domain::load::LoadError;
use domain::model::{Qualifier, Reliability, Scope};
use domain::present::format_amount;
use domain::present::NumberStyle;

fn date(d: PartialDate) -> String {
    match (d.month, d.day) {
        (Some(m), Some(day)) => format!("{}年{}月{}日", d.year, m, day),
        (Some(m), None) => format!("{}年{}月", d.year, m),
        _ => format!("{}年", d.year),
    }
}

fn error_message(error: &LoadError) -> String {
    match error {
        LoadError::Network { file, .. } => format!("无法连接服务器，未能加载 {file}。请检查网络后重试。"),
        LoadError::Status { file, status: 404 } => format!("服务器上找不到数据文件 {file}（404）。"),
        LoadError::Status { file, status } => format!("服务器暂时无法提供 {file}（HTTP {status}）。请稍后重试。"),
        LoadError::Content(_) => "数据文件内容有误，暂时无法显示。请稍后重试或致电热线。".to_string(),
    }
}

fn scope(scope: Scope) -> &'static str {
    match scope {
        Scope::Park => "园区数据",
        Scope::Town => "镇域数据",
        Scope::District => "区级数据",
        Scope::City => "天津市数据",
        Scope::National => "全国数据",
    }
}

fn reliability(reliability: Reliability) -> &'static str {
    match reliability {
        Reliability::Official => "官方",
        Reliability::Press => "媒体",
        Reliability::Trade => "行业",
        Reliability::Weak => "参考（可靠性较弱）",
    }
}

fn qualifier(qualifier: Qualifier) -> &'static str {
    match qualifier {
        Qualifier::About => "约",
        Qualifier::Over => "超过",
    }
}

fn places(key: &str) -> &'static str {
    match key {
        "beijing" => "北京市区",
        "capital-airport" => "首都国际机场",
        "daxing-airport" => "北京大兴国际机场",
        "xiongan" => "雄安新区",
        "tianjin" => "天津市区",
        "binhai-airport" => "天津滨海国际机场",
        "tianjin-port" => "天津港",
        _ => "",
    }
}

fn premises(p: Premises) -> &'static str {
    match p {
        Premises::BuyLand => "买地自建",
        Premises::FactoryRent => "厂房租赁",
        Premises::OfficeRent => "写字楼租赁",
    }
}

fn input_label(input: Input) -> &'static str {
    match input {
        Input::FloorArea => "所需生产面积",
        Input::Years => "比较年限",
        Input::DiscountRate => "折现率",
        Input::PlotRatio => "容积率",
        Input::LandPrice => "土地价格",
        Input::DeedTax => "契税税率",
        Input::SoftCosts => "前期及配套费用",
        Input::ConstructionCost => "建造单价",
        Input::PermitMonths => "拿地到开工",
        Input::ConstructionMonths => "建设期（期间租用厂房）",
        Input::Upkeep => "年维护费（占建造成本）",
        Input::LandUseTax => "城镇土地使用税",
        Input::PropertyTaxBase => "房产税计税比例",
        Input::TenureYears => "土地使用权年限",
        Input::BuildingLife => "厂房使用年限",
        Input::ResidualHaircut => "期末变现折让",
        Input::FactoryRent => "厂房租金",
        Input::RentFreeMonths => "免租期",
        Input::DepositMonths => "押金",
        Input::FactoryGrowth => "厂房租金年增长",
        Input::IncomeTax => "企业所得税税率",
        Input::DepreciationYears => "厂房税前折旧年限",
        Input::OfficeArea => "办公面积",
        Input::OfficeRent => "写字楼租金",
        Input::OfficeFee => "写字楼物业费",
        Input::OfficeRentFree => "写字楼免租期",
        Input::OfficeDeposit => "写字楼押金",
        Input::OfficeGrowth => "写字楼租金年增长",
    }
}

fn unit(unit: Unit) -> &'static str {
    match unit {
        Unit::SquareMetres => "平方米",
        Unit::YuanPerMu => "元/亩",
        Unit::YuanPerM2 => "元/平方米",
        Unit::YuanPerM2Day => "元/平方米/天",
        Unit::YuanPerM2Month => "元/平方米/月",
        Unit::YuanPerM2Year => "元/平方米/年",
        Unit::Percent => "%",
        Unit::PercentPerYear => "%/年",
        Unit::Months => "个月",
        Unit::Years => "年",
        Unit::Ratio => "倍",
    }
}

fn plain(value: f64) -> String {
    format_amount(value).unwrap_or_else(|| "—".to_string())
}

fn input_error(input: Input, error: InputError) -> String {
    let what = input_label(input);
    match error {
        InputError::Empty => format!("请输入{what}"),
        InputError::NotANumber => format!("{what}请输入数字，例如 {}", plain(input.range().1 / 10.0)),
        InputError::NotWhole => format!("{what}请输入整数"),
        InputError::OutOfRange { low, high } => {
            format!("请输入 {} 到 {} 之间的{what}（{}）", plain(low), plain(high), unit(input.unit()))
        }
        InputError::Ambiguous { thousands, decimal } => format!(
            "{what}中的逗号可读作千位分隔（{}）或小数点（{}），请改用小数点或去掉逗号",
            plain(thousands),
            plain(decimal)
        ),
    }
}

/// Yuan in 万 and 亿, the way Chinese business figures are read: ¥312.5万, ¥1.23亿.
fn money(yuan: f64) -> String {
    if !yuan.is_finite() {
        return "—".to_string();
    }
    let sign = if yuan < 0.0 { "-" } else { "" };
    let a = yuan.abs();
    let round1 = |v: f64| plain((v * 10.0).round() / 10.0);
    if a >= 1e8 {
        format!("{sign}¥{}亿", plain((a / 1e8 * 100.0).round() / 100.0))
    } else if a >= 1e4 {
        format!("{sign}¥{}万", round1(a / 1e4))
    } else {
        format!("{sign}¥{}", plain(a.round()))
    }
}

fn break_even(ranges: &[(u32, u32)], years: u32) -> String {
    let span = |(a, b): &(u32, u32)| if a == b { format!("第{a}年") } else { format!("第{a}–{b}年") };
    match ranges {
        [] => format!("{years}年内买地自建的累计净成本始终高于租赁厂房。"),
        [(a, b)] if *b == years => format!("按累计净成本计，买地自建从第{a}年起到第{years}年都不比租赁厂房贵。", a = a),
        _ => format!(
            "按累计净成本计，买地自建只在{}不比租赁厂房贵，其余年份更贵。",
            ranges.iter().map(span).collect::<Vec<_>>().join("、")
        ),
    }
}

fn threshold(rent: Option<f64>) -> String {
    match rent {
        Some(r) => format!("厂房租金高于每平方米每天 {} 元时，买地自建更划算。", number_text(round_up(r, 3))),
        None => "在这些假设下，厂房租金再高，买地自建也不更划算。".to_string(),
    }
}

pub static TEXTS: Texts = Texts {
    skip_link: "跳到正文",
    menu: "菜单",
    main_nav: "主导航",
    service_nav: "服务导航",
    footer_note: "本站数据均标注来源与日期；暂无公开数据之处如实注明。价格与政策以官方公告和实际报价为准。",
    privacy: "隐私说明",
    foreign: "外商投资",
    buy_land: "买地自建",
    factory_rent: "厂房租赁",
    office_rent: "写字楼租赁",
    register: "公司注册",
    policies: "优惠政策",
    title_with_site: |page, site| if page.is_empty() { site.to_string() } else { format!("{page} | {site}") },

    number_style: NumberStyle::Chinese,
    other_language: "English",
    other_language_name: "Read this page in English",
    other_language_tag: "en",
    body_language_note: None,
    body_translated_note: None,
    body_original_link: "",
    colon: "：",
    list_separator: "、",
    clause_separator: "，",
    bracketed: |text| format!("（{text}）"),
    footer_hotline: |center, label| format!("{center}{label}："),
    document_ref: |title, number| match number {
        Some(number) => format!("《{title}》（{number}）"),
        None => format!("《{title}》"),
    },
    loading: "正在加载…",
    error_heading: "内容暂时无法显示",
    error_message,
    call_instead: "也可以直接致电招商中心 ",
    retry: "重试",
    details: "详细信息",
    full_stop: "。",
    no_script_app: "本站的交互功能需要启用 JavaScript；页面内容无需脚本即可阅读。投资咨询热线：",

    unknown: "暂无公开数据",
    reference_mark: |n| format!("来源 {n}"),
    references_heading: "参考来源",
    references_count: |n| format!("参考来源（{n}条）"),
    park_card_more: "更多：最新数据、更名、位置、建园时间、代表企业",
    key_figures: "关键数据",
    sources_label: "来源：",
    date,
    as_of: |d| format!("截至{}", date(d)),
    scope,
    reliability,
    qualifier,
    source_meta: |published, reliability| match published {
        Some(date) => format!("（{date}，{reliability}）"),
        None => format!("（{reliability}）"),
    },
    undated_accessed: |date| format!("未注明日期，{date}访问"),

    news_title: "新闻动态",
    news_description: "武清四大示范工业园区新闻动态：按园区、类别、标签和日期筛选，中文全文搜索。",
    search_news: "搜索新闻",
    search_placeholder: "标题、摘要或标签，例如：自行车、比亚迪",
    filter_news: "筛选新闻",
    facet_park: "园区",
    facet_category: "类别",
    facet_tag: "标签",
    all_parks: "全部园区",
    all_categories: "全部类别",
    all_tags: "全部标签",
    from_date: "起始日期",
    to_date: "截止日期",
    clear_filters: "清除全部筛选",
    result_count: |n| format!("共 {n} 条"),
    facet_option: |label, count| format!("{label}（{count}）"),
    no_results: "没有符合条件的新闻。",
    clear_and_show_all: "清除筛选，查看全部新闻",
    filtering: "正在按链接中的条件筛选新闻…",
    search_needs_js: "搜索和筛选需要启用 JavaScript；下面是全部新闻，按日期从新到旧排列；列表下方可按园区和年份浏览。",
    tags_label: "标签",
    pagination: "分页",
    previous_page: "上一页",
    next_page: "下一页",
    page_n: |p| format!("第{p}页"),
    park_news: |park| format!("{park}相关新闻"),
    year_news: |year| format!("{year}年新闻"),
    list_page: |what, page, pages| match page {
        1 => what.to_string(),
        _ => format!("{what}（第{page}页，共{pages}页）"),
    },
    list_description: |what, total| format!("{what}：共{total}条，按日期从新到旧排列。"),
    no_park_news: "暂无该园区的相关新闻。",
    browse_news: "按园区和年份浏览新闻",
    by_park: "按园区",
    by_year: "按年份",
    all_news: "全部新闻",
    year_label: |year| format!("{year}年"),

    news_crumb: "新闻",
    published: "发布日期",
    category: "类别",
    region: "所属地区",
    related_parks: "相关园区",
    related_articles: "相关文章",
    prev_next: "上一篇和下一篇",
    older: "上一篇（更早）：",
    newer: "下一篇（更新）：",
    article_not_found: "未找到该文章",
    no_such_article: |id| format!("没有编号为“{id}”的文章，可能已删除或链接有误。"),
    back_to_news: "返回新闻列表",

    page_not_found: "页面不存在",
    page_not_found_description: "您访问的页面不存在。",
    page_not_found_text: "您访问的地址没有对应的页面，可能已移动或输入有误。",
    home: "返回首页",
    parks_compare: "园区对比",
    news: "新闻动态",

    policies_description: "天津市和武清区的招商引资优惠政策：按类别和是否现行有效筛选，每项注明发文机关、文号、有效期、状态、来源及其日期；已失效的政策标明并注明替代文件。",
    policies_lead: "每项政策注明发文机关、文号、有效期和来源。已失效或已被替代的政策仍列出并标明，征求意见稿单独标注。政策以官方发布为准。",
    filter_policies: "筛选政策",
    only_valid: "只看现行有效",
    policies_scope_note: "目前没有查到只适用于某一园区的政策：以下均为全国、天津市或武清区层面的政策，四个园区同样适用。",
    policy_count: |n| format!("共 {n} 项"),
    status_in_force: "现行有效",
    status_lapsed: "已失效",
    status_draft: "征求意见稿",
    replaced_by: |name| format!("已由{name}替代。"),
    not_published: "未公布",
    no_stated_end: "无明确截止日期",
    issuer: "发文机关",
    document_number: "文号",
    scope_label: "适用范围",
    policy_scope: |scope| match scope {
        Scope::Park => "园区",
        Scope::Town => "所在镇",
        Scope::District => "武清区",
        Scope::City => "天津市",
        Scope::National => "全国",
    },
    validity: "有效期",
    valid_range: |from, to| format!("{from} 至 {to}"),
    status_checked_on: |date| format!("状态所依据来源的日期：{date}"),
    ask_policies: "咨询适用政策",

    invest_title: "投资对比",

};

pub static INVEST: InvestTexts = InvestTexts {
    invest_description: "在武清四个示范园区买地自建、租赁厂房还是租赁写字楼？三种方式的流程、适用对象和参考价格，以及按您的项目测算多年成本的计算器，每个默认值注明来源或标明示例假设。",
    invest_heading: "投资方式对比与成本测算",
    invest_lead: "买地自建还是租赁厂房？填入面积和年限，计算器立即比较多年成本；三种方式的流程、适合的企业和风险见计算器下方。",
    involves: "主要步骤",
    suits: "适合",
    timeline: "一般时间线",
    risks: "风险与注意事项",
    reference_prices: "参考价格",
    chosen: "当前选择",
    premises,
    calculator_heading: "成本测算",
    calculator_needs_js: "计算器需要启用 JavaScript 才能修改假设；下面是默认假设下的测算结果。也可致电 ",
    calculator_intro: "修改任一项，结果立即更新；每个默认值都注明来源和日期，没有公开数据的标明“示例假设”。金额为人民币，现值按折现率折算。",
    park_for_scenario: "园区",
    any_park: "暂未确定",
    group_basics: "项目",
    input_label,
    unit,
    input_error,
    default_is: "默认值：",
    assumption_mark: "示例假设，以实际报价为准",
    reset: "恢复默认",
    results_heading: "测算结果",
    assumptions_heading: "假设（可修改，结果随之更新）",
    results_table: "三种方式的成本对比表",
    results_stale: "结果未更新：请先修改标出的输入项。下面仍是上一次有效输入的结果。",
    money,
    rent_per_day: |r| format!("{} 元/平方米/天", plain(r)),
    headline: |cheaper, dearer, years, saving| {
        format!("在这些假设下，{years}年内{}比{}节省约{saving}（现值）。", premises(cheaper), premises(dearer))
    },
    headline_short: |cheaper, years, saving| format!("{years}年：{}省约{saving}（现值）", premises(cheaper)),
    break_even,
    threshold,
    land_needed: |mu| format!("买地自建需用地约 {mu} 亩。"),
    row_cash: "现金支出合计",
    row_present_value: "支出现值",
    row_residual: "期末资产残值",
    row_net_cost: "净成本（现值）",
    row_per_m2_year: "等额年成本（每平方米每年）",
    after_tax: |saving, rate| {
        if saving >= 0.0 {
            format!("计入企业所得税（税率{rate}%，租金当期扣除，厂房按年折旧）后，买地自建节省约{}（现值）。", money(saving))
        } else {
            format!("计入企业所得税（税率{rate}%，租金当期扣除，厂房按年折旧）后，买地自建反而多花约{}（现值）。", money(-saving))
        }
    },
    upfront: |buy, factory| format!("入驻前需要的现金：买地自建约{buy}（土地、建造、前期费用和建设期租金），租赁厂房约{factory}（押金和首月租金）。"),
    use_ends: |year| format!("第{year}年起，土地使用权到期或厂房到达使用年限，此后按厂房租金另租场地，期末不再计残值。"),
    rent_caveat: "注意：厂房租金默认值是2018年天津全市物流仓储租金，不是武清厂房报价；它是决定结论的输入（见下方敏感性分析），请按实际报价修改。",
    vat_basis: "金额均不含增值税：一般纳税人可抵扣租金和建造支付的进项税额，增值税不影响比较；小规模纳税人不能抵扣，应在租金和建造单价中加上增值税。",
    park_same_defaults: "四个园区没有各自公开的地价和租金，测算对四个园区使用同一组区级、市级参考价：选择园区不改变结果，只随咨询一并发送。",
    link_rejected: |label, given, error, used| {
        let why = match error {
            InputError::OutOfRange { low, high } => format!("超出 {} 到 {} 的范围", plain(low), plain(high)),
            InputError::NotWhole => "不是整数".to_string(),
            _ => "无法识别".to_string(),
        };
        format!("链接中的{label}“{given}”{why}，已改用默认值 {used}。")
    },
    link_corrected: "地址栏已更正。",
    group_tax: "企业所得税",
    row_after_tax: "税后净成本（现值）",
    row_upfront: "入驻前现金支出",
    sensitivity_heading: "哪个输入决定结论",
    sensitivity_intro: "每次只改一项、其余不变时，买地自建相对租赁厂房的节省（现值；负数表示买地更贵）：",
    sensitivity_input: "输入项",
    sensitivity_low: "调低时",
    sensitivity_high: "调高时",
    office_heading: |area| format!("写字楼租赁（{area}平方米办公）"),
    office_intro: "写字楼不能替代厂房，单独测算：只含办公面积的租金、物业费、免租期和押金。",
    office_net: "净成本（现值）",
    not_applicable: "—",
    result_item: "项目",
    chart_title: "累计净成本",
    chart_desc: "各方式按年累计的净成本（现值，已扣除期末可收回的资产残值），单位万元。",
    chart_year_axis: "年",
    chart_cost_axis: "万元",
    chart_point: |option, year, cost| format!("{option}，第{year}年：{cost}"),
    year_table: "逐年累计净成本（表格）",
    year_n: |y| format!("第{y}年"),
    compare_parks_heading: "同一方案在四个园区",
    compare_parks_same_prices: "四个园区目前没有各自公开的地价和租金：测算用的是同一组区级、市级参考价，成本结果相同。园区之间真正不同的是下面这些：",
    district_distance_note: |beijing| {
        format!("区位距离（如距北京市区{beijing}）是从武清区中心起算的区级数据，对四个园区相同；各园区自身到港口、机场的距离暂无公开数据。")
    },
    consult_scenario: "就此方案咨询",
    model_notes: "计算方法",
    model_notes_text: &[
        "按月计算现金流，按年折现：第t年（从0起）支付的金额除以(1+折现率)^t。金额不含增值税。",
        "买地自建：土地款和契税在期初支付；拿地到开工期间和建设期内按厂房租金（不含免租期）租用同样面积；建造费和前期及配套费用在开工时支付。",
        "持有期间每年缴纳城镇土地使用税；入驻后每年支付维护费，并按房产原值（含地价）扣除后的余值缴纳1.2%的房产税。",
        "土地使用权到期或厂房到达使用年限后，按厂房租金另租场地。",
        "期末残值：土地使用权按剩余年限、厂房按剩余使用年限直线折算，再减去变现折让，在期末收回并折现。",
        "厂房租赁：押金期初支付、期末退还，只计资金的时间成本（已计入净成本）；免租期内不付租金。",
        "等额年成本：与净成本现值相同、每年年初支付的固定金额，除以面积。",
        "税后：租金、税费、维护费当期扣除，厂房按税前折旧年限、土地使用权按出让年限摊销；期末按残值出售，高于或低于计税基础的部分纳税或抵税。",
        "未计入：设备、装修、税收优惠与补贴、贷款利息。",
    ],
};

pub static PAGES: PageTexts = PageTexts {
    home_description: "天津武清区四大示范工业园区（中华自行车王国产业园、中华地毯产业园、天津武清汽车零部件产业园、天津京滨工业园）的园区信息、区位交通、新闻动态与招商咨询。",
    home_heading: "武清四大示范工业园区",
    home_kicker: "天津市武清区",
    home_offer: "对比四个园区的数据，每项注明来源与日期；测算买地自建与租赁的成本；查阅现行有效的优惠政策；在线咨询或致电招商中心。",
    hero_compare: "比较园区",
    hero_inquire: "在线咨询",
    quick_contact: "联系招商中心",
    call_label: "致电",
    why_heading: "为什么是武清",
    parks_heading: "四大示范工业园区",
    town_label: "所在镇街：",
    renamed_since: |date, name| format!("{date}起更名为{name}"),
    compare_parks_link: "对比四个园区 →",
    latest_news: "最新动态",
    all_news_link: "全部新闻 →",
    services_heading: "投资服务",
    buy_land_hint: "工业用地招拍挂与自建厂房",
    factory_rent_hint: "标准厂房与仓库",
    office_rent_hint: "区域总部与研发办公",
    register_hint: "一网通办的开办步骤",
    policies_hint: "市级与武清政策措施",
    foreign_hint: "负面清单与外资登记",

    parks_title: "园区对比",
    parks_description: "武清四大示范工业园区对比：位置、建园时间、规划面积、主导产业、代表企业与企业数量，每项数据注明日期与来源；附区位示意图。",
    parks_heading_compare: "四大园区对比",
    parks_lead: "每项数据都注明截至日期和来源；没有可靠公开数据的，注明“暂无公开数据”。",
    map_heading: "区位示意图",
    compare_caption: "武清四大示范工业园区对比",
    scroll_hint: "（左右滑动查看全部园区）",
    compare_item: "项目",
    not_renamed: "未更名",
    row_names: "更名情况",
    row_town: "所在镇街",
    row_location: "位置",
    row_founded: "建园时间",
    row_area: "规划面积",
    row_industries: "主导产业",
    row_enterprises: "代表企业",
    row_enterprise_count: "企业数量",
    row_latest: "最新已知数据",
    row_ready_land: "可出让工业用地",
    renamed_at: |date, name| format!("{date}起：{name}"),
    renamed_to: |date, name, name_en| format!("{date}起更名为{name}（{name_en}）"),

    parks_crumb: "园区",
    ask_about_park: "咨询该园区",
    basics: "基本情况",
    industries: "主导产业",
    enterprises: "代表企业",
    figures: "数据",
    history: "发展历程",
    related_news: "相关新闻",
    all_park_news: |count| format!("查看全部相关新闻（{count}条）→"),
    park_not_found: "未找到该园区",
    no_such_park: |id| format!("没有编号为“{id}”的园区。武清区的四个示范工业园区是："),

    map_title: "武清区位示意图",
    map_desc: "示意图，非测绘地图：武清区位于北京与天津之间，图中标出四个园区所在镇街和区中心到北京、天津、机场、港口的距离。",
    district: "武清区",
    district_centre: "区中心",
    map_caption_strong: "示意图（非测绘地图）。",
    map_caption: "园区按所在镇街大致示意；",
    map_text_heading: "图中信息（文字版）",
    place_not_public: |park| format!("{park}（位置未公开）"),
    town_unknown: |unknown| format!("所在镇街{unknown}"),
    distance_from_centre: |place, distance| format!("区中心距{place}：{distance}"),
    map_citation: |date, source| {
        format!("距离为武清区中心起算的区级数据（{date}，来源：{source}），不是各园区自身的距离。")
    },
    places,

    register_description: "在天津武清注册公司：经天津网上办事大厅“一网通办”开办企业的分步流程，每一步注明官方来源及其日期。",
    register_lead: "在天津开办企业通过天津网上办事大厅（一网通办）办理。以下步骤来自官方说明，每步注明来源及其日期；具体材料和时限以政务服务中心当日要求为准。",
    foreign_description: "外商在天津武清投资：负面清单管理、项目核准备案与公司登记的区别、全程网办和住所登记，每项注明来源及其日期。",
    foreign_lead: "外国投资者与内资企业的不同之处，以及到哪里办理。每项注明来源、来源日期和来源类型：既有政府网站的说明，也有媒体报道、行业机构页面和转载，以政府部门当日要求为准。",
    checked_on: |date| format!("所依据来源的日期：{date}"),
    ask_us: "咨询招商中心",
    or_call: "或致电",
};

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_at_their_precision() {
        let date = |text| (TEXTS.date)(PartialDate::parse(text).unwrap());
        assert_eq!(date("2025-08-22"), "2025年8月22日");
        assert_eq!(date("2014-03"), "2014年3月");
        assert_eq!(date("2024"), "2024年");
        assert_eq!((TEXTS.as_of)(PartialDate::parse("2016-12").unwrap()), "截至2016年12月");
    }

    #[test]
    fn load_errors_name_the_file_and_claim_nothing() {
        let network = LoadError::Network { file: "parks.json".into(), detail: "TypeError".into() };
        assert!((TEXTS.error_message)(&network).contains("parks.json"));
        let status = LoadError::Status { file: "x.json".into(), status: 404 };
        assert!((TEXTS.error_message)(&status).contains("404"));
    }
}
