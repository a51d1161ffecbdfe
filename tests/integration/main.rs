//! The integration tests.

mod attribution_seeds;
mod shared;
