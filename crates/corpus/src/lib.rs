//! The corpus layer: extracted articles gathered into one explorable corpus.
