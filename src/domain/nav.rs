//! Which navigation link is the page being shown: the link whose path is the current path and
//! whose query pairs are all in the current query; the most specific one wins, so on
//! `/invest?option=buy-land` it is 买地自建, not 投资对比. At most one link is current.

/// `link` is a site path with an optional query (`/invest?option=buy-land`); `path` and
/// `query` are the current location's (query with or without `?`).
pub fn current_link(links: &[&str], path: &str, query: &str) -> Option<usize> {
    let current: Vec<(String, String)> =
        form_urlencoded::parse(query.trim_start_matches('?').as_bytes()).into_owned().collect();
    let path = match path.trim_end_matches('/') {
        "" => "/",
        trimmed => trimmed,
    };
    links
        .iter()
        .enumerate()
        .filter_map(|(i, link)| {
            let (link_path, link_query) = link.split_once('?').unwrap_or((link, ""));
            let wanted: Vec<(String, String)> = form_urlencoded::parse(link_query.as_bytes()).into_owned().collect();
            (link_path == path && wanted.iter().all(|pair| current.contains(pair))).then_some((wanted.len(), i))
        })
        .max_by_key(|&(specificity, i)| (specificity, std::cmp::Reverse(i)))
        .map(|(_, i)| i)
}

#[cfg(test)]
mod tests {
    use super::current_link;

    const NAV: [&str; 6] = ["/", "/parks", "/news", "/invest", "/invest?option=buy-land", "/invest/register"];

    #[test]
    fn the_most_specific_matching_link_is_current() {
        assert_eq!(current_link(&NAV, "/", ""), Some(0));
        assert_eq!(current_link(&NAV, "/news", "?q=考察&page=2"), Some(2));
        assert_eq!(current_link(&NAV, "/invest", ""), Some(3));
        assert_eq!(current_link(&NAV, "/invest", "?option=buy-land"), Some(4));
        assert_eq!(current_link(&NAV, "/invest", "option=factory-rent"), Some(3));
        assert_eq!(current_link(&NAV, "/invest/register/", ""), Some(5));
        assert_eq!(current_link(&NAV, "/parks/carpet", ""), None, "a park page is not the comparison page");
        assert_eq!(current_link(&NAV, "/privacy", ""), None);
    }
}
