//! The state of a content file on its way in (loading, ready, failed) and the ways loading
//! fails. No browser code and no sentences: the loader produces these values, the app's text
//! module words them for the visitor.

use super::parse::ContentError;

/// Why a content file could not be used.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum LoadError {
    /// The request never got an answer (offline, DNS, blocked).
    Network { file: String, detail: String },
    /// The server answered with an error status.
    Status { file: String, status: u16 },
    /// The answer arrived but is not the content it should be.
    Content(ContentError),
}

impl LoadError {
    /// The technical detail, for the collapsed “详细信息” part of the error view.
    pub fn detail(&self) -> String {
        match self {
            LoadError::Network { file, detail } => format!("{file}: {detail}"),
            LoadError::Status { file, status } => format!("{file}: HTTP {status}"),
            LoadError::Content(e) => e.to_string(),
        }
    }
}

/// Where a content file is: on its way, ready, or failed.
#[derive(Clone, Debug, PartialEq)]
pub enum Load<T> {
    Loading,
    Ready(T),
    Failed(LoadError),
}

impl<T> Load<T> {
    /// Combines two loads: ready when both are, failed when either failed (the first failure wins).
    pub fn and<U>(self, other: Load<U>) -> Load<(T, U)> {
        match (self, other) {
            (Load::Failed(e), _) | (_, Load::Failed(e)) => Load::Failed(e),
            (Load::Ready(a), Load::Ready(b)) => Load::Ready((a, b)),
            _ => Load::Loading,
        }
    }

    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> Load<U> {
        match self {
            Load::Loading => Load::Loading,
            Load::Ready(v) => Load::Ready(f(v)),
            Load::Failed(e) => Load::Failed(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn failed(file: &str) -> Load<u8> {
        Load::Failed(LoadError::Status { file: file.into(), status: 500 })
    }

    #[test]
    fn combined_load_waits_for_both_and_reports_the_first_failure() {
        assert_eq!(Load::Ready(1).and(Load::Ready(2)), Load::Ready((1, 2)));
        assert_eq!(Load::Ready(1).and(Load::<u8>::Loading), Load::Loading);
        assert_eq!(
            failed("a.json").and(failed("b.json")),
            Load::Failed(LoadError::Status { file: "a.json".into(), status: 500 })
        );
        assert_eq!(
            Load::<u8>::Loading.and(failed("b.json")),
            Load::Failed(LoadError::Status { file: "b.json".into(), status: 500 })
        );
    }

    #[test]
    fn details_name_the_file() {
        let e = LoadError::Network { file: "parks.json".into(), detail: "TypeError: Failed to fetch".into() };
        assert!(e.detail().starts_with("parks.json"));
        assert_eq!(LoadError::Status { file: "x.json".into(), status: 404 }.detail(), "x.json: HTTP 404");
    }
}
