//! Which way a date expression points, read from the verbs around it: "will meet on
//! Monday" is the coming Monday, "met on Monday" the last one.

use super::lexicon::{lower, strip_possessive, Cue, Lex};
use super::scan::{Dir, Scanner};
use crate::text::TokenKind;
use crate::wordkey::KeySet;

/// How far (in tokens) to look for a tense cue.
const WINDOW: usize = 14;

/// The tense of the clause around tokens `[first, end)`, from the nearest cue in the
/// sentence (before wins a tie); None when nothing tells.
pub fn tense_at(sc: &Scanner, first: usize, end: usize) -> Option<Dir> {
    let a = sc.analysis;
    let sentence = a.sentence_of_token(first).and_then(|s| a.sentences.get(s));
    let (lo, hi) = match sentence {
        Some(s) => (s.first_token, s.end_token),
        None => (0, a.tokens.len()),
    };
    let before = (lo.max(first.saturating_sub(WINDOW))..first).rev();
    let after = end..hi.min(end + WINDOW);
    let mut best: Option<(usize, Dir)> = None;
    for (dist, j) in before.enumerate() {
        if let Some(d) = cue_at(sc, j) {
            best = Some((dist, d));
            break;
        }
        if is_clause_boundary(sc, j) {
            break;
        }
    }
    for (dist, j) in after.enumerate() {
        if best.is_some_and(|(b, _)| b <= dist) || is_clause_boundary(sc, j) {
            break;
        }
        // "who leaves office in December, has made ...": a cue in the same stretch of the
        // clause beats one past the comma ("In December, police arrested" has none).
        if best.is_some() && sc.lx(j) == Lex::Comma {
            break;
        }
        if let Some(d) = cue_at(sc, j) {
            best = Some((dist, d));
            break;
        }
    }
    best.map(|(_, d)| d)
}

/// The first tense cue in tokens `[from, to)`.
pub fn first_cue(sc: &Scanner, from: usize, to: usize) -> Option<Dir> {
    (from..to).find_map(|j| cue_at(sc, j))
}

/// Words that open another clause, whose verbs say nothing about this date.
fn is_clause_boundary(sc: &Scanner, j: usize) -> bool {
    let Some(tok) = sc.analysis.tokens.get(j) else {
        return true;
    };
    let raw = tok.text(sc.analysis.text);
    if matches!(raw, ";" | "\"" | "\u{201c}" | "\u{201d}") {
        return true;
    }
    // The openers below are words.
    if tok.kind != TokenKind::Word {
        return false;
    }
    static OPENERS: KeySet = KeySet::new(&[
        "that", "which", "who", "whom", "because", "but", "while", "although", "though", "and",
    ]);
    OPENERS.contains(strip_possessive(raw))
}

/// The tense token `j` signals, if any.
fn cue_at(sc: &Scanner, j: usize) -> Option<Dir> {
    let tok = sc.analysis.tokens.get(j)?;
    let raw = tok.text(sc.analysis.text);
    if raw.ends_with("'ll") || raw.ends_with("\u{2019}ll") {
        return Some(Dir::Future);
    }
    if let Lex::Word(Cue::Ago) = sc.lx(j) {
        return Some(Dir::Past);
    }
    // Numbers and punctuation are no verbs.
    if tok.kind != TokenKind::Word {
        return None;
    }
    let mut buf = [0u8; 24];
    let w = lower(raw, &mut buf);
    // Most words are none of the listed cues: one look-up sends them to the -ed rule.
    if CUE_WORDS.contains(w) {
        if let Some(decided) = listed_cue(sc, j, w) {
            return decided;
        }
    }
    // Regular past forms; capitalised words are names ("United"), not verbs.
    let lowercase = raw.starts_with(|c: char| c.is_ascii_lowercase());
    if !(lowercase && w.len() > 4 && w.ends_with("ed") && !NOT_VERBS.contains(&w)) {
        return None;
    }
    // After a determiner or possessive an -ed word is an adjective: "the proposed budget".
    let before = sc.word_before(j);
    let adjective = [
        "the", "a", "an", "its", "his", "her", "their", "our", "this", "these",
    ]
    .iter()
    .any(|d| before.eq_ignore_ascii_case(d))
        || before.ends_with("'s")
        || before.ends_with("\u{2019}s");
    // "will be sentenced", "has been arrested": a participle; the auxiliary tells.
    let participle = ["be", "been", "being"]
        .iter()
        .any(|d| before.eq_ignore_ascii_case(d));
    // "armed men" or "the proposed plan" are adjectives before a noun: weak but still past.
    (!adjective && !participle).then_some(Dir::Past)
}

/// Every word [`listed_cue`] answers for (a superset does no harm).
static CUE_WORDS: KeySet = KeySet::new(&[
    "ago",
    "am",
    "are",
    "arose",
    "arrive",
    "arrives",
    "became",
    "began",
    "begin",
    "begins",
    "bought",
    "broke",
    "brought",
    "built",
    "came",
    "caught",
    "chose",
    "concludes",
    "convenes",
    "departs",
    "did",
    "didn't",
    "drew",
    "due",
    "ended",
    "ends",
    "expected",
    "expects",
    "expires",
    "fell",
    "felt",
    "fled",
    "flew",
    "forbade",
    "fought",
    "found",
    "froze",
    "gave",
    "goes",
    "got",
    "had",
    "hadn't",
    "has",
    "have",
    "heard",
    "held",
    "hit",
    "intends",
    "is",
    "kept",
    "knew",
    "leaves",
    "led",
    "left",
    "lost",
    "made",
    "meant",
    "meet",
    "meets",
    "met",
    "must",
    "oversaw",
    "overtook",
    "paid",
    "plan",
    "planned",
    "plans",
    "ran",
    "resume",
    "resumes",
    "rose",
    "said",
    "saw",
    "scheduled",
    "sent",
    "set",
    "shall",
    "shot",
    "should",
    "sought",
    "spent",
    "spoke",
    "starts",
    "steps",
    "stole",
    "stood",
    "struck",
    "swore",
    "takes",
    "taught",
    "thought",
    "told",
    "took",
    "travel",
    "travels",
    "undertook",
    "upcoming",
    "was",
    "wasn't",
    "went",
    "were",
    "weren't",
    "will",
    "withdrew",
    "won",
    "won't",
    "would",
    "wrote",
]);

/// What a listed cue word (token `j`, lower-cased `w`) says: `Some(answer)` when the word
/// decides, None when the -ed rule still applies.
fn listed_cue(sc: &Scanner, j: usize, w: &str) -> Option<Option<Dir>> {
    let next = |k: usize| -> &str {
        sc.analysis
            .tokens
            .get(j + k)
            .map(|t| t.text(sc.analysis.text))
            .unwrap_or("")
    };
    match w {
        "will" | "shall" | "won't" | "upcoming" | "scheduled" | "planned" | "plans" | "plan"
        | "intends" | "expects" => return Some(Some(Dir::Future)),
        // Scheduled events in the present tense: "the term ends in 2012", "he leaves
        // office in December", "the panel convenes on Monday".
        "ends" | "expires" | "begins" | "starts" | "concludes" | "resumes" | "leaves"
        | "arrives" | "departs" | "travels" | "convenes" | "steps" | "goes" | "arrive"
        | "begin" | "resume" | "meet" | "meets" | "travel" => return Some(Some(Dir::Future)),
        // "must approve by June", "should arrive in May"
        // ("should have arrived on Monday" looks back.)
        "must" | "should" => {
            return Some(Some(if next(1) == "have" {
                Dir::Past
            } else {
                Dir::Future
            }))
        }
        // "said the offensive would continue through 2008": ahead of the saying.
        "would" => {
            return Some(Some(if next(1) == "have" {
                Dir::Past
            } else {
                Dir::Future
            }))
        }
        // "takes office in December", "takes effect on Jan. 1"
        "takes" if matches!(next(1), "office" | "effect" | "power" | "over") => {
            return Some(Some(Dir::Future))
        }
        // "is to visit", "are due in", "is expected to", "is set to"
        "is" | "are" | "am" => {
            let n = next(1);
            if n == "to" || n == "due" || n == "set" || n == "expected" || n == "scheduled" {
                return Some(Some(Dir::Future));
            }
            if n == "going" && next(2) == "to" {
                return Some(Some(Dir::Future));
            }
            return Some(None);
        }
        "was" | "were" | "had" | "did" | "didn't" | "wasn't" | "weren't" | "hadn't" | "ago"
        | "said" | "told" | "has" | "have" => {
            // "was due to arrive", "was to meet": a plan seen from the past, still ahead.
            let n = next(1);
            if matches!(w, "was" | "were") && (n == "due" || n == "to" || n == "expected") {
                return Some(Some(Dir::Future));
            }
            return Some(Some(Dir::Past));
        }
        "expected" | "due" => {
            return Some((next(1) == "to" || next(1) == "in").then_some(Dir::Future));
        }
        _ => {}
    }
    // "set out", "set off": past unless "is set to".
    if w == "set" {
        return Some(
            (!matches!(
                sc.word_before(j),
                "is" | "are" | "be" | "been" | "being" | "was" | "were"
            ))
            .then_some(Dir::Past),
        );
    }
    is_irregular_past(w).then_some(Some(Dir::Past))
}

/// Common -ed words that are not past-tense verbs in news text.
const NOT_VERBS: &[&str] = &[
    "armed",
    "organized",
    "organised",
    "alleged",
    "united",
    "based",
    "related",
    "advanced",
    "need",
    "indeed",
    "speed",
    "proceed",
    "exceed",
    "succeed",
    "breed",
    "feed",
    "seed",
    "hundred",
    "kindred",
    "sacred",
    "naked",
    "wicked",
    "beloved",
    "embed",
    "bed",
];

fn is_irregular_past(w: &str) -> bool {
    matches!(
        w,
        "went"
            | "came"
            | "met"
            | "took"
            | "made"
            | "gave"
            | "began"
            | "left"
            | "held"
            | "saw"
            | "spoke"
            | "wrote"
            | "sent"
            | "brought"
            | "found"
            | "won"
            | "lost"
            | "fell"
            | "rose"
            | "paid"
            | "kept"
            | "led"
            | "struck"
            | "fled"
            | "fought"
            | "chose"
            | "flew"
            | "drew"
            | "became"
            | "ran"
            | "got"
            | "knew"
            | "thought"
            | "felt"
            | "heard"
            | "meant"
            | "stood"
            | "sought"
            | "taught"
            | "caught"
            | "bought"
            | "built"
            | "spent"
            | "swore"
            | "shot"
            | "hit"
            | "broke"
            | "froze"
            | "stole"
            | "arose"
            | "forbade"
            | "oversaw"
            | "withdrew"
            | "overtook"
            | "undertook"
            | "wasn't"
            | "weren't"
            | "ended"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Analysis;

    fn tense_of(text: &str, word: &str) -> Option<Dir> {
        let a = Analysis::new(text);
        let sc = Scanner::new(&a);
        let i = a
            .tokens
            .iter()
            .position(|t| t.text(text) == word)
            .expect("word in text");
        tense_at(&sc, i, i + 1)
    }

    #[test]
    fn past_and_future_verbs() {
        assert_eq!(
            tense_of("The minister met Obama on Monday.", "Monday"),
            Some(Dir::Past)
        );
        assert_eq!(
            tense_of("The minister will meet Obama on Monday.", "Monday"),
            Some(Dir::Future)
        );
        assert_eq!(
            tense_of("She is to travel to Lima on Friday.", "Friday"),
            Some(Dir::Future)
        );
        assert_eq!(
            tense_of("Talks are due to resume in June.", "June"),
            Some(Dir::Future)
        );
        assert_eq!(
            tense_of("Police arrested him in June.", "June"),
            Some(Dir::Past)
        );
        assert_eq!(
            tense_of("We'll talk on Friday.", "Friday"),
            Some(Dir::Future)
        );
        assert_eq!(tense_of("Friday", "Friday"), None);
    }

    #[test]
    fn participles_modals_and_scheduled_present() {
        assert_eq!(
            tense_of("He will be sentenced on March 30.", "March"),
            Some(Dir::Future)
        );
        assert_eq!(
            tense_of("Congress must approve the money by June.", "June"),
            Some(Dir::Future)
        );
        assert_eq!(
            tense_of("The law goes into effect in January.", "January"),
            Some(Dir::Future)
        );
        assert_eq!(
            tense_of("The governor said the troops arrive Monday.", "Monday"),
            Some(Dir::Future)
        );
        assert_eq!(
            tense_of("He said the offensive would continue through May.", "May"),
            Some(Dir::Future)
        );
        assert_eq!(
            tense_of("He has been arrested in May.", "May"),
            Some(Dir::Past)
        );
        assert_eq!(
            tense_of("Troops should have arrived on Monday.", "Monday"),
            Some(Dir::Past)
        );
        assert_eq!(
            tense_of(
                "Calderon, who leaves office in December, has made security his aim.",
                "December"
            ),
            Some(Dir::Future)
        );
    }

    #[test]
    fn the_nearest_cue_wins() {
        assert_eq!(
            tense_of("The mayor said Tuesday that troops will stay.", "Tuesday"),
            Some(Dir::Past)
        );
    }
}
