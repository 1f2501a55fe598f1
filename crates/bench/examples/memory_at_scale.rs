//! Where the memory of a corpus goes: live heap bytes (a counting allocator) after each
//! step of building the app's state for N generated articles, natively (64-bit: pointers and
//! `usize` are twice their wasm32 size, so wasm figures are lower by up to a third).
//!
//! `cargo run --release -p frontera-bench --example memory_at_scale -- [ARTICLES]`

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering::Relaxed};

struct Counting;
static LIVE: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, l: Layout) -> *mut u8 {
        LIVE.fetch_add(l.size(), Relaxed);
        unsafe { System.alloc(l) }
    }
    unsafe fn dealloc(&self, p: *mut u8, l: Layout) {
        LIVE.fetch_sub(l.size(), Relaxed);
        unsafe { System.dealloc(p, l) }
    }
    unsafe fn realloc(&self, p: *mut u8, l: Layout, new: usize) -> *mut u8 {
        LIVE.fetch_add(new, Relaxed);
        LIVE.fetch_sub(l.size(), Relaxed);
        unsafe { System.realloc(p, l, new) }
    }
}

#[global_allocator]
static A: Counting = Counting;

fn mb(b: usize) -> String {
    format!("{:7.1} MB", b as f64 / 1e6)
}

fn main() {
    let n = std::env::args()
        .nth(1)
        .and_then(|a| a.parse().ok())
        .unwrap_or(10_000);
    let base = LIVE.load(Relaxed);
    let docs = frontera_bench::generate(n, frontera_bench::DEFAULT_SEED);
    let text: usize = docs.iter().map(|d| d.text.len()).sum();
    let after_docs = LIVE.load(Relaxed);
    println!("{n} articles, {} of text", mb(text));
    println!("documents           {}", mb(after_docs - base));
    let xs: Vec<_> = docs.iter().map(frontera_core::extract).collect();
    let after_x = LIVE.load(Relaxed);
    println!("extractions         {}", mb(after_x - after_docs));
    // Each part of the extractions, by dropping it.
    let mut parts = xs.clone();
    let before = LIVE.load(Relaxed);
    let mut step = |name: &str, f: &mut dyn FnMut(&mut frontera_core::Extraction)| {
        let b = LIVE.load(Relaxed);
        parts.iter_mut().for_each(&mut *f);
        println!("  {name:18}{}", mb(b - LIVE.load(Relaxed)));
    };
    step("entity mentions", &mut |x| {
        x.entities.iter_mut().for_each(|e| e.mentions = Vec::new())
    });
    step("entity aliases", &mut |x| {
        x.entities.iter_mut().for_each(|e| e.aliases = Vec::new())
    });
    step("entity roles", &mut |x| {
        x.entities.iter_mut().for_each(|e| e.roles = Vec::new())
    });
    step("entities (rest)", &mut |x| x.entities = Vec::new());
    step("timex", &mut |x| x.timex = Vec::new());
    step("quantities", &mut |x| x.quantities = Vec::new());
    step("quotes", &mut |x| x.quotes = Vec::new());
    step("sentences", &mut |x| x.sentences = Vec::new());
    step("rest", &mut |x| *x = Default::default());
    drop(parts);
    let _ = before;
    let items: Vec<_> = docs.into_iter().zip(xs).collect();
    let before_corpus = LIVE.load(Relaxed);
    let corpus = frontera_corpus::Corpus::new(items);
    let after_corpus = LIVE.load(Relaxed);
    println!(
        "corpus (documents and extractions shrunk to size, plus what it adds) {:+.1} MB",
        (after_corpus as f64 - before_corpus as f64) / 1e6
    );
    let index = frontera_corpus::search::WordIndex::new(&corpus);
    let after_index = LIVE.load(Relaxed);
    println!("search index        {}", mb(after_index - after_corpus));
    println!("total               {}", mb(after_index - base));
    drop(index);
}
