//! What the inquiry form asks of the browser besides storage: random bytes for inquiry ids,
//! the clock, and where the visitor is. Called from event handlers and effects only.

use domain::inquiry_form::new_inquiry_id;

/// A new inquiry id (a version 4 UUID) from the browser's cryptographic random numbers, which
/// unlike `crypto.randomUUID()` also work on plain-http deployments.
pub fn random_inquiry_id() -> String {
    #[cfg(target_arch = "wasm32")]
    let bytes = {
        let mut bytes = [0u8; 16];
        if let Some(crypto) = web_sys::window().and_then(|w| w.crypto().ok()) {
            let _ = crypto.get_random_values_with_u8_array(&mut bytes);
        }
        bytes
    };
    // Natively nothing sends inquiries (the prerender step only renders).
    #[cfg(not(target_arch = "wasm32"))]
    let bytes = [0u8; 16];
    new_inquiry_id(bytes)
}

/// Milliseconds since the epoch, by the browser's clock.
pub fn now_ms() -> f64 {
    js_sys::Date::now()
}

/// The time now in ISO 8601 (UTC), as the inquiry's `submitted_at`.
pub fn now_iso() -> String {
    String::from(js_sys::Date::new_0().to_iso_string())
}

/// Reports something worth a developer's attention without failing the page.
pub fn warn(message: &str) {
    #[cfg(target_arch = "wasm32")]
    web_sys::console::warn_1(&message.into());
    #[cfg(not(target_arch = "wasm32"))]
    eprintln!("{message}");
}
