//! A small writer for static HTML built from the content.
//!
//! Sections that never change after render (the pattern, the process steps,
//! the case study cards, the detail pages, header and footer) are written as
//! markup and set with `inner_html`. Every `view!` tree is its own set of
//! monomorphised render functions in the wasm; a string writer is one. This
//! keeps the first load inside its size budget. Parts that get behaviour
//! (stat figures, gateway panel, explorer, accordion) stay `view!` components.

use std::fmt::Write;

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    push_escaped(&mut out, text);
    out
}

fn push_escaped(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
}

/// HTML being written; `String::from(html)` takes the result.
#[derive(Debug, Default)]
pub struct Html {
    out: String,
}

impl Html {
    pub fn new() -> Html {
        Html { out: String::with_capacity(2048) }
    }

    /// Opens `<tag attr="value" …>`; attribute values are escaped.
    pub fn open(&mut self, tag: &str, attrs: &[(&str, &str)]) -> &mut Self {
        self.out.push('<');
        self.out.push_str(tag);
        for (name, value) in attrs {
            let _ = write!(self.out, " {name}=\"");
            push_escaped(&mut self.out, value);
            self.out.push('"');
        }
        self.out.push('>');
        self
    }

    /// Opens `<tag class="class">`, or `<tag>` for an empty class.
    pub fn open_class(&mut self, tag: &str, class: &str) -> &mut Self {
        if class.is_empty() { self.open(tag, &[]) } else { self.open(tag, &[("class", class)]) }
    }

    /// Closes `</tag>`.
    pub fn close(&mut self, tag: &str) -> &mut Self {
        let _ = write!(self.out, "</{tag}>");
        self
    }

    /// Escaped text.
    pub fn text(&mut self, text: &str) -> &mut Self {
        push_escaped(&mut self.out, text);
        self
    }

    /// `<tag class="class">text</tag>`.
    pub fn element(&mut self, tag: &str, class: &str, text: &str) -> &mut Self {
        self.open_class(tag, class).text(text).close(tag)
    }

    /// `<a href="href" class="class">text</a>` (no class attribute if empty);
    /// `href` is a site path from the root, put under the site's base path.
    /// A link to a page with its own bundle gets `rel="external"`, so the
    /// router lets the browser load that page.
    pub fn link(&mut self, href: &str, class: &str, text: &str) -> &mut Self {
        let own_bundle = crate::paths::loads_own_bundle(href);
        let href = crate::paths::href(href);
        let mut attributes = vec![("href", href.as_str())];
        if !class.is_empty() {
            attributes.push(("class", class));
        }
        if own_bundle {
            attributes.push(("rel", "external"));
        }
        self.open("a", &attributes);
        self.text(text).close("a")
    }

    /// Markup that is already HTML (e.g. an SVG from `crate::pictures`).
    pub fn raw(&mut self, markup: &str) -> &mut Self {
        self.out.push_str(markup);
        self
    }

    /// One `<p>` per text.
    pub fn paragraphs(&mut self, texts: &[String]) -> &mut Self {
        for text in texts {
            self.element("p", "", text);
        }
        self
    }
}

impl From<Html> for String {
    fn from(html: Html) -> String {
        html.out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text_and_attributes() {
        let mut html = Html::new();
        html.open("a", &[("href", "/?a=1&b=\"2\"")]).text("Auth & <Session>").close("a");
        assert_eq!(String::from(html), r#"<a href="/?a=1&amp;b=&quot;2&quot;">Auth &amp; &lt;Session&gt;</a>"#);
        assert_eq!(escape("it's"), "it&#39;s");
    }

    #[test]
    fn writes_elements_links_and_paragraphs() {
        let mut html = Html::new();
        html.element("h2", "title", "Hi")
            .link("/book", "button", "Book")
            .paragraphs(&["one".to_string(), "two".to_string()])
            .raw("<svg></svg>");
        assert_eq!(
            String::from(html),
            r#"<h2 class="title">Hi</h2><a href="/book" class="button" rel="external">Book</a><p>one</p><p>two</p><svg></svg>"#
        );
    }
}
