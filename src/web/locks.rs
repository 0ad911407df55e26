//! Cross-tab locks (the Web Locks API, `navigator.locks`), so that one tab at a time sends a
//! given inquiry. web-sys offers the API only behind its unstable flag, so it is called through
//! `js_sys::Reflect`. Where it is missing (older browsers, pages served over plain http) the
//! work runs without a lock: the receiver's idempotency on the inquiry's id is the safety net.

use std::cell::RefCell;
use std::future::Future;
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::{future_to_promise, JsFuture};

/// Runs `work` while this tab holds the lock `name`. When another tab holds it, `work` does
/// not run and the answer is false (that tab is doing the work).
pub async fn run_exclusive<F>(name: &str, work: F) -> bool
where
    F: Future<Output = ()> + 'static,
{
    let work = Rc::new(RefCell::new(Some(work)));
    let held = {
        let work = Rc::clone(&work);
        Closure::once(move |lock: JsValue| -> js_sys::Promise {
            match (lock.is_null(), work.borrow_mut().take()) {
                (false, Some(work)) => future_to_promise(async move {
                    work.await;
                    Ok(JsValue::TRUE)
                }),
                _ => js_sys::Promise::resolve(&JsValue::FALSE),
            }
        })
    };
    let requested = lock_manager().and_then(|(locks, request)| {
        let options = js_sys::Object::new();
        js_sys::Reflect::set(&options, &"ifAvailable".into(), &JsValue::TRUE).ok()?;
        let promise = request.call3(&locks, &name.into(), &options, held.as_ref().unchecked_ref()).ok()?;
        promise.dyn_into::<js_sys::Promise>().ok()
    });
    match requested {
        Some(promise) => JsFuture::from(promise).await.ok().and_then(|v| v.as_bool()).unwrap_or(false),
        None => {
            // No lock manager: run it as it is.
            let Some(work) = work.borrow_mut().take() else { return false };
            work.await;
            true
        }
    }
}

/// `navigator.locks` and its `request` method, when the browser offers them here.
fn lock_manager() -> Option<(JsValue, js_sys::Function)> {
    let navigator = web_sys::window()?.navigator();
    let locks = js_sys::Reflect::get(&navigator, &"locks".into()).ok().filter(|l| !l.is_undefined())?;
    let request = js_sys::Reflect::get(&locks, &"request".into()).ok()?.dyn_into::<js_sys::Function>().ok()?;
    Some((locks, request))
}
