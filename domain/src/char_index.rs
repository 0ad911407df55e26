//! Which texts contain each character: for every character, the positions of the texts that
//! hold it, in ascending order. A one-character term's matches are its list; a longer term can
//! only occur in the texts on the list of its rarest character, so only those need scanning.
//! The first keystroke of a search (one character, thousands of matches) needs no scan at all.

use rustc_hash::FxHashMap;

#[derive(Debug, Default, PartialEq)]
pub struct CharIndex {
    lists: FxHashMap<char, Vec<u32>>,
}

impl CharIndex {
    /// Indexes `texts` (already in their search form) by position.
    pub fn new<'a>(texts: impl IntoIterator<Item = &'a str>) -> Self {
        let mut lists: FxHashMap<char, Vec<u32>> = FxHashMap::default();
        for (position, text) in texts.into_iter().enumerate() {
            let position = u32::try_from(position).expect("fewer than 2³² texts");
            for c in text.chars() {
                let list = lists.entry(c).or_default();
                // Texts come in order, so a repeat in this text is the list's last entry.
                if list.last() != Some(&position) {
                    list.push(position);
                }
            }
        }
        lists.values_mut().for_each(|list| list.shrink_to_fit());
        CharIndex { lists }
    }

    /// The positions of the texts containing `c`, ascending.
    pub fn containing(&self, c: char) -> &[u32] {
        self.lists.get(&c).map_or(&[], Vec::as_slice)
    }

    /// The shortest list among the characters of `form`: every text containing `form` is on
    /// it. An empty form rules nothing out and has no list.
    pub fn candidates(&self, form: &str) -> Option<&[u32]> {
        form.chars().map(|c| self.containing(c)).min_by_key(|list| list.len())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn lists_each_text_once_in_order() {
        let index = CharIndex::new(["武清武清", "园区", "武清园区", "武"]);
        assert_eq!(index.containing('武'), &[0, 2, 3]);
        assert_eq!(index.containing('区'), &[1, 2]);
        assert!(index.containing('车').is_empty());
        assert_eq!(index.candidates("武清"), Some(&[0, 2][..]), "清 is the rarer character");
        assert_eq!(index.candidates(""), None);
    }

    proptest! {
        /// A character's list is exactly the texts that contain it, and a form's candidates
        /// include every text containing the form.
        #[test]
        fn lists_are_exact_and_candidates_complete(texts in proptest::collection::vec("[武清园区ab]{0,8}", 0..12), form in "[武清园区ab]{1,3}") {
            let index = CharIndex::new(texts.iter().map(String::as_str));
            for c in "武清园区ab".chars() {
                let holding: Vec<u32> = (0..texts.len() as u32).filter(|&i| texts[i as usize].contains(c)).collect();
                prop_assert_eq!(index.containing(c), &holding[..]);
            }
            let candidates = index.candidates(&form).unwrap();
            for (i, text) in texts.iter().enumerate() {
                if text.contains(&form) {
                    prop_assert!(candidates.contains(&(i as u32)));
                }
            }
        }
    }
}
