//! An in-memory per-client rate limit: at most `limit` requests in each client's one-minute
//! window (a fixed window starting at its first request). It lives in the process, so a
//! restart forgets it and several processes would each count separately.

use std::collections::HashMap;
use std::net::IpAddr;
use std::sync::Mutex;
use std::time::{Duration, Instant};

const WINDOW: Duration = Duration::from_secs(60);
/// Past this many clients, windows that have ended are dropped.
const PRUNE_AT: usize = 10_000;

pub struct RateLimit {
    limit: u32,
    windows: Mutex<HashMap<IpAddr, (Instant, u32)>>,
}

impl RateLimit {
    /// `limit` requests a minute per client; 0 allows everything.
    pub fn new(limit: u32) -> RateLimit {
        RateLimit { limit, windows: Mutex::new(HashMap::new()) }
    }

    /// Counts a request: `Ok`, or `Err(seconds until the window ends)`.
    pub fn check(&self, client: IpAddr, now: Instant) -> Result<(), u64> {
        if self.limit == 0 {
            return Ok(());
        }
        let mut windows = self.windows.lock().unwrap_or_else(|p| p.into_inner());
        if windows.len() >= PRUNE_AT {
            windows.retain(|_, (start, _)| now.duration_since(*start) < WINDOW);
        }
        let (start, count) = windows.entry(client).or_insert((now, 0));
        if now.duration_since(*start) >= WINDOW {
            *start = now;
            *count = 0;
        }
        if *count >= self.limit {
            let left = WINDOW.saturating_sub(now.duration_since(*start));
            return Err(left.as_secs().max(1));
        }
        *count += 1;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn limits_each_client_per_window() {
        let limit = RateLimit::new(2);
        let (a, b): (IpAddr, IpAddr) = ("10.0.0.1".parse().unwrap(), "10.0.0.2".parse().unwrap());
        let t = Instant::now();
        assert!(limit.check(a, t).is_ok());
        assert!(limit.check(a, t).is_ok());
        assert!(limit.check(a, t + Duration::from_secs(1)).is_err());
        assert!(limit.check(b, t).is_ok(), "another client has its own window");
        assert!(limit.check(a, t + WINDOW).is_ok(), "a new window");
        assert!(RateLimit::new(0).check(a, t).is_ok());
    }
}
