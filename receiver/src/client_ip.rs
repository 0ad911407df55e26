//! Who the client is, behind proxies or not. The TCP peer is the client unless it is a trusted
//! proxy (`WQ_RECEIVER_TRUSTED_PROXIES`); only then is the client-address header read, from the
//! right as nginx's `real_ip` module does with `real_ip_recursive on`: each entry that is itself
//! a trusted proxy is skipped, and the first one that is not is the client. The entries to its
//! left were written by the client (or by proxies nobody vouches for) and are never believed.

use axum::http::{HeaderMap, HeaderName};
use ipnet::IpNet;
use std::net::IpAddr;

/// The addresses and networks whose word about the client is believed.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    /// Reads a comma- or space-separated list of addresses (`127.0.0.1`, `::1`) and CIDR
    /// networks (`10.0.0.0/8`, `fd00::/8`).
    pub fn parse(text: &str) -> Result<TrustedProxies, String> {
        text.split([',', ' '])
            .map(str::trim)
            .filter(|item| !item.is_empty())
            .map(|item| {
                item.parse::<IpNet>()
                    .or_else(|_| item.parse::<IpAddr>().map(IpNet::from))
                    .map_err(|_| format!("{item:?} is not an address or a network such as 10.0.0.0/8"))
            })
            .collect::<Result<_, _>>()
            .map(TrustedProxies)
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    pub fn contains(&self, addr: IpAddr) -> bool {
        let addr = canonical(addr);
        self.0.iter().any(|net| net.contains(&addr))
    }
}

/// Resolves the client's address from the peer and the configured header.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ClientIpResolver {
    trusted: TrustedProxies,
    header: HeaderName,
}

impl ClientIpResolver {
    pub fn new(trusted: TrustedProxies, header: &str) -> Result<ClientIpResolver, String> {
        let header = HeaderName::try_from(header).map_err(|_| format!("{header:?} is not a header name"))?;
        Ok(ClientIpResolver { trusted, header })
    }

    /// No proxy is trusted: the peer address is always the client.
    pub fn trusts_nobody(&self) -> bool {
        self.trusted.is_empty()
    }

    /// The client's address. Every value of the header counts, in order, as one list (a second
    /// `X-Forwarded-For` line is the same as more entries). An entry that does not read as an
    /// address stops the walk: the last trusted hop is then taken as the client, as nginx does.
    pub fn client(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        let mut client = canonical(peer);
        if !self.trusted.contains(client) {
            return client;
        }
        let entries: Vec<&str> = headers
            .get_all(&self.header)
            .iter()
            .filter_map(|value| value.to_str().ok())
            .flat_map(|value| value.split(','))
            .collect();
        for entry in entries.into_iter().rev() {
            let Some(addr) = parse_entry(entry) else {
                break;
            };
            client = addr;
            if !self.trusted.contains(addr) {
                break;
            }
        }
        client
    }
}

/// An IPv4-mapped IPv6 address (`::ffff:1.2.3.4`, as a dual-stack socket reports IPv4 peers) is
/// its IPv4 address.
pub fn canonical(addr: IpAddr) -> IpAddr {
    match addr {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(addr, IpAddr::V4),
        v4 => v4,
    }
}

/// One entry of a forwarding header: an address, possibly with a port (`1.2.3.4:5678`,
/// `[2001:db8::1]:443`), as proxies write them.
fn parse_entry(entry: &str) -> Option<IpAddr> {
    let entry = entry.trim();
    if let Ok(addr) = entry.parse::<IpAddr>() {
        return Some(canonical(addr));
    }
    if let Ok(socket) = entry.parse::<std::net::SocketAddr>() {
        return Some(canonical(socket.ip()));
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn ip(text: &str) -> IpAddr {
        text.parse().unwrap()
    }

    fn headers(name: &'static str, values: &[&'static str]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for value in values {
            map.append(name, HeaderValue::from_static(value));
        }
        map
    }

    fn behind(trusted: &str, header: &str) -> ClientIpResolver {
        ClientIpResolver::new(TrustedProxies::parse(trusted).unwrap(), header).unwrap()
    }

    #[test]
    fn with_no_trusted_proxy_the_header_is_ignored() {
        let resolver = ClientIpResolver::new(TrustedProxies::default(), "X-Forwarded-For").unwrap();
        let forged = headers("x-forwarded-for", &["1.2.3.4"]);
        assert_eq!(resolver.client(ip("203.0.113.9"), &forged), ip("203.0.113.9"));
    }

    #[test]
    fn a_peer_that_is_not_trusted_is_the_client_whatever_it_says() {
        let resolver = behind("127.0.0.1", "X-Real-IP");
        let forged = headers("x-real-ip", &["1.2.3.4"]);
        assert_eq!(resolver.client(ip("198.51.100.7"), &forged), ip("198.51.100.7"));
        assert_eq!(resolver.client(ip("127.0.0.1"), &forged), ip("1.2.3.4"), "from the proxy it is believed");
    }

    #[test]
    fn forwarded_for_is_read_from_the_right_skipping_trusted_hops() {
        let resolver = behind("127.0.0.1, 10.0.0.0/8", "X-Forwarded-For");
        // The client wrote "6.6.6.6, 7.7.7.7"; nginx appended the real address; an inner proxy
        // at 10.0.0.2 appended its own peer (the edge proxy, 10.0.0.1).
        let chain = headers("x-forwarded-for", &["6.6.6.6, 7.7.7.7, 198.51.100.7, 10.0.0.1"]);
        assert_eq!(resolver.client(ip("10.0.0.2"), &chain), ip("198.51.100.7"));
        let split = headers("x-forwarded-for", &["6.6.6.6", "198.51.100.7"]);
        assert_eq!(resolver.client(ip("127.0.0.1"), &split), ip("198.51.100.7"), "two header lines");
        let all_trusted = headers("x-forwarded-for", &["10.0.0.9, 10.0.0.1"]);
        assert_eq!(resolver.client(ip("127.0.0.1"), &all_trusted), ip("10.0.0.9"));
        let garbage = headers("x-forwarded-for", &["198.51.100.7, nonsense, 10.0.0.1"]);
        assert_eq!(resolver.client(ip("127.0.0.1"), &garbage), ip("10.0.0.1"), "stops at what does not read");
        let ports = headers("x-forwarded-for", &["[2001:db8::1]:443"]);
        assert_eq!(resolver.client(ip("127.0.0.1"), &ports), ip("2001:db8::1"));
        assert_eq!(resolver.client(ip("::ffff:127.0.0.1"), &HeaderMap::new()), ip("127.0.0.1"));
    }
}
