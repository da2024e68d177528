//! A JSON value as the response readers (`response_body`) see it. In the
//! browser it is parsed by the browser's own `JSON.parse`, natively by
//! serde_json: the booking page's bundle then carries no `serde_json::Value`
//! (its visitor and ordered map), only the struct readers it needs anyway.

/// A parsed JSON value. Numbers keep their text, so nothing here formats floats.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    /// A number as JSON writes it, e.g. `1234`.
    Number(String),
    String(String),
    Array(Vec<Json>),
    /// Members, in the order the parser gives them (the browser keeps the
    /// text's order; serde_json natively sorts them).
    Object(Vec<(String, Json)>),
}

impl Json {
    /// Parses JSON text; `None` if it is not JSON.
    pub fn parse(text: &str) -> Option<Json> {
        parse_text(text)
    }

    /// The member `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Json> {
        match self {
            Json::Object(members) => members.iter().find(|(name, _)| name == key).map(|(_, value)| value),
            _ => None,
        }
    }

    /// The text of a string.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Json::String(text) => Some(text),
            _ => None,
        }
    }

    /// Reads `T` from the member `key`; `None` if it is missing or of another type.
    pub fn field<T: FromJson>(&self, key: &str) -> Option<T> {
        T::from_json(self.get(key)?)
    }

    /// Reads `T` from the member `key`, or `T::default()` if it is missing;
    /// `None` only if it is there with another type (serde's `#[serde(default)]`).
    pub fn field_or_default<T: FromJson + Default>(&self, key: &str) -> Option<T> {
        match self.get(key) {
            Some(value) => T::from_json(value),
            None => Some(T::default()),
        }
    }
}

/// Reading a stored record back from JSON. The booking bundle reads its
/// localStorage records through this and the browser's `JSON.parse` instead of
/// serde_json's parser and `Deserialize`, which cost it 13.7 KB brotli
/// (README, "What the bundle costs"). Writing still goes through serde's `Serialize`;
/// the native tests check that what serde writes reads back the same.
pub trait FromJson: Sized {
    /// The value, or `None` if `json` has another shape.
    fn from_json(json: &Json) -> Option<Self>;
}

impl FromJson for String {
    fn from_json(json: &Json) -> Option<String> {
        json.as_str().map(str::to_owned)
    }
}

impl FromJson for i64 {
    fn from_json(json: &Json) -> Option<i64> {
        match json {
            Json::Number(text) => text.parse().ok(),
            _ => None,
        }
    }
}

impl<T: FromJson, const N: usize> FromJson for [T; N] {
    fn from_json(json: &Json) -> Option<[T; N]> {
        match json {
            Json::Array(items) if items.len() == N => {
                let items: Vec<T> = items.iter().map(T::from_json).collect::<Option<_>>()?;
                items.try_into().ok()
            }
            _ => None,
        }
    }
}

/// Reads a stored record, treating anything unreadable (not JSON, an old
/// format, a hand edit) as absent rather than failing.
pub fn read_record<T: FromJson>(text: Option<&str>) -> Option<T> {
    T::from_json(&Json::parse(text?)?)
}

#[cfg(not(target_arch = "wasm32"))]
fn parse_text(text: &str) -> Option<Json> {
    fn convert(value: serde_json::Value) -> Json {
        use serde_json::Value;
        match value {
            Value::Null => Json::Null,
            Value::Bool(b) => Json::Bool(b),
            Value::Number(n) => Json::Number(n.to_string()),
            Value::String(s) => Json::String(s),
            Value::Array(items) => Json::Array(items.into_iter().map(convert).collect()),
            Value::Object(members) => Json::Object(members.into_iter().map(|(k, v)| (k, convert(v))).collect()),
        }
    }
    serde_json::from_str(text).ok().map(convert)
}

#[cfg(target_arch = "wasm32")]
fn parse_text(text: &str) -> Option<Json> {
    use js_sys::{Array, JSON, Object};
    use wasm_bindgen::{JsCast, JsValue};

    fn convert(value: &JsValue) -> Json {
        if value.is_null() || value.is_undefined() {
            Json::Null
        } else if let Some(b) = value.as_bool() {
            Json::Bool(b)
        } else if let Some(text) = value.as_string() {
            Json::String(text)
        } else if value.as_f64().is_some() {
            Json::Number(JSON::stringify(value).ok().and_then(|t| t.as_string()).unwrap_or_default())
        } else if Array::is_array(value) {
            Json::Array(value.unchecked_ref::<Array>().iter().map(|item| convert(&item)).collect())
        } else {
            let entries = Object::entries(value.unchecked_ref::<Object>());
            Json::Object(
                entries
                    .iter()
                    .filter_map(|entry| {
                        let pair = entry.unchecked_into::<Array>();
                        Some((pair.get(0).as_string()?, convert(&pair.get(1))))
                    })
                    .collect(),
            )
        }
    }
    JSON::parse(text).ok().map(|value| convert(&value))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_every_kind_of_value_keeping_the_number_text() {
        let json = Json::parse(r#"{"b":[1,2.5,"x",null,true],"a":{"n":-3}}"#).expect("JSON");
        let Json::Object(members) = &json else { panic!("an object") };
        let mut names: Vec<&str> = members.iter().map(|(k, _)| k.as_str()).collect();
        names.sort();
        assert_eq!(names, ["a", "b"]);
        assert_eq!(
            json.get("b"),
            Some(&Json::Array(vec![
                Json::Number("1".into()),
                Json::Number("2.5".into()),
                Json::String("x".into()),
                Json::Null,
                Json::Bool(true)
            ]))
        );
        assert_eq!(json.get("a").and_then(|a| a.get("n")), Some(&Json::Number("-3".into())));
        assert_eq!(json.get("missing"), None);
        assert_eq!(Json::String("hi".into()).as_str(), Some("hi"));
    }

    #[test]
    fn fields_read_by_type_and_a_wrong_type_reads_as_absent() {
        let json = Json::parse(r#"{"n":12,"s":"x","pair":["a","b"],"bad":1.5}"#).unwrap();
        assert_eq!(json.field::<i64>("n"), Some(12));
        assert_eq!(json.field::<String>("s"), Some("x".into()));
        assert_eq!(json.field::<[String; 2]>("pair"), Some(["a".into(), "b".into()]));
        assert_eq!(json.field::<[String; 3]>("pair"), None, "another length");
        assert_eq!(json.field::<i64>("bad"), None, "not a whole number");
        assert_eq!(json.field::<String>("n"), None, "a number is not text");
        assert_eq!(json.field::<String>("missing"), None);
        assert_eq!(json.field_or_default::<String>("missing"), Some(String::new()));
        assert_eq!(json.field_or_default::<String>("n"), None, "present with another type");
        assert_eq!(read_record::<i64>(Some("7")), Some(7));
        assert_eq!(read_record::<i64>(Some("not json")), None);
        assert_eq!(read_record::<i64>(None), None);
    }

    #[test]
    fn text_that_is_not_json_gives_nothing() {
        for text in ["", "{", "<html>", "nope"] {
            assert_eq!(Json::parse(text), None, "{text}");
        }
    }
}
