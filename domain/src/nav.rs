//! The site's menus: the footer's service links (shared with the home page's shortcuts), and
//! which navigation link is the page being shown: the link whose path is the current path and
//! whose query pairs are all in the current query; the most specific one wins, so on
//! `/invest?option=buy-land` it is 买地自建, not 投资对比. At most one link is current.

use super::routes;

/// An investment service the source site's menu offers; the footer and the home page link them.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Service {
    Foreign,
    BuyLand,
    FactoryRent,
    OfficeRent,
    Register,
    Policies,
    Contact,
    Privacy,
}

/// The footer's service menu, in order.
pub const FOOTER: [Service; 8] = [
    Service::Foreign,
    Service::BuyLand,
    Service::FactoryRent,
    Service::OfficeRent,
    Service::Register,
    Service::Policies,
    Service::Contact,
    Service::Privacy,
];

/// The home page's shortcuts, in order.
pub const SHORTCUTS: [Service; 6] = [
    Service::BuyLand,
    Service::FactoryRent,
    Service::OfficeRent,
    Service::Register,
    Service::Policies,
    Service::Foreign,
];

impl Service {
    /// Where the entry leads.
    pub fn href(self) -> String {
        match self {
            Service::Foreign => routes::Page::Foreign.path(),
            Service::BuyLand => routes::invest(Some("buy-land")),
            Service::FactoryRent => routes::invest(Some("factory-rent")),
            Service::OfficeRent => routes::invest(Some("office-rent")),
            Service::Register => routes::Page::Register.path(),
            Service::Policies => routes::Page::Policies.path(),
            Service::Contact => routes::Page::Contact.path(),
            Service::Privacy => routes::Page::Privacy.path(),
        }
    }
}

/// The policy-compilation offer (免费获取园区招商政策汇编 · 立即获取): the guide itself, at once.
pub fn policy_pack_href() -> String {
    routes::Page::Guide.path()
}

/// The same compilation sent by the investment office: the inquiry form with that topic.
pub fn policy_pack_by_mail_href() -> String {
    routes::contact(Some("brochure"), None, None)
}

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
    use super::*;
    use crate::routes::{resolve, Page};
    use crate::validate::{INQUIRY_TOPIC_IDS, INVEST_OPTION_IDS, PARK_IDS};

    /// A link names a page, and any `option` it sets is an investment option that exists.
    fn assert_names_a_page(link: &str) {
        let (page, query) = resolve(link).unwrap_or_else(|| panic!("“{link}” names no route"));
        for (key, value) in form_urlencoded::parse(query.as_bytes()) {
            match (&page, key.as_ref()) {
                (Page::Invest, "option") => assert!(INVEST_OPTION_IDS.contains(&value.as_ref()), "{link}"),
                (Page::Contact, "topic") => assert!(INQUIRY_TOPIC_IDS.contains(&value.as_ref()), "{link}"),
                (Page::Contact, "park") => assert!(PARK_IDS.contains(&value.as_ref()), "{link}"),
                (Page::Contact, "scenario") => {}
                _ => panic!("“{link}”: {page:?} has no parameter “{key}”"),
            }
        }
    }

    #[test]
    fn every_menu_link_names_a_route() {
        let site: serde_json::Value = serde_json::from_str(include_str!("../../public/data/site.json")).unwrap();
        for item in site["nav"].as_array().expect("site.json has nav") {
            assert_names_a_page(item["path"].as_str().expect("nav path"));
        }
        FOOTER.iter().chain(SHORTCUTS.iter()).for_each(|s| assert_names_a_page(&s.href()));
        assert_names_a_page(&policy_pack_href());
        assert_names_a_page(&policy_pack_by_mail_href());
    }

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
