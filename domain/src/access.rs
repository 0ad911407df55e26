//! The district's access figures the site leads with: which keys of `parks.json`'s
//! `district.access` the home page shows, and which places the location diagram draws, with
//! their schematic positions. A test checks that every key names a record.

/// The district access figures the home page leads with, in this order.
pub const HOME_ACCESS_KEYS: [&str; 8] = [
    "beijing",
    "tianjin",
    "daxing-airport",
    "capital-airport",
    "binhai-airport",
    "tianjin-port",
    "intercity-beijing",
    "intercity-tianjin",
];

/// A place outside the district that the diagram points at: its access key and where the arrow
/// from the district centre ends, in SVG units. Schematic directions, not coordinates.
pub struct MapPlace {
    pub key: &'static str,
    pub x: f64,
    pub y: f64,
}

/// The diagram's outside places.
pub const MAP_PLACES: [MapPlace; 7] = [
    MapPlace { key: "beijing", x: 70.0, y: 40.0 },
    MapPlace { key: "capital-airport", x: 250.0, y: 22.0 },
    MapPlace { key: "daxing-airport", x: 40.0, y: 215.0 },
    MapPlace { key: "xiongan", x: 50.0, y: 360.0 },
    MapPlace { key: "tianjin", x: 430.0, y: 395.0 },
    MapPlace { key: "binhai-airport", x: 560.0, y: 350.0 },
    MapPlace { key: "tianjin-port", x: 575.0, y: 265.0 },
];

/// The district centre on the diagram.
pub const MAP_CENTRE: (f64, f64) = (330.0, 220.0);

/// Schematic placement of each park inside the district outline (by its town), in SVG units.
/// `None` means the park's town is not public: it is drawn as an open marker at the centre.
pub fn park_position(id: &str) -> Option<(f64, f64)> {
    match id {
        "jingbin" => Some((215.0, 125.0)),         // 大王古庄镇, north-west, next to Tongzhou
        "carpet" => Some((420.0, 160.0)),          // 崔黄口镇, north-east
        "bicycle-kingdom" => Some((250.0, 290.0)), // 汊沽港镇, south-west
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::PARK_IDS;

    #[test]
    fn every_key_names_an_access_record_and_every_park_id_exists() {
        let parks: serde_json::Value = serde_json::from_str(include_str!("../../public/data/parks.json")).unwrap();
        let keys: Vec<&str> = parks["district"]["access"]
            .as_array()
            .expect("district.access")
            .iter()
            .filter_map(|f| f["key"].as_str())
            .collect();
        for key in HOME_ACCESS_KEYS.iter().chain(MAP_PLACES.iter().map(|p| &p.key)) {
            assert!(keys.contains(key), "access key “{key}” is not in parks.json district.access");
        }
        for id in ["jingbin", "carpet", "bicycle-kingdom"] {
            assert!(PARK_IDS.contains(&id) && park_position(id).is_some());
        }
    }
}
