//! Reads what booking endpoints commonly send back: the reference in a
//! success body, and error bodies, so the visitor sees the endpoint's own
//! words, next to the right field when it names one.

use super::json::Json;

use super::form::Field;

/// Longest message taken from a body; longer ones are cut with an ellipsis.
const MESSAGE_MAX: usize = 300;

/// What an error body says.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ErrorBody {
    /// Messages about the whole request.
    pub messages: Vec<String>,
    /// Messages about one field of the form.
    pub fields: Vec<(Field, String)>,
}

impl ErrorBody {
    pub fn is_empty(&self) -> bool {
        self.messages.is_empty() && self.fields.is_empty()
    }
}

/// The booking reference in a success body: `reference`, `id` or
/// `bookingId`, at the top level or inside `booking`/`data`; a string or a number.
pub fn success_reference(text: &str) -> Option<String> {
    let root = Json::parse(text)?;
    let pick = |v: &Json| {
        ["reference", "id", "bookingId"].iter().find_map(|k| match v.get(k)? {
            Json::String(s) if !s.trim().is_empty() => Some(s.trim().chars().take(100).collect()),
            Json::Number(n) => Some(n.clone()),
            _ => None,
        })
    };
    pick(&root).or_else(|| ["booking", "data"].iter().find_map(|k| root.get(k).and_then(pick)))
}

/// Parses `{"errors":[{"field","message"}]}` (also `path`/`param`/`name` and
/// `msg`/`detail`), `{"errors":{"field":["message"]}}`, `{"error":"…"}`,
/// `{"error":{"message":"…"}}`, `{"message":"…"}`, `{"body":{"message":"…"}}` and problem+json
/// (`title`/`detail`). Anything else, including non-JSON, gives an empty
/// body. Errors for fields the form does not have become general messages.
pub fn parse_error_body(text: &str) -> ErrorBody {
    let mut body = ErrorBody::default();
    let Some(root @ Json::Object(_)) = Json::parse(text) else { return body };
    match root.get("errors") {
        Some(Json::Array(items)) => {
            for item in items {
                match item {
                    Json::String(message) => push_message(&mut body, None, message),
                    entry @ Json::Object(_) => {
                        let field = ["field", "path", "param", "name", "pointer"]
                            .iter()
                            .find_map(|k| entry.get(k).and_then(field_name));
                        let message = ["message", "msg", "detail", "error"].iter().find_map(|k| entry.get(k).and_then(Json::as_str));
                        if let Some(message) = message {
                            push_message(&mut body, field.as_deref(), message);
                        }
                    }
                    _ => {}
                }
            }
        }
        Some(Json::Object(by_field)) => {
            for (name, value) in by_field {
                let messages: Vec<&str> = match value {
                    Json::String(message) => vec![message.as_str()],
                    Json::Array(list) => list.iter().filter_map(Json::as_str).collect(),
                    _ => vec![],
                };
                for message in messages {
                    push_message(&mut body, Some(name), message);
                }
            }
        }
        _ => {}
    }
    if body.is_empty() {
        let general = match root.get("error") {
            Some(Json::String(message)) => Some(message.as_str()),
            Some(inner @ Json::Object(_)) => inner.get("message").and_then(Json::as_str),
            _ => None,
        }
        .or_else(|| root.get("message").and_then(Json::as_str))
        // Web3Forms nests its message: `{"success":false,"body":{"message":"…"}}`.
        .or_else(|| root.get("body").and_then(|b| b.get("message")).and_then(Json::as_str))
        .or_else(|| root.get("detail").and_then(Json::as_str))
        .or_else(|| root.get("title").and_then(Json::as_str));
        if let Some(message) = general {
            push_message(&mut body, None, message);
        }
    }
    body
}

/// A field name, from a string or a path array like `["windows", 0, "date"]`.
fn field_name(value: &Json) -> Option<String> {
    match value {
        Json::String(name) => Some(name.clone()),
        Json::Array(parts) => {
            let names: Vec<String> = parts
                .iter()
                .map(|p| match p {
                    Json::String(s) => Some(s.clone()),
                    Json::Number(n) => Some(n.to_string()),
                    _ => None,
                })
                .collect::<Option<_>>()?;
            Some(names.join("."))
        }
        _ => None,
    }
}

fn push_message(body: &mut ErrorBody, field: Option<&str>, message: &str) {
    let message = message.trim();
    if message.is_empty() {
        return;
    }
    let message = if message.chars().count() > MESSAGE_MAX {
        let mut cut: String = message.chars().take(MESSAGE_MAX - 1).collect();
        cut.push('…');
        cut
    } else {
        message.to_string()
    };
    match field.and_then(Field::from_key) {
        Some(field) => body.fields.push((field, message)),
        None => match field.filter(|f| !f.trim().is_empty()) {
            Some(name) => body.messages.push(format!("{name}: {message}")),
            None => body.messages.push(message),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn field_error_lists_map_to_fields() {
        let body = parse_error_body(
            r#"{"errors":[{"field":"email","message":"This domain does not accept mail"},{"path":["windows",1,"date"],"msg":"Fully booked"},{"param":"message","message":"Too short"}]}"#,
        );
        assert_eq!(
            body.fields,
            vec![
                (Field::Email, "This domain does not accept mail".into()),
                (Field::WindowDate(1), "Fully booked".into()),
                (Field::Message, "Too short".into()),
            ]
        );
        assert!(body.messages.is_empty());
    }

    #[test]
    fn errors_by_field_name_map_to_fields() {
        let body = parse_error_body(r#"{"errors":{"name":["is too short","is reserved"],"company":"unknown"}}"#);
        assert_eq!(body.fields.len(), 3);
        assert!(body.fields.contains(&(Field::Company, "unknown".into())));
        assert!(body.fields.contains(&(Field::Name, "is reserved".into())));
    }

    #[test]
    fn unknown_fields_become_general_messages() {
        let body = parse_error_body(r#"{"errors":[{"field":"phone","message":"required"},{"message":"Slow down"}, "plain"]}"#);
        assert_eq!(body.messages, vec!["phone: required", "Slow down", "plain"]);
        assert!(body.fields.is_empty());
    }

    #[test]
    fn single_message_shapes() {
        for (text, expected) in [
            (r#"{"error":"Form is closed"}"#, "Form is closed"),
            (r#"{"error":{"code":"closed","message":"Form is closed"}}"#, "Form is closed"),
            (r#"{"message":"Form is closed"}"#, "Form is closed"),
            (r#"{"type":"about:blank","title":"Forbidden","detail":"Form is closed"}"#, "Form is closed"),
            (r#"{"title":"Forbidden"}"#, "Forbidden"),
        ] {
            assert_eq!(parse_error_body(text).messages, vec![expected.to_string()], "{text}");
        }
    }

    #[test]
    fn anything_else_is_empty() {
        for text in ["", "<html>Bad Gateway</html>", "[]", r#""error""#, r#"{"errors":42}"#, r#"{"message":"   "}"#, "{"] {
            assert!(parse_error_body(text).is_empty(), "{text}");
        }
    }

    #[test]
    fn long_messages_are_cut() {
        let long = "x".repeat(5000);
        let body = parse_error_body(&format!(r#"{{"message":"{long}"}}"#));
        assert_eq!(body.messages[0].chars().count(), MESSAGE_MAX);
        assert!(body.messages[0].ends_with('…'));
    }

    #[test]
    fn success_bodies_give_their_reference() {
        assert_eq!(success_reference(r#"{"reference":"BK-42"}"#).as_deref(), Some("BK-42"));
        assert_eq!(success_reference(r#"{"id":1234}"#).as_deref(), Some("1234"));
        assert_eq!(success_reference(r#"{"data":{"bookingId":"x7"}}"#).as_deref(), Some("x7"));
        for none in ["", "ok", "{}", r#"{"reference":""}"#, r#"{"id":null}"#] {
            assert_eq!(success_reference(none), None, "{none}");
        }
    }

    #[test]
    fn markup_in_messages_is_kept_as_text() {
        let body = parse_error_body(r#"{"message":"<b>no</b>"}"#);
        assert_eq!(body.messages, vec!["<b>no</b>"]);
    }
}
