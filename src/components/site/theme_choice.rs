//! The header's colour theme choice: light, dark or the device's setting.
//!
//! A native radio group (arrow keys move the choice, Tab leaves it), written
//! as markup. What makes it work lives in the small inline script in
//! `index.html`'s `<head>`: it applies the stored choice to `<html
//! data-theme>` before the first paint, checks the matching option when the
//! page has been parsed, and handles every change through one listener on the
//! document, so the choice works before any wasm has loaded, on every page.
//! Without JavaScript the group stays hidden (style/main.css) and the system
//! theme applies.

use crate::content::ThemeChoiceCopy;
use crate::html::Html;

/// `name` of the radio inputs; the inline script in `index.html` listens for it.
pub const INPUT_NAME: &str = "site-theme";

/// The three choices, as stored in `localStorage` and set on `<html data-theme>`.
pub const CHOICES: [&str; 3] = ["light", "dark", "system"];

/// The choice the markup checks: following the device, as without JavaScript.
pub const DEFAULT_CHOICE: &str = "system";

/// A small line icon per choice (24×24, stroked with the text colour).
fn icon(choice: &str) -> &'static str {
    match choice {
        // A sun: a disc and eight rays.
        "light" => {
            r#"<circle cx="12" cy="12" r="4"/><path d="M12 2v2M12 20v2M4.9 4.9l1.4 1.4M17.7 17.7l1.4 1.4M2 12h2M20 12h2M4.9 19.1l1.4-1.4M17.7 6.3l1.4-1.4"/>"#
        }
        // A crescent moon.
        "dark" => r#"<path d="M20 14.5A8 8 0 0 1 9.5 4a8 8 0 1 0 10.5 10.5z"/>"#,
        // A monitor on a stand: whatever the device says.
        _ => r#"<rect x="3" y="4" width="18" height="12" rx="2"/><path d="M8 20h8M12 16v4"/>"#,
    }
}

/// The label of a choice in the content.
fn label<'a>(copy: &'a ThemeChoiceCopy, choice: &str) -> &'a str {
    match choice {
        "light" => &copy.light,
        "dark" => &copy.dark,
        _ => &copy.system,
    }
}

/// Writes the radio group: a `fieldset` named by its (visually hidden)
/// legend, one labelled radio per choice, the device's setting checked.
pub fn write_theme_choice(html: &mut Html, copy: &ThemeChoiceCopy) {
    html.open_class("fieldset", "theme-choice").element("legend", "visually-hidden", &copy.label);
    for choice in CHOICES {
        let name = label(copy, choice);
        html.open("label", &[("class", "theme-choice__option"), ("title", name)]);
        let mut input = vec![("class", "theme-choice__input"), ("type", "radio"), ("name", INPUT_NAME), ("value", choice)];
        if choice == DEFAULT_CHOICE {
            input.push(("checked", ""));
        }
        html.open("input", &input)
            .raw(r#"<svg class="theme-choice__icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">"#)
            .raw(icon(choice))
            .raw("</svg>")
            .element("span", "visually-hidden", name)
            .close("label");
    }
    html.close("fieldset");
}

/// In the browser, after the app has rendered the header itself (a page whose
/// prerendered HTML was made for another route): checks the option that
/// `<html data-theme>` names, as the inline script did for the parsed page.
#[cfg(target_arch = "wasm32")]
pub fn check_current_choice() {
    let Some(document) = web_sys::window().and_then(|window| window.document()) else {
        return;
    };
    let theme = document.document_element().and_then(|html| html.get_attribute("data-theme"));
    let Some(theme) = theme.filter(|theme| CHOICES.contains(&theme.as_str())) else {
        return;
    };
    let selector = format!(r#"input[name="{INPUT_NAME}"][value="{theme}"]"#);
    if let Ok(Some(input)) = document.query_selector(&selector) {
        let _ = js_sys::Reflect::set(&input, &"checked".into(), &true.into());
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content;

    fn markup() -> String {
        let mut html = Html::new();
        write_theme_choice(&mut html, &content::site().nav.theme);
        html.into()
    }

    #[test]
    fn is_a_named_group_of_three_labelled_radios_with_the_system_checked() {
        let copy = &content::site().nav.theme;
        let html = markup();
        assert!(html.starts_with(&format!(r#"<fieldset class="theme-choice"><legend class="visually-hidden">{}</legend>"#, copy.label)));
        assert_eq!(html.matches(r#"type="radio" name="site-theme""#).count(), 3);
        for (choice, name) in [("light", &copy.light), ("dark", &copy.dark), ("system", &copy.system)] {
            assert!(html.contains(&format!(r#"value="{choice}""#)), "{choice}");
            assert!(html.contains(&format!(r#"<span class="visually-hidden">{name}</span></label>"#)), "{choice} is labelled");
        }
        assert_eq!(html.matches("checked").count(), 1);
        assert!(html.contains(r#"value="system" checked"#));
    }

    #[test]
    fn the_head_script_knows_the_input_name_and_the_choices() {
        let template = include_str!("../../../index.html");
        let at = template.find(INPUT_NAME).expect("the theme script in index.html");
        let start = template[..at].rfind("<script>").expect("inside an inline script");
        assert!(at < template.find("</head>").unwrap(), "in <head>, before the first paint");
        let script = &template[start..start + template[start..].find("</script>").unwrap()];
        assert!(script.contains(INPUT_NAME));
        for choice in CHOICES {
            assert!(script.contains(&format!("\"{choice}\"")), "{choice}");
        }
    }
}
