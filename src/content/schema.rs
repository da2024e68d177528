//! Writes the JSON Schema of each content file, from the Rust types, to
//! `content/schema/`. Editors that read the `$schema` line of a content file
//! then validate and complete it while the owner types.
//!
//! `cargo test` fails when a committed schema is stale; regenerate with
//! `UPDATE_CONTENT_SCHEMA=1 cargo test --lib content::schema`.

use schemars::JsonSchema;
use serde_json::Value;

use super::{Architecture, CaseStudies, Questions, Site};

/// The schema of `T` as pretty JSON, with every string required to be
/// non-blank (as the content checks require).
fn schema_of<T: JsonSchema>() -> String {
    let mut schema = serde_json::to_value(schemars::schema_for!(T)).expect("schema serialises");
    require_text(&mut schema);
    serde_json::to_string_pretty(&schema).expect("schema prints") + "\n"
}

fn require_text(schema: &mut Value) {
    match schema {
        Value::Object(fields) => {
            let is_string = match fields.get("type") {
                Some(Value::String(kind)) => kind == "string",
                Some(Value::Array(kinds)) => kinds.iter().any(|k| k == "string"),
                _ => false,
            };
            if is_string {
                fields.insert("minLength".into(), Value::from(1));
            }
            fields.values_mut().for_each(require_text);
        }
        Value::Array(items) => items.iter_mut().for_each(require_text),
        _ => {}
    }
}

#[test]
fn committed_schemas_match_the_rust_types() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("content/schema");
    let update = std::env::var_os("UPDATE_CONTENT_SCHEMA").is_some();
    let schemas = [
        ("site.schema.json", schema_of::<Site>()),
        ("case-studies.schema.json", schema_of::<CaseStudies>()),
        ("architecture.schema.json", schema_of::<Architecture>()),
        ("questions.schema.json", schema_of::<Questions>()),
    ];
    let mut stale = Vec::new();
    for (file, schema) in schemas {
        let path = dir.join(file);
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &schema).unwrap();
        } else if std::fs::read_to_string(&path).ok().as_deref() != Some(schema.as_str()) {
            stale.push(file);
        }
    }
    assert!(
        stale.is_empty(),
        "content/schema/{stale:?} do not match the Rust types; run `UPDATE_CONTENT_SCHEMA=1 cargo test --lib content::schema` and commit"
    );
}

#[test]
fn schemas_reject_unknown_fields_and_blank_text() {
    let schema: Value = serde_json::from_str(&schema_of::<Questions>()).unwrap();
    let question = &schema["definitions"]["Question"];
    assert_eq!(question["additionalProperties"], Value::Bool(false));
    assert_eq!(question["properties"]["slug"]["minLength"], Value::from(1));
    assert!(question["required"].as_array().unwrap().iter().any(|f| f == "answer"));
}
