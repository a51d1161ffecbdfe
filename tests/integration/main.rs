//! The integration tests.
mod figures_public;
