//! Mentions and roles the surrounding words give: "the Obama administration" (an
//! organisation named after a person, who is also mentioned), and appositives after a name
//! ("Mike Mullen, chairman of the Joint Chiefs of Staff,").

use super::candidates::strip_possessive;
use super::classify::{Candidate, Guess};
use super::lexicon::{fold, is_country, is_person_title, is_region};
use crate::model::Span;
use crate::text::{Analysis, TokenKind};

/// "the Obama administration": an ORG mention over name + "administration", and the name
/// itself is the person it is named after.
pub fn add_administrations(a: &Analysis, cands: &mut Vec<Candidate>) {
    let mut extra = Vec::new();
    for c in cands.iter_mut() {
        let Some(next) = (c.end < a.tokens.len()).then_some(c.end) else {
            continue;
        };
        if strip_possessive(a.token_text(next)) != "administration" || c.end - c.first != 1 {
            continue;
        }
        // A possessive ("Obama's administration") is left alone.
        if a.tokens[c.end - 1].end != c.span.end {
            continue;
        }
        // Named after a person unless the name is a country or state ("the Mexico
        // administration" is rare; "the Bush administration" is not a shrub).
        let key = fold(&a.text[c.span.start..c.span.end]);
        if !is_country(&key) && !is_region(&key) {
            c.guess = Guess::Person;
            extra.push(Candidate {
                span: Span::new(
                    c.span.start,
                    a.tokens[next].start + strip_possessive(a.token_text(next)).len(),
                ),
                first: c.first,
                end: next + 1,
                guess: Guess::Org,
                weak: c.weak,
                role: None,
                link: None,
            });
        }
    }
    cands.extend(extra);
}

/// Nouns that head a role phrase in an appositive.
fn is_role_noun(key: &str) -> bool {
    is_person_title(key)
        || matches!(
            key,
            "head"
                | "leader"
                | "expert"
                | "analyst"
                | "official"
                | "founder"
                | "member"
                | "editor"
                | "author"
                | "reporter"
                | "correspondent"
                | "researcher"
                | "fellow"
                | "lawyer"
                | "spokesperson"
                | "adviser"
                | "advisor"
                | "aide"
                | "envoy"
                | "chief"
                | "executive"
                | "candidate"
                | "leader's"
                | "boss"
                | "kingpin"
                | "lord"
                | "commander"
                | "manager"
                | "owner"
                | "partner"
                | "scholar"
                | "economist"
                | "professor"
                | "historian"
                | "diplomat"
                | "negotiator"
                | "czar"
                | "tsar"
        )
}

/// "Name, [a|an|the] role phrase," -> a role on the person candidate.
pub fn add_appositive_roles(a: &Analysis, cands: &mut [Candidate]) {
    for c in cands.iter_mut() {
        if c.guess != Guess::Person || c.role.is_some() || c.weak {
            continue;
        }
        let Some(s) = a.sentence_of_token(c.first) else {
            continue;
        };
        let limit = a.sentences[s].end_token;
        let comma = c.end;
        if comma >= limit || a.token_text(comma) != "," {
            continue;
        }
        let mut k = comma + 1;
        if k < limit && matches!(a.token_text(k), "a" | "an" | "the") {
            k += 1;
        }
        let start = k;
        let mut end = k;
        let mut headed = false;
        while end < limit && end - start < 14 {
            let w = a.token_text(end);
            if matches!(
                w,
                "," | "." | ";" | ":" | ")" | "\"" | "\u{201C}" | "\u{201D}" | "("
            ) {
                break;
            }
            if end - start < 4 && a.tokens[end].kind == TokenKind::Word && is_role_noun(&fold(w)) {
                headed = true;
            }
            end += 1;
        }
        let closed = end < limit && matches!(a.token_text(end), "," | "." | ";");
        let first_lower = start < limit
            && a.token_text(start)
                .chars()
                .next()
                .is_some_and(char::is_lowercase);
        if headed && closed && end > start && (first_lower || start > comma + 1) {
            c.role = Some(Span::new(a.tokens[start].start, a.tokens[end - 1].end));
        }
    }
}
