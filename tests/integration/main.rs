//! The integration tests: one binary, one module per concern.

mod bad_input;
mod catalogue;
mod cli;
mod properties;
mod seeds;
mod support;
mod text_cases;
