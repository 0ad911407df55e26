//! The receiver's answers other than success: one error type (`ApiError`) whose `IntoResponse`
//! gives the status and the JSON `{"errors":[{"field":…,"problem":…}]}`. Each entry is
//! serialised by serde: the problem's kebab-case name under `problem` and its details beside it
//! (`{"field":"name","problem":"too-long","max":50}`). The form fields' problems are the domain's
//! own (`domain::inquiry::Problem`, named here through a serde remote definition that the
//! compiler checks against it); the receiver adds its own for the envelope.

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Json;
use domain::inquiry::Problem;
use serde::Serialize;

/// A problem the receiver names in an answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(tag = "problem", rename_all = "kebab-case")]
pub enum AnswerProblem {
    /// `id` is not UUID-shaped.
    Malformed,
    /// `submitted_at` is not an RFC 3339 date and time.
    DateFormat,
    /// `Content-Type` is not `application/json` (415).
    NotJson,
    /// The body is over `BODY_LIMIT` (413).
    TooLarge,
    /// The body does not parse as an inquiry.
    InvalidJson,
    /// The body did not arrive in time (408).
    Timeout,
    /// Over the per-client rate limit (429).
    RateLimited,
    /// The database write failed (500).
    StorageFailed,
    /// `missing`, `too-long`, `phone-format`, …: as the domain names them.
    #[serde(untagged, with = "DomainProblem")]
    Field(Problem),
}

impl From<Problem> for AnswerProblem {
    fn from(problem: Problem) -> AnswerProblem {
        AnswerProblem::Field(problem)
    }
}

/// `domain::inquiry::Problem` with the name under `problem` and its details beside it. A remote
/// definition: serde's derive matches every variant of the real enum, so a new domain problem
/// that is not listed here does not compile.
#[derive(Serialize)]
#[serde(remote = "Problem", tag = "problem", rename_all = "kebab-case")]
enum DomainProblem {
    Missing,
    TooLong { max: usize },
    ControlCharacters,
    UnknownValue,
    PhoneFormat,
    EmailFormat,
    MessageRequiredForOther,
    EmailRequiredForBrochure,
    ScenarioMalformed,
    ConsentRequired,
}

/// One entry of an answer's `errors`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct ErrorEntry {
    /// A field name, or `body` for the request as a whole.
    pub field: &'static str,
    #[serde(flatten)]
    pub problem: AnswerProblem,
}

impl ErrorEntry {
    pub fn new(field: &'static str, problem: impl Into<AnswerProblem>) -> ErrorEntry {
        ErrorEntry { field, problem: problem.into() }
    }
}

/// Why a request was not stored.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ApiError {
    /// 400: fields break rules (or the body is not an inquiry), every problem listed.
    Invalid(Vec<ErrorEntry>),
    /// 413.
    TooLarge,
    /// 415.
    NotJson,
    /// 408: the body stopped arriving; the client may send it again.
    Timeout,
    /// 429, with the seconds until the client's window ends.
    RateLimited { retry_after: u64 },
    /// 500: storing failed; the client should retry with the same id.
    StorageFailed,
}

#[derive(Serialize)]
struct Errors<'a> {
    errors: &'a [ErrorEntry],
}

impl ApiError {
    pub fn invalid_json() -> ApiError {
        ApiError::Invalid(vec![ErrorEntry::new("body", AnswerProblem::InvalidJson)])
    }

    fn status(&self) -> StatusCode {
        match self {
            ApiError::Invalid(_) => StatusCode::BAD_REQUEST,
            ApiError::TooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::NotJson => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::Timeout => StatusCode::REQUEST_TIMEOUT,
            ApiError::RateLimited { .. } => StatusCode::TOO_MANY_REQUESTS,
            ApiError::StorageFailed => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    fn entries(self) -> Vec<ErrorEntry> {
        let body = |problem| vec![ErrorEntry::new("body", problem)];
        match self {
            ApiError::Invalid(entries) => entries,
            ApiError::TooLarge => body(AnswerProblem::TooLarge),
            ApiError::NotJson => body(AnswerProblem::NotJson),
            ApiError::Timeout => body(AnswerProblem::Timeout),
            ApiError::RateLimited { .. } => body(AnswerProblem::RateLimited),
            ApiError::StorageFailed => body(AnswerProblem::StorageFailed),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        let retry_after = match self {
            ApiError::RateLimited { retry_after } => Some(retry_after),
            _ => None,
        };
        let entries = self.entries();
        let mut response = (status, Json(Errors { errors: &entries })).into_response();
        if let Some(seconds) = retry_after {
            response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(seconds));
        }
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn problems_are_named_in_kebab_case_and_flat() {
        let cases: [(AnswerProblem, &str); 18] = [
            (Problem::Missing.into(), "missing"),
            (Problem::ControlCharacters.into(), "control-characters"),
            (Problem::UnknownValue.into(), "unknown-value"),
            (Problem::PhoneFormat.into(), "phone-format"),
            (Problem::EmailFormat.into(), "email-format"),
            (Problem::MessageRequiredForOther.into(), "message-required-for-other"),
            (Problem::EmailRequiredForBrochure.into(), "email-required-for-brochure"),
            (Problem::ScenarioMalformed.into(), "scenario-malformed"),
            (Problem::ConsentRequired.into(), "consent-required"),
            (AnswerProblem::Malformed, "malformed"),
            (AnswerProblem::DateFormat, "date-format"),
            (AnswerProblem::NotJson, "not-json"),
            (AnswerProblem::TooLarge, "too-large"),
            (AnswerProblem::InvalidJson, "invalid-json"),
            (AnswerProblem::Timeout, "timeout"),
            (AnswerProblem::RateLimited, "rate-limited"),
            (AnswerProblem::StorageFailed, "storage-failed"),
            (Problem::TooLong { max: 50 }.into(), "too-long"),
        ];
        for (problem, name) in cases {
            let entry = serde_json::to_value(ErrorEntry::new("phone", problem)).unwrap();
            assert_eq!(entry["field"], "phone");
            assert_eq!(entry["problem"], name, "{problem:?}");
            // The same name the domain gives when it serialises a problem on its own.
            if let AnswerProblem::Field(Problem::PhoneFormat) = problem {
                assert_eq!(serde_json::to_value(Problem::PhoneFormat).unwrap(), name);
            }
        }
        assert_eq!(
            serde_json::to_value(ErrorEntry::new("name", Problem::TooLong { max: 50 })).unwrap(),
            json!({ "field": "name", "problem": "too-long", "max": 50 })
        );
    }

    #[test]
    fn a_rate_limit_answer_says_when_to_come_back() {
        let response = ApiError::RateLimited { retry_after: 42 }.into_response();
        assert_eq!(response.status(), StatusCode::TOO_MANY_REQUESTS);
        assert_eq!(response.headers()[header::RETRY_AFTER], "42");
    }
}
