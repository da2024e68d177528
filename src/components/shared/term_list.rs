//! Markup for names with their explanations (patterns, tools, failure modes, a stack).

use crate::content::Term;
use crate::html::Html;

/// Writes `terms` as a description list.
pub fn write_term_list(html: &mut Html, terms: &[Term]) {
    html.open_class("dl", "terms");
    for term in terms {
        html.open_class("div", "terms__item").element("dt", "", &term.name).element("dd", "", &term.detail).close("div");
    }
    html.close("dl");
}
