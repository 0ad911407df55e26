//! A quick "cannot contain" test for substring search. A text's signature has one bit set for
//! each character and each pair of adjacent characters in it, hashed into 512 bits. A text
//! containing a term contains every character and pair of the term, so it has every bit of
//! the term's signature: when a bit is missing, the text cannot contain the term and need not
//! be scanned. (Bits present do not prove a match: the scan still decides.) For Chinese terms
//! nearly every article that lacks the term is ruled out this way, with eight word operations.

const WORDS: usize = 8;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Signature([u64; WORDS]);

/// The bit (0..512) for a character (`second` = 0) or a pair of characters.
fn bit(first: char, second: u32) -> usize {
    let key = (u64::from(u32::from(first)) << 32) | u64::from(second);
    // Multiplicative hashing: the top nine bits of the product.
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> 55) as usize
}

impl Signature {
    /// The signature of a text, as it will be searched (normalise it first).
    pub fn of(text: &str) -> Self {
        let mut words = [0u64; WORDS];
        let mut set = |b: usize| words[b / 64] |= 1 << (b % 64);
        let mut previous = None;
        for c in text.chars() {
            set(bit(c, 0));
            if let Some(p) = previous {
                set(bit(p, u32::from(c)));
            }
            previous = Some(c);
        }
        Signature(words)
    }

    /// False when a text with this signature cannot contain a text with `part`'s.
    pub fn may_contain(&self, part: &Signature) -> bool {
        self.0.iter().zip(&part.0).all(|(whole, part)| whole & part == *part)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn rules_out_most_texts_without_the_term() {
        let text = Signature::of("天津武清汽车零部件产业园举行招商推介会");
        assert!(text.may_contain(&Signature::of("汽车零部件")));
        assert!(!text.may_contain(&Signature::of("自行车")));
        assert!(!text.may_contain(&Signature::of("地毯")));
    }

    proptest! {
        /// Never a false "cannot": every substring of a text passes, whatever the characters.
        #[test]
        fn a_text_may_contain_each_of_its_substrings(text in "[a-c 武清园区\\PC]{0,60}", start in 0usize..60, len in 0usize..20) {
            let chars: Vec<char> = text.chars().collect();
            let start = start.min(chars.len());
            let end = (start + len).min(chars.len());
            let part: String = chars[start..end].iter().collect();
            prop_assert!(Signature::of(&text).may_contain(&Signature::of(&part)));
        }
    }
}
