//! Pieces of view shared by several pages.

pub mod calculator;
pub mod cost_chart;
pub mod facts;
pub mod filter_controls;
pub mod footer;
pub mod header;
pub mod heading;
pub mod hotline;
pub mod inquiry_form;
pub mod inquiry_outcome;
pub mod link;
pub mod location_map;
pub mod news_results;
pub mod quick_contact;
pub mod status;
