//! JSON Schemas for the content files, generated from the Rust types in `domain::model`.
//! The committed copies under `public/data/schema/` give editors completion and checking;
//! tests/content.rs fails when they drift from the types (`UPDATE_SCHEMAS=1 cargo test` rewrites them).

use super::model::{ArticleBody, InvestFile, NewsIndex, ParksFile, PoliciesFile, Site, SynonymsFile};

/// Every schema file name with its pretty-printed content.
pub fn all() -> Vec<(&'static str, String)> {
    fn render<T: schemars::JsonSchema>() -> String {
        let schema = schemars::schema_for!(T);
        serde_json::to_string_pretty(&schema).expect("a schema always serialises") + "\n"
    }
    vec![
        ("site.schema.json", render::<Site>()),
        ("parks.schema.json", render::<ParksFile>()),
        ("news-index.schema.json", render::<NewsIndex>()),
        ("article.schema.json", render::<ArticleBody>()),
        ("invest.schema.json", render::<InvestFile>()),
        ("policies.schema.json", render::<PoliciesFile>()),
        ("synonyms.schema.json", render::<SynonymsFile>()),
    ]
}
