//! Compiles `content/*.json` into the app as Rust code (see
//! `build/rust_literal.rs`): the wasm then holds the copy as plain data and
//! no JSON parser or deserializers, which keeps the first load small.
//!
//! The build fails on a file that does not parse into its type; `cargo test`
//! runs the full content checks (`src/content/check.rs`).

#[path = "src/content/model.rs"]
#[allow(dead_code)]
mod model;
#[path = "src/content/booking.rs"]
#[allow(dead_code)]
mod booking;
#[path = "build/rust_literal.rs"]
mod rust_literal;

use std::path::Path;

use serde::de::DeserializeOwned;

fn load<T: DeserializeOwned>(file: &str) -> T {
    let path = Path::new("content").join(file);
    println!("cargo:rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("content/{file}: {err}"));
    let deserializer = &mut serde_json::Deserializer::from_str(&text);
    serde_path_to_error::deserialize(deserializer).unwrap_or_else(|err| {
        panic!("content/{file}: {}: {} (run `cargo test --test content` for every problem)", err.path(), err.inner())
    })
}

fn function<T: serde::Serialize>(name: &str, ty: &str, value: &T) -> String {
    let body = rust_literal::to_rust(value).unwrap_or_else(|err| panic!("writing {ty} as Rust: {err}"));
    format!("/// Built from the content file at compile time.\npub(super) fn {name}() -> {ty} {{ {body} }}\n")
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    println!("cargo:rerun-if-changed=build/rust_literal.rs");
    println!("cargo:rerun-if-changed=src/content/model.rs");
    println!("cargo:rerun-if-changed=src/content/booking.rs");
    // The booking endpoint is read at compile time (`src/booking/endpoint.rs`).
    println!("cargo:rerun-if-env-changed=BOOKING_ENDPOINT");

    // The `$schema` line is for editors only; leave it out of the app.
    let mut site: model::Site = load("site.json");
    site.schema = None;
    let mut case_studies: model::CaseStudies = load("case-studies.json");
    case_studies.schema = None;
    let mut architecture: model::Architecture = load("architecture.json");
    architecture.schema = None;
    let mut questions: model::Questions = load("questions.json");
    questions.schema = None;
    let booking: booking::BookingCopy = load("booking.json");
    // The booking form's mail fallback writes to the address in seo.json,
    // the one place it is kept (`src/booking/endpoint.rs`).
    let seo: serde_json::Value = load("seo.json");
    let contact = seo["contact_email"].as_str().unwrap_or_else(|| panic!("content/seo.json: contact_email is missing"));
    println!("cargo:rustc-env=CONTACT_EMAIL={contact}");

    let code = [
        function("site", "Site", &site),
        function("case_studies", "CaseStudies", &case_studies),
        function("architecture", "Architecture", &architecture),
        function("questions", "Questions", &questions),
        function("booking", "BookingCopy", &booking),
    ]
    .concat();
    let out = Path::new(&std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR")).join("content_data.rs");
    std::fs::write(&out, code).unwrap_or_else(|err| panic!("writing {}: {err}", out.display()));
}
