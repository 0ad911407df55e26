//! Text matching as people type Chinese and Latin: full-width and half-width forms alike,
//! Latin letters case-insensitive, a few well-known aliases (BYD ↔ 比亚迪), and highlighting of
//! the matched spans in the original text.

use crate::signature::Signature;
use memchr::memmem;

/// Maps one character to its search form. One character in, one out, so positions in the
/// normalised text are positions in the original.
fn fold(c: char) -> char {
    let c = match c {
        '\u{3000}' => ' ',
        '\u{FF01}'..='\u{FF5E}' => char::from_u32(c as u32 - 0xFEE0).unwrap_or(c),
        _ => c,
    };
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// The search form of a text.
pub fn normalize(text: &str) -> String {
    text.chars().map(fold).collect()
}

/// Names people use for the same company; a term matching one side also looks for the other.
const ALIASES: [(&str, &str); 6] = [
    ("byd", "比亚迪"),
    ("jd", "京东"),
    ("vip.com", "唯品会"),
    ("ctrip", "携程"),
    ("qunar", "去哪儿"),
    ("hella", "海拉"),
];

/// A text prepared for searching: normalised, with its signature.
#[derive(Clone, Debug, PartialEq)]
pub struct Haystack {
    text: String,
    signature: Signature,
}

impl Haystack {
    pub fn new(text: &str) -> Self {
        let text = normalize(text);
        let signature = Signature::of(&text);
        Haystack { text, signature }
    }
}

/// One search term with the alternatives that count as the same term, each with a substring
/// finder and a signature built once per query (not once per article).
#[derive(Clone, Debug)]
pub struct Term {
    forms: Vec<String>,
    finders: Vec<memmem::Finder<'static>>,
    signatures: Vec<Signature>,
}

impl PartialEq for Term {
    fn eq(&self, other: &Self) -> bool {
        self.forms == other.forms
    }
}

impl Term {
    fn new(term: String) -> Self {
        let mut forms = vec![term];
        for (latin, chinese) in ALIASES {
            if forms[0] == latin {
                forms.push(chinese.to_string());
            } else if forms[0] == chinese {
                forms.push(latin.to_string());
            }
        }
        let finders = forms.iter().map(|f| memmem::Finder::new(f.as_bytes()).into_owned()).collect();
        let signatures = forms.iter().map(|f| Signature::of(f)).collect();
        Term { forms, finders, signatures }
    }

    /// The term as typed (normalised) first, then its aliases.
    pub fn forms(&self) -> &[String] {
        &self.forms
    }

    /// True when every text matching `longer` also matches `self`: each form of `longer`
    /// contains some form of `self`.
    pub fn narrows_to(&self, longer: &Term) -> bool {
        longer.forms.iter().all(|f| self.forms.iter().any(|g| f.contains(g.as_str())))
    }

    /// True when any form of the term occurs in `haystack`. Only texts whose signature allows
    /// the form are scanned.
    pub fn found_in(&self, haystack: &Haystack) -> bool {
        self.finders.iter().zip(&self.signatures).any(|(finder, signature)| {
            haystack.signature.may_contain(signature) && finder.find(haystack.text.as_bytes()).is_some()
        })
    }
}

/// Splits a query into terms (all must match), normalised. Blank queries give no terms.
pub fn terms(query: &str) -> Vec<Term> {
    normalize(query).split_whitespace().map(|t| Term::new(t.to_string())).collect()
}

/// True when every match of query `shorter` is a candidate for `longer` — each term of
/// `shorter` is narrowed by the term in the same place in `longer` — so a search for `longer`
/// may look only among `shorter`'s matches.
pub fn narrows(shorter: &[Term], longer: &[Term]) -> bool {
    shorter.len() <= longer.len() && shorter.iter().zip(longer).all(|(a, b)| a.narrows_to(b))
}

/// `text` cut into runs, each marked `true` where it matches a term, for `<mark>`.
pub fn highlight(text: &str, terms: &[Term]) -> Vec<(String, bool)> {
    let original: Vec<char> = text.chars().collect();
    let folded: Vec<char> = original.iter().map(|&c| fold(c)).collect();
    let mut marked = vec![false; original.len()];
    for form in terms.iter().flat_map(|t| t.forms.iter()) {
        let needle: Vec<char> = form.chars().collect();
        if needle.is_empty() || needle.len() > folded.len() {
            continue;
        }
        for start in 0..=folded.len() - needle.len() {
            if folded[start..start + needle.len()] == needle[..] {
                marked[start..start + needle.len()].iter_mut().for_each(|m| *m = true);
            }
        }
    }
    let mut runs: Vec<(String, bool)> = Vec::new();
    for (c, m) in original.into_iter().zip(marked) {
        match runs.last_mut() {
            Some((run, flag)) if *flag == m => run.push(c),
            _ => runs.push((c.to_string(), m)),
        }
    }
    runs
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn full_width_and_case_fold_alike() {
        assert_eq!(normalize("ＢＹＤ　比亚迪 Byd"), "byd 比亚迪 byd");
        assert!(terms("ＢＹＤ")[0].found_in(&Haystack::new("比亚迪（BYD）签约")));
    }

    #[test]
    fn aliases_find_each_other() {
        assert!(terms("BYD")[0].found_in(&Haystack::new("天津比亚迪基地竣工")));
        assert!(terms("比亚迪")[0].found_in(&Haystack::new("BYD signs")));
        assert!(!terms("比亚迪")[0].found_in(&Haystack::new("京东")));
    }

    #[test]
    fn narrowing_respects_aliases() {
        assert!(narrows(&terms("自行"), &terms("自行车")));
        assert!(narrows(&terms("武清"), &terms("武清 园区")));
        assert!(!narrows(&terms("by"), &terms("byd")), "byd also matches 比亚迪, which “by” does not");
        assert!(!narrows(&terms("园区 武清"), &terms("武清")));
    }

    #[test]
    fn highlight_marks_matches_in_the_original_text() {
        let runs = highlight("比亚迪（ＢＹＤ）与武清", &terms("byd 武清"));
        assert_eq!(
            runs,
            vec![
                ("比亚迪".to_string(), true),
                ("（".to_string(), false),
                ("ＢＹＤ".to_string(), true),
                ("）与".to_string(), false),
                ("武清".to_string(), true),
            ]
        );
    }

    proptest! {
        #[test]
        fn highlight_keeps_every_character(text in "\\PC{0,40}", query in "\\PC{0,6}") {
            let joined: String = highlight(&text, &terms(&query)).into_iter().map(|(s, _)| s).collect();
            prop_assert_eq!(joined, text);
        }

        #[test]
        fn normalizing_keeps_length_in_chars(text in "\\PC{0,40}") {
            prop_assert_eq!(normalize(&text).chars().count(), text.chars().count());
        }
    }
}
