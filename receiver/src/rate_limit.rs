//! An in-memory per-client rate limit: at most `limit` requests in each client's one-minute
//! window (a fixed window starting at its first request). It lives in the process, so a
//! restart forgets it and several processes would each count separately.
//!
//! Clients are kept in two maps, the current minute's and the previous one's. Once a minute the
//! current map becomes the previous one and the old previous one is dropped whole: every window
//! in it started more than a minute ago, so it has ended. A client seen again is moved back into
//! the current map. No request ever scans the maps. An IPv6 client counts by its /64 network,
//! which is what one subscriber is usually given.

use std::collections::HashMap;
use std::mem;
use std::net::{IpAddr, Ipv6Addr};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const WINDOW: Duration = Duration::from_secs(60);

/// One client's window: when it started and how many requests it has counted.
type Window = (Instant, u32);

struct Windows {
    current: HashMap<IpAddr, Window>,
    previous: HashMap<IpAddr, Window>,
    /// When `current` started to collect.
    rotated_at: Instant,
}

pub struct RateLimit {
    limit: u32,
    windows: Mutex<Windows>,
}

impl RateLimit {
    /// `limit` requests a minute per client; 0 allows everything.
    pub fn new(limit: u32) -> RateLimit {
        let windows = Windows { current: HashMap::new(), previous: HashMap::new(), rotated_at: Instant::now() };
        RateLimit { limit, windows: Mutex::new(windows) }
    }

    /// Counts a request: `Ok`, or `Err(seconds until the window ends)`.
    pub fn check(&self, client: IpAddr, now: Instant) -> Result<(), u64> {
        if self.limit == 0 {
            return Ok(());
        }
        let key = key_for(client);
        let mut windows = self.windows.lock().unwrap_or_else(|p| p.into_inner());
        if now.saturating_duration_since(windows.rotated_at) >= WINDOW {
            windows.previous = mem::take(&mut windows.current);
            windows.rotated_at = now;
        }
        let carried = match windows.current.contains_key(&key) {
            true => None,
            false => windows.previous.remove(&key),
        };
        let (start, count) = windows.current.entry(key).or_insert(carried.unwrap_or((now, 0)));
        if now.saturating_duration_since(*start) >= WINDOW {
            *start = now;
            *count = 0;
        }
        if *count >= self.limit {
            let left = WINDOW.saturating_sub(now.saturating_duration_since(*start));
            return Err(left.as_secs().max(1));
        }
        *count += 1;
        Ok(())
    }

    /// How many clients are remembered (both maps).
    pub fn clients(&self) -> usize {
        let windows = self.windows.lock().unwrap_or_else(|p| p.into_inner());
        windows.current.len() + windows.previous.len()
    }
}

/// The key a client counts under: an IPv4 address, or an IPv6 address's /64 network.
fn key_for(client: IpAddr) -> IpAddr {
    match client {
        IpAddr::V6(v6) => {
            let network = u128::from(v6) & !((1u128 << 64) - 1);
            IpAddr::V6(Ipv6Addr::from(network))
        }
        v4 => v4,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::net::Ipv4Addr;

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

    #[test]
    fn a_window_survives_the_maps_rotating_and_ended_ones_are_dropped() {
        let limit = RateLimit::new(2);
        let a: IpAddr = "10.0.0.1".parse().unwrap();
        let t = Instant::now() + Duration::from_secs(1);
        // The window starts 50 s into the maps' minute and runs past their rotation.
        let start = t + Duration::from_secs(50);
        assert!(limit.check(a, start).is_ok());
        assert!(limit.check(a, start).is_ok());
        assert!(limit.check(a, start + Duration::from_secs(20)).is_err(), "still limited after a rotation");
        for n in 0..100u32 {
            limit.check(IpAddr::V4(Ipv4Addr::from(n)), start + Duration::from_secs(20)).unwrap();
        }
        // Two rotations later, nobody seen since is remembered.
        limit.check(a, start + Duration::from_secs(140)).unwrap();
        assert!(limit.check(a, start + Duration::from_secs(200)).is_ok());
        assert_eq!(limit.clients(), 1);
    }

    #[test]
    fn an_ipv6_client_counts_by_its_64_network() {
        let limit = RateLimit::new(1);
        let t = Instant::now();
        assert!(limit.check("2001:db8:1:2::1".parse().unwrap(), t).is_ok());
        assert!(limit.check("2001:db8:1:2::ffff".parse().unwrap(), t).is_err(), "the same /64");
        assert!(limit.check("2001:db8:1:3::1".parse().unwrap(), t).is_ok(), "another /64");
    }

    /// The earlier map was rescanned under its lock on every request once it held 10,000
    /// clients: 30,000 clients then cost 30,000 × 30,000 entry visits (tens of seconds in a debug
    /// build). Now each request touches its own entry only.
    #[test]
    fn many_clients_do_not_slow_each_request() {
        let limit = RateLimit::new(5);
        let t = Instant::now();
        let started = Instant::now();
        for round in 0..2 {
            for n in 0..30_000u32 {
                limit.check(IpAddr::V4(Ipv4Addr::from(n)), t + Duration::from_millis(round)).unwrap();
            }
        }
        assert_eq!(limit.clients(), 30_000);
        let took = started.elapsed();
        assert!(took < Duration::from_secs(5), "{took:?}");
    }
}
