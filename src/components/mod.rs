//! Reusable components, one public component (or markup writer) per file,
//! grouped by what they are. Static parts are written as markup (`write_*`
//! functions, see `crate::html`); the parts that get behaviour name it in
//! their markup and take its hooks from `crate::interaction`.
//!
//! - `site`: the frame of every page (header, footer);
//! - `home`: the home page's sections;
//! - `shared`: parts several pages use (section header, stats, pictures,
//!   case study card, closing call to action).

pub mod home;
pub mod shared;
pub mod site;
