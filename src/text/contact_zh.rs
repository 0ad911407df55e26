//! 在线咨询表单、提交结果与隐私说明的中文文字。

use super::contact::ContactTexts;
use domain::inquiry::{Field, Problem};
use domain::outbox::DeliveryError;

fn problem(field: Field, problem: Problem) -> String {
    use Field as F;
    use Problem as P;
    match (field, problem) {
        (F::Topic, P::Missing) => "请选择咨询主题".into(),
        (F::Topic, _) => "请从列出的咨询主题中选择一项".into(),
        (F::Park, _) => "请从列出的园区中选择，或选择“暂未确定”".into(),
        (F::Name, P::Missing) => "请输入您的姓名".into(),
        (F::Company, P::Missing) => "请输入公司名称；个人咨询可填写“个人”".into(),
        (F::Phone, P::Missing) => "请输入联系电话".into(),
        (F::Phone, P::PhoneFormat) => {
            "请输入11位手机号码（例如 13812345678）、带区号的座机号码（例如 022-82123456），或以 + 开头的国际号码"
                .into()
        }
        (F::Email, P::EmailRequiredForBrochure) => "索取政策汇编需要电子邮箱，汇编将发送到这个地址".into(),
        (F::Email, P::EmailFormat) => "请输入正确格式的电子邮箱，例如 name@example.com".into(),
        (F::Message, P::MessageRequiredForOther) => "选择“其他相关咨询”时，请在留言中写明您想咨询的内容".into(),
        (F::Scenario, _) => "测算方案无法识别，请移除后重新从投资对比页面带入".into(),
        (F::Consent, _) => "请勾选同意，我们才能使用这些信息答复您".into(),
        (field, P::TooLong { max }) => format!("{}不能超过 {max} 个字", label(field)),
        (field, P::ControlCharacters) => format!("{}中含有无法显示的控制字符，请删除后重新输入", label(field)),
        (field, _) => format!("请检查{}", label(field)),
    }
}

fn label(field: Field) -> &'static str {
    match field {
        Field::Topic => "咨询主题",
        Field::Park => "意向园区",
        Field::Name => "姓名",
        Field::Company => "公司名称",
        Field::Phone => "联系电话",
        Field::Email => "电子邮箱",
        Field::Message => "留言",
        Field::Scenario => "测算方案",
        Field::Consent => "同意条款",
    }
}

fn delivery_error(error: &DeliveryError) -> String {
    match error {
        DeliveryError::Network => "无法连接咨询服务器（可能是网络中断）。".into(),
        DeliveryError::Timeout => "咨询服务器在 10 秒内没有响应。".into(),
        DeliveryError::Status(status) => format!("咨询服务器暂时无法接收（HTTP {status}）。"),
    }
}

pub static CONTACT: ContactTexts = ContactTexts {
    title: "联系我们",
    description: "向武清示范工业园区招商中心提交投资咨询：招商政策、工业用地、厂房租购，或免费索取园区招商政策汇编。",
    lead: "告诉我们您关心的问题，招商中心会通过您留下的电话或邮箱答复。也可以直接拨打投资咨询热线。",
    form_heading: "在线咨询",
    needs_js: "在线表单需要启用 JavaScript。您可以改为拨打热线或发送邮件，方式见下文。",
    required_note: "除标明“选填”的项目外均为必填。",
    optional: "（选填）",

    topic_legend: "咨询主题",
    park_label: "意向园区",
    park_undecided: "暂未确定",
    name_label: "姓名",
    company_label: "公司名称",
    phone_label: "联系电话",
    phone_hint: "手机、带区号的座机，或以 + 开头的国际号码",
    email_label: "电子邮箱",
    email_hint: "索取政策汇编时必填，汇编将发送到此邮箱",
    message_label: "留言",
    message_hint: "选择“其他相关咨询”时必填，最多 2000 字",
    characters_left: |n| if n >= 0 { format!("还可输入 {n} 字") } else { format!("超出 {} 字", -n) },
    scenario_heading: "随咨询附上的测算方案",
    scenario_hint: "来自投资对比页面，与默认假设不同的输入：",
    scenario_remove: "移除测算方案",
    scenario_view: "在投资对比页面查看此方案",
    consent_before: "我同意招商中心使用以上信息答复本次咨询（详见",
    consent_link: "隐私说明",
    consent_after: "）",
    honeypot_label: "网址（请勿填写此栏）",
    send: "提交咨询",
    discard: "清空表单",
    draft_restored: "已恢复您上次在本设备上填写但未提交的内容。",
    storage_unavailable: "此浏览器不允许本站在设备上保存内容（例如无痕模式或存储已满），草稿和未送达的咨询都无法保留。提交前请不要关闭页面。",

    error_summary: "提交前请修改以下问题",
    error_title_prefix: "错误：",
    problem,

    sending: "正在发送……",
    delivered_heading: "咨询已送达",
    reference_label: "咨询编号",
    next_steps: "招商中心工作人员会通过您留下的电话或邮箱联系您。如果 3 个工作日内没有收到答复，请拨打投资咨询热线并告知咨询编号：",
    keep_reference: "请记下咨询编号，以便查询。",
    new_inquiry: "再提交一条咨询",
    not_delivered_heading: "咨询尚未送达",
    delivery_error,
    kept_on_device: "您的咨询已保存在本设备上。此页开着时会每隔一段时间自动重试；关闭此页后，下次打开本站任一页面或网络恢复时也会自动发送，不会重复提交。您也可以现在重试，或直接拨打热线：",
    storage_not_kept_heading: "无法保存在本设备上",
    not_saved: "这条咨询无法保存在本设备上（此浏览器不允许本站保存内容，例如无痕模式或存储已满）。请保持此页打开，它会继续尝试发送；关闭或刷新此页后，它就会丢失。为稳妥起见，请复制下面的内容，通过邮件或电话告诉我们。",
    copy_text: "复制咨询内容",
    copied: "已复制到剪贴板。",
    copy_failed: "无法自动复制：请选中上面的文字后手动复制。",
    retry_now: "立即重试",
    refused_heading: "咨询未被受理",
    refused: |status| format!("咨询服务器拒绝接收这份咨询（HTTP {status}），原样重发也不会成功，因此不会再自动发送。您填写的内容没有丢失：可以取回到表单中修改后重新提交，或直接拨打热线："),
    take_back: "取回修改",
    take_back_later: "（表单中有尚未发送的内容：发送或清除后即可取回）",
    offline_heading: "在线提交暂未开通",
    offline_notice: "本站目前还不能在线接收咨询。请直接拨打投资咨询热线：",
    offline_form_hint: "您仍可以填写下面的表单：我们会把内容整理好，方便您发邮件或来电时照此说明。",
    no_endpoint_heading: "请用邮件或电话发送这条咨询",
    no_endpoint: "本站暂未开通在线提交。您填写的内容整理如下，可以发邮件，或致电时照此说明：",
    send_by_mail: "用电子邮件发送",
    prepared_label: "整理好的咨询内容",
    back_to_form: "返回修改",
    mail_subject: |topic, company| format!("投资咨询：{topic}（{company}）"),
    mail_intro: "您好，我想咨询以下事项：",
    outbox_heading: "本设备上的咨询",
    outbox_item: |reference, company, topic| format!("{reference}：{company}，{topic}"),
    outbox_attempts: |n| format!("已尝试 {n} 次"),
    outbox_delivered: |reference| format!("咨询 {reference} 已送达。"),
    outbox_refused: |status| format!("未被受理，HTTP {status}"),
    dismiss: "知道了",

    other_ways_heading: "其他联系方式",
    by_phone: "投资咨询热线：",
    by_mail: "咨询邮箱：",
    mail_unpublished: "尚未公布（请先致电热线）",
    abroad: "在中国大陆以外？400 开头的热线通常无法从境外拨打。",
    abroad_call: "境外请拨打：",
    abroad_mail: "境外请发邮件至：",
    abroad_form: "请使用本页的在线表单，我们会按您留下的联系方式答复。",
    abroad_nothing: "本站尚未公布可从境外拨打的电话或咨询邮箱。",
    what_to_say: "来电或来信时，请说明咨询主题（招商引资政策、工业用地、厂房仓库租购或其他）、意向园区、您的姓名、公司名称和联系电话。",

    privacy_title: "隐私说明",
    privacy_description: "武清示范工业园区招商服务平台如何收集、使用、保存和删除在线咨询中的个人信息。",
    privacy_sections: &[
        ("我们收集什么", &[
            "只有在您提交在线咨询时，我们才收集您填写的内容：咨询主题、意向园区、姓名、公司名称、联系电话、电子邮箱（选填）、留言，以及您选择附上的投资测算方案。",
            "随咨询一起发送的还有：提交时间、页面语言、提交咨询的页面地址，以及一个随机生成的咨询编号（用来防止重复提交）。",
            "本站不使用 Cookie，不使用第三方统计、字体、地图或验证码服务，浏览本站不会把您的信息发送给任何第三方。",
        ]),
        ("为什么收集", &[
            "仅用于答复您的这次咨询，以及您同意的后续投资洽谈。我们不会把这些信息用于其他用途，也不会出售或提供给无关的第三方。",
        ]),
        ("保存在哪里", &[
            "提交前和送达前：保存在您自己的浏览器中（本地存储），以免网络中断时丢失。送达后本设备上的副本即被删除；您也可以随时点“清空表单”删除草稿。",
            "送达后：保存在招商服务平台运营方的咨询服务器数据库中。运营方可以设置向招商中心工作群发送新咨询提醒，提醒只包含咨询编号、主题、园区和公司名称。",
        ]),
        ("保存多久", &[
            "服务器上的咨询记录保存到答复和后续洽谈结束为止；您要求删除时，我们会删除。",
        ]),
        ("您的权利", &[
            "您可以查询、更正或要求删除您提交的信息。请拨打投资咨询热线，并提供咨询编号（形如 WQ-1A2B-3C4D-5E6F）和提交时留下的电话号码，以便核实身份。",
        ]),
    ],
    privacy_contact: "查询、更正或删除个人信息，请拨打投资咨询热线：",
};
