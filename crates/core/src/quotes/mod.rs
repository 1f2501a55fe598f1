//! Direct quotations with their speakers.
//!
//! Quote marks give the passages ([`marks`]); each passage is then attributed from the
//! words around it ([`attribution`]): a cue right after it ("…,” Obama said"), the speech
//! verb before it in its sentence ("Napolitano said the U.S. could only “help…”"), a cue
//! ending its sentence, or, failing those, the quote just before it in the same paragraph
//! (a speaker's second sentence) or paragraph before. Pronouns resolve to the person last
//! named as a subject or speaker; titles ("the secretary") to the person last named with
//! that title. Names resolve to entities where the entity stage found them. Passages with
//! no attributable speaker (scare quotes, titles of works) are not quotes.

mod attribution;
mod marks;
mod names;

use crate::model::{Entity, EntityType, Quote, Span};
use crate::text::Analysis;
use crate::wordkey::{KeyMap, KeySet};
use attribution::{Cue, Who};
use names::{Chunk, Doc};

/// Find quotations; speakers are resolved to `entities` where possible.
pub fn extract(analysis: &Analysis, entities: &[Entity]) -> Vec<Quote> {
    let passages = marks::find(analysis.text);
    if passages.is_empty() || analysis.tokens.is_empty() {
        return Vec::new();
    }
    let doc = Doc::new(analysis);
    let a = &doc;
    let paragraphs = paragraph_starts(a.text);
    let mentions = names::Mentions::new(entities);
    let mut people = Speakers::new(a, &mentions);
    let mut out: Vec<Quote> = Vec::new();
    // (paragraph, index in `out`) of the last quote kept.
    let mut last: Option<(usize, usize)> = None;
    for m in passages {
        if !is_quotation(a, &m) {
            continue;
        }
        let open = a.token_at(m.open);
        let Some(sentence) = a.sentence_of_token(open) else {
            continue;
        };
        let s = a.sentences[sentence];
        let paragraph = paragraph_of(&paragraphs, m.open);
        let close = m.close.map(|c| a.token_at(c));
        let after_limit = close
            .and_then(|c| {
                a.sentence_of_token(c + 1)
                    .filter(|_| c + 1 < a.tokens.len())
            })
            .map_or(s.end_token, |k| a.sentences[k].end_token);
        let starts_sentence = open == s.first_token;
        let mut cue = close.and_then(|c| attribution::after(a, c, after_limit));
        if cue.is_none_or_unnamed() {
            let lo = colon_lead_in(a, open).unwrap_or(s.first_token);
            cue = better(cue, attribution::before(a, open, lo));
        }
        if cue.is_none_or_unnamed() {
            cue = better(
                cue,
                close.and_then(|c| attribution::sentence_final(a, c, after_limit)),
            );
        }
        // "Senator X of Iowa ... was blunter: “...”": a colon hands the quote to the
        // sentence's subject.
        if cue.is_none() && open > s.first_token && a.token_text(open - 1) == ":" {
            let lead = a.sentence_of_token(open - 1).map_or(s, |k| a.sentences[k]);
            if let Some(c) = subject_chunk(a, lead.first_token, open - 1) {
                // "Calderon: “...”" (a headline) or a person as the subject.
                let bare_name = c.first == lead.first_token && c.end == open - 1;
                if is_person(a, &mentions, &c) || (bare_name && !is_place(a, &mentions, &c)) {
                    cue = Some(Cue {
                        who: Who::Name(c),
                        first: c.first,
                        end: c.end,
                    });
                }
            }
        }
        let mut speaker = cue.and_then(|c| people.resolve(c));
        // "He cast doubt on ... “in fear ...,” according to the cables": the cue names no
        // one, so the quote belongs to the sentence's subject.
        if speaker.is_none() && !starts_sentence {
            if let Some(p) = pronoun_subject(a, s.first_token, open) {
                speaker = people.resolve(Cue {
                    who: Who::Pronoun(p),
                    first: p,
                    end: p + 1,
                });
            }
        }
        // A speaker's further sentences: the quote before, in this paragraph or, when this
        // quote opens its paragraph, in the one before.
        if speaker.is_none() && cue.is_none() {
            if let Some((lp, li)) = last {
                let opens_paragraph = paragraphs
                    .get(paragraph)
                    .is_some_and(|&p0| a.text.get(p0..m.open).is_some_and(|t| t.trim().is_empty()));
                if lp == paragraph || (opens_paragraph && lp + 1 == paragraph) {
                    speaker = out.get(li).map(|q| (q.speaker.clone(), q.speaker_span));
                }
            }
        }
        // "Calderon was defiant. “We will not retreat.”": a quote standing as its own
        // sentence belongs to the person the sentence before, in its paragraph, is about.
        if speaker.is_none() && cue.is_none() && starts_sentence && sentence > 0 {
            let prev = a.sentences[sentence - 1];
            let same_paragraph = paragraph_of(&paragraphs, prev.span.start) == paragraph;
            if same_paragraph {
                if let Some(c) = people.subject_in(prev.first_token, prev.end_token) {
                    speaker = people.resolve(Cue {
                        who: Who::Name(c),
                        first: c.first,
                        end: c.end,
                    });
                }
            }
        }
        let Some((name, span)) = speaker else {
            continue;
        };
        let text = a.text.get(m.start..m.end).unwrap_or("").to_string();
        out.push(Quote {
            speaker: name,
            text,
            start: m.start,
            end: m.end,
            speaker_span: span,
        });
        last = Some((paragraph, out.len() - 1));
    }
    out
}

trait CueExt {
    fn is_none_or_unnamed(&self) -> bool;
}

impl CueExt for Option<Cue> {
    fn is_none_or_unnamed(&self) -> bool {
        match self {
            None => true,
            Some(c) => c.who == Who::Unnamed,
        }
    }
}

/// A named cue beats an unnamed one.
fn better(old: Option<Cue>, new: Option<Cue>) -> Option<Cue> {
    match (old, new) {
        (Some(o), Some(n)) if o.who == Who::Unnamed && n.who != Who::Unnamed => Some(n),
        (None, n) => n,
        (o, _) => o,
    }
}

/// When a quote follows a colon ("Gates said:" at a line's end), the sentence to search for
/// its cue starts where the colon's sentence starts.
fn colon_lead_in(a: &Doc, open: usize) -> Option<usize> {
    let colon = open.checked_sub(1)?;
    if a.token_text(colon) != ":" {
        return None;
    }
    let k = a.sentence_of_token(colon)?;
    Some(a.sentences[k].first_token)
}

/// A sentence whose subject is "he"/"she": the pronoun's token.
fn pronoun_subject(a: &Doc, first: usize, limit: usize) -> Option<usize> {
    let mut i = first;
    while i < limit && i < first + 3 {
        let w = a.token_text(i);
        if w.eq_ignore_ascii_case("he") || w.eq_ignore_ascii_case("she") {
            return Some(i);
        }
        if !names::is_in(
            &["but", "and", "yet", "so", "then", "still", "\"", "\u{201C}"],
            w,
        ) {
            return None;
        }
        i += 1;
    }
    None
}

/// Passages that are not quotations whoever is near: titles of works and names in quote
/// marks ("Operation Gatekeeper"), words introduced as terms ("the so-called ...").
fn is_quotation(a: &Doc, m: &marks::Marked) -> bool {
    let Some(words) = a.text.get(m.start..m.end) else {
        return false;
    };
    if !words.chars().any(char::is_alphabetic) {
        return false;
    }
    // Title Case throughout: a title or a name, not speech.
    let mut content = 0;
    let mut capitalised = 0;
    const MINOR: &[&str] = &[
        "a", "an", "the", "of", "and", "or", "in", "on", "at", "to", "for", "by", "with", "from",
    ];
    for w in words.split_whitespace() {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if !w.chars().any(char::is_alphabetic) || names::is_in(MINOR, w) {
            continue;
        }
        content += 1;
        if w.chars().next().is_some_and(char::is_uppercase) {
            capitalised += 1;
        }
    }
    if content > 0 && content == capitalised && content < 8 {
        return false;
    }
    let before = a.text.get(..m.open).unwrap_or("").trim_end();
    let lower_tail: String = before
        .chars()
        .rev()
        .take(16)
        .collect::<Vec<_>>()
        .into_iter()
        .rev()
        .collect::<String>()
        .to_lowercase();
    ![
        "so-called",
        "dubbed",
        "nicknamed",
        "known as",
        "titled",
        "entitled",
        "the term",
        "the word",
        "named",
    ]
    .iter()
    .any(|t| lower_tail.ends_with(t))
}

/// Byte offsets where paragraphs start (after one or more line breaks).
fn paragraph_starts(text: &str) -> Vec<usize> {
    let mut out = vec![0];
    let bytes = text.as_bytes();
    let is_break = |b: u8| b == b'\n' || b == b'\r';
    // Bytes, not chars: '\n' and '\r' are ASCII, and the byte after one starts a char.
    let mut at = 0;
    while let Some(i) = marks::next_byte(text, at, [b'\n', b'\r', b'\r'], is_break) {
        let mut j = i;
        while bytes.get(j).copied().is_some_and(is_break) {
            j += 1;
        }
        if j < bytes.len() {
            out.push(j);
        }
        at = j;
    }
    out
}

fn paragraph_of(starts: &[usize], offset: usize) -> usize {
    starts.partition_point(|&s| s <= offset).saturating_sub(1)
}

/// People spoken of so far, for resolving "he said" and "the secretary said".
struct Speakers<'x, 'a> {
    a: &'x Doc<'x, 'a>,
    mentions: &'x names::Mentions<'x>,
    /// Sentence subjects that are people: (token, chunk, name), in document order.
    subjects: Vec<(usize, Chunk, Option<String>)>,
    /// Speakers named by cues so far: (token, name, chunk), in document order.
    named: Vec<(usize, String, Option<Chunk>)>,
    /// Sentences whose subject is a title ("The secretary spoke first"): (token of the
    /// title word), in document order.
    title_subjects: Vec<usize>,
}

impl<'x, 'a> Speakers<'x, 'a> {
    fn new(a: &'x Doc<'x, 'a>, mentions: &'x names::Mentions<'x>) -> Self {
        let mut found = Vec::new();
        for s in &a.sentences {
            // "Police chief Julian Leyzaola has been blunt": past a leading non-person run.
            // A sentence that opens inside a quotation ("“El Teo is gone,” he said") has
            // no subject there: the quoted words are someone else's.
            let mut from = s.first_token;
            let quoted_start = matches!(a.token_text(from), "\"" | "\u{201C}" | "'" | "\u{2018}");
            for _ in 0..if quoted_start { 0 } else { 3 } {
                let Some(c) = subject_chunk(a, from, s.end_token) else {
                    break;
                };
                if is_person(a, mentions, &c) {
                    found.push(c);
                    break;
                }
                from = c.end;
            }
            // The agent of a passive is its logical subject: "was criticized by Rep. X".
            for i in s.first_token + 1..s.end_token.saturating_sub(1) {
                let passive = a.token_text(i).eq_ignore_ascii_case("by") && {
                    let v = a.token_text(i - 1);
                    v.ends_with("ed") || v.ends_with("en")
                };
                if !passive {
                    continue;
                }
                if let Some(c) = names::chunk_at(a, i + 1, s.end_token) {
                    if !c.possessive && is_person(a, mentions, &c) {
                        found.push(c);
                    }
                }
            }
        }
        crate::order::sort_by_key(&mut found, |c| c.first);
        let title_subjects = a
            .sentences
            .iter()
            .filter_map(|s| {
                let (t, e) = attribution::title_phrase(a, s.first_token, s.end_token)?;
                // "The president, Calderon, ...": the name is the subject, not the title.
                let named_next = names::chunk_at(a, e, s.end_token).is_some()
                    || (e < s.end_token && a.token_text(e) == ",");
                (!named_next).then_some(t)
            })
            .collect();
        let mut speakers = Speakers {
            a,
            mentions,
            subjects: Vec::with_capacity(found.len()),
            named: Vec::new(),
            title_subjects,
        };
        for c in found {
            let name = speakers.name_of(&c);
            speakers.subjects.push((c.first, c, name));
        }
        speakers
    }

    /// The person who is the subject of the sentence with tokens `[first, end)`, if any.
    fn subject_in(&self, first: usize, end: usize) -> Option<Chunk> {
        let k = self.subjects.partition_point(|(pos, _, _)| *pos < first);
        self.subjects
            .get(k)
            .filter(|(pos, _, name)| *pos < end && name.is_some())
            .map(|(_, c, _)| *c)
    }

    /// The speaker's name (canonical when an entity is known) and the cue's span.
    fn resolve(&mut self, cue: Cue) -> Option<(String, Option<Span>)> {
        let a = self.a;
        let span = Some(Span::new(
            a.tokens[cue.first].start,
            a.tokens[cue.end.max(cue.first + 1) - 1].end,
        ));
        let name = match cue.who {
            Who::Name(c) => {
                let name = self.name_of(&c)?;
                self.named.push((c.first, name.clone(), Some(c)));
                name
            }
            Who::Pronoun(p) => self.last_person_before(p, None)?,
            Who::Title(t) => {
                let title = a.token_text(t);
                self.last_person_before(t, Some(title))?
            }
            Who::Unnamed => return None,
        };
        Some((name, span))
    }

    fn name_of(&self, c: &Chunk) -> Option<String> {
        let a = self.a;
        let (s, e) = (a.tokens[c.name_first].start, a.tokens[c.end - 1].end);
        if let Some(k) = self.mentions.entity_at(s, e) {
            let ent = &self.mentions.entities[k];
            match ent.kind {
                EntityType::Place => return None,
                // "Critics called it ...": a capitalised common noun, not a name.
                EntityType::Misc if !names::person_like(a, c) => return None,
                _ => return Some(ent.canonical.clone()),
            }
        }
        if !self.mentions.is_empty() && !names::person_like(a, c) && !names::is_plausible_name(a, c)
        {
            return None;
        }
        let n = c.name(a).trim();
        if n.is_empty() {
            return None;
        }
        Some(self.fullest_form(n).unwrap_or(n).to_string())
    }

    /// A fuller name seen before for the same person: "Mora" -> "Eduardo Medina Mora".
    fn fullest_form(&self, short: &str) -> Option<&str> {
        let longer = |full: &str| {
            full.len() > short.len()
                && full.ends_with(short)
                && full[..full.len() - short.len()].ends_with(' ')
        };
        let from_subjects = self.subjects.iter().filter_map(|(_, _, n)| n.as_deref());
        let from_named = self.named.iter().map(|(_, n, _)| n.as_str());
        from_subjects
            .chain(from_named)
            .filter(|f| longer(f))
            .max_by_key(|f| f.len())
    }

    /// The person last named as a subject or speaker before token `before`; with a title,
    /// the last one written with that title or holding it as an entity role.
    fn last_person_before(&self, before: usize, title: Option<&str>) -> Option<String> {
        let a = self.a;
        let fits = |c: &Chunk| match title {
            None => true,
            Some(t) => c.has_title_word(a, t) || self.entity_has_role(c, t),
        };
        let k = self.subjects.partition_point(|(pos, _, _)| *pos < before);
        let subject = self.subjects[..k]
            .iter()
            .rev()
            .find(|(_, c, n)| n.is_some() && fits(c))
            .and_then(|(pos, _, n)| n.as_ref().map(|n| (*pos, n)));
        let k = self.named.partition_point(|(pos, _, _)| *pos < before);
        let named = self.named[..k]
            .iter()
            .rev()
            .find(|(_, _, c)| c.as_ref().map_or(title.is_none(), fits))
            .map(|(pos, n, _)| (*pos, n));
        let best = match (subject, named) {
            (Some(s), Some(n)) => Some(if n.0 >= s.0 { n } else { s }),
            (s, n) => s.or(n),
        };
        // "The secretary spoke first. “...,” he said": a later subject named by title stands
        // for the person last named with that title.
        if title.is_none() {
            let k = self.title_subjects.partition_point(|&t| t < before);
            if let Some(&t) = k.checked_sub(1).and_then(|k| self.title_subjects.get(k)) {
                if best.is_none_or_before(t) {
                    if let Some(n) = self.last_person_before(t, Some(a.token_text(t))) {
                        return Some(n);
                    }
                }
            }
        }
        if let Some((_, n)) = best {
            return Some(n.clone());
        }
        // An entity whose role holds the title ("Defense Secretary").
        let t = names::full_title(title?).to_lowercase();
        self.mentions
            .entities
            .iter()
            .find(|e| {
                e.kind == EntityType::Person
                    && e.roles.iter().any(|r| r.text.to_lowercase().contains(&t))
            })
            .map(|e| e.canonical.clone())
    }

    fn entity_has_role(&self, c: &Chunk, title: &str) -> bool {
        let a = self.a;
        let (s, e) = c.byte_span(a);
        self.mentions.entity_at(s, e).is_some_and(|k| {
            let t = names::full_title(title).to_lowercase();
            self.mentions.entities[k]
                .roles
                .iter()
                .any(|r| r.text.to_lowercase().contains(&t))
        })
    }
}

fn is_place(a: &Doc, mentions: &names::Mentions, c: &Chunk) -> bool {
    let (s, e) = c.byte_span(a);
    mentions
        .entity_at(s, e)
        .is_some_and(|k| mentions.entities[k].kind == EntityType::Place)
}

trait BeforeExt {
    fn is_none_or_before(&self, pos: usize) -> bool;
}

impl BeforeExt for Option<(usize, &String)> {
    fn is_none_or_before(&self, pos: usize) -> bool {
        match self {
            None => true,
            Some((p, _)) => *p < pos,
        }
    }
}

/// Is this name run a person? By the entity found there, else by its form (two or more
/// name words or a title) or by a speech verb right after it ("McCaffrey, agreed").
fn is_person(a: &Doc, mentions: &names::Mentions, c: &Chunk) -> bool {
    let (s, e) = (a.tokens[c.name_first].start, a.tokens[c.end - 1].end);
    if let Some(k) = mentions.entity_at(s, e) {
        return mentions.entities[k].kind == EntityType::Person;
    }
    if c.possessive {
        return false;
    }
    let mut j = c.end;
    if j < a.tokens.len() && a.token_text(j) == "," {
        j += 1;
    }
    let speaks = j < a.tokens.len() && attribution::is_speech_verb(a.token_text(j));
    speaks || names::person_like(a, c)
}

/// The name run that is the subject of the sentence `[first, end)`, if it opens the
/// sentence (after a conjunction, an introductory phrase ending in a comma, or a short
/// description: "The former drug czar, McCaffrey, agreed").
fn subject_chunk(a: &Doc, first: usize, end: usize) -> Option<Chunk> {
    const INTRO: &[&str] = &[
        "in",
        "on",
        "at",
        "after",
        "before",
        "during",
        "since",
        "while",
        "although",
        "when",
        "under",
        "with",
        "as",
        "for",
        "from",
        "despite",
        "last",
        "earlier",
        "later",
        "following",
        "speaking",
        "asked",
        "unlike",
        "like",
        "by",
        "through",
        "amid",
        "over",
        "if",
        "because",
        "though",
        "instead",
        "meanwhile",
        "however",
        "still",
        "yet",
    ];
    const VERBISH: &[&str] = &[
        "is", "was", "are", "were", "has", "had", "have", "will", "would", "could", "can", "may",
        "might", "should", "must", "did", "does",
    ];
    static INTRO_SET: KeySet = KeySet::new(INTRO);
    // Auxiliaries and speech verbs in one table: either ends the search for a subject.
    static VERB_STOP: KeyMap<()> =
        KeyMap::from_lists(&[(VERBISH, ()), (attribution::SPEECH_VERBS, ())]);
    let mut i = first;
    while i < end
        && names::is_in(
            &["\"", "\u{201C}", "but", "and", "so", "then"],
            a.token_text(i),
        )
    {
        i += 1;
    }
    if i < end && INTRO_SET.contains(a.token_text(i)) {
        // Skip the introductory phrase up to its comma.
        let mut j = i;
        while j < end && j < i + 20 && a.token_text(j) != "," {
            j += 1;
        }
        if j >= end || a.token_text(j) != "," {
            return None;
        }
        i = j + 1;
    }
    let stop = end.min(i + 10);
    let mut j = i;
    while j < stop {
        let w = a.token_text(j);
        if w.eq_ignore_ascii_case("he") || w.eq_ignore_ascii_case("she") {
            return None;
        }
        if VERB_STOP.get(w).is_some() {
            return None;
        }
        if let Some(c) = names::chunk_at(a, j, end) {
            if !c.possessive
                && c.end > c.name_first
                && a.tokens[c.name_first..c.end].iter().any(|t| {
                    let x = t.text(a.text);
                    x.chars().any(char::is_lowercase)
                })
            {
                return Some(c);
            }
            j = c.end;
            continue;
        }
        j += 1;
    }
    None
}

#[cfg(test)]
mod tests;
