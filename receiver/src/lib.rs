//! The inquiry receiver for operators who host it themselves: `POST /inquiries` stores each
//! validated inquiry in one SQLite file, announces it to a chat webhook and/or by e-mail, and
//! staff export CSV with `wuqing-receiver export`. `start` builds everything from a `Config`.

pub mod answer;
pub mod client_ip;
pub mod config;
pub mod export;
pub mod extract;
pub mod notify;
pub mod rate_limit;
pub mod routes;
pub mod serve;
pub mod store;

use config::Config;
use notify::{Backoff, Notifier};
use rate_limit::RateLimit;
use routes::{Announcer, AppState};
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

/// Starts a worker for `notifier`; returns how to wake it.
fn spawn_worker(store: &Store, notifier: impl Notifier, backoff: Backoff) -> Announcer {
    let wake = Arc::new(Notify::new());
    let channel = notifier.channel();
    tokio::spawn(notify::run(store.clone(), notifier, wake.clone(), backoff));
    Announcer { channel, wake }
}

/// Opens the database, starts a notification worker per configured channel and serves until
/// `shutdown`.
pub async fn start(config: &Config, shutdown: impl Future<Output = ()> + Send + 'static) -> Result<Running, String> {
    let path = config.db_path.clone();
    let store = tokio::task::spawn_blocking(move || Store::open(&path))
        .await
        .map_err(|e| e.to_string())?
        .map_err(|e| format!("opening {}: {e}", config.db_path.display()))?;
    let notifications = &config.notifications;
    let backoff = Backoff { base: notifications.retry_base_seconds };
    let mut announcers = Vec::new();
    if let Some(webhook) = &notifications.webhook {
        announcers.push(spawn_worker(&store, notify::chat::ChatWebhook::new(webhook)?, backoff));
    }
    if let Some(mail) = &notifications.mail {
        announcers.push(spawn_worker(&store, notify::mail::MailNotifier::new(mail)?, backoff));
    }
    let state = Arc::new(AppState {
        store: store.clone(),
        rate_limit: RateLimit::new(config.rate_limit_per_minute),
        client_ip: config.client_ip.clone(),
        untrusted_forwarding_logged: Default::default(),
        announcers,
    });
    let app = routes::router(state, &config.allowed_origins, &config.limits);
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .map_err(|e| format!("listening on {}: {e}", config.listen))?;
    let addr = listener.local_addr().map_err(|e| e.to_string())?;
    let limits = config.limits.clone();
    let server = tokio::spawn(async move { serve::serve(listener, app, &limits, shutdown).await });
    Ok(Running { addr, store, server })
}
