//! The extractors `POST /inquiries` is made of, run in this order: `WithinRateLimit` (who the
//! client is, and whether it may send now) and `CheckedInquiry` (content type, size, JSON, and
//! every rule: the domain's for the form fields, the receiver's own for the envelope fields the
//! form does not have). The receiver trusts nothing it is sent.

use crate::answer::{AnswerProblem, ApiError, ErrorEntry};
use crate::routes::AppState;
use crate::store::canonical_id;
use axum::body::Bytes;
use axum::extract::{ConnectInfo, FromRequest, FromRequestParts, Request};
use axum::http::request::Parts;
use axum::http::{header, HeaderMap, StatusCode};
use domain::inquiry::{is_refused_in_line, validate, Inquiry, Problem, Valid};
use domain::inquiry_form::is_inquiry_id;
use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Instant;
use time::format_description::well_known::Rfc3339;
use time::OffsetDateTime;

pub const LOCALE_MAX: usize = 35;
pub use domain::inquiry::PAGE_MAX;
pub const SUBMITTED_AT_MAX: usize = 64;

/// The request is within its client's rate limit (counted as it is extracted).
pub struct WithinRateLimit;

impl FromRequestParts<Arc<AppState>> for WithinRateLimit {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, app: &Arc<AppState>) -> Result<WithinRateLimit, ApiError> {
        let Some(ConnectInfo(peer)) = parts.extensions.get::<ConnectInfo<SocketAddr>>().copied() else {
            // Served without peer addresses (only in a test calling the router directly).
            return Ok(WithinRateLimit);
        };
        let client = app.client_ip.client(peer.ip(), &parts.headers);
        if app.client_ip.trusts_nobody() && is_forwarded(&parts.headers) {
            log_untrusted_forwarding_once(app, client);
        }
        match app.rate_limit.check(client, Instant::now()) {
            Ok(()) => Ok(WithinRateLimit),
            Err(retry_after) => {
                tracing::debug!(%client, "rate limited");
                Err(ApiError::RateLimited { retry_after })
            }
        }
    }
}

/// Whether a proxy has named a client: then a proxy is in front, and if none is trusted every
/// visitor counts as the proxy.
fn is_forwarded(headers: &HeaderMap) -> bool {
    ["x-forwarded-for", "x-real-ip", "forwarded"].iter().any(|name| headers.contains_key(*name))
}

fn log_untrusted_forwarding_once(app: &AppState, peer: std::net::IpAddr) {
    if !app.untrusted_forwarding_logged.swap(true, std::sync::atomic::Ordering::Relaxed) {
        tracing::warn!(
            %peer,
            "requests carry X-Forwarded-For, X-Real-IP or Forwarded, but WQ_RECEIVER_TRUSTED_PROXIES is not set: \
             each counts as its peer, so behind a proxy all visitors share one rate limit"
        );
    }
}

/// An inquiry that passed every check, its id in canonical (lower-case) form, with the
/// normalised form values.
pub struct CheckedInquiry {
    pub inquiry: Inquiry,
    pub valid: Valid,
}

impl<S: Send + Sync> FromRequest<S> for CheckedInquiry {
    type Rejection = ApiError;

    async fn from_request(request: Request, state: &S) -> Result<CheckedInquiry, ApiError> {
        if !is_json(request.headers()) {
            return Err(ApiError::NotJson);
        }
        let body = Bytes::from_request(request, state).await.map_err(|rejection| {
            if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE {
                ApiError::TooLarge
            } else {
                // The body stopped arriving (the body timeout) or the connection broke.
                ApiError::Timeout
            }
        })?;
        let mut inquiry: Inquiry = serde_json::from_slice(&body).map_err(|_| ApiError::invalid_json())?;
        let mut problems = envelope_problems(&inquiry);
        let valid = match validate(&inquiry.draft()) {
            Ok(valid) => Some(valid),
            Err(list) => {
                problems.extend(list.into_iter().map(|(field, problem)| ErrorEntry::new(field.id(), problem)));
                None
            }
        };
        match valid {
            Some(valid) if problems.is_empty() => {
                inquiry.id = canonical_id(&inquiry.id);
                Ok(CheckedInquiry { inquiry, valid })
            }
            _ => Err(ApiError::Invalid(problems)),
        }
    }
}

/// Problems with the fields the form does not have: id, locale, page, submitted_at.
pub fn envelope_problems(inquiry: &Inquiry) -> Vec<ErrorEntry> {
    let mut list = Vec::new();
    if !is_inquiry_id(&inquiry.id) {
        list.push(ErrorEntry::new("id", AnswerProblem::Malformed));
    }
    for (field, text, max) in [
        ("locale", &inquiry.locale, LOCALE_MAX),
        ("page", &inquiry.page, PAGE_MAX),
        ("submitted_at", &inquiry.submitted_at, SUBMITTED_AT_MAX),
    ] {
        if text.trim().is_empty() {
            list.push(ErrorEntry::new(field, Problem::Missing));
        } else if text.chars().any(is_refused_in_line) {
            list.push(ErrorEntry::new(field, Problem::ControlCharacters));
        } else if text.chars().count() > max {
            list.push(ErrorEntry::new(field, Problem::TooLong { max }));
        } else if field == "submitted_at" && OffsetDateTime::parse(text.trim(), &Rfc3339).is_err() {
            list.push(ErrorEntry::new(field, AnswerProblem::DateFormat));
        }
    }
    list
}

fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|essence| essence.trim().eq_ignore_ascii_case("application/json"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;
    use domain::inquiry::InquiryDraft;

    #[test]
    fn uuid_shape() {
        assert!(is_inquiry_id("6f1c2a3b-9d4e-4f00-8a11-0123456789ab"));
        assert!(is_inquiry_id("6F1C2A3B-9D4E-4F00-8A11-0123456789AB"));
        assert!(!is_inquiry_id("6f1c2a3b9d4e4f008a110123456789ab"));
        assert!(!is_inquiry_id("6f1c2a3b-9d4e-4f00-8a11-0123456789ag"));
        assert!(!is_inquiry_id(""));
    }

    #[test]
    fn content_types() {
        let mut h = HeaderMap::new();
        assert!(!is_json(&h));
        h.insert(header::CONTENT_TYPE, HeaderValue::from_static("application/json; charset=utf-8"));
        assert!(is_json(&h));
        h.insert(header::CONTENT_TYPE, HeaderValue::from_static("text/plain"));
        assert!(!is_json(&h));
    }

    fn with(locale: &str, page: &str, submitted_at: &str) -> Vec<ErrorEntry> {
        let draft = InquiryDraft {
            topic: "land".into(),
            name: "王伟".into(),
            company: "天津某公司".into(),
            phone: "13812345678".into(),
            ..InquiryDraft::default()
        };
        let valid = validate(&draft).unwrap();
        envelope_problems(&Inquiry::new(valid, "6f1c2a3b-9d4e-4f00-8a11-0123456789ab", locale, page, submitted_at))
    }

    /// Earlier only `char::is_control` was checked here, and `submitted_at` was any text.
    #[test]
    fn envelope_fields_refuse_format_characters_and_a_date_must_be_one() {
        assert_eq!(with("zh-CN", "/contact", "2026-03-01T08:00:00.000Z"), []);
        assert_eq!(with("zh-CN", "/contact", "2026-03-01T08:00:00+08:00"), []);
        let refused = |field| vec![ErrorEntry::new(field, Problem::ControlCharacters)];
        assert_eq!(with("zh-CN\u{202E}", "/contact", "2026-03-01T08:00:00Z"), refused("locale"));
        assert_eq!(with("zh-CN", "/contact\u{2066}x", "2026-03-01T08:00:00Z"), refused("page"));
        assert_eq!(with("zh-CN", "/contact\u{2028}", "2026-03-01T08:00:00Z"), refused("page"));
        assert_eq!(with("zh-CN", "/contact", "2026-03-01T08:00:00Z\u{061C}"), refused("submitted_at"));
        for not_a_date in ["yesterday", "2026-03-01", "2026-02-30T08:00:00Z", "2026-03-01 08:00"] {
            assert_eq!(
                with("zh-CN", "/contact", not_a_date),
                [ErrorEntry::new("submitted_at", AnswerProblem::DateFormat)],
                "{not_a_date}"
            );
        }
    }
}
