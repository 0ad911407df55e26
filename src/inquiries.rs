//! The visitor's inquiries on their way to the investment office: the outbox (`domain::outbox`)
//! in a signal, each inquiry written to device storage under a key of its own before anything
//! is sent, and delivered to the endpoint `config.json` names. Every tab of the site shares
//! the stored outbox: a tab reloads it when another writes (the `storage` event), and sends an
//! inquiry only while it holds that inquiry's cross-tab lock (`web::locks`), so two tabs never
//! send one at once. A waiting inquiry is sent again when a page loads, when the browser comes
//! back online or the page becomes visible, on a backoff timer while the page stays open
//! (`domain::outbox::retry_delay_ms`), and when the visitor asks. One the server refuses waits
//! for the visitor to take it back into the form. When storage refuses to keep an inquiry it
//! stays in this page only, and the page says so (`Outbox::is_unsaved`).
//! Provided once by `App`; the contact page reads and drives it. Natively (the prerender step)
//! it holds an empty outbox and sends nothing.

use crate::web::storage::LocalShelf;
use domain::inquiry::Inquiry;
use domain::outbox::Outbox;
#[cfg(target_arch = "wasm32")]
use domain::outbox::{retry_delay_ms, State};
use leptos::prelude::*;
use std::collections::BTreeSet;

/// What `config.json` said about where inquiries go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Endpoint {
    /// Not read yet.
    Unknown,
    /// No endpoint configured (or the file did not read): mail and the hotline only.
    None,
    Url(String),
}

/// Whether the build's `config.json` named no endpoint: until the page has read the file
/// itself, that is what it assumes (provided by `provide_start`).
#[derive(Clone, Copy, Debug, Default)]
pub struct OfflineAtBuild(pub bool);

#[derive(Clone, Copy)]
pub struct Inquiries {
    pub outbox: RwSignal<Outbox>,
    pub endpoint: RwSignal<Endpoint>,
    /// The build's config.json named no endpoint.
    offline_at_build: bool,
    /// False once device storage refused a read or a write.
    pub storage_ok: RwSignal<bool>,
    /// The ids this page has a request on its way for.
    pub in_flight: RwSignal<BTreeSet<String>>,
    config_requested: StoredValue<bool>,
    /// The next backoff retry, when one is set.
    #[cfg(target_arch = "wasm32")]
    retry_timer: StoredValue<Option<TimeoutHandle>>,
}

impl Inquiries {
    /// Creates the service and provides it; in the browser, reads the shared outbox, sends
    /// whatever waits in it, and follows the other tabs, the network and the page's visibility.
    pub fn provide() -> Inquiries {
        let inquiries = Inquiries {
            outbox: RwSignal::new(Outbox::new()),
            endpoint: RwSignal::new(Endpoint::Unknown),
            offline_at_build: use_context::<OfflineAtBuild>().unwrap_or_default().0,
            storage_ok: RwSignal::new(true),
            in_flight: RwSignal::new(BTreeSet::new()),
            config_requested: StoredValue::new(false),
            #[cfg(target_arch = "wasm32")]
            retry_timer: StoredValue::new(None),
        };
        provide_context(inquiries);
        // Effects run in the browser only: this is the page-load retry.
        Effect::new(move |_| {
            inquiries.reload();
            if inquiries.has_waiting() {
                inquiries.send_waiting();
            }
        });
        #[cfg(target_arch = "wasm32")]
        {
            use leptos::ev;
            let online = window_event_listener(ev::online, move |_| inquiries.send_waiting());
            // Back to a hidden tab, or restored from the back-forward cache.
            let visible = window_event_listener(ev::visibilitychange, move |_| {
                if !document().hidden() {
                    inquiries.reload();
                    inquiries.send_waiting();
                }
            });
            let shown = window_event_listener(ev::pageshow, move |_| {
                inquiries.reload();
                inquiries.send_waiting();
            });
            // Another tab wrote the outbox: show its entries here too.
            let shared = window_event_listener(ev::storage, move |event| {
                let ours = event.key().is_none_or(|key| {
                    domain::outbox::entry_id(&key).is_some() || key == domain::outbox::LEGACY_STORAGE_KEY
                });
                if ours {
                    inquiries.reload();
                    inquiries.schedule_retry();
                }
            });
            on_cleanup(move || {
                online.remove();
                visible.remove();
                shown.remove();
                shared.remove();
            });
        }
        inquiries
    }

    pub fn get() -> Inquiries {
        expect_context::<Inquiries>()
    }

    /// Whether online sending is known to be unavailable: config.json named no endpoint or
    /// did not read, or, before this page has read it, the build's named none.
    pub fn offline(self) -> bool {
        match self.endpoint.get() {
            Endpoint::None => true,
            Endpoint::Unknown => self.offline_at_build,
            Endpoint::Url(_) => false,
        }
    }

    /// Reads `config.json` once per page load (the contact page asks on arrival).
    pub fn load_endpoint(self) {
        if self.config_requested.get_value() {
            return;
        }
        self.config_requested.set_value(true);
        #[cfg(target_arch = "wasm32")]
        leptos::task::spawn_local(async move {
            let config = crate::web::inquiry_http::load_config().await;
            self.endpoint.set(config.inquiry_endpoint.map_or(Endpoint::None, Endpoint::Url));
            self.send_waiting();
        });
    }

    fn has_waiting(self) -> bool {
        self.outbox.with_untracked(|o| !o.to_send().is_empty())
    }

    /// Reads the shared outbox again, keeping what only this page holds.
    fn reload(self) {
        let here = self.outbox.get_untracked();
        match Outbox::load(&LocalShelf, &here) {
            Ok(outbox) => {
                if outbox != here {
                    self.outbox.set(outbox);
                }
            }
            Err(_) => self.storage_ok.set(false),
        }
    }

    /// Queues a submitted inquiry (stored before it is sent) and sends it.
    pub fn submit(self, inquiry: Inquiry) {
        let mut stored = true;
        self.outbox.update(|o| stored = o.submit_to(&LocalShelf, inquiry).is_ok());
        if !stored {
            self.storage_ok.set(false);
        }
        self.send_waiting();
    }

    /// Sends every waiting inquiry that this page has no request on its way for; reads the
    /// endpoint first if needed. Each is sent only while this tab holds its lock (another tab
    /// sending it skips it here), and each answer is recorded and stored as it comes.
    pub fn send_waiting(self) {
        let Endpoint::Url(endpoint) = self.endpoint.get_untracked() else {
            self.load_endpoint();
            return;
        };
        let waiting: Vec<String> = self.outbox.with_untracked(|o| {
            let busy = self.in_flight.get_untracked();
            o.to_send().into_iter().filter(|e| !busy.contains(&e.id)).map(|e| e.id.clone()).collect()
        });
        for id in waiting {
            self.in_flight.update(|s| {
                s.insert(id.clone());
            });
            #[cfg(target_arch = "wasm32")]
            {
                let endpoint = endpoint.clone();
                leptos::task::spawn_local(async move {
                    let lock = format!("wq.inquiry.send.{id}");
                    let send_id = id.clone();
                    crate::web::locks::run_exclusive(&lock, async move {
                        // Another tab may have sent it meanwhile: send what storage holds now.
                        self.reload();
                        let Some(inquiry) = self.outbox.with_untracked(|o| {
                            o.get(&send_id)
                                .filter(|e| matches!(e.state, State::Pending { .. }))
                                .map(|e| e.inquiry.clone())
                        }) else {
                            return;
                        };
                        let result = crate::web::inquiry_http::post_inquiry(&endpoint, &inquiry).await;
                        self.record(&send_id, result);
                    })
                    .await;
                    self.in_flight.update(|s| {
                        s.remove(&id);
                    });
                    self.schedule_retry();
                });
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = &endpoint;
        }
    }

    /// Records an answer here and in the shared outbox.
    #[cfg(target_arch = "wasm32")]
    fn record(self, id: &str, result: Result<String, domain::outbox::DeliveryError>) {
        let mut stored = true;
        self.outbox.update(|o| stored = o.record_attempt_on(&LocalShelf, id, result).is_ok());
        if !stored {
            self.storage_ok.set(false);
        }
    }

    /// While an inquiry waits and this page is open, sends again after the backoff its
    /// failed attempts call for (one timer for the page, reset each time).
    #[cfg(target_arch = "wasm32")]
    fn schedule_retry(self) {
        {
            if let Some(timer) = self.retry_timer.try_update_value(Option::take).flatten() {
                timer.clear();
            }
            let fewest = self.outbox.with_untracked(|o| {
                o.to_send()
                    .iter()
                    .map(|e| match e.state {
                        State::Pending { attempts, .. } => attempts,
                        _ => 0,
                    })
                    .min()
            });
            let Some(attempts) = fewest else { return };
            let delay = std::time::Duration::from_millis(retry_delay_ms(attempts).into());
            let timer = set_timeout_with_handle(
                move || {
                    self.retry_timer.set_value(None);
                    self.reload();
                    self.send_waiting();
                },
                delay,
            )
            .ok();
            self.retry_timer.set_value(timer);
        }
    }

    /// Takes a refused inquiry out of the outbox, for the form (see `Outbox::take_back`).
    pub fn take_back(self, id: &str) -> Option<Inquiry> {
        let mut stored = true;
        let taken = self
            .outbox
            .try_update(|o| {
                let (taken, removed) = o.take_back_from(&LocalShelf, id);
                stored = removed.is_ok();
                taken
            })
            .flatten();
        if !stored {
            self.storage_ok.set(false);
        }
        taken
    }

    /// Forgets the delivered inquiries once the visitor has seen their references.
    pub fn dismiss_delivered(self) {
        let mut stored = true;
        self.outbox.update(|o| stored = o.prune_delivered_from(&LocalShelf).is_ok());
        if !stored {
            self.storage_ok.set(false);
        }
    }

    /// Whether storage refused to keep this inquiry: it lives in this page only.
    pub fn is_unsaved(self, id: &str) -> bool {
        self.outbox.with(|o| o.is_unsaved(id))
    }
}
