//! Which texts contain each character and each pair of adjacent characters: for every one, the
//! positions of the texts that hold it, in ascending order. A term of one or two characters is
//! answered by its list alone; a longer term can only occur in the texts on the list of its
//! rarest pair, so only those need scanning. The first keystrokes of a search (thousands of
//! matches) need no scan at all.

use rustc_hash::FxHashMap;

#[derive(Debug, Default, PartialEq)]
pub struct CharIndex {
    /// Keyed by `key(first, second)`; a single character's key has `second` = None.
    lists: FxHashMap<u64, Vec<u32>>,
}

fn key(first: char, second: Option<char>) -> u64 {
    (u64::from(u32::from(first)) << 32) | second.map_or(u64::from(u32::MAX), |c| u64::from(u32::from(c)))
}

/// Where to look for a form: the texts that may hold it, and whether they all do.
pub struct Candidates<'a> {
    pub texts: &'a [u32],
    /// True when every text listed holds the form (it is one or two characters long).
    pub exact: bool,
}

impl CharIndex {
    /// Indexes `texts` (already in their search form) by position.
    pub fn new<'a>(texts: impl IntoIterator<Item = &'a str>) -> Self {
        let mut lists: FxHashMap<u64, Vec<u32>> = FxHashMap::default();
        let mut add = |k: u64, position: u32| {
            let list = lists.entry(k).or_default();
            // Texts come in order, so a repeat in this text is the list's last entry.
            if list.last() != Some(&position) {
                list.push(position);
            }
        };
        for (position, text) in texts.into_iter().enumerate() {
            let position = u32::try_from(position).expect("fewer than 2³² texts");
            let mut previous = None;
            for c in text.chars() {
                add(key(c, None), position);
                if let Some(p) = previous {
                    add(key(p, Some(c)), position);
                }
                previous = Some(c);
            }
        }
        lists.values_mut().for_each(|list| list.shrink_to_fit());
        CharIndex { lists }
    }

    /// How many positions the lists hold in all (each is four bytes).
    pub fn size(&self) -> usize {
        self.lists.values().map(Vec::len).sum()
    }

    fn list(&self, k: u64) -> &[u32] {
        self.lists.get(&k).map_or(&[], Vec::as_slice)
    }

    /// The texts that may contain `form`: for one character its list, otherwise the shortest
    /// list among its pairs (every text containing `form` holds each of them). An empty form
    /// rules nothing out and has none.
    pub fn candidates(&self, form: &str) -> Option<Candidates<'_>> {
        let chars: Vec<char> = form.chars().collect();
        let texts = match chars[..] {
            [] => return None,
            [c] => self.list(key(c, None)),
            _ => chars.windows(2).map(|w| self.list(key(w[0], Some(w[1])))).min_by_key(|list| list.len())?,
        };
        Some(Candidates { texts, exact: chars.len() <= 2 })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn lists_each_text_once_in_order() {
        let index = CharIndex::new(["武清武清", "园区", "武清园区", "清武"]);
        assert_eq!(index.candidates("武").unwrap().texts, &[0, 2, 3]);
        assert_eq!(index.candidates("武清").unwrap().texts, &[0, 2], "the pair, not its characters");
        assert!(index.candidates("武清").unwrap().exact);
        let long = index.candidates("清园区").unwrap();
        assert_eq!((long.texts, long.exact), (&[2][..], false), "清园 is the rarest pair");
        assert!(index.candidates("车").unwrap().texts.is_empty());
        assert!(index.candidates("").is_none());
    }

    proptest! {
        /// Exact lists hold exactly the texts containing the form; other candidates include
        /// every text containing it.
        #[test]
        fn candidates_are_complete_and_exact_when_short(texts in proptest::collection::vec("[武清园区ab]{0,8}", 0..12), form in "[武清园区ab]{1,4}") {
            let index = CharIndex::new(texts.iter().map(String::as_str));
            let found = index.candidates(&form).unwrap();
            let holding: Vec<u32> = (0..texts.len() as u32).filter(|&i| texts[i as usize].contains(&form)).collect();
            if found.exact {
                prop_assert_eq!(found.texts, &holding[..]);
            } else {
                prop_assert!(holding.iter().all(|i| found.texts.contains(i)));
            }
        }
    }
}
