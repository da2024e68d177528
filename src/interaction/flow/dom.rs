//! The flows in the browser: the attribute that lets CSS move them, set only
//! once the visitor is there and while the picture is watched.

use web_sys::Element;

use super::markup::FLOWING_ATTR;
use crate::interaction::browser::{OnceEngaged, Running, WhileWatched};

/// Once the visitor has shown they are there (a pointer, key or scroll), sets
/// [`FLOWING_ATTR`] on `root` while it is on screen, the page is visible (and
/// not being prerendered) and motion is welcome, and removes it otherwise.
/// It stops when the returned value is dropped.
pub fn attach(root: &Element) -> Running {
    let root = root.clone();
    Box::new(OnceEngaged::start(move || {
        let target = root.clone();
        WhileWatched::toggle(&root, move |flowing| {
            let _ = if flowing { target.set_attribute(FLOWING_ATTR, "") } else { target.remove_attribute(FLOWING_ATTR) };
        })
    }))
}
