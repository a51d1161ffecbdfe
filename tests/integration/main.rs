//! The integration tests.
mod matcher;
