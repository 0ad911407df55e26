//! Visitor text made inert before it goes into a chat message: the characters that chat services
//! read as markup become their full-width look-alikes, so a company name such as
//! `<!channel> <http://evil.example|点此领取补贴>` arrives as the text it is, not as a mention of
//! everyone and a link disguised as a subsidy offer. Covered: Slack/Mattermost control sequences
//! (`<!channel>`, `<@U123>`, `<url|text>`), `@all`/`@here` mentions, Feishu's `<at …>` tags,
//! markdown links and images (`[text](url)`), emphasis, code and headings. A bare URL stays
//! readable (and may be linked by the client, but shows what it is).

/// The text with every markup character replaced by its full-width form.
pub fn inert(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '<' => '＜',
            '>' => '＞',
            '@' => '＠',
            '[' => '［',
            ']' => '］',
            '|' => '｜',
            '`' => '｀',
            '*' => '＊',
            '_' => '＿',
            '~' => '～',
            '#' => '＃',
            '&' => '＆',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markup_arrives_as_text() {
        let sent = inert("<!channel> <http://evil.example|点此领取补贴>");
        assert_eq!(sent, "＜!channel＞ ＜http://evil.example｜点此领取补贴＞");
        for (raw, markup) in [
            ("@all 请注意", "@"),
            ("<at user_id=\"all\">所有人</at>", "<"),
            ("[补贴申请](http://evil.example)", "["),
            ("![x](http://evil.example/x.png)", "]("),
            ("**加急** `code` # 标题 ~~删~~ _x_ &lt;", "*"),
        ] {
            let sent = inert(raw);
            assert!(!sent.contains(markup), "{sent}");
            assert!(!sent.chars().any(|c| "<>@[]|`*_~#&".contains(c)), "{sent}");
        }
        assert_eq!(inert("天津某公司 Example GmbH (Tianjin)"), "天津某公司 Example GmbH (Tianjin)");
    }
}
