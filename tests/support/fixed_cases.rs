//! The property tests' configuration, shared by `tests/never_panics.rs` and
//! `crates/import/tests/arbitrary_bytes.rs`.

use proptest::prelude::ProptestConfig;

/// 256 cases from a fixed seed, so every run (and CI) tests the same inputs; set
/// `PROPTEST_CASES` / `PROPTEST_RNG_SEED` to explore further.
pub fn config() -> ProptestConfig {
    let mut config = ProptestConfig::default();
    if std::env::var_os("PROPTEST_CASES").is_none() {
        config.cases = 256;
    }
    if std::env::var_os("PROPTEST_RNG_SEED").is_none() {
        config.rng_seed = proptest::test_runner::RngSeed::Fixed(0x4652_4f4e_5445_5241);
    }
    config
}
