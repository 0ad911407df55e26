//! The inquiry receiver for operators who host it themselves: `POST /inquiries` stores each
//! validated inquiry in one SQLite file, optionally announces it to a webhook, and staff export
//! CSV with `wuqing-receiver export`. `start` builds everything from a `Config`.

pub mod config;
pub mod export;
pub mod rate_limit;
pub mod routes;
pub mod store;
pub mod webhook;

use config::Config;
use rate_limit::RateLimit;
use routes::AppState;
use std::future::Future;
use std::net::SocketAddr;
use std::sync::Arc;
use store::Store;
use tokio::sync::Notify;
use tokio::task::JoinHandle;

/// A started receiver: where it listens and the task serving it.
pub struct Running {
    pub addr: SocketAddr,
    pub store: Store,
    pub server: JoinHandle<std::io::Result<()>>,
}

/// Opens the database, starts the webhook worker (if a URL is set) and serves until `shutdown`.
pub async fn start(config: &Config, shutdown: impl Future<Output = ()> + Send + 'static) -> Result<Running, String> {
    let path = config.db_path.clone();
    let store = tokio::task::spawn_blocking(move || Store::open(&path))
        .await
        .map_err(|e| e.to_string())?
        .map_err(|e| format!("opening {}: {e}", config.db_path.display()))?;
    let webhook_wake = match &config.webhook_url {
        Some(url) => {
            let wake = Arc::new(Notify::new());
            let notifier = webhook::HttpNotifier::new(url)?;
            tokio::spawn(webhook::run(store.clone(), notifier, wake.clone()));
            Some(wake)
        }
        None => None,
    };
    let state = Arc::new(AppState {
        store: store.clone(),
        rate_limit: RateLimit::new(config.rate_limit_per_minute),
        client_ip_header: config.client_ip_header.clone(),
        webhook_wake,
    });
    let app = routes::router(state, &config.allowed_origins);
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .map_err(|e| format!("listening on {}: {e}", config.listen))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let server = tokio::spawn(async move {
        axum::serve(listener, app.into_make_service_with_connect_info::<SocketAddr>())
            .with_graceful_shutdown(shutdown)
            .await
    });
    Ok(Running { addr, store, server })
}
