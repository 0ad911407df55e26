//! Which page links a pager shows: the first and last page, the current one and two either
//! side, with a gap marker wherever pages are skipped.

/// One place in the pager.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PagerItem {
    /// A link to this page (1-based).
    Page(usize),
    /// Pages left out between two links.
    Gap,
}

/// The pager's items for `page` of `pages`; empty when there is only one page.
pub fn pager_window(page: usize, pages: usize) -> Vec<PagerItem> {
    if pages <= 1 {
        return Vec::new();
    }
    let mut items = Vec::new();
    let mut previous = 0;
    for p in (1..=pages).filter(|&p| p == 1 || p == pages || p.abs_diff(page) <= 2) {
        if p > previous + 1 {
            items.push(PagerItem::Gap);
        }
        items.push(PagerItem::Page(p));
        previous = p;
    }
    items
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use PagerItem::{Gap, Page};

    #[test]
    fn shows_ends_neighbours_and_gaps() {
        assert_eq!(pager_window(1, 1), vec![]);
        assert_eq!(pager_window(1, 3), vec![Page(1), Page(2), Page(3)]);
        assert_eq!(pager_window(5, 10), vec![Page(1), Gap, Page(3), Page(4), Page(5), Page(6), Page(7), Gap, Page(10)]);
        assert_eq!(pager_window(1, 10), vec![Page(1), Page(2), Page(3), Gap, Page(10)]);
    }

    proptest! {
        #[test]
        fn always_links_first_last_and_current_in_order(pages in 2usize..200, at in 0usize..200) {
            let page = at % pages + 1;
            let items = pager_window(page, pages);
            let numbers: Vec<usize> = items.iter().filter_map(|i| match i { Page(p) => Some(*p), Gap => None }).collect();
            prop_assert!(numbers.contains(&1) && numbers.contains(&pages) && numbers.contains(&page));
            prop_assert!(numbers.windows(2).all(|w| w[0] < w[1]));
            // A gap stands exactly where pages are skipped.
            for w in items.windows(2) {
                if let [Page(a), Page(b)] = w { prop_assert_eq!(*a + 1, *b); }
            }
            prop_assert!(items.len() <= 9);
        }
    }
}
