//! The integration tests: one binary, one module per concern.

mod attribution_polnear;
mod attribution_seeds;
mod bad_input;
mod catalogue;
mod cli;
mod contract;
mod figures_public;
mod matcher;
mod properties;
mod reconcile_properties;
mod seeds;
mod shared;
mod support;
mod text_cases;
