//! The HTTP surface: `POST /inquiries` (checks, then stores, then answers) and `GET /healthz`,
//! with CORS for the configured site origins and a 16 KB body limit. The receiver trusts
//! nothing it is sent: every inquiry is validated again with the domain's rules.

use crate::rate_limit::RateLimit;
use crate::store::{Inserted, Store};
use axum::body::Bytes;
use axum::extract::{ConnectInfo, DefaultBodyLimit, FromRequest, Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use domain::inquiry::{validate, Inquiry, Problem};
use domain::inquiry_form::is_inquiry_id;
use serde::Serialize;
use serde_json::{json, Map, Value};
use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};
use tokio::sync::Notify;
use tower_http::cors::{AllowOrigin, CorsLayer};

/// The largest body accepted, in bytes.
pub const BODY_LIMIT: usize = 16 * 1024;
pub const LOCALE_MAX: usize = 35;
pub use domain::inquiry::PAGE_MAX;
pub const SUBMITTED_AT_MAX: usize = 64;

pub struct AppState {
    pub store: Store,
    pub rate_limit: RateLimit,
    /// A header the TLS proxy sets to the client's address (see `Config::client_ip_header`).
    pub client_ip_header: Option<String>,
    /// Set when a webhook is configured: new inquiries are queued and the worker woken.
    pub webhook_wake: Option<Arc<Notify>>,
}

pub fn router(state: Arc<AppState>, allowed_origins: &[String]) -> Router {
    let origins: Arc<Vec<HeaderValue>> =
        Arc::new(allowed_origins.iter().filter_map(|o| HeaderValue::from_str(o).ok()).collect());
    let cors = CorsLayer::new()
        .allow_origin(AllowOrigin::list(origins.iter().cloned()))
        .allow_methods([Method::POST])
        .allow_headers([header::CONTENT_TYPE])
        .max_age(Duration::from_secs(3600));
    Router::new()
        .route("/inquiries", post(post_inquiry))
        .route("/healthz", get(|| async { "ok" }))
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(cors)
        .layer(middleware::from_fn(move |request: Request, next: Next| {
            strip_cors_for_others(Arc::clone(&origins), request, next)
        }))
        .with_state(state)
}

/// tower-http answers a preflight from any origin with its allowed methods and headers (only
/// `Access-Control-Allow-Origin` is left out); here other origins get no CORS headers at all.
async fn strip_cors_for_others(allowed: Arc<Vec<HeaderValue>>, request: Request, next: Next) -> Response {
    let other = request.headers().get(header::ORIGIN).is_some_and(|origin| !allowed.contains(origin));
    let mut response = next.run(request).await;
    if other {
        let names: Vec<_> =
            response.headers().keys().filter(|name| name.as_str().starts_with("access-control-")).cloned().collect();
        for name in names {
            response.headers_mut().remove(name);
        }
    }
    response
}

/// A problem the receiver names in an answer: the domain's field problems as they are, and the
/// receiver's own for the envelope (the body as a whole, and `id`). Named by serde in the
/// domain's kebab-case, so `too-long` is spelt once, by the domain.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AnswerProblem {
    /// `id` is not UUID-shaped.
    Malformed,
    /// `Content-Type` is not `application/json` (415).
    NotJson,
    /// The body is over `BODY_LIMIT` (413).
    TooLarge,
    /// The body does not parse as an inquiry.
    InvalidJson,
    /// Over the per-client rate limit (429).
    RateLimited,
    /// The database write failed (500).
    StorageFailed,
    /// `missing`, `too-long`, `phone-format`, …: as the domain names them.
    #[serde(untagged)]
    Field(Problem),
}

impl From<Problem> for AnswerProblem {
    fn from(problem: Problem) -> AnswerProblem {
        AnswerProblem::Field(problem)
    }
}

/// One entry of an answer's `errors`, flat: `{"field": …, "problem": <kebab-case name>}` plus
/// the problem's details beside them (today only `too-long`'s `max`). Serde writes a variant with
/// data as `{"too-long": {"max": 50}}`; here that becomes `"problem": "too-long", "max": 50`.
pub fn error_entry(field: &str, problem: impl Into<AnswerProblem>) -> Value {
    let mut entry = Map::new();
    entry.insert("field".into(), Value::from(field));
    match serde_json::to_value(problem.into()) {
        Ok(Value::String(name)) => {
            entry.insert("problem".into(), Value::String(name));
        }
        Ok(Value::Object(tagged)) if tagged.len() == 1 => {
            if let Some((name, details)) = tagged.into_iter().next() {
                entry.insert("problem".into(), Value::String(name));
                if let Value::Object(details) = details {
                    for (key, value) in details {
                        entry.entry(key).or_insert(value);
                    }
                }
            }
        }
        // Not reached: every variant is a name or a one-key object (the tests cover each). The
        // release build aborts on panic, so a handler never panics over an answer's wording.
        other => {
            entry.insert("problem".into(), other.unwrap_or(Value::Null));
        }
    }
    Value::Object(entry)
}

fn errors(status: StatusCode, list: Vec<Value>) -> Response {
    (status, Json(json!({ "errors": list }))).into_response()
}

fn error(status: StatusCode, field: &str, problem: AnswerProblem) -> Response {
    errors(status, vec![error_entry(field, problem)])
}

/// Problems with the fields the form does not have: id, locale, page, submitted_at.
fn envelope_problems(inquiry: &Inquiry) -> Vec<Value> {
    let mut list = Vec::new();
    if !is_inquiry_id(&inquiry.id) {
        list.push(error_entry("id", AnswerProblem::Malformed));
    }
    for (field, text, max) in [
        ("locale", &inquiry.locale, LOCALE_MAX),
        ("page", &inquiry.page, PAGE_MAX),
        ("submitted_at", &inquiry.submitted_at, SUBMITTED_AT_MAX),
    ] {
        if text.trim().is_empty() {
            list.push(error_entry(field, Problem::Missing));
        } else if text.chars().any(char::is_control) {
            list.push(error_entry(field, Problem::ControlCharacters));
        } else if text.chars().count() > max {
            list.push(error_entry(field, Problem::TooLong { max }));
        }
    }
    list
}

fn client_ip(headers: &HeaderMap, peer: SocketAddr, header_name: Option<&str>) -> IpAddr {
    header_name
        .and_then(|name| headers.get(name))
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(',').next())
        .and_then(|v| v.trim().parse().ok())
        .unwrap_or(peer.ip())
}

fn is_json(headers: &HeaderMap) -> bool {
    headers
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split(';').next())
        .is_some_and(|essence| essence.trim().eq_ignore_ascii_case("application/json"))
}

pub fn unix_now() -> i64 {
    SystemTime::now().duration_since(UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0)
}

async fn post_inquiry(
    State(app): State<Arc<AppState>>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    request: Request,
) -> Response {
    let client = client_ip(request.headers(), peer, app.client_ip_header.as_deref());
    if let Err(wait) = app.rate_limit.check(client, Instant::now()) {
        let mut response = error(StatusCode::TOO_MANY_REQUESTS, "body", AnswerProblem::RateLimited);
        response.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(wait));
        return response;
    }
    if !is_json(request.headers()) {
        return error(StatusCode::UNSUPPORTED_MEDIA_TYPE, "body", AnswerProblem::NotJson);
    }
    let body = match Bytes::from_request(request, &()).await {
        Ok(body) => body,
        Err(rejection) if rejection.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            return error(StatusCode::PAYLOAD_TOO_LARGE, "body", AnswerProblem::TooLarge);
        }
        Err(rejection) => return rejection.into_response(),
    };
    let Ok(inquiry) = serde_json::from_slice::<Inquiry>(&body) else {
        return error(StatusCode::BAD_REQUEST, "body", AnswerProblem::InvalidJson);
    };
    let mut problems = envelope_problems(&inquiry);
    let valid = match validate(&inquiry.draft()) {
        Ok(valid) => Some(valid),
        Err(list) => {
            problems.extend(list.into_iter().map(|(field, problem)| error_entry(field.id(), problem)));
            None
        }
    };
    let Some(valid) = valid.filter(|_| problems.is_empty()) else {
        return errors(StatusCode::BAD_REQUEST, problems);
    };

    let store = app.store.clone();
    let queue_at = app.webhook_wake.as_ref().map(|_| unix_now());
    let inserted = tokio::task::spawn_blocking(move || store.insert(&inquiry, &valid, queue_at)).await;
    match inserted {
        Ok(Ok(Inserted::New(reference))) => {
            if let Some(wake) = &app.webhook_wake {
                wake.notify_one();
            }
            (StatusCode::CREATED, Json(json!({ "reference": reference }))).into_response()
        }
        Ok(Ok(Inserted::Existing(reference))) => {
            (StatusCode::OK, Json(json!({ "reference": reference }))).into_response()
        }
        Ok(Err(e)) => {
            eprintln!("wuqing-receiver: storing an inquiry failed: {e}");
            error(StatusCode::INTERNAL_SERVER_ERROR, "body", AnswerProblem::StorageFailed)
        }
        Err(e) => {
            eprintln!("wuqing-receiver: the storing task failed: {e}");
            error(StatusCode::INTERNAL_SERVER_ERROR, "body", AnswerProblem::StorageFailed)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn uuid_shape() {
        assert!(is_inquiry_id("6f1c2a3b-9d4e-4f00-8a11-0123456789ab"));
        assert!(is_inquiry_id("6F1C2A3B-9D4E-4F00-8A11-0123456789AB"));
        assert!(!is_inquiry_id("6f1c2a3b9d4e4f008a110123456789ab"));
        assert!(!is_inquiry_id("6f1c2a3b-9d4e-4f00-8a11-0123456789ag"));
        assert!(!is_inquiry_id(""));
    }

    #[test]
    fn problems_are_named_in_kebab_case_and_flat() {
        let cases: [(AnswerProblem, &str); 15] = [
            (Problem::Missing.into(), "missing"),
            (Problem::ControlCharacters.into(), "control-characters"),
            (Problem::UnknownValue.into(), "unknown-value"),
            (Problem::PhoneFormat.into(), "phone-format"),
            (Problem::EmailFormat.into(), "email-format"),
            (Problem::MessageRequiredForOther.into(), "message-required-for-other"),
            (Problem::EmailRequiredForBrochure.into(), "email-required-for-brochure"),
            (Problem::ScenarioMalformed.into(), "scenario-malformed"),
            (AnswerProblem::Malformed, "malformed"),
            (AnswerProblem::NotJson, "not-json"),
            (AnswerProblem::TooLarge, "too-large"),
            (AnswerProblem::InvalidJson, "invalid-json"),
            (AnswerProblem::RateLimited, "rate-limited"),
            (AnswerProblem::StorageFailed, "storage-failed"),
            (Problem::TooLong { max: 50 }.into(), "too-long"),
        ];
        for (problem, name) in cases {
            let entry = error_entry("phone", problem);
            assert_eq!(entry["field"], "phone");
            assert_eq!(entry["problem"], name, "{problem:?}");
        }
        assert_eq!(
            error_entry("name", Problem::TooLong { max: 50 }),
            json!({ "field": "name", "problem": "too-long", "max": 50 })
        );
        // The same name the domain gives when serialized on its own.
        assert_eq!(serde_json::to_value(Problem::PhoneFormat).unwrap(), "phone-format");
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
}
