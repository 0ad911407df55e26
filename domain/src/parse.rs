//! Turns the text of a content file into its typed value, or into an error that names
//! the file, the record and the field. Used both by the browser loader and by the tests.

use serde::de::DeserializeOwned;
use std::fmt;

/// What is wrong with a content file's text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ContentError {
    /// Not JSON at all.
    Syntax { file: String, line: usize, column: usize, message: String },
    /// JSON, but a field is missing or of the wrong kind.
    Shape { file: String, path: String, message: String },
}

impl fmt::Display for ContentError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ContentError::Syntax { file, line, column, message } => {
                write!(f, "{file}: not valid JSON at line {line}, column {column}: {message}")
            }
            ContentError::Shape { file, path, message } => write!(f, "{file} › {path}: {message}"),
        }
    }
}

/// Reads `text` (the content of `file`) as a `T`. Natively (tests, validation) a shape error
/// names the record and field path; in the browser it names the line and column instead,
/// which keeps `serde_path_to_error` (about 60 KB of code) out of the wasm.
#[cfg(target_arch = "wasm32")]
pub fn parse_content<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, ContentError> {
    serde_json::from_str(text).map_err(|e| match e.classify() {
        serde_json::error::Category::Data => ContentError::Shape {
            file: file.to_string(),
            path: format!("line {}, column {}", e.line(), e.column()),
            message: e.to_string(),
        },
        _ => {
            ContentError::Syntax { file: file.to_string(), line: e.line(), column: e.column(), message: e.to_string() }
        }
    })
}

/// Reads `text` (the content of `file`) as a `T`; a shape error names the record and field,
/// and its message ends with the line and column (`… at line 12 column 7`).
#[cfg(not(target_arch = "wasm32"))]
pub fn parse_content<T: DeserializeOwned>(file: &str, text: &str) -> Result<T, ContentError> {
    let value: serde_json::Value = serde_json::from_str(text).map_err(|e| ContentError::Syntax {
        file: file.to_string(),
        line: e.line(),
        column: e.column(),
        message: e.to_string(),
    })?;
    // Read from the text, not the value, so the error knows where in the file it is.
    let mut reader = serde_json::Deserializer::from_str(text);
    serde_path_to_error::deserialize(&mut reader).map_err(|e| {
        let path = describe_path(&value, &e.path().to_string());
        ContentError::Shape { file: file.to_string(), path, message: e.inner().to_string() }
    })
}

/// Adds the record's id to a path like `parks[1].town`, so a message names the record:
/// `parks[1] (carpet).town`.
#[cfg(not(target_arch = "wasm32"))]
fn describe_path(root: &serde_json::Value, path: &str) -> String {
    let Some((head, rest)) = path.split_once('[') else { return path.to_string() };
    let Some((index, tail)) = rest.split_once(']') else { return path.to_string() };
    let id = index.parse::<usize>().ok().and_then(|i| root.get(head)?.get(i)?.get("id")?.as_str().map(str::to_string));
    match id {
        Some(id) => format!("{head}[{index}] ({id}){tail}"),
        None => path.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Deserialize, Debug)]
    #[allow(dead_code)]
    struct Item {
        id: String,
        size: u32,
    }
    #[derive(Deserialize, Debug)]
    #[allow(dead_code)]
    struct File {
        items: Vec<Item>,
    }

    #[test]
    fn syntax_errors_name_file_and_line() {
        let err = parse_content::<File>("x.json", "{\n  \"items\": [,]\n}").unwrap_err();
        let text = err.to_string();
        assert!(text.starts_with("x.json: not valid JSON at line 2"), "{text}");
    }

    #[test]
    fn shape_errors_name_record_and_field() {
        let text = r#"{"items": [{"id": "a", "size": 1}, {"id": "b"}]}"#;
        let err = parse_content::<File>("x.json", text).unwrap_err().to_string();
        assert_eq!(err, "x.json › items[1] (b): missing field `size` at line 1 column 46");
        let text = "{\"items\": [\n  {\"id\": \"a\",\n   \"size\": \"big\"}\n]}";
        let err = parse_content::<File>("x.json", text).unwrap_err().to_string();
        assert!(err.starts_with("x.json › items[0] (a).size: invalid type"), "{err}");
        assert!(err.ends_with("at line 3 column 16"), "the line and column of the field: {err}");
    }
}
