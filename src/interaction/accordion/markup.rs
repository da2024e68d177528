//! The accordion's markup: the name that marks it and the questions, every
//! one open, as the page reads before the behaviour runs.

use crate::content;
use crate::html::Html;

/// The value of `data-behaviour` on the element that holds the questions.
pub const NAME: &str = "accordion";

/// Every question open: a heading with its button (`aria-expanded`,
/// `aria-controls`), and the answer in a region labelled by that button.
/// Each item's id is its question's slug; the behaviour reads the slugs back
/// from there, and finds the button and answer by the slug plus
/// `-question` and `-answer`.
pub fn questions_markup() -> String {
    let mut html = Html::new();
    for question in content::questions() {
        let (button_id, panel_id) = (format!("{}-question", question.slug), format!("{}-answer", question.slug));
        html.open("div", &[("class", "accordion__item"), ("id", &question.slug)]).open_class("h3", "accordion__heading");
        let button = [("type", "button"), ("class", "accordion__trigger"), ("id", &button_id), ("aria-expanded", "true"), ("aria-controls", &panel_id)];
        html.open("button", &button).element("span", "accordion__question", &question.question);
        html.open("span", &[("class", "accordion__icon"), ("aria-hidden", "true")]).close("span").close("button").close("h3");
        let panel = [("class", "accordion__panel"), ("id", &panel_id), ("role", "region"), ("aria-labelledby", &button_id)];
        html.open("div", &panel).open_class("div", "accordion__body").element("p", "", &question.answer);
        html.close("div").close("div").close("div");
    }
    html.into()
}
