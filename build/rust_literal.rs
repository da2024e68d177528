//! A serde `Serializer` that writes a value of the content model as a Rust
//! expression which constructs it: structs as struct literals, `String`s as
//! `s("…")`, `Vec`s as `vec![…]`, options as `Some(…)` / `None`.
//!
//! The build script uses it to compile the content into the app as plain
//! Rust, so the wasm carries no JSON parser or deserializers for it.

use std::fmt::{self, Write};

use serde::ser::{self, Impossible, Serialize};

#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        Error(msg.to_string())
    }
}

/// The Rust expression that constructs `value`.
pub fn to_rust<T: Serialize>(value: &T) -> Result<String, Error> {
    let mut out = RustLiteral { out: String::new() };
    value.serialize(&mut out)?;
    Ok(out.out)
}

pub struct RustLiteral {
    out: String,
}

fn unsupported<T>(what: &str) -> Result<T, Error> {
    Err(Error(format!("the content model has no {what}; teach build/rust_literal.rs to write it")))
}

impl ser::Serializer for &mut RustLiteral {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Self;
    type SerializeTuple = Impossible<(), Error>;
    type SerializeTupleStruct = Impossible<(), Error>;
    type SerializeTupleVariant = Impossible<(), Error>;
    type SerializeMap = Impossible<(), Error>;
    type SerializeStruct = Self;
    type SerializeStructVariant = Impossible<(), Error>;

    fn serialize_str(self, v: &str) -> Result<(), Error> {
        // Debug formatting of a str is a valid Rust string literal.
        write!(self.out, "s({v:?})").map_err(ser::Error::custom)
    }
    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        write!(self.out, "{v}").map_err(ser::Error::custom)
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.out.push_str("None");
        Ok(())
    }
    fn serialize_some<T: ?Sized + Serialize>(self, value: &T) -> Result<(), Error> {
        self.out.push_str("Some(");
        value.serialize(&mut *self)?;
        self.out.push(')');
        Ok(())
    }
    fn serialize_seq(self, _len: Option<usize>) -> Result<Self, Error> {
        self.out.push_str("vec![");
        Ok(self)
    }
    fn serialize_struct(self, name: &'static str, _len: usize) -> Result<Self, Error> {
        write!(self.out, "{name} {{").map_err(ser::Error::custom)?;
        Ok(self)
    }
    fn serialize_unit_variant(self, name: &'static str, _index: u32, variant: &'static str) -> Result<(), Error> {
        write!(self.out, "{name}::{variant}").map_err(ser::Error::custom)
    }

    fn serialize_i8(self, _: i8) -> Result<(), Error> { unsupported("integers") }
    fn serialize_i16(self, _: i16) -> Result<(), Error> { unsupported("integers") }
    fn serialize_i32(self, _: i32) -> Result<(), Error> { unsupported("integers") }
    fn serialize_i64(self, _: i64) -> Result<(), Error> { unsupported("integers") }
    fn serialize_u8(self, _: u8) -> Result<(), Error> { unsupported("integers") }
    fn serialize_u16(self, _: u16) -> Result<(), Error> { unsupported("integers") }
    fn serialize_u32(self, _: u32) -> Result<(), Error> { unsupported("integers") }
    fn serialize_u64(self, _: u64) -> Result<(), Error> { unsupported("integers") }
    fn serialize_f32(self, _: f32) -> Result<(), Error> { unsupported("floats") }
    fn serialize_f64(self, _: f64) -> Result<(), Error> { unsupported("floats") }
    fn serialize_char(self, _: char) -> Result<(), Error> { unsupported("chars") }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Error> { unsupported("bytes") }
    fn serialize_unit(self) -> Result<(), Error> { unsupported("units") }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> { unsupported("unit structs") }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(self, _: &'static str, _: &T) -> Result<(), Error> {
        unsupported("newtype structs")
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(self, _: &'static str, _: u32, _: &'static str, _: &T) -> Result<(), Error> {
        unsupported("newtype variants")
    }
    fn serialize_tuple(self, _: usize) -> Result<Self::SerializeTuple, Error> { unsupported("tuples") }
    fn serialize_tuple_struct(self, _: &'static str, _: usize) -> Result<Self::SerializeTupleStruct, Error> {
        unsupported("tuple structs")
    }
    fn serialize_tuple_variant(self, _: &'static str, _: u32, _: &'static str, _: usize) -> Result<Self::SerializeTupleVariant, Error> {
        unsupported("tuple variants")
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self::SerializeMap, Error> { unsupported("maps") }
    fn serialize_struct_variant(self, _: &'static str, _: u32, _: &'static str, _: usize) -> Result<Self::SerializeStructVariant, Error> {
        unsupported("struct variants")
    }
}

impl ser::SerializeSeq for &mut RustLiteral {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, value: &T) -> Result<(), Error> {
        value.serialize(&mut **self)?;
        self.out.push(',');
        Ok(())
    }
    fn end(self) -> Result<(), Error> {
        self.out.push(']');
        Ok(())
    }
}

impl ser::SerializeStruct for &mut RustLiteral {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(&mut self, key: &'static str, value: &T) -> Result<(), Error> {
        // serde names a field as it appears in JSON; `$schema` is the field `schema`.
        write!(self.out, "{}:", key.trim_start_matches('$')).map_err(ser::Error::custom)?;
        value.serialize(&mut **self)?;
        self.out.push(',');
        Ok(())
    }
    fn end(self) -> Result<(), Error> {
        self.out.push('}');
        Ok(())
    }
}
