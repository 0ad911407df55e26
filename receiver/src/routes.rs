//! The HTTP surface: `POST /inquiries` (checked by extractors, then stored, then answered) and
//! `GET /healthz`, with CORS for the configured site origins, a 16 KB body limit, a span per
//! request, and the request and body timeouts.

use crate::answer::ApiError;
use crate::client_ip::ClientIpResolver;
use crate::config::Limits;
use crate::extract::{CheckedInquiry, WithinRateLimit};
use crate::notify::unix_now;
use crate::rate_limit::RateLimit;
use crate::store::{Channel, Inserted, Store};
use axum::extract::{DefaultBodyLimit, Request, State};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use serde::Serialize;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::Notify;
use tower_http::cors::{AllowOrigin, CorsLayer};
use tower_http::timeout::{RequestBodyTimeoutLayer, TimeoutLayer};
use tower_http::trace::{DefaultMakeSpan, TraceLayer};

/// The largest body accepted, in bytes.
pub const BODY_LIMIT: usize = 16 * 1024;

/// A channel new inquiries are announced on, and how to wake its worker.
pub struct Announcer {
    pub channel: Channel,
    pub wake: Arc<Notify>,
}

pub struct AppState {
    pub store: Store,
    pub rate_limit: RateLimit,
    pub client_ip: ClientIpResolver,
    /// Set once the log has said that forwarding headers arrive while no proxy is trusted.
    pub untrusted_forwarding_logged: std::sync::atomic::AtomicBool,
    /// One per configured notification channel.
    pub announcers: Vec<Announcer>,
}

pub fn router(state: Arc<AppState>, allowed_origins: &[String], limits: &Limits) -> Router {
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
        .layer(RequestBodyTimeoutLayer::new(limits.body_timeout))
        .layer(cors)
        .layer(middleware::from_fn(move |request: Request, next: Next| {
            strip_cors_for_others(Arc::clone(&origins), request, next)
        }))
        .layer(TimeoutLayer::with_status_code(StatusCode::REQUEST_TIMEOUT, limits.request_timeout))
        .layer(middleware::map_response(explain_timeout))
        .layer(TraceLayer::new_for_http().make_span_with(DefaultMakeSpan::new().level(tracing::Level::INFO)))
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

/// The request timeout answers 408 with no body; it gets the same JSON as every other refusal.
async fn explain_timeout(response: Response) -> Response {
    let empty = response.headers().get(header::CONTENT_TYPE).is_none();
    if response.status() == StatusCode::REQUEST_TIMEOUT && empty {
        return ApiError::Timeout.into_response();
    }
    response
}

#[derive(Serialize)]
struct Receipt {
    reference: String,
}

async fn post_inquiry(
    State(app): State<Arc<AppState>>,
    _: WithinRateLimit,
    CheckedInquiry { inquiry, valid }: CheckedInquiry,
) -> Result<(StatusCode, Json<Receipt>), ApiError> {
    let store = app.store.clone();
    let channels: Vec<Channel> = app.announcers.iter().map(|a| a.channel).collect();
    let inserted = tokio::task::spawn_blocking(move || store.insert(&inquiry, &valid, &channels, unix_now())).await;
    match inserted {
        Ok(Ok(Inserted::New(reference))) => {
            for announcer in &app.announcers {
                announcer.wake.notify_one();
            }
            tracing::info!(%reference, "stored");
            Ok((StatusCode::CREATED, Json(Receipt { reference })))
        }
        Ok(Ok(Inserted::Existing(reference))) => Ok((StatusCode::OK, Json(Receipt { reference }))),
        Ok(Err(e)) => {
            tracing::error!("storing an inquiry failed: {e}");
            Err(ApiError::StorageFailed)
        }
        Err(e) => {
            tracing::error!("the storing task failed: {e}");
            Err(ApiError::StorageFailed)
        }
    }
}
