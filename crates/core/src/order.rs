//! Stable sorting compiled once. `slice::sort_by` is compiled anew for every element type and
//! comparison closure, about 6 KB of wasm each: forty of them were 14 % of the app's wasm.
//! Here one merge sort runs over indices, with the comparison reached through `dyn`, and the
//! slice is then permuted in place; per call site only a small closure and the permutation
//! remain. Same order as `slice::sort_by` (stable), a little slower (an indirect call per
//! comparison): hot loops sort by keys computed once (see `Corpus::facet_counts`).

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

/// Up to this length a slice is sorted in place by insertion.
const SMALL: usize = 12;

/// Stable sort by a comparison, like `slice::sort_by`.
pub fn sort_by<T>(v: &mut [T], mut compare: impl FnMut(&T, &T) -> Ordering) {
    if v.len() <= SMALL {
        // Insertion sort: no allocation for the many short lists (a sentence's mentions).
        for i in 1..v.len() {
            let mut j = i;
            while j > 0 && compare(&v[j - 1], &v[j]) == Ordering::Greater {
                v.swap(j - 1, j);
                j -= 1;
            }
        }
        return;
    }
    let order = indices(v.len(), &mut |a, b| compare(&v[a], &v[b]));
    permute(v, order);
}

/// Stable sort by a key, like `slice::sort_by_key`.
pub fn sort_by_key<T, K: Ord>(v: &mut [T], mut key: impl FnMut(&T) -> K) {
    sort_by(v, |a, b| key(a).cmp(&key(b)));
}

/// Stable sort by `Ord`, like `slice::sort` (also for `sort_unstable` call sites: elements
/// that compare equal under a derived `Ord` are identical, so the result is the same).
pub fn sort<T: Ord>(v: &mut [T]) {
    sort_by(v, T::cmp);
}

/// A `BTreeSet` of the items, like `collect()`, which sorts them with one more instantiation
/// of std's sort per element type. Sorted and deduplicated here first, so that many repeats
/// (a search's matching sentences, one article each) cost a comparison, not a tree descent.
pub fn set<T: Ord>(items: impl IntoIterator<Item = T>) -> BTreeSet<T> {
    let mut items: Vec<T> = items.into_iter().collect();
    sort(&mut items);
    items.dedup();
    let mut set = BTreeSet::new();
    set.extend(items);
    set
}

/// A `BTreeMap` of the pairs, like `collect()` (a repeated key keeps its last value).
pub fn map<K: Ord, V>(pairs: impl IntoIterator<Item = (K, V)>) -> BTreeMap<K, V> {
    let mut map = BTreeMap::new();
    map.extend(pairs);
    map
}

/// The indices `0..n` in stable sorted order by `compare` on indices. For callers that sort
/// indices anyway (no permutation follows). A bottom-up merge sort (std's sort would be
/// another 6 KB of wasm): runs of 8 by insertion, then merges of doubling width, each
/// skipped when its halves are already in order, so sorted input costs one pass.
#[inline(never)]
pub fn indices(n: usize, compare: &mut dyn FnMut(usize, usize) -> Ordering) -> Vec<usize> {
    const RUN: usize = 8;
    let mut order: Vec<usize> = (0..n).collect();
    for run in order.chunks_mut(RUN) {
        for i in 1..run.len() {
            let mut j = i;
            while j > 0 && compare(run[j - 1], run[j]) == Ordering::Greater {
                run.swap(j - 1, j);
                j -= 1;
            }
        }
    }
    let mut buffer: Vec<usize> = Vec::with_capacity(n);
    let mut width = RUN;
    while width < n {
        let mut start = 0;
        while start + width < n {
            let (mid, end) = (start + width, (start + 2 * width).min(n));
            // Stable: on ties the left half's element comes first.
            if compare(order[mid - 1], order[mid]) == Ordering::Greater {
                buffer.clear();
                let (mut i, mut j) = (start, mid);
                while i < mid && j < end {
                    if compare(order[j], order[i]) == Ordering::Less {
                        buffer.push(order[j]);
                        j += 1;
                    } else {
                        buffer.push(order[i]);
                        i += 1;
                    }
                }
                buffer.extend_from_slice(&order[i..mid]);
                buffer.extend_from_slice(&order[j..end]);
                order[start..end].copy_from_slice(&buffer);
            }
            start = end;
        }
        width *= 2;
    }
    order
}

/// Rearrange `v` so that `v[i]` becomes the old `v[order[i]]`, following each cycle of the
/// permutation with swaps; a visited slot is marked `usize::MAX`.
fn permute<T>(v: &mut [T], mut order: Vec<usize>) {
    for start in 0..order.len() {
        let mut at = start;
        loop {
            let from = std::mem::replace(&mut order[at], usize::MAX);
            if from == usize::MAX || from == start {
                break;
            }
            v.swap(at, from);
            at = from;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorts_like_std_and_keeps_equal_elements_in_order() {
        // Pairs sorted by the first element only: the second tells whether order is kept.
        let mut state = 12345u32;
        for len in [0, 1, 2, 3, 7, 8, 9, 12, 13, 16, 17, 20, 33, 100, 257, 1000] {
            let v: Vec<(u32, usize)> = (0..len)
                .map(|i| {
                    state = state.wrapping_mul(1_103_515_245).wrapping_add(12_345);
                    ((state >> 16) % 9, i)
                })
                .collect();
            let mut ours = v.clone();
            let mut theirs = v.clone();
            sort_by_key(&mut ours, |p| p.0);
            theirs.sort_by_key(|p| p.0);
            assert_eq!(ours, theirs, "length {len}");
            let mut ours = v.clone();
            let mut theirs = v;
            sort_by(&mut ours, |a, b| b.cmp(a));
            theirs.sort_by(|a, b| b.cmp(a));
            assert_eq!(ours, theirs, "length {len}, reversed");
        }
    }

    #[test]
    fn sorts_owned_values() {
        let mut words: Vec<String> = ["pear", "apple", "fig", "apple"].map(String::from).to_vec();
        sort(&mut words);
        assert_eq!(words, ["apple", "apple", "fig", "pear"]);
        let set = set(words.iter().map(String::as_str));
        assert_eq!(
            set.into_iter().collect::<Vec<_>>(),
            ["apple", "fig", "pear"]
        );
        let map = map([(2, 'a'), (1, 'b'), (2, 'c')]);
        assert_eq!(map.into_iter().collect::<Vec<_>>(), [(1, 'b'), (2, 'c')]);
    }
}
