//! Random strings for property tests (test builds only): pieces of text drawn by a
//! xorshift generator, so a failing case is reproducible from its seed.

/// A string of up to `max_pieces - 1` pieces drawn from `pieces`, advancing `state`.
pub fn random_text(pieces: &[&str], state: &mut u64, max_pieces: u64) -> String {
    let mut s = String::new();
    for _ in 0..(*state % max_pieces) {
        *state ^= *state << 13;
        *state ^= *state >> 7;
        *state ^= *state << 17;
        s.push_str(pieces[(*state % pieces.len() as u64) as usize]);
    }
    s
}
