//! Quotation spans from quote marks: curly and straight double quotes, paragraph
//! continuation (a quote left open at a paragraph's end continues when the next paragraph
//! opens with a quote mark), and single-quoted passages of several words.

/// One quoted passage: the byte offsets of its marks and of its words.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Marked {
    /// Byte offset of the opening mark.
    pub open: usize,
    /// The quoted words: `[start, end)`, without the marks.
    pub start: usize,
    pub end: usize,
    /// Byte offset of the closing mark, when there is one.
    pub close: Option<usize>,
    pub single: bool,
}

/// Find quoted passages in document order.
pub fn find(text: &str) -> Vec<Marked> {
    let mut out = double_quoted(text);
    let singles = single_quoted(text, &out);
    out.extend(singles);
    crate::order::sort_by_key(&mut out, |m| m.open);
    out
}

fn is_break(c: char) -> bool {
    matches!(c, '\n' | '\r' | '\u{2028}' | '\u{2029}')
}

/// The first non-space char at or after byte `i`, with its offset.
fn next_visible(text: &str, i: usize) -> Option<(usize, char)> {
    text.get(i..)?
        .char_indices()
        .find(|(_, c)| !c.is_whitespace())
        .map(|(j, c)| (i + j, c))
}

fn push_trimmed(
    out: &mut Vec<Marked>,
    text: &str,
    open: usize,
    start: usize,
    end: usize,
    close: Option<usize>,
    single: bool,
) {
    let Some(inner) = text.get(start..end) else {
        return;
    };
    // A comma before the closing mark belongs to the sentence around the quote.
    let lead = inner.len() - inner.trim_start().len();
    let trail = inner.len()
        - inner
            .trim_end_matches(|c: char| c.is_whitespace() || c == ',')
            .len();
    let (s, e) = (start + lead, end - trail);
    if s < e {
        out.push(Marked {
            open,
            start: s,
            end: e,
            close,
            single,
        });
    }
}

/// The next byte offset at or after `from` whose byte `wanted` accepts. Quote marks and
/// line breaks are rare, so the passes below jump between them instead of decoding and
/// testing every char of the text: every byte they look for is ASCII or the lead byte of
/// a mark's UTF-8 encoding, so the offsets found are char boundaries.
///
/// Every byte `wanted` accepts must be in `ascii` or be non-ASCII: eight bytes at a time,
/// the search skips words that hold neither, testing bytes one by one only in the others.
pub(super) fn next_byte(
    text: &str,
    from: usize,
    ascii: [u8; 3],
    wanted: impl Fn(u8) -> bool,
) -> Option<usize> {
    const ONES: u64 = u64::MAX / 0xFF;
    const HIGH: u64 = ONES * 0x80;
    let has_zero_byte = |x: u64| x.wrapping_sub(ONES) & !x & HIGH != 0;
    let bytes = text.as_bytes();
    let mut i = from;
    while let Some(chunk) = bytes.get(i..i + 8) {
        let mut word = [0u8; 8];
        word.copy_from_slice(chunk);
        let x = u64::from_le_bytes(word);
        let flagged = x & HIGH != 0
            || ascii
                .iter()
                .any(|&c| has_zero_byte(x ^ (ONES * u64::from(c))));
        if flagged {
            if let Some(k) = chunk.iter().position(|&b| wanted(b)) {
                return Some(i + k);
            }
        }
        i += 8;
    }
    let rest = bytes.get(i..)?;
    rest.iter().position(|&b| wanted(b)).map(|k| i + k)
}

/// The char at byte `i` (a char boundary).
fn char_at(text: &str, i: usize) -> Option<char> {
    text.get(i..)?.chars().next()
}

/// The end of the last non-space char of `text[from..upto]`, or `before` when there is
/// none (the end of the last one seen before `from`).
fn visible_end(text: &str, from: usize, upto: usize, before: usize) -> usize {
    match text.get(from..upto).map(str::trim_end) {
        Some(t) if !t.is_empty() => from + t.len(),
        _ => before,
    }
}

fn double_quoted(text: &str) -> Vec<Marked> {
    let mut out = Vec::new();
    // (offset of the opening mark, offset where the words start)
    let mut open: Option<(usize, usize)> = None;
    // Visible chars count from `seen_from` on; `visible_before` is where the last visible
    // char before that ended (the mark that continues a quote into a new paragraph is
    // skipped, not seen).
    let (mut seen_from, mut visible_before) = (0, 0);
    let mut at = 0;
    // '"', line breaks, and the lead bytes of “ ” « » and the Unicode line separators.
    while let Some(i) = next_byte(text, at, [b'"', b'\n', b'\r'], |b| {
        matches!(b, b'"' | b'\n' | b'\r' | 0xC2 | 0xE2)
    }) {
        let Some(c) = char_at(text, i) else {
            break;
        };
        let after = i + c.len_utf8();
        at = after;
        if is_break(c) {
            if let Some((o, s)) = open {
                let last_visible_end = visible_end(text, seen_from, i, visible_before);
                // A quote still open at a paragraph's end runs on when the next paragraph
                // opens with a quote mark; otherwise it ends with its paragraph.
                match next_visible(text, after) {
                    Some((j, m @ ('"' | '\u{201C}'))) => {
                        at = j + m.len_utf8();
                        (seen_from, visible_before) = (at, last_visible_end);
                        open = Some((o, s));
                    }
                    _ => {
                        push_trimmed(&mut out, text, o, s, last_visible_end, None, false);
                        open = None;
                    }
                }
            }
            continue;
        }
        match c {
            '\u{201C}' | '\u{00AB}' => {
                // An opening mark while one is open: the earlier one was never closed.
                open = Some((i, after));
            }
            '\u{201D}' | '\u{00BB}' => {
                if let Some((o, s)) = open.take() {
                    push_trimmed(&mut out, text, o, s, i, Some(i), false);
                }
            }
            '"' => match open.take() {
                Some((o, s)) => push_trimmed(&mut out, text, o, s, i, Some(i), false),
                None => open = Some((i, after)),
            },
            _ => {}
        }
    }
    if let Some((o, s)) = open {
        let last_visible_end = visible_end(text, seen_from, text.len(), visible_before);
        push_trimmed(&mut out, text, o, s, last_visible_end, None, false);
    }
    out
}

/// Single-quoted passages of at least four words, outside double quotes. A single mark
/// opens after a space or line start and before a letter; it closes after a letter or
/// punctuation and before a space, punctuation or the end, which keeps apostrophes
/// ("don't", "the cartels' money") out.
fn single_quoted(text: &str, doubles: &[Marked]) -> Vec<Marked> {
    const MIN_WORDS: usize = 4;
    let mut out = Vec::new();
    let inside_double = |i: usize| doubles.iter().any(|d| d.open <= i && i < d.end + 1);
    let mut open: Option<(usize, usize)> = None;
    let mut at = 0;
    // "'", line breaks, and the lead byte of ‘ ’ and the Unicode line separators.
    while let Some(i) = next_byte(text, at, [b'\'', b'\n', b'\r'], |b| {
        matches!(b, b'\'' | b'\n' | b'\r' | 0xE2)
    }) {
        let Some(c) = char_at(text, i) else {
            break;
        };
        at = i + c.len_utf8();
        let prev = text.get(..i).and_then(|t| t.chars().next_back());
        let next = char_at(text, at);
        if is_break(c) {
            open = None;
        } else if c == '\u{2018}' || c == '\'' {
            let opens = prev.is_none_or_space() && next.is_some_and(char::is_alphanumeric);
            let closes = prev.is_some_and(|p| !p.is_whitespace())
                && next.none_or(|n| n.is_whitespace() || (n.is_ascii_punctuation() && n != '\''));
            if let (Some((o, s)), true) = (open, closes) {
                let words = text.get(s..i).map_or(0, |w| w.split_whitespace().count());
                if words >= MIN_WORDS && !inside_double(o) {
                    push_trimmed(&mut out, text, o, s, i, Some(i), true);
                }
                open = None;
            } else if opens && c == '\u{2018}' || opens && c == '\'' && open.is_none() {
                open = Some((i, at));
            }
        } else if c == '\u{2019}' {
            let closes = next.none_or(|n| n.is_whitespace() || n.is_ascii_punctuation());
            if let (Some((o, s)), true) = (open, closes) {
                let words = text.get(s..i).map_or(0, |w| w.split_whitespace().count());
                if words >= MIN_WORDS && !inside_double(o) {
                    push_trimmed(&mut out, text, o, s, i, Some(i), true);
                }
                open = None;
            }
        }
    }
    out
}

trait OptionCharExt {
    fn is_none_or_space(&self) -> bool;
    fn none_or(&self, f: impl FnOnce(char) -> bool) -> bool;
}

impl OptionCharExt for Option<char> {
    fn is_none_or_space(&self) -> bool {
        self.none_or(|c| {
            c.is_whitespace() || matches!(c, '(' | '[' | '\u{201C}' | '"' | '\u{2014}')
        })
    }
    fn none_or(&self, f: impl FnOnce(char) -> bool) -> bool {
        match *self {
            None => true,
            Some(c) => f(c),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // The char-by-char passes the byte-jumping ones replaced, kept to check that both
    // find exactly the same passages.
    fn reference_double_quoted(text: &str) -> Vec<Marked> {
        let mut out = Vec::new();
        // (offset of the opening mark, offset where the words start)
        let mut open: Option<(usize, usize)> = None;
        let mut last_visible_end = 0;
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let after = i + c.len_utf8();
            if is_break(c) {
                if let Some((o, s)) = open {
                    // A quote still open at a paragraph's end runs on when the next paragraph
                    // opens with a quote mark; otherwise it ends with its paragraph.
                    match next_visible(text, after) {
                        Some((j, '"' | '\u{201C}')) => {
                            while chars.peek().is_some_and(|&(k, _)| k <= j) {
                                chars.next();
                            }
                            open = Some((o, s));
                        }
                        _ => {
                            push_trimmed(&mut out, text, o, s, last_visible_end, None, false);
                            open = None;
                        }
                    }
                }
                continue;
            }
            if !c.is_whitespace() {
                last_visible_end = after;
            }
            match c {
                '\u{201C}' | '\u{00AB}' => {
                    // An opening mark while one is open: the earlier one was never closed.
                    open = Some((i, after));
                }
                '\u{201D}' | '\u{00BB}' => {
                    if let Some((o, s)) = open.take() {
                        push_trimmed(&mut out, text, o, s, i, Some(i), false);
                    }
                }
                '"' => match open.take() {
                    Some((o, s)) => push_trimmed(&mut out, text, o, s, i, Some(i), false),
                    None => open = Some((i, after)),
                },
                _ => {}
            }
        }
        if let Some((o, s)) = open {
            push_trimmed(&mut out, text, o, s, last_visible_end, None, false);
        }
        out
    }

    /// (Reference) Single-quoted passages of at least four words, outside double quotes. A single mark
    /// opens after a space or line start and before a letter; it closes after a letter or
    /// punctuation and before a space, punctuation or the end, which keeps apostrophes
    /// ("don't", "the cartels' money") out.
    fn reference_single_quoted(text: &str, doubles: &[Marked]) -> Vec<Marked> {
        const MIN_WORDS: usize = 4;
        let mut out = Vec::new();
        let inside_double = |i: usize| doubles.iter().any(|d| d.open <= i && i < d.end + 1);
        let mut open: Option<(usize, usize)> = None;
        let mut prev: Option<char> = None;
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            let next = chars.peek().map(|&(_, n)| n);
            if is_break(c) {
                open = None;
            } else if c == '\u{2018}' || c == '\'' {
                let opens = prev.is_none_or_space() && next.is_some_and(char::is_alphanumeric);
                let closes = prev.is_some_and(|p| !p.is_whitespace())
                    && next
                        .none_or(|n| n.is_whitespace() || (n.is_ascii_punctuation() && n != '\''));
                if let (Some((o, s)), true) = (open, closes) {
                    let words = text.get(s..i).map_or(0, |w| w.split_whitespace().count());
                    if words >= MIN_WORDS && !inside_double(o) {
                        push_trimmed(&mut out, text, o, s, i, Some(i), true);
                    }
                    open = None;
                } else if opens && c == '\u{2018}' || opens && c == '\'' && open.is_none() {
                    open = Some((i, i + c.len_utf8()));
                }
            } else if c == '\u{2019}' {
                let closes = next.none_or(|n| n.is_whitespace() || n.is_ascii_punctuation());
                if let (Some((o, s)), true) = (open, closes) {
                    let words = text.get(s..i).map_or(0, |w| w.split_whitespace().count());
                    if words >= MIN_WORDS && !inside_double(o) {
                        push_trimmed(&mut out, text, o, s, i, Some(i), true);
                    }
                    open = None;
                }
            }
            prev = Some(c);
        }
        out
    }

    /// Deterministic pseudo-random texts over an alphabet of marks, breaks, spaces, letters
    /// and punctuation: both implementations must agree on every one.
    #[test]
    fn next_byte_finds_the_first_wanted_byte_like_a_plain_scan() {
        let wanted = |b: u8| matches!(b, b'"' | b'\n' | b'\r' | 0xC2 | 0xE2);
        let pieces = [
            "a", "bc", " ", "\"", "\n", "\r", "é", "\u{201C}", "\u{00A0}", "xyzuvw",
        ];
        let mut seed: u64 = 7;
        for _ in 0..5_000 {
            let mut t = String::new();
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            for _ in 0..(seed >> 33) % 30 {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                t.push_str(pieces[((seed >> 33) % pieces.len() as u64) as usize]);
            }
            for from in 0..=t.len() + 1 {
                let plain = t
                    .as_bytes()
                    .get(from..)
                    .and_then(|r| r.iter().position(|&b| wanted(b)).map(|k| from + k));
                assert_eq!(
                    next_byte(&t, from, [b'"', b'\n', b'\r'], wanted),
                    plain,
                    "{t:?} {from}"
                );
            }
        }
    }

    #[test]
    fn byte_scan_agrees_with_char_scan() {
        let alphabet = [
            "\"", "'", "\u{201C}", "\u{201D}", "\u{2018}", "\u{2019}", "\u{00AB}", "\u{00BB}",
            "\n", "\r", "\u{2028}", "\u{2029}", " ", " ", "\t", "a", "b", "we", "do", "not", "É",
            ",", ".", "(", "\u{2014}", "s", "é",
        ];
        let mut seed: u64 = 0x2009;
        for _ in 0..20_000 {
            let mut t = String::new();
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let len = (seed >> 33) % 40;
            for _ in 0..len {
                seed = seed
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                t.push_str(alphabet[((seed >> 33) % alphabet.len() as u64) as usize]);
            }
            let d = double_quoted(&t);
            assert_eq!(d, reference_double_quoted(&t), "{t:?}");
            assert_eq!(
                single_quoted(&t, &d),
                reference_single_quoted(&t, &d),
                "{t:?}"
            );
        }
    }

    fn words(text: &str) -> Vec<&str> {
        find(text).iter().map(|m| &text[m.start..m.end]).collect()
    }

    #[test]
    fn curly_and_straight_double_quotes() {
        assert_eq!(
            words("He said “we will win.” Then \"we left,\" she said."),
            vec!["we will win.", "we left"]
        );
    }

    #[test]
    fn a_quote_runs_on_into_a_paragraph_that_opens_with_a_quote_mark() {
        let t = "“First part of it.\n\n“Second part,” he said.\n\nAfter.";
        let w = words(t);
        assert_eq!(w.len(), 1);
        assert!(w[0].starts_with("First part") && w[0].ends_with("Second part"));
    }

    #[test]
    fn an_unclosed_quote_ends_with_its_paragraph() {
        let t = "“Never closed here.\n\nPlain text.";
        assert_eq!(words(t), vec!["Never closed here."]);
    }

    #[test]
    fn single_quotes_need_several_words_and_skip_apostrophes() {
        assert_eq!(words("War 'alarming' officials"), Vec::<&str>::new());
        assert_eq!(
            words("He said 'we do not give up' today."),
            vec!["we do not give up"]
        );
        assert_eq!(
            words("The cartels' money and don't stop the agents' guns."),
            Vec::<&str>::new()
        );
    }
}
