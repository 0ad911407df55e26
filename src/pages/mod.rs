//! One module per route.

pub mod article;
pub mod contact;
pub mod guide;
pub mod home;
pub mod invest;
pub mod news;
pub mod news_list;
pub mod not_found;
pub mod park;
pub mod parks;
pub mod policies;
pub mod privacy;
pub mod steps;
