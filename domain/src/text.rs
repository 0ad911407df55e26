//! Text matching as people type Chinese and Latin: full-width and half-width forms alike,
//! Latin letters case-insensitive, a few well-known aliases (BYD ↔ 比亚迪), the synonyms the
//! content lists (`synonyms.json`: 电商 ↔ 电子商务, 京滨 ↔ 京清), and where the matches are in the
//! original text, for highlighting.

use crate::model::SynonymGroup;
use crate::signature::Signature;
use memchr::memmem;
use std::ops::Range;

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

/// The synonym groups of the content (`synonyms.json`), each group's names in search form.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Synonyms {
    groups: Vec<Vec<String>>,
}

impl Synonyms {
    /// Groups with fewer than two usable names are left out (the content check reports them).
    pub fn new(groups: &[SynonymGroup]) -> Self {
        let groups = groups
            .iter()
            .map(|g| g.names.iter().map(|n| normalize(n.trim())).filter(|n| !n.is_empty()).collect::<Vec<_>>())
            .filter(|names| names.len() > 1)
            .collect();
        Synonyms { groups }
    }

    /// The other ways to write `term`: for each name of a group that the term contains, the
    /// term with that name replaced by each other name of the group (`电商平台` → `电子商务平台`).
    /// A name that contains the one found is not put in its place: every text holding it holds
    /// the term already (`地毯产业园` needs no `中华地毯产业园`).
    fn forms_of(&self, term: &str) -> Vec<String> {
        let mut forms = Vec::new();
        for group in &self.groups {
            for name in group.iter().filter(|name| term.contains(name.as_str())) {
                for other in group.iter().filter(|other| !other.contains(name.as_str())) {
                    forms.push(term.replace(name.as_str(), other));
                }
            }
        }
        forms
    }
}

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

    /// The text in its search form.
    pub fn text(&self) -> &str {
        &self.text
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
    fn new(term: String, synonyms: &Synonyms) -> Self {
        let mut forms = vec![term];
        for (latin, chinese) in ALIASES {
            if forms[0] == latin {
                forms.push(chinese.to_string());
            } else if forms[0] == chinese {
                forms.push(latin.to_string());
            }
        }
        for form in synonyms.forms_of(&forms[0]) {
            if !forms.contains(&form) {
                forms.push(form);
            }
        }
        let finders = forms.iter().map(|f| memmem::Finder::new(f.as_bytes()).into_owned()).collect();
        let signatures = forms.iter().map(|f| Signature::of(f)).collect();
        Term { forms, finders, signatures }
    }

    /// The term as typed (normalised) first, then its aliases and synonyms.
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
    terms_with(query, &Synonyms::default())
}

/// `terms`, each term also standing for its synonyms.
pub fn terms_with(query: &str, synonyms: &Synonyms) -> Vec<Term> {
    normalize(query).split_whitespace().map(|t| Term::new(t.to_string(), synonyms)).collect()
}

/// True when every match of query `shorter` is a candidate for `longer` — each term of
/// `shorter` is narrowed by the term in the same place in `longer` — so a search for `longer`
/// may look only among `shorter`'s matches.
pub fn narrows(shorter: &[Term], longer: &[Term]) -> bool {
    shorter.len() <= longer.len() && shorter.iter().zip(longer).all(|(a, b)| a.narrows_to(b))
}

/// Where `text` matches a term: spans of UTF-16 code units (how a browser counts offsets in a
/// text node), in order, merged where matches overlap or touch, each starting and ending on a
/// character boundary.
pub fn match_spans(text: &str, terms: &[Term]) -> Vec<Range<usize>> {
    let folded: Vec<char> = text.chars().map(fold).collect();
    let mut marked = vec![false; folded.len()];
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
    let mut spans: Vec<Range<usize>> = Vec::new();
    let mut offset = 0;
    for (c, hit) in text.chars().zip(marked) {
        let next = offset + c.len_utf16();
        if hit {
            match spans.last_mut() {
                Some(span) if span.end == offset => span.end = next,
                _ => spans.push(offset..next),
            }
        }
        offset = next;
    }
    spans
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

    fn synonyms() -> Synonyms {
        let group = |names: &[&str]| SynonymGroup { names: names.iter().map(|n| n.to_string()).collect(), note: None };
        Synonyms::new(&[
            group(&["电子商务", "电商"]),
            group(&["中华地毯产业园", "地毯产业园", "地毯园"]),
            group(&["京清", "京滨"]),
        ])
    }

    #[test]
    fn a_short_form_finds_its_long_forms_and_back() {
        let s = synonyms();
        let found = |q: &str, text: &str| terms_with(q, &s)[0].found_in(&Haystack::new(text));
        assert!(found("电商", "转向电子商务"));
        assert!(found("电子商务", "电商平台"));
        assert!(found("地毯园", "中华地毯产业园签约"));
        assert!(found("中华地毯产业园", "地毯园"));
        assert!(found("京滨", "京清汽车产业园"));
        // A term holding a short form: the rest of it must still be there.
        assert!(found("电商产业园", "京津电子商务产业园"));
        assert!(!found("电商产业园", "电子商务平台"));
        assert!(!found("电商", "商务"));
        // `地毯产业园` needs no `中华地毯产业园` form: every text with that has this.
        assert_eq!(terms_with("地毯产业园", &s)[0].forms(), ["地毯产业园", "地毯园"]);
        assert!(!terms("电商")[0].found_in(&Haystack::new("电子商务")), "without the synonyms, only the term");
    }

    #[test]
    fn narrowing_respects_synonyms() {
        let s = synonyms();
        assert!(narrows(&terms_with("电", &s), &terms_with("电商", &s)));
        assert!(narrows(&terms_with("地毯", &s), &terms_with("地毯园", &s)));
        // 电子 does not narrow to 电子商, but 电子商务 finds 电商 texts, which 电子商 does not.
        assert!(!narrows(&terms_with("电子商", &s), &terms_with("电子商务", &s)));
    }

    #[test]
    fn narrowing_respects_aliases() {
        assert!(narrows(&terms("自行"), &terms("自行车")));
        assert!(narrows(&terms("武清"), &terms("武清 园区")));
        assert!(!narrows(&terms("by"), &terms("byd")), "byd also matches 比亚迪, which “by” does not");
        assert!(!narrows(&terms("园区 武清"), &terms("武清")));
    }

    #[test]
    fn spans_mark_matches_in_the_original_text_in_utf16_units() {
        // 比亚迪 and （ are one UTF-16 unit each; 𠀀 (outside the BMP) is two.
        let text = "比亚迪（ＢＹＤ）𠀀与武清";
        assert_eq!(match_spans(text, &terms("byd 武清")), vec![0..3, 4..7, 11..13]);
        assert_eq!(match_spans("自行车自行车", &terms("自行车")), vec![0..6], "touching matches merge");
        assert!(match_spans("武清", &terms("")).is_empty());
    }

    proptest! {
        /// Spans are ordered, apart, non-empty, inside the text and on character boundaries.
        #[test]
        fn spans_are_ordered_and_on_character_boundaries(text in "\\PC{0,40}", query in "\\PC{0,6}") {
            let boundaries: Vec<usize> = text.chars().scan(0, |at, c| { let start = *at; *at += c.len_utf16(); Some(start) })
                .chain([text.encode_utf16().count()]).collect();
            let spans = match_spans(&text, &terms(&query));
            for (i, span) in spans.iter().enumerate() {
                prop_assert!(span.start < span.end);
                prop_assert!(boundaries.contains(&span.start) && boundaries.contains(&span.end));
                if let Some(next) = spans.get(i + 1) {
                    prop_assert!(span.end < next.start, "touching spans are merged");
                }
            }
        }

        /// Whatever surrounds it, a term's occurrence (in any case or width) lies inside a span.
        #[test]
        fn every_occurrence_is_marked(before in "\\PC{0,12}", term in "[a-zＡ-Ｚ武清园区0-9]{1,4}", after in "\\PC{0,12}") {
            let text = format!("{before}{term}{after}");
            let start = before.encode_utf16().count();
            let end = start + term.encode_utf16().count();
            let spans = match_spans(&text, &terms(&term.to_uppercase()));
            prop_assert!(spans.iter().any(|s| s.start <= start && end <= s.end), "{:?} in {:?}", start..end, spans);
        }

        /// Any name of a group finds a text holding any other name of it, whatever surrounds
        /// it, and marks that other name where it stands (or, in a longer name holding the one
        /// typed, the typed name).
        #[test]
        fn every_name_finds_and_marks_each_other_name(group in 0usize..3, a in 0usize..3, b in 0usize..3, before in "\\PC{0,12}", after in "\\PC{0,12}") {
            let s = synonyms();
            let names = [&["电子商务", "电商", "电商"][..], &["中华地毯产业园", "地毯产业园", "地毯园"], &["京清", "京滨", "京清"]][group];
            let (a, b) = (names[a], names[b]);
            let text = format!("{before}{b}{after}");
            let terms = terms_with(a, &s);
            prop_assert!(terms[0].found_in(&Haystack::new(&text)), "{} in {}", a, text);
            let start = before.encode_utf16().count();
            let end = start + b.encode_utf16().count();
            let spans = match_spans(&text, &terms);
            let marked = match b.contains(a) {
                true => spans.iter().any(|s| s.start < end && start < s.end),
                false => spans.iter().any(|s| s.start <= start && end <= s.end),
            };
            prop_assert!(marked, "{:?} in {:?}", start..end, spans);
        }

        #[test]
        fn normalizing_keeps_length_in_chars(text in "\\PC{0,40}") {
            prop_assert_eq!(normalize(&text).chars().count(), text.chars().count());
        }
    }
}
