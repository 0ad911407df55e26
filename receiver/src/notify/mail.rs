//! The e-mail channel: each new inquiry, with all its details (the office needs the name, phone
//! and e-mail to answer it), as a plain-text message to the office over SMTP with `lettre`
//! (implicit TLS, STARTTLS, or plain for a relay on the same machine). A message counts as
//! delivered once the SMTP server has accepted it (250 after DATA).

use super::Notifier;
use crate::store::{Channel, Row};
use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::Mailbox;
use lettre::transport::smtp::authentication::Credentials;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};
use std::time::Duration;

/// How the connection to the SMTP server is secured.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SmtpTls {
    /// TLS from the first byte (usually port 465).
    Tls,
    /// Plain, then upgraded with STARTTLS, which is required (usually port 587).
    StartTls,
    /// No encryption: only for a relay on this machine or a test sink (usually port 25).
    None,
}

impl SmtpTls {
    pub fn default_port(self) -> u16 {
        match self {
            SmtpTls::Tls => 465,
            SmtpTls::StartTls => 587,
            SmtpTls::None => 25,
        }
    }
}

impl std::str::FromStr for SmtpTls {
    type Err = String;

    fn from_str(text: &str) -> Result<SmtpTls, String> {
        match text.to_ascii_lowercase().as_str() {
            "tls" => Ok(SmtpTls::Tls),
            "starttls" => Ok(SmtpTls::StartTls),
            "none" => Ok(SmtpTls::None),
            _ => Err(format!("{text:?} is not one of tls, starttls, none")),
        }
    }
}

/// Where and how to send mail. The password is left out of `Debug`.
#[derive(Clone, PartialEq, Eq)]
pub struct MailConfig {
    pub host: String,
    pub port: u16,
    pub tls: SmtpTls,
    /// User name and password, if the server wants a login.
    pub credentials: Option<(String, String)>,
    pub from: Mailbox,
    pub to: Vec<Mailbox>,
}

impl std::fmt::Debug for MailConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("MailConfig")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("tls", &self.tls)
            .field("user", &self.credentials.as_ref().map(|(user, _)| user))
            .field("from", &self.from)
            .field("to", &self.to)
            .finish()
    }
}

impl MailConfig {
    /// `from` is one address (`收件机器人 <robot@example.cn>` or `robot@example.cn`); `to` is a
    /// comma-separated list.
    pub fn new(
        host: String,
        port: u16,
        tls: SmtpTls,
        credentials: Option<(String, String)>,
        from: &str,
        to: &str,
    ) -> Result<MailConfig, String> {
        let from = from.parse().map_err(|e| format!("WQ_RECEIVER_MAIL_FROM: {from:?}: {e}"))?;
        let to = to
            .split(',')
            .map(str::trim)
            .filter(|address| !address.is_empty())
            .map(|address| address.parse().map_err(|e| format!("WQ_RECEIVER_MAIL_TO: {address:?}: {e}")))
            .collect::<Result<Vec<Mailbox>, String>>()?;
        if to.is_empty() {
            return Err("WQ_RECEIVER_MAIL_TO: no address".into());
        }
        Ok(MailConfig { host, port, tls, credentials, from, to })
    }
}

/// Names the inquiry's reference, for the office's mail filters (and tests).
pub const REFERENCE_HEADER: HeaderName = HeaderName::new_from_ascii_str("X-Inquiry-Reference");

/// The message for one inquiry.
pub fn message(config: &MailConfig, inquiry: &Row) -> Result<Message, String> {
    let mut builder = Message::builder()
        .from(config.from.clone())
        .subject(format!("新咨询 New inquiry {} — {}", inquiry.reference, inquiry.company))
        .header(ContentType::TEXT_PLAIN)
        .raw_header(HeaderValue::new(REFERENCE_HEADER, inquiry.reference.clone()));
    for to in &config.to {
        builder = builder.to(to.clone());
    }
    if let Some(email) = &inquiry.email {
        if let Ok(reply_to) = email.parse::<Mailbox>() {
            builder = builder.reply_to(reply_to);
        }
    }
    builder.body(body(inquiry)).map_err(|e| format!("building the message: {e}"))
}

/// The plain-text body: every field, labelled in Chinese and English.
pub fn body(inquiry: &Row) -> String {
    let none = "—";
    let lines = [
        ("编号 Reference", inquiry.reference.as_str()),
        ("收到 Received (UTC)", inquiry.received_at.as_str()),
        ("主题 Topic", inquiry.topic.as_str()),
        ("园区 Park", inquiry.park.as_deref().unwrap_or("undecided")),
        ("姓名 Name", inquiry.name.as_str()),
        ("公司 Company", inquiry.company.as_str()),
        ("电话 Phone", inquiry.phone.as_str()),
        ("邮箱 E-mail", inquiry.email.as_deref().unwrap_or(none)),
        ("测算 Scenario", inquiry.scenario.as_deref().unwrap_or(none)),
        ("语言 Locale", inquiry.locale.as_str()),
        ("页面 Page", inquiry.page.as_str()),
        ("提交 Submitted", inquiry.submitted_at.as_str()),
    ];
    let mut text = String::new();
    for (label, value) in lines {
        text.push_str(&format!("{label}: {value}\n"));
    }
    text.push_str("\n留言 Message:\n");
    text.push_str(inquiry.message.as_deref().unwrap_or(none));
    text.push_str(&format!("\n\n-- \nid {}\n", inquiry.id));
    text
}

/// Sends each announcement through the configured SMTP server.
pub struct MailNotifier {
    config: MailConfig,
    transport: AsyncSmtpTransport<Tokio1Executor>,
}

impl MailNotifier {
    pub fn new(config: &MailConfig) -> Result<MailNotifier, String> {
        let host = config.host.as_str();
        let builder = match config.tls {
            SmtpTls::Tls => AsyncSmtpTransport::<Tokio1Executor>::relay(host),
            SmtpTls::StartTls => AsyncSmtpTransport::<Tokio1Executor>::starttls_relay(host),
            SmtpTls::None => Ok(AsyncSmtpTransport::<Tokio1Executor>::builder_dangerous(host)),
        }
        .map_err(|e| format!("SMTP server {host}: {e}"))?;
        let mut builder = builder.port(config.port).timeout(Some(Duration::from_secs(30)));
        if let Some((user, password)) = &config.credentials {
            builder = builder.credentials(Credentials::new(user.clone(), password.clone()));
        }
        Ok(MailNotifier { config: config.clone(), transport: builder.build() })
    }
}

impl Notifier for MailNotifier {
    fn channel(&self) -> Channel {
        Channel::Mail
    }

    async fn send(&self, inquiry: &Row) -> Result<(), String> {
        let message = message(&self.config, inquiry)?;
        self.transport.send(message).await.map(|_| ()).map_err(|e| e.to_string())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row() -> Row {
        Row {
            reference: "WQ-6F1C-2A3B-9D4E".into(),
            received_at: "2026-03-01T00:00:00Z".into(),
            id: "6f1c2a3b-9d4e-4f00-8a11-0123456789ab".into(),
            topic: "factory".into(),
            park: None,
            name: "李娜".into(),
            company: "Example GmbH".into(),
            phone: "13812345678".into(),
            email: Some("li@example.com".into()),
            message: Some("需要 5000 m² 厂房\n谢谢".into()),
            scenario: None,
            locale: "zh-CN".into(),
            page: "/contact".into(),
            submitted_at: "2026-03-01T08:00:00+08:00".into(),
        }
    }

    #[test]
    fn the_message_carries_every_detail() {
        let config = MailConfig::new(
            "localhost".into(),
            25,
            SmtpTls::None,
            None,
            "Robot <robot@example.cn>",
            "office@example.cn, zhang@example.cn",
        )
        .unwrap();
        let text = body(&row());
        for detail in
            ["WQ-6F1C-2A3B-9D4E", "李娜", "Example GmbH", "13812345678", "li@example.com", "谢谢", "undecided"]
        {
            assert!(text.contains(detail), "{detail} in {text}");
        }
        let formatted = String::from_utf8(message(&config, &row()).unwrap().formatted()).unwrap();
        assert!(formatted.contains("To: office@example.cn, zhang@example.cn"), "{formatted}");
        assert!(formatted.contains("Reply-To: li@example.com"), "{formatted}");
        assert!(formatted.contains("X-Inquiry-Reference: WQ-6F1C-2A3B-9D4E\r\n"), "{formatted}");
        let with_login = MailConfig { credentials: Some(("robot".into(), "hunter2".into())), ..config };
        assert!(!format!("{with_login:?}").contains("hunter2"));
    }
}
