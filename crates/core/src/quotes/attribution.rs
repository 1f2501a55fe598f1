//! Attribution cues: who a quote is given to, as written. "said X", "X said", "X, the
//! ..., said", "he told reporters", "according to X", "the secretary warned", and, for a
//! quote inside a sentence, the subject of the speech verb before it ("X compared ... to
//! “...”") or a possessive with a speech noun ("X's appeal for “...”").

use super::names::{chunk_at, chunk_ending_at, is_title, Chunk, Doc};
use crate::text::{Analysis, TokenKind};
use crate::wordkey::KeySet;

/// Who the cue names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Who {
    Name(Chunk),
    /// "he", "she": resolved to the person last spoken of.
    Pronoun(usize),
    /// "the secretary", "the admiral": the token of the title noun.
    Title(usize),
    /// An attribution to something unnamed ("the cables said", "officials said").
    Unnamed,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cue {
    pub who: Who,
    /// Tokens of the cue, name and verb, `[first, end)`.
    pub first: usize,
    pub end: usize,
}

pub(super) const SPEECH_VERBS: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "added",
    "adds",
    "warned",
    "warns",
    "stated",
    "states",
    "declared",
    "declares",
    "explained",
    "explains",
    "noted",
    "notes",
    "insisted",
    "insists",
    "argued",
    "argues",
    "asserted",
    "asserts",
    "acknowledged",
    "acknowledges",
    "admitted",
    "admits",
    "conceded",
    "concedes",
    "claimed",
    "claims",
    "continued",
    "continues",
    "replied",
    "replies",
    "responded",
    "responds",
    "recalled",
    "recalls",
    "remarked",
    "observed",
    "wrote",
    "writes",
    "asked",
    "asks",
    "urged",
    "urges",
    "agreed",
    "agrees",
    "complained",
    "complains",
    "predicted",
    "predicts",
    "promised",
    "promises",
    "vowed",
    "vows",
    "pledged",
    "pledges",
    "announced",
    "announces",
    "testified",
    "testifies",
    "cautioned",
    "cautions",
    "emphasized",
    "emphasised",
    "stressed",
    "stresses",
    "maintained",
    "maintains",
    "contended",
    "contends",
    "concluded",
    "affirmed",
    "confirmed",
    "reiterated",
    "commented",
    "lamented",
    "boasted",
    "joked",
    "quipped",
    "compared",
    "compares",
    "likened",
    "likens",
    "described",
    "describes",
    "called",
    "calls",
    "termed",
    "labeled",
    "labelled",
    "characterized",
    "dismissed",
    "denounced",
    "criticized",
    "praised",
    "suggested",
    "suggests",
    "told",
    "wondered",
    "added",
    "mused",
    "charged",
    "countered",
    "shouted",
    "yelled",
    "whispered",
    "announced",
    "thundered",
    "recounted",
    "acknowledged",
    "pleaded",
    "demanded",
    "proclaimed",
    "predicted",
    "estimated",
    "reported",
    "reports",
    "complained",
    "promised",
    "signaled",
    "signalled",
    "conceded",
];

/// Nouns of speech after a possessive: "Clinton's appeal for “...”".
const SPEECH_NOUNS: &[&str] = &[
    "appeal",
    "call",
    "calls",
    "remarks",
    "remark",
    "words",
    "statement",
    "warning",
    "plea",
    "pledge",
    "promise",
    "description",
    "demand",
    "comment",
    "comments",
    "claim",
    "assertion",
    "insistence",
    "vow",
    "message",
    "admission",
    "answer",
    "response",
    "argument",
    "assessment",
    "characterization",
    "phrase",
    "declaration",
    "speech",
    "testimony",
    "letter",
    "quip",
    "complaint",
    "criticism",
    "praise",
];

/// Words between a name and its verb: "Napolitano also said", "Gates has said".
const BETWEEN: &[&str] = &[
    "also",
    "later",
    "then",
    "has",
    "had",
    "have",
    "once",
    "again",
    "recently",
    "previously",
    "publicly",
    "privately",
    "often",
    "repeatedly",
    "would",
    "will",
    "had",
    "earlier",
    "quickly",
    "simply",
    "flatly",
    "bluntly",
    "angrily",
    "only",
    "further",
    "himself",
    "herself",
    "reportedly",
    "frequently",
    "told",
    "always",
];

const PRONOUNS: &[&str] = &["he", "she"];

static BETWEEN_SET: KeySet = KeySet::new(BETWEEN);
static PRONOUN_SET: KeySet = KeySet::new(PRONOUNS);
static SPEECH_NOUN_SET: KeySet = KeySet::new(SPEECH_NOUNS);

/// Asked of every word where a speaker may stand, so one key look-up, not a list scan.
pub fn is_speech_verb(w: &str) -> bool {
    static SET: KeySet = KeySet::new(SPEECH_VERBS);
    SET.contains(w)
}

fn word<'a>(a: &Analysis<'a>, i: usize) -> &'a str {
    if i < a.tokens.len() {
        a.token_text(i)
    } else {
        ""
    }
}

fn skip_between(a: &Doc, mut j: usize, limit: usize) -> usize {
    let mut n = 0;
    while j < limit
        && n < 3
        && BETWEEN_SET.contains(word(a, j))
        && !is_speech_verb_here(a, j, limit)
    {
        j += 1;
        n += 1;
    }
    j
}

/// "told" is both a verb and a "between" word ("he told reporters"): a speech verb wins
/// unless another verb follows.
fn is_speech_verb_here(a: &Doc, j: usize, limit: usize) -> bool {
    is_speech_verb(word(a, j)) && !(j + 1 < limit && is_speech_verb(word(a, j + 1)))
}

/// A cue starting at token `j`: what follows a closing quote ("Obama said", "said Mora",
/// "Captain John Kirby, spokesman for Mullen, told AFP", "he warned", "according to X").
pub fn cue_at(a: &Doc, j: usize, limit: usize) -> Option<Cue> {
    if j >= limit {
        return None;
    }
    let w = word(a, j);
    // "said Mora", "said Sen. Hutchison", "said the secretary", "added he".
    if is_speech_verb(w) && !w.chars().next().is_some_and(char::is_uppercase) {
        let k = j + 1;
        if let Some(c) = chunk_at(a, k, limit) {
            return Some(Cue {
                who: Who::Name(c),
                first: j,
                end: c.end,
            });
        }
        if PRONOUN_SET.contains(word(a, k)) {
            return Some(Cue {
                who: Who::Pronoun(k),
                first: j,
                end: k + 1,
            });
        }
        // "said one resident, Maria Gomez", "said a spokesman, Juan Ruiz".
        if let Some(c) = named_after_description(a, k, limit) {
            return Some(Cue {
                who: Who::Name(c),
                first: j,
                end: c.end,
            });
        }
        if let Some((t, e)) = title_phrase(a, k, limit) {
            return Some(Cue {
                who: Who::Title(t),
                first: j,
                end: e,
            });
        }
        return Some(Cue {
            who: Who::Unnamed,
            first: j,
            end: k,
        });
    }
    // "according to X"
    if w.eq_ignore_ascii_case("according") && word(a, j + 1).eq_ignore_ascii_case("to") {
        let k = j + 2;
        if let Some(c) = chunk_at(a, k, limit) {
            return Some(Cue {
                who: Who::Name(c),
                first: j,
                end: c.end,
            });
        }
        if let Some((t, e)) = title_phrase(a, k, limit) {
            return Some(Cue {
                who: Who::Title(t),
                first: j,
                end: e,
            });
        }
        return Some(Cue {
            who: Who::Unnamed,
            first: j,
            end: k,
        });
    }
    // "he said"
    if PRONOUN_SET.contains(w) {
        let v = skip_between(a, j + 1, limit);
        if v < limit && is_speech_verb(word(a, v)) {
            return Some(Cue {
                who: Who::Pronoun(j),
                first: j,
                end: v + 1,
            });
        }
        return None;
    }
    // "Mexico's ambassador to Washington, Arturo Sarukhan, told": a description, then the
    // name between commas, then the verb.
    if let Some(cue) = description_then_name(a, j, limit) {
        return Some(cue);
    }
    // "Obama said", "Medina Mora said grimly", "Kirby, spokesman for Mullen, told AFP".
    if let Some(mut c) = chunk_at(a, j, limit) {
        // "Mexico's Attorney General Eduardo Medina Mora said": the name after the possessive.
        while c.possessive {
            c = chunk_at(a, c.end, limit)?;
        }
        let v = skip_between(a, c.end, limit);
        if v < limit && is_speech_verb(word(a, v)) {
            return Some(Cue {
                who: Who::Name(c),
                first: j,
                end: v + 1,
            });
        }
        if word(a, c.end) == "," {
            // An appositive: the next comma is followed by the verb.
            let mut k = c.end + 1;
            while k < limit && k < c.end + 16 {
                if word(a, k) == "," {
                    let v = skip_between(a, k + 1, limit);
                    if v < limit && is_speech_verb(word(a, v)) {
                        return Some(Cue {
                            who: Who::Name(c),
                            first: j,
                            end: v + 1,
                        });
                    }
                    break;
                }
                if matches!(word(a, k), "." | "\"" | "\u{201C}" | "\u{201D}" | ";") {
                    break;
                }
                k += 1;
            }
        }
        return described_name(a, c.end, limit).map(|(c, v)| Cue {
            who: Who::Name(c),
            first: j,
            end: v + 1,
        });
    }
    // "his cousin Robert Heyer said", "the group's leader Ana Paz said".
    if let Some((c, v)) = described_name(a, j, limit) {
        return Some(Cue {
            who: Who::Name(c),
            first: j,
            end: v + 1,
        });
    }
    // "the secretary said", "the former drug czar warned", "officials said", "the cables said".
    let (t, e) = title_phrase(a, j, limit).map_or((None, j), |(t, e)| (Some(t), e));
    let e = if t.is_none() {
        common_noun_phrase(a, j, limit)?
    } else {
        e
    };
    let v = skip_between(a, e, limit);
    if v < limit && is_speech_verb(word(a, v)) {
        let who = t.map_or(Who::Unnamed, Who::Title);
        return Some(Cue {
            who,
            first: j,
            end: v + 1,
        });
    }
    None
}

/// "Mexico's ambassador to Washington, Arturo Sarukhan, told", "the mayor, Juan Ruiz,
/// said": a short description holding a lowercase noun, a comma, a name, a comma, the verb.
fn description_then_name(a: &Doc, j: usize, limit: usize) -> Option<Cue> {
    let mut k = j;
    let mut lowercase = false;
    while k < limit && k < j + 9 {
        let t = a.tokens[k];
        let w = word(a, k);
        if w == "," {
            break;
        }
        if t.kind != TokenKind::Word || is_speech_verb(w) {
            return None;
        }
        lowercase |= w.starts_with(|ch: char| ch.is_lowercase());
        k += 1;
    }
    if !lowercase || k == j || word(a, k) != "," {
        return None;
    }
    let c = chunk_at(a, k + 1, limit).filter(|c| !c.possessive)?;
    if word(a, c.end) != "," {
        return None;
    }
    let v = skip_between(a, c.end + 1, limit);
    (v < limit && is_speech_verb(word(a, v))).then_some(Cue {
        who: Who::Name(c),
        first: j,
        end: v + 1,
    })
}

/// After a speech verb, a short lower-case description, a comma and a name closing the
/// clause: "one resident, Maria Gomez, 54" / "a spokesman for the army, Col. Ruiz."
fn named_after_description(a: &Doc, k: usize, limit: usize) -> Option<Chunk> {
    let mut q = k;
    while q < limit && q < k + 7 {
        let w = word(a, q);
        if w == "," {
            let c = chunk_at(a, q + 1, limit)?;
            let closes = c.end >= limit || matches!(word(a, c.end), "," | "." | ";");
            return (closes && !c.possessive).then_some(c);
        }
        let lower =
            a.tokens[q].kind == TokenKind::Word && w.chars().next().is_some_and(char::is_lowercase);
        if !lower {
            return None;
        }
        q += 1;
    }
    None
}

/// A name after a short lower-case description, followed by a speech verb: "spokesman
/// Robert Gibbs said" (after "White House"), "his cousin Robert Heyer said". Returns the
/// name and the verb's token.
fn described_name(a: &Doc, j: usize, limit: usize) -> Option<(Chunk, usize)> {
    let mut k = j;
    while k < limit && k < j + 4 {
        let t = a.tokens[k];
        if t.kind != TokenKind::Word || is_speech_verb(word(a, k)) {
            return None;
        }
        if let Some(c) = chunk_at(a, k, limit).filter(|c| !c.possessive && k > j) {
            let v = skip_between(a, c.end, limit);
            return (v < limit && is_speech_verb(word(a, v))).then_some((c, v));
        }
        k += 1;
    }
    None
}

/// "the secretary", "the former U.S. drug czar", "a spokesman": returns the title token and
/// the end of the phrase.
pub fn title_phrase(a: &Doc, j: usize, limit: usize) -> Option<(usize, usize)> {
    let det = word(a, j);
    if !["the", "a", "an", "this", "that"]
        .iter()
        .any(|d| d.eq_ignore_ascii_case(det))
    {
        return None;
    }
    let mut k = j + 1;
    let mut last_title = None;
    while k < limit && k < j + 6 && a.tokens[k].kind == TokenKind::Word {
        if a.is_title_at(k) {
            last_title = Some(k);
        } else if last_title.is_some() {
            break;
        }
        k += 1;
    }
    let t = last_title?;
    Some((t, t + 1))
}

/// A short common noun phrase ("officials", "the cables", "U.S. officials"): its end.
fn common_noun_phrase(a: &Doc, j: usize, limit: usize) -> Option<usize> {
    let mut k = j;
    while k < limit
        && k < j + 4
        && a.tokens[k].kind == TokenKind::Word
        && !is_speech_verb(word(a, k))
    {
        k += 1;
    }
    (k > j).then_some(k)
}

/// The cue right after a closing quote mark at token `close` ("“...,” he said").
pub fn after(a: &Doc, close: usize, limit: usize) -> Option<Cue> {
    let mut j = close + 1;
    while j < limit && matches!(word(a, j), "," | "\u{2014}") {
        j += 1;
    }
    if j >= limit || a.tokens[j].line_start {
        return None;
    }
    let cue = cue_at(a, j, limit)?;
    // After a quote that ends its own sentence (“... terror.” He added that ...), a cue
    // must close its sentence too, within a few words (“...” Perry said on Monday.), or it
    // introduces something else (“... corner.” Gov. Perry has asked Washington for ...).
    let ended = close > 0 && matches!(word(a, close - 1), "." | "!" | "?");
    if ended && !ends_sentence(a, cue.end, limit, 4) {
        return None;
    }
    Some(cue)
}

/// Does the sentence end within a few tokens of `from`, with no clause or quote opening?
/// The sentence ends within `within` tokens from `from` (before any quotation or "that").
fn ends_sentence(a: &Doc, from: usize, limit: usize, within: usize) -> bool {
    let mut e = from;
    while e < limit && e < from + within {
        match word(a, e) {
            "." | "!" | "?" => return true,
            "\"" | "\u{201C}" | ":" => return false,
            w if w.eq_ignore_ascii_case("that") => return false,
            _ => e += 1,
        }
    }
    e >= limit
}

/// A cue closing the sentence after a quote inside it: "... “choke points” ..., the cables
/// said." Searches each comma after the quote for a cue that ends the sentence.
pub fn sentence_final(a: &Doc, close: usize, limit: usize) -> Option<Cue> {
    let mut j = close + 1;
    while j < limit {
        if a.tokens[j].line_start || matches!(word(a, j), "\"" | "\u{201C}") {
            return None;
        }
        if word(a, j) == "," {
            if let Some(c) = cue_at(a, j + 1, limit) {
                let mut e = c.end;
                let mut n = 0;
                while e < limit && n < 5 && !matches!(word(a, e), "." | "!" | "?") {
                    e += 1;
                    n += 1;
                }
                if e >= limit || matches!(word(a, e), "." | "!" | "?") {
                    return Some(c);
                }
            }
        }
        j += 1;
    }
    None
}

/// The cue before an opening quote mark at token `open`, within the sentence starting at
/// `lo`: the nearest speech verb and its subject, or a possessive with a speech noun.
pub fn before(a: &Doc, open: usize, lo: usize) -> Option<Cue> {
    if open <= lo {
        return None;
    }
    // A possessive with a speech noun right before the quote: "Clinton's appeal for “...”".
    let mut k = open;
    let mut n = 0;
    while k > lo && n < 6 {
        k -= 1;
        n += 1;
        let w = word(a, k);
        if SPEECH_NOUN_SET.contains(w) {
            let mut p = k;
            let mut m = 0;
            while p > lo && m < 3 {
                p -= 1;
                m += 1;
                if let Some(c) = chunk_ending_at(a, p, lo).filter(|c| c.possessive) {
                    return Some(Cue {
                        who: Who::Name(c),
                        first: c.first,
                        end: k + 1,
                    });
                }
            }
        }
        if matches!(w, "\"" | "\u{201D}" | "\u{201C}") {
            break;
        }
    }
    // The nearest speech verb before the quote.
    let mut v = open;
    loop {
        if v <= lo {
            return None;
        }
        v -= 1;
        let w = word(a, v);
        if matches!(w, "\"" | "\u{201D}" | "\u{201C}") {
            return None;
        }
        if w.eq_ignore_ascii_case("according") && word(a, v + 1).eq_ignore_ascii_case("to") {
            return cue_at(a, v, open);
        }
        if is_speech_verb(w) && !w.chars().next().is_some_and(char::is_uppercase) {
            break;
        }
        if open - v > 40 {
            return None;
        }
    }
    // "said X: “...”" / "told by X"
    if let Some(c) = cue_at(a, v, open)
        .filter(|c| matches!(c.who, Who::Name(_) | Who::Pronoun(_) | Who::Title(_)))
    {
        if c.end < open && word(a, c.end) == ":" || c.end == open {
            return Some(c);
        }
    }
    subject_of(a, v, lo).map(|who| Cue {
        who,
        first: v,
        end: v + 1,
    })
}

/// The subject of the verb at token `v`, reading back to `lo`.
fn subject_of(a: &Doc, v: usize, lo: usize) -> Option<Who> {
    let mut k = v;
    let mut n = 0;
    while k > lo && n < 3 && BETWEEN_SET.contains(word(a, k - 1)) {
        k -= 1;
        n += 1;
    }
    if k <= lo {
        return None;
    }
    let p = k - 1;
    let w = word(a, p);
    if PRONOUN_SET.contains(w) {
        return Some(Who::Pronoun(p));
    }
    if let Some(c) = chunk_ending_at(a, p, lo).filter(|c| !c.possessive) {
        return Some(Who::Name(c));
    }
    // "a travel alert last month that compared ...": the nearest name before "that".
    if ["that", "which", "who"]
        .iter()
        .any(|x| x.eq_ignore_ascii_case(w))
    {
        let mut q = p;
        while q > lo && p - q < 8 {
            q -= 1;
            if let Some(c) = chunk_ending_at(a, q, lo) {
                return Some(Who::Name(c));
            }
        }
        return None;
    }
    if w == "," {
        // "X, an expert at Y, said" / "the drug czar, X, agreed": an appositive.
        if let Some(c) = chunk_ending_at(a, p.saturating_sub(1), lo) {
            if c.first > lo && word(a, c.first - 1) == "," && !c.possessive {
                return Some(Who::Name(c));
            }
        }
        // Otherwise the run that opens the clause, if a comma follows it.
        let mut q = lo;
        while q < p && !super::names::is_in(&["\"", "\u{201C}"], word(a, q)) {
            if let Some(c) = chunk_at(a, q, p) {
                if word(a, c.end) == "," && !c.possessive {
                    return Some(Who::Name(c));
                }
                break;
            }
            if PRONOUN_SET.contains(word(a, q)) && word(a, q + 1) == "," {
                return Some(Who::Pronoun(q));
            }
            q += 1;
            if q > lo + 3 {
                break;
            }
        }
        return None;
    }
    if a.tokens[p].kind == TokenKind::Word && is_title(w) {
        return Some(Who::Title(p));
    }
    None
}
