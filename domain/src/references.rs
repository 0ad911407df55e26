//! Numbered references, as encyclopedias cite: every source a page cites gets one number, in
//! the order the page first cites it, so a figure carries `[1][3]` instead of its sources
//! written out, and the page ends with one list of them all.

use super::model::Source;

/// The sources a page cites, each once, numbered from 1 in order of first citation.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct References {
    sources: Vec<Source>,
}

impl References {
    /// Numbers the sources of each citation in turn (a source cited again keeps its number).
    pub fn collect<'a>(citations: impl IntoIterator<Item = &'a [Source]>) -> References {
        let mut sources: Vec<Source> = Vec::new();
        for source in citations.into_iter().flatten() {
            if !sources.contains(source) {
                sources.push(source.clone());
            }
        }
        References { sources }
    }

    /// The source's number, if the page cites it.
    pub fn number(&self, source: &Source) -> Option<usize> {
        self.sources.iter().position(|s| s == source).map(|i| i + 1)
    }

    /// Every source with its number, in order.
    pub fn list(&self) -> impl Iterator<Item = (usize, &Source)> {
        self.sources.iter().enumerate().map(|(i, s)| (i + 1, s))
    }

    pub fn is_empty(&self) -> bool {
        self.sources.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Reliability;
    use proptest::prelude::*;

    fn source(n: u8) -> Source {
        Source {
            publisher: format!("P{n}"),
            url: Some(format!("https://s{n}.cn/")),
            published: None,
            accessed: None,
            undated: false,
            reliability: Reliability::Press,
        }
    }

    #[test]
    fn first_citation_decides_the_number() {
        let (a, b, c) = (source(1), source(2), source(3));
        let first = vec![b.clone(), a.clone()];
        let second = vec![a.clone(), c.clone(), b.clone()];
        let refs = References::collect([first.as_slice(), second.as_slice(), &[]]);
        assert_eq!([refs.number(&b), refs.number(&a), refs.number(&c)], [Some(1), Some(2), Some(3)]);
        assert_eq!(refs.number(&source(9)), None);
        assert_eq!(
            refs.list().map(|(n, s)| (n, s.publisher.as_str())).collect::<Vec<_>>(),
            [(1, "P2"), (2, "P1"), (3, "P3")]
        );
    }

    proptest! {
        #[test]
        fn every_cited_source_has_one_number_and_numbers_run_from_one(
            citations in proptest::collection::vec(proptest::collection::vec(0u8..6, 0..4), 0..8)
        ) {
            let lists: Vec<Vec<Source>> = citations.iter().map(|c| c.iter().map(|&n| source(n)).collect()).collect();
            let refs = References::collect(lists.iter().map(Vec::as_slice));
            let numbers: Vec<usize> = refs.list().map(|(n, _)| n).collect();
            prop_assert_eq!(numbers, (1..=refs.list().count()).collect::<Vec<_>>());
            for s in lists.iter().flatten() {
                let n = refs.number(s).unwrap();
                prop_assert_eq!(refs.list().nth(n - 1).map(|(_, x)| x), Some(s));
            }
        }
    }
}
