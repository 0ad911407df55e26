//! The state of a content file on its way in (loading, ready, failed) and the ways loading
//! fails, each with a sentence a visitor can act on. No browser code: the loader in
//! `web::fetch` produces these values, the views show them.

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
    /// One sentence for the visitor, in Chinese, naming what failed.
    pub fn message_zh(&self) -> String {
        match self {
            LoadError::Network { file, .. } => format!("无法连接服务器，未能加载 {file}。请检查网络后重试。"),
            LoadError::Status { file, status: 404 } => format!("服务器上找不到数据文件 {file}（404）。"),
            LoadError::Status { file, status } => format!("服务器暂时无法提供 {file}（HTTP {status}）。请稍后重试。"),
            LoadError::Content(_) => {
                "数据文件内容有误，暂时无法显示。我们已记录此问题，请稍后重试或致电热线。".to_string()
            }
        }
    }

    /// The technical detail, for the collapsed “详细信息” part of the error view.
    pub fn detail(&self) -> String {
        match self {
            LoadError::Network { file, detail } => format!("{file}: {detail}"),
            LoadError::Status { file, status } => format!("{file}: HTTP {status}"),
            LoadError::Content(e) => e.to_string(),
        }
    }

    /// True when the same request may succeed later.
    pub fn is_retryable(&self) -> bool {
        !matches!(self, LoadError::Status { status: 404, .. })
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
    fn messages_name_the_file() {
        let e = LoadError::Network { file: "parks.json".into(), detail: "TypeError: Failed to fetch".into() };
        assert!(e.message_zh().contains("parks.json"));
        assert!(e.is_retryable());
        assert!(!LoadError::Status { file: "x".into(), status: 404 }.is_retryable());
    }
}
