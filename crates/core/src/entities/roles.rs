//! Mentions and roles the surrounding words give: "the Obama administration" (an
//! organisation named after a person, who is also mentioned), and appositives after a name
//! ("Mike Mullen, chairman of the Joint Chiefs of Staff,").

use super::candidates::strip_possessive;
use super::classify::{Candidate, Guess};
use super::keys::TokenKeys;
use super::lexicon::{fold, is_country, is_person_title, is_place, is_region};
use crate::model::Span;
use crate::text::{Analysis, TokenKind};

/// "the Obama administration", "the Sinaloa cartel": a lowercase head noun after a name
/// makes an organisation. An administration or government is named after a person (also
/// mentioned); a cartel or gang after a place or family, which is then not a mention.
pub fn add_lowercase_heads(a: &Analysis, cands: &mut Vec<Candidate>) {
    let mut extra = Vec::new();
    for c in cands.iter_mut() {
        if c.end >= a.tokens.len() || a.tokens[c.end - 1].end != c.span.end {
            continue; // at the end, or a possessive ("Obama's administration")
        }
        // "the Zetas drug gang", "the Gulf drug cartel": the head after its modifier.
        let modified = matches!(a.token_text(c.end), "drug" | "crime" | "criminal")
            && c.end + 1 < a.tokens.len()
            && matches!(
                strip_possessive(a.token_text(c.end + 1)),
                "cartel" | "gang" | "cartels" | "gangs"
            );
        let head_at = if modified { c.end + 1 } else { c.end };
        let head = strip_possessive(a.token_text(head_at));
        let personal = matches!(head, "administration" | "government");
        // "the Sinaloa organization", "Guzmán's Sinaloa organisation" (not "a Texas
        // organization"): a trafficking group named after its home.
        let determined = c.first > 0
            && (a.token_text(c.first - 1) == "the"
                || strip_possessive(a.token_text(c.first - 1)).len()
                    != a.token_text(c.first - 1).len());
        let named = matches!(head, "cartel" | "gang" | "cartels" | "gangs")
            || (determined && matches!(head, "organization" | "organisation" | "party"));
        let program = matches!(
            head,
            "plan" | "initiative" | "program" | "programme" | "accord"
        );
        if !personal && !named && !program {
            continue;
        }
        let key = fold(&a.text[c.span.start..c.span.end]);
        let was_weak = c.weak;
        if program {
            // "the Mérida plan" is a program, not the city of Mérida.
            if !is_country(&key) && c.guess != Guess::Org {
                c.guess = Guess::Misc;
                c.weak = true;
                extra.push(Candidate {
                    span: Span::new(c.span.start, a.tokens[c.end].start + head.len()),
                    first: c.first,
                    end: c.end + 1,
                    guess: Guess::Misc,
                    weak: was_weak,
                    role: None,
                    link: None,
                    appositive: None,
                });
            }
            continue;
        }
        if personal {
            // "the Mexico government" names no person.
            if is_country(&key) || is_region(&key) || c.guess == Guess::Org {
                continue;
            }
            c.guess = Guess::Person;
        } else if c.guess == Guess::Org && head == "party" {
            // "the National Action party": the head belongs to the name.
            c.span = Span::new(c.span.start, a.tokens[head_at].start + head.len());
            c.end = head_at + 1;
            continue;
        } else if c.guess == Guess::Org || c.role.is_some() {
            continue;
        } else if c.end == c.first + 1 && key.ends_with('s') && !is_place(&key) {
            // "the Zetas gang": the plural is the group's own name.
            c.guess = Guess::Org;
            continue;
        } else {
            c.guess = Guess::Misc;
            c.weak = true;
        }
        extra.push(Candidate {
            span: Span::new(c.span.start, a.tokens[head_at].start + head.len()),
            first: c.first,
            end: head_at + 1,
            guess: Guess::Org,
            weak: was_weak,
            role: None,
            link: None,
            appositive: None,
        });
    }
    cands.extend(extra);
}

/// A name alone between quotes ("La Tuta", "El Chapo") is a nickname: it may join a person
/// the document names, but its Spanish article does not make it an organisation.
pub fn demote_quoted_nicknames(a: &Analysis, cands: &mut [Candidate]) {
    for c in cands.iter_mut() {
        if c.first == 0 || c.end >= a.tokens.len() {
            continue;
        }
        let open = matches!(a.token_text(c.first - 1), "\"" | "\u{201C}");
        let mut close_at = c.end;
        if a.token_text(close_at) == "," && close_at + 1 < a.tokens.len() {
            close_at += 1;
        }
        let close = matches!(a.token_text(close_at), "\"" | "\u{201D}");
        if open && close && c.guess != Guess::Place {
            c.guess = Guess::Unknown;
        }
    }
}

/// `Name, known as "Nick"` (or `Name, 35, known as`): the quoted nickname names the same
/// person.
pub fn link_nicknames(a: &Analysis, cands: &mut [Candidate]) {
    let mut linked: Vec<(usize, usize)> = Vec::new();
    for j in 1..cands.len() {
        let c = &cands[j];
        if c.first < 3 {
            continue;
        }
        // The nickname may be quoted or not ("alias El Chapo").
        let quoted = matches!(a.token_text(c.first - 1), "\"" | "\u{201C}");
        let cue_at = if quoted { c.first - 2 } else { c.first - 1 };
        let cue = a.token_text(cue_at);
        let known_as = cue == "as" && cue_at > 0 && a.token_text(cue_at - 1) == "known";
        let cued = matches!(cue, "alias" | "nicknamed" | "dubbed")
            || known_as
            || (quoted && matches!(cue, "as" | "called"));
        if !cued {
            continue;
        }
        // Back over "also known" to the comma after the name.
        let mut k = cue_at;
        while k > 0 && k + 4 > cue_at && a.token_text(k) != "," {
            k -= 1;
        }
        if a.token_text(k) != "," {
            continue;
        }
        // "Heriberto Lazcano, 35, also known as": back over the age.
        if k >= 2
            && a.tokens[k - 1].kind == crate::text::TokenKind::Number
            && a.token_text(k - 2) == ","
        {
            k -= 2;
        }
        // (A surname alone, "Garcia Simental, known as", is typed by the document later.)
        if let Some(i) = (0..j).rev().find(|&i| {
            cands[i].end == k && matches!(cands[i].guess, Guess::Person | Guess::Unknown)
        }) {
            cands[j].link = Some(i);
            cands[j].guess = Guess::Unknown;
            linked.push((j, i));
        }
    }
    // The nickname used again ("El Teo is gone") or in the headline is the person too.
    for (j, i) in linked {
        let nick = a
            .text
            .get(cands[j].span.start..cands[j].span.end)
            .unwrap_or("");
        for (m, c) in cands.iter_mut().enumerate() {
            let same = m != j && a.text.get(c.span.start..c.span.end) == Some(nick);
            if same && matches!(c.guess, Guess::Org | Guess::Misc | Guess::Unknown) {
                c.guess = Guess::Unknown;
                // Grouping follows links backwards only: a headline before the person
                // stays unlinked (and unscored).
                c.link = (i < m).then_some(i);
            }
        }
    }
}

/// A capitalised "Obama Administration" also names the person.
pub fn add_capitalised_administrations(a: &Analysis, cands: &mut Vec<Candidate>) {
    let mut extra = Vec::new();
    for c in cands.iter() {
        if c.guess != Guess::Org || c.end != c.first + 2 {
            continue;
        }
        if !matches!(a.token_text(c.first + 1), "Administration" | "Government") {
            continue;
        }
        let t = a.tokens[c.first];
        let key = fold(t.text(a.text));
        if is_country(&key) || is_region(&key) || key.len() < 3 {
            continue;
        }
        extra.push(Candidate {
            span: t.span(),
            first: c.first,
            end: c.first + 1,
            guess: Guess::Person,
            weak: c.weak,
            role: None,
            link: None,
            appositive: None,
        });
    }
    cands.extend(extra);
}

/// Nouns that head a role phrase in an appositive.
pub(super) fn is_role_noun(key: &str) -> bool {
    // Agent nouns ("banker", "director", "analyst", "historian", "consultant").
    let agent = key.len() > 4
        && ["er", "or", "ist", "ian", "ant"]
            .iter()
            .any(|suf| key.ends_with(suf))
        && !matches!(
            key,
            "former"
                | "other"
                | "after"
                | "under"
                | "over"
                | "whether"
                | "either"
                | "neither"
                | "rather"
                | "together"
                | "however"
                | "major"
                | "minor"
                | "prior"
                | "border"
                | "order"
                | "number"
                | "center"
                | "power"
                | "interior"
                | "important"
                | "significant"
                | "chapter"
                | "water"
                | "matter"
                | "letter"
                | "member"
        );
    agent
        || key == "member"
        || is_person_title(key)
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
/// "The governor, NAME,", "Mexico's president, NAME,": a role noun phrase opened by "the"
/// or a possessive and set off by a comma right before the name (which the caller has seen closed by one).
fn role_before_name(a: &Analysis, keys: &TokenKeys, first: usize, lo: usize) -> Option<Span> {
    let comma = first.checked_sub(1).filter(|&k| k > lo)?;
    if a.token_text(comma) != "," {
        return None;
    }
    let mut k = comma;
    let mut headed = false;
    while k > lo && comma - k < 4 {
        let w = a.token_text(k - 1);
        if w.eq_ignore_ascii_case("the") {
            let (first, last) = (a.tokens.get(k)?, a.tokens.get(comma - 1)?);
            return (headed && k < comma).then(|| Span::new(first.start, last.end));
        }
        let lower = a.tokens[k - 1].kind == TokenKind::Word && !a.tokens[k - 1].capitalised;
        // "Mexico's president, NAME,": a possessive determines the phrase as "the" does.
        if w.ends_with("'s") || w.ends_with("\u{2019}s") {
            let (first, last) = (a.tokens.get(k - 1)?, a.tokens.get(comma - 1)?);
            return (headed && k < comma).then(|| Span::new(first.start, last.end));
        }
        if !lower {
            return None;
        }
        headed |= is_role_noun(keys.raw(k - 1));
        k -= 1;
    }
    None
}

pub fn add_appositive_roles(a: &Analysis, keys: &TokenKeys, cands: &mut [Candidate]) {
    for c in cands.iter_mut() {
        if c.guess != Guess::Person || c.weak {
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
        // "The governor, Egidio Torre Cantú, told reporters": the role before the name.
        if let Some(role) = role_before_name(a, keys, c.first, a.sentences[s].first_token) {
            c.appositive = Some(role);
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
            if end - start < 4
                && a.tokens[end].kind == TokenKind::Word
                && is_role_noun(keys.raw(end))
            {
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
        // "Arturo Sarukhan, Mexico's ambassador in Washington,": a possessive opens it too.
        let possessive = start < limit && {
            let w = a.token_text(start);
            w.ends_with("'s") || w.ends_with("\u{2019}s")
        };
        if headed && closed && end > start && (first_lower || possessive || start > comma + 1) {
            c.appositive = Some(Span::new(a.tokens[start].start, a.tokens[end - 1].end));
        }
    }
}
