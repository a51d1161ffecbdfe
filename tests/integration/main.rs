//! The integration tests.

mod attribution_polnear;
mod attribution_seeds;
mod shared;
