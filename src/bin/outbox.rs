//! The outbox sender: loaded on a page without the form while an inquiry on this device waits
//! to be sent (see `wuqing_parks::widgets`).
fn main() {
    wuqing_parks::widgets::send_waiting_inquiries();
}
