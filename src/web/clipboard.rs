//! Copying text for the visitor (`navigator.clipboard.writeText`), through `js_sys::Reflect`:
//! web-sys offers the Clipboard API only behind its unstable flag. Browsers refuse it on pages
//! served over plain http and without a user gesture; the caller then asks the visitor to
//! copy the text shown.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// Whether `text` is now on the clipboard.
pub async fn copy(text: &str) -> bool {
    let Some(navigator) = web_sys::window().map(|w| w.navigator()) else { return false };
    let Some(clipboard) = js_sys::Reflect::get(&navigator, &"clipboard".into()).ok().filter(|c| !c.is_undefined())
    else {
        return false;
    };
    let Some(write) =
        js_sys::Reflect::get(&clipboard, &"writeText".into()).ok().and_then(|f| f.dyn_into::<js_sys::Function>().ok())
    else {
        return false;
    };
    match write.call1(&clipboard, &text.into()).ok().and_then(|p| p.dyn_into::<js_sys::Promise>().ok()) {
        Some(promise) => JsFuture::from(promise).await.is_ok(),
        None => false,
    }
}
