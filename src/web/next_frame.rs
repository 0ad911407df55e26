//! A value that follows another at the start of the browser's next frame, for what sits beside
//! the thing a visitor is watching: the news list updates within the keystroke, its facet
//! counts and pager just before that frame is painted, so both appear together and the
//! keystroke's own work is only the list. Several changes within one frame cost one update.
//! Rendered natively (and before the first change) it is the value itself.

use leptos::prelude::*;

/// `source`, updated at the start of the next animation frame after it changes.
pub fn in_next_frame<T>(source: Memo<T>) -> Signal<T>
where
    T: Clone + PartialEq + Send + Sync + 'static,
{
    let value = RwSignal::new(source.get_untracked());
    let waiting = StoredValue::new(None::<AnimationFrameRequestHandle>);
    // An effect, so in the browser only.
    Effect::new(move |_| {
        source.track();
        if waiting.with_value(Option::is_some) {
            return;
        }
        let follow = move || {
            waiting.set_value(None);
            let next = source.get_untracked();
            if value.with_untracked(|v| *v != next) {
                value.set(next);
            }
        };
        if let Ok(handle) = request_animation_frame_with_handle(follow) {
            waiting.set_value(Some(handle));
        }
    });
    on_cleanup(move || {
        if let Some(handle) = waiting.try_update_value(Option::take).flatten() {
            handle.cancel();
        }
    });
    value.into()
}
