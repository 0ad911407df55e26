//! `wuqing-receiver export --since YYYY-MM-DD`: the inquiries received since a date (UTC) as
//! CSV for staff, with a UTF-8 byte-order mark so spreadsheet programs read Chinese text. Text
//! cells that a spreadsheet would run as a formula get a leading `'`.

use crate::store::{Row, Store};
use std::io::Write;

/// Checks `YYYY-MM-DD` (digits and hyphens in place, month 01–12, day 01–31).
pub fn is_date(text: &str) -> bool {
    let b = text.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' || !digits(0..4) || !digits(5..7) || !digits(8..10) {
        return false;
    }
    let month: u32 = text[5..7].parse().unwrap_or(0);
    let day: u32 = text[8..10].parse().unwrap_or(0);
    (1..=12).contains(&month) && (1..=31).contains(&day)
}

/// `'` before a cell a spreadsheet would read as a formula.
fn defuse(text: String) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text
    }
}

fn defused(row: Row) -> Row {
    let opt = |o: Option<String>| o.map(defuse);
    Row {
        name: defuse(row.name),
        company: defuse(row.company),
        email: opt(row.email),
        message: opt(row.message),
        scenario: opt(row.scenario),
        page: defuse(row.page),
        locale: defuse(row.locale),
        submitted_at: defuse(row.submitted_at),
        ..row
    }
}

/// Writes the CSV; returns the number of inquiries written.
pub fn write_csv(store: &Store, since: &str, out: impl Write) -> Result<usize, String> {
    if !is_date(since) {
        return Err(format!("--since {since:?}: expected a date such as 2026-01-01"));
    }
    let rows = store.since(since).map_err(|e| format!("reading the database: {e}"))?;
    let mut out = out;
    out.write_all("\u{FEFF}".as_bytes()).map_err(|e| e.to_string())?;
    let mut writer = csv::Writer::from_writer(out);
    let count = rows.len();
    if rows.is_empty() {
        // The header alone, so an empty export still names its columns.
        writer
            .write_record([
                "reference",
                "received_at",
                "id",
                "topic",
                "park",
                "name",
                "company",
                "phone",
                "email",
                "message",
                "scenario",
                "locale",
                "page",
                "submitted_at",
            ])
            .map_err(|e| e.to_string())?;
    }
    for row in rows {
        writer.serialize(defused(row)).map_err(|e| e.to_string())?;
    }
    writer.flush().map_err(|e| e.to_string())?;
    Ok(count)
}

#[cfg(test)]
mod tests {
    use super::*;
    use domain::inquiry::{validate, Inquiry, InquiryDraft};

    #[test]
    fn dates() {
        assert!(is_date("2026-01-01"));
        assert!(!is_date("2026-1-01"));
        assert!(!is_date("2026-13-01"));
        assert!(!is_date("yesterday"));
    }

    #[test]
    fn exports_since_a_date() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("e.sqlite3")).unwrap();
        let draft = InquiryDraft {
            topic: "land".into(),
            name: "=HYPERLINK(\"x\")".into(),
            company: "天津某公司, Ltd".into(),
            phone: "022-82123456".into(),
            ..InquiryDraft::default()
        };
        let valid = validate(&draft).unwrap();
        let inquiry = Inquiry::new(valid.clone(), "0a1b2c3d-1111-4222-8333-444455556666", "zh-CN", "/contact", "t");
        store.insert(&inquiry, &valid, &[], 0).unwrap();

        let mut out = Vec::new();
        assert_eq!(write_csv(&store, "2000-01-01", &mut out), Ok(1));
        let text = String::from_utf8(out).unwrap();
        let mut lines = text.trim_start_matches('\u{FEFF}').lines();
        assert!(lines.next().unwrap().starts_with("reference,received_at,id,topic,park,name,company,phone"));
        let line = lines.next().unwrap();
        assert!(line.starts_with("WQ-0A1B-2C3D-1111,"), "{line}");
        assert!(line.contains("\"'=HYPERLINK(\"\"x\"\")\""), "{line}");
        assert!(line.contains("\"天津某公司, Ltd\",02282123456"), "{line}");

        let mut later = Vec::new();
        assert_eq!(write_csv(&store, "2999-01-01", &mut later), Ok(0));
        assert!(String::from_utf8(later).unwrap().contains("reference,received_at"));
        assert!(write_csv(&store, "soon", Vec::new()).is_err());
    }
}
