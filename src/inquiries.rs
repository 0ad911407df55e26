//! The visitor's inquiries on their way to the investment office: the outbox (`domain::outbox`)
//! in a signal, written to device storage before anything is sent, delivered to the endpoint
//! `config.json` names, and sent again when a page next loads, when the browser comes back
//! online, or when the visitor asks; one the server refuses waits for the visitor to take it
//! back into the form. Provided once by `App`; the contact page reads and
//! drives it. Natively (the prerender step) it holds an empty outbox and sends nothing.

use crate::web::storage;
use domain::inquiry::Inquiry;
use domain::outbox::Outbox;
use leptos::prelude::*;
use std::collections::BTreeSet;

/// Where the outbox is kept on the device.
pub const OUTBOX_KEY: &str = domain::outbox::STORAGE_KEY;

/// What `config.json` said about where inquiries go.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Endpoint {
    /// Not read yet.
    Unknown,
    /// No endpoint configured (or the file did not read): mail and the hotline only.
    None,
    Url(String),
}

#[derive(Clone, Copy)]
pub struct Inquiries {
    pub outbox: RwSignal<Outbox>,
    pub endpoint: RwSignal<Endpoint>,
    /// False once device storage refused a read or a write.
    pub storage_ok: RwSignal<bool>,
    /// The ids with a request on its way.
    pub in_flight: RwSignal<BTreeSet<String>>,
    config_requested: StoredValue<bool>,
}

impl Inquiries {
    /// Creates the service and provides it; in the browser, restores the outbox from storage
    /// and sends whatever waits in it.
    pub fn provide() -> Inquiries {
        let inquiries = Inquiries {
            outbox: RwSignal::new(Outbox::new()),
            endpoint: RwSignal::new(Endpoint::Unknown),
            storage_ok: RwSignal::new(true),
            in_flight: RwSignal::new(BTreeSet::new()),
            config_requested: StoredValue::new(false),
        };
        provide_context(inquiries);
        // Effects run in the browser only: this is the page-load retry.
        Effect::new(move |_| {
            match storage::read(OUTBOX_KEY) {
                Ok(stored) => inquiries.outbox.set(stored.map(|s| Outbox::from_json(&s)).unwrap_or_default()),
                Err(_) => inquiries.storage_ok.set(false),
            }
            if !inquiries.outbox.with_untracked(|o| o.to_send().is_empty()) {
                inquiries.send_waiting();
            }
        });
        #[cfg(target_arch = "wasm32")]
        {
            let handle = window_event_listener(leptos::ev::online, move |_| inquiries.send_waiting());
            on_cleanup(move || handle.remove());
        }
        inquiries
    }

    pub fn get() -> Inquiries {
        expect_context::<Inquiries>()
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

    /// Queues a submitted inquiry (stored before it is sent) and sends it.
    pub fn submit(self, inquiry: Inquiry) {
        self.outbox.update(|o| {
            o.submit(inquiry);
        });
        self.persist();
        self.send_waiting();
    }

    /// Sends every waiting inquiry that has no request on its way; reads the endpoint first if
    /// needed. Each answer is recorded and stored as it comes.
    pub fn send_waiting(self) {
        let Endpoint::Url(endpoint) = self.endpoint.get_untracked() else {
            self.load_endpoint();
            return;
        };
        let waiting: Vec<Inquiry> = self.outbox.with_untracked(|o| {
            let busy = self.in_flight.get_untracked();
            o.to_send().into_iter().filter(|e| !busy.contains(&e.id)).map(|e| e.inquiry.clone()).collect()
        });
        for inquiry in waiting {
            self.in_flight.update(|s| {
                s.insert(inquiry.id.clone());
            });
            #[cfg(target_arch = "wasm32")]
            {
                let endpoint = endpoint.clone();
                leptos::task::spawn_local(async move {
                    let result = crate::web::inquiry_http::post_inquiry(&endpoint, &inquiry).await;
                    self.outbox.update(|o| {
                        o.record_attempt(&inquiry.id, result);
                    });
                    self.persist();
                    self.in_flight.update(|s| {
                        s.remove(&inquiry.id);
                    });
                });
            }
            #[cfg(not(target_arch = "wasm32"))]
            let _ = &endpoint;
        }
    }

    /// Takes a refused inquiry out of the outbox, for the form (see `Outbox::take_back`).
    pub fn take_back(self, id: &str) -> Option<Inquiry> {
        let taken = self.outbox.try_update(|o| o.take_back(id)).flatten();
        if taken.is_some() {
            self.persist();
        }
        taken
    }

    /// Forgets the delivered inquiries once the visitor has seen their references.
    pub fn dismiss_delivered(self) {
        self.outbox.update(Outbox::prune_delivered);
        self.persist();
    }

    /// Writes the outbox to storage (removing the key when it is empty).
    fn persist(self) {
        let written = self.outbox.with_untracked(|o| {
            if o.entries().is_empty() {
                storage::remove(OUTBOX_KEY)
            } else {
                storage::write(OUTBOX_KEY, &o.to_json())
            }
        });
        if written.is_err() {
            self.storage_ok.set(false);
        }
    }
}
