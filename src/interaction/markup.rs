//! A small HTML writer for static markup that the app hydrates as one
//! `inner_html` block rather than element by element: Leptos' per-element
//! hydration code costs roughly a kilobyte of wasm (brotli) per element kind
//! in a view, this costs a few bytes per call. Used where the markup never
//! changes and behaviour is applied by effects (the architecture explorer).

/// HTML being written; every text and attribute value is escaped.
#[derive(Debug, Default)]
pub struct Markup(String);

impl Markup {
    pub fn new() -> Markup {
        Markup(String::with_capacity(4096))
    }

    /// `<tag name="value"…>`; a `None` value leaves the attribute out, an
    /// empty value writes a bare attribute (`hidden`).
    pub fn open(&mut self, tag: &str, attributes: &[(&str, Option<&str>)]) -> &mut Markup {
        self.0.push('<');
        self.0.push_str(tag);
        for (name, value) in attributes {
            let Some(value) = value else { continue };
            self.0.push(' ');
            self.0.push_str(name);
            if !value.is_empty() {
                self.0.push_str("=\"");
                escape_into(&mut self.0, value);
                self.0.push('"');
            }
        }
        self.0.push('>');
        self
    }

    pub fn text(&mut self, text: &str) -> &mut Markup {
        escape_into(&mut self.0, text);
        self
    }

    pub fn close(&mut self, tag: &str) -> &mut Markup {
        self.0.push_str("</");
        self.0.push_str(tag);
        self.0.push('>');
        self
    }

    /// `<tag …>text</tag>`.
    pub fn element(&mut self, tag: &str, attributes: &[(&str, Option<&str>)], text: &str) -> &mut Markup {
        self.open(tag, attributes).text(text).close(tag)
    }

    pub fn finish(self) -> String {
        self.0
    }
}

fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_elements_with_escaped_text_and_attributes() {
        let mut m = Markup::new();
        m.open("li", &[("class", Some("block")), ("id", Some("b-1")), ("hidden", Some("")), ("title", None)])
            .element("a", &[("href", Some("/?a=1&b=\"2\""))], "Auth & <Session> 'x'")
            .close("li");
        assert_eq!(
            m.finish(),
            "<li class=\"block\" id=\"b-1\" hidden><a href=\"/?a=1&amp;b=&quot;2&quot;\">Auth &amp; &lt;Session&gt; &#39;x&#39;</a></li>"
        );
    }
}
