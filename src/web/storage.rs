//! The visitor's device storage (localStorage), where the inquiry draft and the outbox wait
//! (the outbox through `LocalShelf`, shared by every tab of the site).
//! Private modes and full quotas refuse it, so every call says whether it worked. Natively
//! (the prerender step) there is no storage: every call fails, and nothing calls them there.

/// Storage refused the call (unavailable, blocked or full).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Unavailable;

#[cfg(target_arch = "wasm32")]
fn storage() -> Result<web_sys::Storage, Unavailable> {
    web_sys::window().ok_or(Unavailable)?.local_storage().ok().flatten().ok_or(Unavailable)
}

/// The stored text under `key`, `None` when nothing is stored.
pub fn read(key: &str) -> Result<Option<String>, Unavailable> {
    #[cfg(target_arch = "wasm32")]
    return storage()?.get_item(key).map_err(|_| Unavailable);
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = key;
        Err(Unavailable)
    }
}

pub fn write(key: &str, value: &str) -> Result<(), Unavailable> {
    #[cfg(target_arch = "wasm32")]
    return storage()?.set_item(key, value).map_err(|_| Unavailable);
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = (key, value);
        Err(Unavailable)
    }
}

pub fn remove(key: &str) -> Result<(), Unavailable> {
    #[cfg(target_arch = "wasm32")]
    return storage()?.remove_item(key).map_err(|_| Unavailable);
    #[cfg(not(target_arch = "wasm32"))]
    {
        let _ = key;
        Err(Unavailable)
    }
}

/// localStorage as the outbox's shared storage (`domain::outbox::Shelf`): every tab of the site
/// sees the same keys.
pub struct LocalShelf;

impl domain::outbox::Shelf for LocalShelf {
    type Error = Unavailable;

    fn get(&self, key: &str) -> Result<Option<String>, Unavailable> {
        read(key)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), Unavailable> {
        write(key, value)
    }

    fn remove(&self, key: &str) -> Result<(), Unavailable> {
        remove(key)
    }

    fn keys(&self) -> Result<Vec<String>, Unavailable> {
        #[cfg(target_arch = "wasm32")]
        {
            let storage = storage()?;
            let count = storage.length().map_err(|_| Unavailable)?;
            Ok((0..count).filter_map(|i| storage.key(i).ok().flatten()).collect())
        }
        #[cfg(not(target_arch = "wasm32"))]
        Err(Unavailable)
    }
}
