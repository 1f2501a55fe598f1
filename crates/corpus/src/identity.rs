//! Cross-article entity identity: which entities of different articles are the same
//! real-world referent.
//!
//! Rules, applied per entity type (a PLACE never merges with an ORG):
//! 1. the same [`name_key`] is the same entity ("Felipe Calderon" = "Felipe Calderón");
//! 2. people: a full name whose words are a subsequence of another full name with the same
//!    first and last word is the same person ("Hillary Clinton" = "Hillary Rodham Clinton");
//! 3. people: a one-word name equal to the last word of exactly one full name (after rule 2)
//!    is that person ("Calderon" -> "Felipe Calderón"); with two candidates it stays apart.

use std::collections::BTreeMap;

use frontera_core::EntityType;

use crate::normalize::{key_words, name_key};

/// One entity occurrence fed to [`resolve`]: a document entity's type, canonical name and
/// how many mentions it has in its document.
#[derive(Debug, Clone, PartialEq)]
pub struct NameOccurrence<'a> {
    pub kind: EntityType,
    pub canonical: &'a str,
    pub mentions: usize,
}

/// The result of [`resolve`]: `group_of[i]` is the group of occurrence `i`; each group has
/// a display name (the fullest, best-spelled variant) and its distinct variants.
#[derive(Debug, Clone, PartialEq)]
pub struct Identity {
    pub group_of: Vec<usize>,
    pub groups: Vec<IdentityGroup>,
}

#[derive(Debug, Clone, PartialEq)]
pub struct IdentityGroup {
    pub kind: EntityType,
    pub name: String,
    pub key: String,
    /// Distinct spellings of the canonical name, sorted.
    pub variants: Vec<String>,
}

/// Group occurrences into corpus-wide entities. Deterministic: groups are ordered by
/// (type, key of their display name).
pub fn resolve(occurrences: &[NameOccurrence]) -> Identity {
    let keys: Vec<String> = occurrences.iter().map(|o| name_key(o.canonical)).collect();
    resolve_keyed(occurrences, &keys)
}

/// [`resolve`] with each occurrence's [`name_key`] already made (`keys[i]` for
/// occurrence `i`; a missing key counts as empty), so a corpus built a batch at a time
/// makes them as articles arrive.
pub fn resolve_keyed(occurrences: &[NameOccurrence], keys: &[String]) -> Identity {
    name_groups(group_keyed(occurrences, keys), occurrences)
}

/// The groups of [`resolve_keyed`] before they are named and ordered: `group_of[i]` is the
/// group of occurrence `i`, `members[g]` the occurrences of group `g`.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Grouping {
    group_of: Vec<usize>,
    members: Vec<Vec<usize>>,
}

/// The first half of [`resolve_keyed`], for a caller that yields in between: which
/// occurrences are one entity.
pub fn group_keyed(occurrences: &[NameOccurrence], keys: &[String]) -> Grouping {
    // Rule 1: exact keys. BTreeMap keeps everything in a stable order.
    let mut key_ids: BTreeMap<(EntityType, &str), usize> = BTreeMap::new();
    let mut occ_key = Vec::with_capacity(occurrences.len());
    for (i, occ) in occurrences.iter().enumerate() {
        let key = keys.get(i).map_or("", String::as_str);
        let next = key_ids.len();
        let id = *key_ids.entry((occ.kind, key)).or_insert(next);
        occ_key.push(id);
    }
    let keys: Vec<(EntityType, &str)> = {
        let mut v = vec![(EntityType::Misc, ""); key_ids.len()];
        for (k, &id) in &key_ids {
            v[id] = *k;
        }
        v
    };
    let mut sets = UnionFind::new(keys.len());

    // Rule 2: full names that are word subsequences of each other, same first and last word.
    // Only names sharing both ends can match: compare within those buckets (a corpus of a
    // thousand articles has thousands of people; all pairs took seconds).
    let people: Vec<usize> = (0..keys.len())
        .filter(|&i| keys[i].0 == EntityType::Person)
        .collect();
    let words: BTreeMap<usize, Vec<&str>> =
        frontera_core::order::map(people.iter().map(|&p| (p, key_words(keys[p].1))));
    let mut by_ends: BTreeMap<(&str, &str), Vec<usize>> = BTreeMap::new();
    let mut by_last: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for (&p, w) in &words {
        if let (Some(&first), Some(&last)) = (w.first(), w.last()) {
            if w.len() >= 2 {
                by_ends.entry((first, last)).or_default().push(p);
                by_last.entry(last).or_default().push(p);
            }
        }
    }
    for bucket in by_ends.values() {
        for &a in bucket {
            for &b in bucket {
                if a != b && is_shorter_form_words(&words[&a], &words[&b]) {
                    sets.union(a, b);
                }
            }
        }
    }

    // Rule 3: surnames alone, when one person (after rule 2) carries that last word.
    for &short in &people {
        let [surname] = words[&short][..] else {
            continue;
        };
        let mut candidates: Vec<usize> = by_last
            .get(surname)
            .into_iter()
            .flatten()
            .map(|&full| sets.find(full))
            .collect();
        frontera_core::order::sort(&mut candidates);
        candidates.dedup();
        if let [only] = candidates[..] {
            sets.union(short, only);
        }
    }

    // Number the groups and pick each one's display name.
    let mut root_group: BTreeMap<usize, usize> = BTreeMap::new();
    let mut members: Vec<Vec<usize>> = Vec::new(); // occurrence indices per group
    let mut group_of = Vec::with_capacity(occurrences.len());
    for (i, &k) in occ_key.iter().enumerate() {
        let root = sets.find(k);
        let next = members.len();
        let g = *root_group.entry(root).or_insert(next);
        if g == next {
            members.push(Vec::new());
        }
        members[g].push(i);
        group_of.push(g);
    }
    Grouping { group_of, members }
}

/// The second half of [`resolve_keyed`]: each group's display name and spellings, groups
/// in a stable order. `occurrences` must be the ones `grouping` was made from.
pub fn name_groups(grouping: Grouping, occurrences: &[NameOccurrence]) -> Identity {
    let Grouping {
        mut group_of,
        members,
    } = grouping;
    let mut groups: Vec<IdentityGroup> = members
        .iter()
        .map(|occ_ids| {
            // Distinct spellings first, then owned: most occurrences repeat a spelling.
            let mut spellings: Vec<&str> = occ_ids
                .iter()
                .map(|&i| occurrences[i].canonical.trim())
                .collect();
            frontera_core::order::sort(&mut spellings);
            spellings.dedup();
            let variants: Vec<String> = spellings.into_iter().map(str::to_owned).collect();
            let name = display_name(occ_ids.iter().map(|&i| &occurrences[i]));
            IdentityGroup {
                kind: occurrences[occ_ids[0]].kind,
                key: name_key(&name),
                name,
                variants,
            }
        })
        .collect();

    // Final order: by type, then key, so ids do not depend on the order of the input.
    let mut order: Vec<usize> = (0..groups.len()).collect();
    frontera_core::order::sort_by(&mut order, |&a, &b| {
        (groups[a].kind, &groups[a].key, &groups[a].name).cmp(&(
            groups[b].kind,
            &groups[b].key,
            &groups[b].name,
        ))
    });
    let mut new_id = vec![0; groups.len()];
    for (new, &old) in order.iter().enumerate() {
        new_id[old] = new;
    }
    for g in &mut group_of {
        *g = new_id[*g];
    }
    let mut taken: Vec<Option<IdentityGroup>> = groups.drain(..).map(Some).collect();
    let groups = order.iter().filter_map(|&old| taken[old].take()).collect();
    Identity { group_of, groups }
}

/// True when `short` has at least two words, fewer words than `long`, the same first and
/// last words, and its words appear in `long` in order ("hillary clinton" in
/// "hillary rodham clinton").
fn is_shorter_form_words(s: &[&str], l: &[&str]) -> bool {
    if s.len() < 2 || s.len() >= l.len() || s.first() != l.first() || s.last() != l.last() {
        return false;
    }
    let mut it = l.iter();
    s.iter().all(|w| it.any(|x| x == w))
}

/// The fullest variant (most words), preferring a spelling with diacritics (writers who
/// bother are usually right), then the most mentioned, then the first alphabetically.
fn display_name<'a>(occs: impl Iterator<Item = &'a NameOccurrence<'a>>) -> String {
    let mut by_name: BTreeMap<&str, usize> = BTreeMap::new();
    for o in occs {
        *by_name.entry(o.canonical.trim()).or_default() += o.mentions.max(1);
    }
    by_name
        .into_iter()
        .max_by(|(a, ma), (b, mb)| {
            let score = |s: &str, m: usize| (key_words(&name_key(s)).len(), !s.is_ascii(), m);
            score(a, *ma)
                .cmp(&score(b, *mb))
                // max_by keeps the last of equals: reverse so the alphabetically first wins.
                .then_with(|| b.cmp(a))
        })
        .map(|(name, _)| name.to_owned())
        .unwrap_or_default()
}

struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind {
            parent: (0..n).collect(),
        }
    }
    fn find(&mut self, mut x: usize) -> usize {
        while self.parent[x] != x {
            self.parent[x] = self.parent[self.parent[x]];
            x = self.parent[x];
        }
        x
    }
    /// Join the sets of `a` and `b`; the smaller root stays root, for determinism.
    fn union(&mut self, a: usize, b: usize) {
        let (ra, rb) = (self.find(a), self.find(b));
        if ra != rb {
            let (keep, join) = if ra < rb { (ra, rb) } else { (rb, ra) };
            self.parent[join] = keep;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn occ(kind: EntityType, canonical: &str) -> NameOccurrence<'_> {
        NameOccurrence {
            kind,
            canonical,
            mentions: 1,
        }
    }

    fn person(name: &str) -> NameOccurrence<'_> {
        occ(EntityType::Person, name)
    }

    fn names(id: &Identity) -> Vec<&str> {
        id.groups.iter().map(|g| g.name.as_str()).collect()
    }

    #[test]
    fn accents_and_case_merge_and_the_accented_spelling_is_shown() {
        let id = resolve(&[person("Felipe Calderon"), person("felipe calderón")]);
        assert_eq!(id.group_of, vec![0, 0]);
        assert_eq!(names(&id), vec!["felipe calderón"]);
        assert_eq!(id.groups[0].variants.len(), 2);
    }

    #[test]
    fn a_surname_joins_the_only_full_name_it_ends() {
        let id = resolve(&[
            person("Calderon"),
            person("Felipe Calderón"),
            person("Janet Napolitano"),
        ]);
        assert_eq!(id.group_of[0], id.group_of[1]);
        assert_ne!(id.group_of[0], id.group_of[2]);
        assert_eq!(names(&id), vec!["Felipe Calderón", "Janet Napolitano"]);
    }

    #[test]
    fn an_ambiguous_surname_stays_apart() {
        let id = resolve(&[
            person("Clinton"),
            person("Hillary Clinton"),
            person("Bill Clinton"),
        ]);
        assert_eq!(id.groups.len(), 3);
    }

    #[test]
    fn a_middle_name_does_not_split_a_person() {
        let id = resolve(&[
            person("Hillary Clinton"),
            person("Hillary Rodham Clinton"),
            person("Clinton"),
        ]);
        assert_eq!(id.groups.len(), 1);
        assert_eq!(id.groups[0].name, "Hillary Rodham Clinton");
        // "George Bush" and "George W. Bush" likewise; "George Washington" stays apart.
        let id = resolve(&[
            person("George Bush"),
            person("George W. Bush"),
            person("George Washington"),
        ]);
        assert_eq!(id.groups.len(), 2);
    }

    #[test]
    fn types_never_merge_and_surname_rule_is_only_for_people() {
        let id = resolve(&[
            occ(EntityType::Place, "Mexico"),
            occ(EntityType::Org, "Mexico"),
            occ(EntityType::Place, "Juárez"),
            occ(EntityType::Place, "Ciudad Juarez"),
        ]);
        assert_eq!(id.groups.len(), 4);
    }

    #[test]
    fn ids_do_not_depend_on_input_order() {
        let a = resolve(&[person("Zed Alpha"), person("Ann Beta")]);
        let b = resolve(&[person("Ann Beta"), person("Zed Alpha")]);
        assert_eq!(a.groups, b.groups);
        assert_eq!(a.group_of, vec![1, 0]);
    }

    #[test]
    fn empty_input_is_fine() {
        let id = resolve(&[]);
        assert!(id.groups.is_empty() && id.group_of.is_empty());
        let id = resolve(&[person(""), person("   ")]);
        assert_eq!(id.groups.len(), 1);
    }
}
