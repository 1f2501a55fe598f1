//! A person's corrections of corpus-wide identity: an entity renamed, or merged into another
//! of the same kind when the automatic rules ([`crate::identity`]) kept apart what is one
//! ("Felipe Calderon" and "President Calderón"). Applied after identity resolution, so every
//! view, count and export built from the corpus shows them.
//!
//! A correction names entities by kind and [`name_key`] of the automatic entity's display
//! name ([`EntityRef`]), like the URL keys of `route`: not by index, so it survives a growing
//! corpus and re-extraction. When the display name has changed since (a fuller name arrived),
//! an entity with a spelling of that key is meant. A correction whose entities are not in
//! the current articles is kept and applies again when they return.

use std::collections::BTreeMap;

use frontera_core::EntityType;
use serde::{Deserialize, Serialize};

use crate::identity::IdentityGroup;
use crate::normalize::name_key;

/// An entity as corrections name it: its kind and the name key of its automatic name.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct EntityRef {
    pub kind: EntityType,
    pub key: String,
}

impl EntityRef {
    pub fn of(kind: EntityType, name: &str) -> EntityRef {
        EntityRef {
            kind,
            key: name_key(name),
        }
    }
}

/// One correction, as stored.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "lowercase")]
pub enum Correction {
    /// Show `entity` as `name`.
    Rename { entity: EntityRef, name: String },
    /// `entity` is the same as `into` (same kind): one entity, named as `into`.
    Merge { entity: EntityRef, into: EntityRef },
}

impl Correction {
    /// The entity corrected.
    pub fn subject(&self) -> &EntityRef {
        match self {
            Correction::Rename { entity, .. } | Correction::Merge { entity, .. } => entity,
        }
    }

    /// A storage key: one rename and one merge per entity at most.
    pub fn storage_key(&self) -> String {
        let (op, e) = match self {
            Correction::Rename { entity, .. } => ("rename", entity),
            Correction::Merge { entity, .. } => ("merge", entity),
        };
        format!("{op}:{}:{}", e.kind.as_str(), e.key)
    }
}

/// Every correction in force, at most one rename and one merge per entity.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Corrections {
    renames: BTreeMap<EntityRef, String>,
    merges: BTreeMap<EntityRef, EntityRef>,
}

impl Corrections {
    pub fn from_list(list: impl IntoIterator<Item = Correction>) -> Corrections {
        let mut c = Corrections::default();
        for x in list {
            c.set(x);
        }
        c
    }

    /// Add a correction, replacing the entity's earlier one of the same sort. A blank name
    /// or a merge of an entity into itself or across kinds is ignored.
    pub fn set(&mut self, c: Correction) {
        match c {
            Correction::Rename { entity, name } => {
                let name = name.split_whitespace().collect::<Vec<_>>().join(" ");
                if !name.is_empty() && !entity.key.is_empty() {
                    self.renames.insert(entity, name);
                }
            }
            Correction::Merge { entity, into } => {
                if entity != into && entity.kind == into.kind && !entity.key.is_empty() {
                    self.merges.insert(entity, into);
                }
            }
        }
    }

    /// Undo a correction (the entity's rename or merge, whatever its value).
    pub fn remove(&mut self, c: &Correction) {
        match c {
            Correction::Rename { entity, .. } => {
                self.renames.remove(entity);
            }
            Correction::Merge { entity, .. } => {
                self.merges.remove(entity);
            }
        }
    }

    /// Every correction: renames, then merges, each by entity.
    pub fn list(&self) -> Vec<Correction> {
        let renames = self.renames.iter().map(|(e, n)| Correction::Rename {
            entity: e.clone(),
            name: n.clone(),
        });
        let merges = self.merges.iter().map(|(e, t)| Correction::Merge {
            entity: e.clone(),
            into: t.clone(),
        });
        renames.chain(merges).collect()
    }

    pub fn is_empty(&self) -> bool {
        self.renames.is_empty() && self.merges.is_empty()
    }

    pub fn len(&self) -> usize {
        self.renames.len() + self.merges.len()
    }
}

/// Where a corpus entity comes from: the automatic entity it is named after and what
/// corrections made of it.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Origin {
    /// The automatic entity, as corrections name it.
    pub key: EntityRef,
    /// Its automatic display name.
    pub auto_name: String,
    /// The rename in force, if any.
    pub rename: Option<Correction>,
    /// Automatic entities merged into it: each one's name and the merge that joined it.
    pub merged: Vec<(String, Correction)>,
}

impl Default for EntityRef {
    fn default() -> Self {
        EntityRef {
            kind: EntityType::Misc,
            key: String::new(),
        }
    }
}

/// An entity after corrections.
#[derive(Debug, Clone, PartialEq)]
pub struct CorrectedEntity {
    pub kind: EntityType,
    pub name: String,
    /// Every spelling of every automatic entity in it, sorted.
    pub variants: Vec<String>,
    pub origin: Origin,
}

/// The result of [`apply`]: `entity_of[g]` is the entity of automatic group `g`.
#[derive(Debug, Clone, PartialEq)]
pub struct Corrected {
    pub entity_of: Vec<usize>,
    pub entities: Vec<CorrectedEntity>,
}

/// Apply `corrections` to the automatic groups. Entities keep the order of the groups they
/// are named after, so with no corrections `entity_of[g] == g`.
pub fn apply(groups: &[IdentityGroup], corrections: &Corrections) -> Corrected {
    // A reference is the group whose display name has its key, else one with a spelling of it.
    let mut by_name: BTreeMap<(EntityType, &str), usize> = BTreeMap::new();
    let mut by_variant: BTreeMap<(EntityType, String), usize> = BTreeMap::new();
    if !corrections.is_empty() {
        for (g, group) in groups.iter().enumerate() {
            by_name.entry((group.kind, group.key.as_str())).or_insert(g);
            for v in &group.variants {
                by_variant.entry((group.kind, name_key(v))).or_insert(g);
            }
        }
    }
    let find = |r: &EntityRef| {
        by_name
            .get(&(r.kind, r.key.as_str()))
            .or_else(|| by_variant.get(&(r.kind, r.key.clone())))
            .copied()
    };

    // Merges: union of groups; a group that is merged into another is never a set's root.
    let mut parent: Vec<usize> = (0..groups.len()).collect();
    let mut merged_away = vec![false; groups.len()];
    let mut joined: Vec<(usize, String, Correction)> = Vec::new(); // (target group, name, merge)
    for (from, into) in &corrections.merges {
        let (Some(a), Some(b)) = (find(from), find(into)) else {
            continue;
        };
        if a == b {
            continue;
        }
        merged_away[a] = true;
        let (ra, rb) = (root(&mut parent, a), root(&mut parent, b));
        if ra != rb {
            parent[ra] = rb;
        }
        joined.push((
            b,
            groups[a].name.clone(),
            Correction::Merge {
                entity: from.clone(),
                into: into.clone(),
            },
        ));
    }
    // Each set is named after its first member not merged away (a cycle: its first).
    let mut head: BTreeMap<usize, usize> = BTreeMap::new();
    for g in 0..groups.len() {
        let r = root(&mut parent, g);
        match head.get(&r) {
            Some(&h) if !merged_away[h] || merged_away[g] => {}
            _ => {
                head.insert(r, g);
            }
        }
    }
    let mut renames: BTreeMap<usize, Correction> = BTreeMap::new();
    for (e, name) in &corrections.renames {
        if let Some(g) = find(e) {
            renames.insert(
                g,
                Correction::Rename {
                    entity: e.clone(),
                    name: name.clone(),
                },
            );
        }
    }

    let mut entity_of = vec![usize::MAX; groups.len()];
    let mut entities: Vec<CorrectedEntity> = Vec::new();
    let mut entity_of_head: BTreeMap<usize, usize> = BTreeMap::new();
    for g in 0..groups.len() {
        let r = root(&mut parent, g);
        let h = head.get(&r).copied().unwrap_or(g);
        let e = *entity_of_head.entry(h).or_insert_with(|| {
            let group = &groups[h];
            let rename = renames.get(&h).cloned();
            let name = match &rename {
                Some(Correction::Rename { name, .. }) => name.clone(),
                _ => group.name.clone(),
            };
            entities.push(CorrectedEntity {
                kind: group.kind,
                name,
                variants: Vec::new(),
                origin: Origin {
                    key: EntityRef {
                        kind: group.kind,
                        key: group.key.clone(),
                    },
                    auto_name: group.name.clone(),
                    rename,
                    merged: Vec::new(),
                },
            });
            entities.len() - 1
        });
        entity_of[g] = e;
        entities[e]
            .variants
            .extend(groups[g].variants.iter().cloned());
    }
    for e in &mut entities {
        frontera_core::order::sort(&mut e.variants);
        e.variants.dedup();
    }
    for (target, name, merge) in joined {
        if let Some(&e) = entity_of.get(target) {
            entities[e].origin.merged.push((name, merge));
        }
    }
    Corrected {
        entity_of,
        entities,
    }
}

fn root(parent: &mut [usize], mut x: usize) -> usize {
    while parent[x] != x {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    x
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::identity::{resolve, NameOccurrence};
    use EntityType::{Person, Place};

    fn groups(names: &[(EntityType, &str)]) -> Vec<IdentityGroup> {
        let occ: Vec<NameOccurrence> = names
            .iter()
            .map(|&(kind, canonical)| NameOccurrence {
                kind,
                canonical,
                mentions: 1,
            })
            .collect();
        resolve(&occ).groups
    }

    fn names(c: &Corrected) -> Vec<&str> {
        c.entities.iter().map(|e| e.name.as_str()).collect()
    }

    fn merge(kind: EntityType, a: &str, b: &str) -> Correction {
        Correction::Merge {
            entity: EntityRef::of(kind, a),
            into: EntityRef::of(kind, b),
        }
    }

    fn rename(kind: EntityType, a: &str, name: &str) -> Correction {
        Correction::Rename {
            entity: EntityRef::of(kind, a),
            name: name.into(),
        }
    }

    const PEOPLE: [(EntityType, &str); 3] = [
        (Person, "Felipe Calderon"),
        (Person, "President Calderón"),
        (Person, "Ana Ruiz"),
    ];

    #[test]
    fn no_corrections_change_nothing() {
        let g = groups(&PEOPLE);
        let c = apply(&g, &Corrections::default());
        assert_eq!(c.entity_of, vec![0, 1, 2]);
        assert_eq!(
            names(&c),
            vec!["Ana Ruiz", "Felipe Calderon", "President Calderón"]
        );
    }

    #[test]
    fn a_merge_joins_two_entities_under_the_target_name() {
        let g = groups(&PEOPLE);
        let fixes =
            Corrections::from_list([merge(Person, "President Calderón", "Felipe Calderón")]);
        let c = apply(&g, &fixes);
        assert_eq!(names(&c), vec!["Ana Ruiz", "Felipe Calderon"]);
        assert_eq!(c.entity_of, vec![0, 1, 1]);
        assert_eq!(
            c.entities[1].variants,
            vec!["Felipe Calderon", "President Calderón"]
        );
        assert_eq!(c.entities[1].origin.merged.len(), 1);
        assert_eq!(c.entities[1].origin.merged[0].0, "President Calderón");
        // Undo: split back.
        let mut fixes = fixes;
        fixes.remove(&merge(Person, "President Calderón", "x"));
        assert_eq!(apply(&g, &fixes).entities.len(), 3);
    }

    #[test]
    fn a_rename_shows_the_new_name_and_reset_restores_the_automatic_one() {
        let g = groups(&PEOPLE);
        let mut fixes = Corrections::default();
        fixes.set(rename(
            Person,
            "felipe calderon",
            "  Felipe   Calderón Hinojosa ",
        ));
        let c = apply(&g, &fixes);
        assert_eq!(c.entities[1].name, "Felipe Calderón Hinojosa");
        assert_eq!(c.entities[1].origin.auto_name, "Felipe Calderon");
        assert!(c.entities[1].origin.rename.is_some());
        fixes.remove(&rename(Person, "felipe calderon", ""));
        assert_eq!(apply(&g, &fixes).entities[1].name, "Felipe Calderon");
        // A blank name is no rename.
        fixes.set(rename(Person, "felipe calderon", "   "));
        assert!(fixes.is_empty());
    }

    #[test]
    fn corrections_follow_an_entity_whose_name_grew_fuller() {
        // Named "Felipe Calderon" when corrected; a later article adds a fuller name.
        let fixes = Corrections::from_list([
            merge(Person, "President Calderón", "Felipe Calderon"),
            rename(Person, "Felipe Calderon", "Calderón (president)"),
        ]);
        let g = groups(&[
            (Person, "Felipe Calderon"),
            (Person, "Felipe de Jesús Calderón"),
            (Person, "President Calderón"),
        ]);
        let c = apply(&g, &fixes);
        assert_eq!(c.entities.len(), 1, "{c:?}");
        assert_eq!(c.entities[0].name, "Calderón (president)");
        assert_eq!(c.entities[0].origin.auto_name, "Felipe de Jesús Calderón");
    }

    #[test]
    fn chains_and_cycles_and_strays_are_safe() {
        let g = groups(&[
            (Person, "Ann Alpha"),
            (Person, "Bo Beta"),
            (Person, "Cy Gamma"),
            (Place, "Dora"),
        ]);
        // Ann -> Bo -> Cy: one entity named Cy Gamma.
        let fixes = Corrections::from_list([
            merge(Person, "Ann Alpha", "Bo Beta"),
            merge(Person, "Bo Beta", "Cy Gamma"),
        ]);
        let c = apply(&g, &fixes);
        assert_eq!(names(&c), vec!["Cy Gamma", "Dora"]);
        assert_eq!(c.entities[0].origin.merged.len(), 2);
        // A cycle still yields one entity, named after its first member.
        let fixes = Corrections::from_list([
            merge(Person, "Ann Alpha", "Bo Beta"),
            merge(Person, "Bo Beta", "Ann Alpha"),
        ]);
        assert_eq!(
            names(&apply(&g, &fixes)),
            vec!["Ann Alpha", "Cy Gamma", "Dora"]
        );
        // Across kinds, into itself, or to entities not in the corpus: nothing happens, and
        // the stray correction is still kept.
        let mut fixes = Corrections::from_list([
            merge(Person, "Ann Alpha", "Ann Alpha"),
            Correction::Merge {
                entity: EntityRef::of(Person, "Ann Alpha"),
                into: EntityRef::of(Place, "Dora"),
            },
        ]);
        assert!(fixes.is_empty());
        fixes.set(merge(Person, "Nobody Here", "Ann Alpha"));
        fixes.set(rename(Person, "Gone Too", "X"));
        assert_eq!(apply(&g, &fixes).entities.len(), 4);
        assert_eq!(fixes.len(), 2);
    }

    #[test]
    fn corrections_round_trip_as_json_with_stable_storage_keys() {
        let m = merge(Person, "President Calderón", "Felipe Calderón");
        let json = serde_json::to_string(&m).unwrap();
        assert_eq!(
            json,
            r#"{"op":"merge","entity":{"kind":"PERSON","key":"president calderon"},"into":{"kind":"PERSON","key":"felipe calderon"}}"#
        );
        assert_eq!(serde_json::from_str::<Correction>(&json).unwrap(), m);
        assert_eq!(m.storage_key(), "merge:PERSON:president calderon");
        assert!(serde_json::from_str::<Correction>("{\"op\":\"x\"}").is_err());
    }
}

/// One line of the list of corrections: the correction, the entity it shows in now (none
/// when its entities are not in the current articles) and what it did, in words.
#[derive(Debug, Clone, PartialEq)]
pub struct CorrectionRow {
    pub correction: Correction,
    pub entity: Option<usize>,
    pub text: String,
}

impl crate::Corpus {
    /// The corrections with `entity` shown as `name` (its automatic name, or blank: the
    /// rename undone).
    pub fn renamed(&self, entity: usize, name: &str) -> Corrections {
        let mut out = self.corrections.clone();
        let Some(e) = self.entities.get(entity) else {
            return out;
        };
        if let Some(old) = &e.origin.rename {
            out.remove(old);
        }
        let name = name.trim();
        if !name.is_empty() && name != e.origin.auto_name {
            out.set(Correction::Rename {
                entity: e.origin.key.clone(),
                name: name.to_owned(),
            });
        }
        out
    }

    /// The corrections with `entity` merged into `into` (same kind).
    pub fn merged(&self, entity: usize, into: usize) -> Corrections {
        let mut out = self.corrections.clone();
        if let (Some(a), Some(b)) = (self.entities.get(entity), self.entities.get(into)) {
            out.set(Correction::Merge {
                entity: a.origin.key.clone(),
                into: b.origin.key.clone(),
            });
        }
        out
    }

    /// The corrections without `c`.
    pub fn without(&self, c: &Correction) -> Corrections {
        let mut out = self.corrections.clone();
        out.remove(c);
        out
    }

    /// Entities `entity` could be merged into: the same kind, any of whose spellings
    /// contains `query` (case and accents aside), most mentioned first, at most `max`.
    pub fn merge_candidates(&self, entity: usize, query: &str, max: usize) -> Vec<usize> {
        let Some(kind) = self.entities.get(entity).map(|e| e.kind) else {
            return Vec::new();
        };
        let q = name_key(query);
        let mut found: Vec<usize> = (0..self.entities.len())
            .filter(|&i| i != entity)
            .filter(|&i| {
                let e = &self.entities[i];
                e.kind == kind
                    && (q.is_empty()
                        || name_key(&e.name).contains(&q)
                        || e.variants.iter().any(|v| name_key(v).contains(&q)))
            })
            .collect();
        frontera_core::order::sort_by_key(&mut found, |&i| {
            (std::cmp::Reverse(self.entities[i].mentions), i)
        });
        found.truncate(max);
        found
    }

    /// Every correction, with the entity it shows in now and what it did.
    pub fn correction_rows(&self) -> Vec<CorrectionRow> {
        let mut rows = Vec::new();
        for c in self.corrections.list() {
            let shown = self.entities.iter().enumerate().find(|(_, e)| {
                e.origin.rename.as_ref() == Some(&c) || e.origin.merged.iter().any(|(_, m)| *m == c)
            });
            let text = match (&c, shown) {
                (Correction::Rename { name, .. }, Some((_, e))) => {
                    format!("{} renamed “{name}”", e.origin.auto_name)
                }
                (Correction::Merge { .. }, Some((_, e))) => {
                    let from = e
                        .origin
                        .merged
                        .iter()
                        .find(|(_, m)| *m == c)
                        .map_or("", |(n, _)| n.as_str());
                    format!("{from} merged into {}", e.name)
                }
                (Correction::Rename { entity, name }, None) => format!(
                    "{} “{}” renamed “{name}” (not in the current articles)",
                    kind_word(entity.kind),
                    entity.key
                ),
                (Correction::Merge { entity, into }, None) => format!(
                    "{} “{}” merged into “{}” (not both in the current articles)",
                    kind_word(entity.kind),
                    entity.key,
                    into.key
                ),
            };
            rows.push(CorrectionRow {
                correction: c,
                entity: shown.map(|(i, _)| i),
                text,
            });
        }
        rows
    }
}

fn kind_word(kind: EntityType) -> &'static str {
    match kind {
        EntityType::Person => "person",
        EntityType::Org => "organisation",
        EntityType::Place => "place",
        EntityType::Misc => "name",
    }
}

#[cfg(test)]
mod corpus_tests {
    use super::*;
    use crate::tests::article;
    use crate::{export, route, Corpus, Facet};
    use EntityType::{Person, Place};

    fn items() -> Vec<(frontera_core::Document, frontera_core::Extraction)> {
        vec![
            article(
                "a",
                "Felipe Calderon visited Tijuana in March 2008. Ana Ruiz agreed.",
                &[
                    (Person, "Felipe Calderon", "Felipe Calderon"),
                    (Person, "Ana Ruiz", "Ana Ruiz"),
                    (Place, "Tijuana", "Tijuana"),
                ],
                &[("March 2008", "2008-03")],
            ),
            article(
                "b",
                "President Calderón spoke in Tijuana in 2009. He left.",
                &[
                    (Person, "President Calderón", "President Calderón"),
                    (Place, "Tijuana", "Tijuana"),
                ],
                &[("2009", "2009")],
            ),
        ]
    }

    fn find(c: &Corpus, name: &str) -> usize {
        c.entities.iter().position(|e| e.name == name).unwrap()
    }

    #[test]
    fn a_merge_and_a_rename_reach_every_view_and_survive_a_growing_corpus() {
        let c = Corpus::new(items());
        assert_eq!(c.counts().people, 3);
        let (felipe, president) = (find(&c, "Felipe Calderon"), find(&c, "President Calderón"));
        assert_eq!(c.merge_candidates(president, "calderon", 5), vec![felipe]);
        let old_url = route::encode(
            &c,
            &route::View {
                entity: Some(president),
                ..Default::default()
            },
        );
        let merged = Corpus::with_corrections(items(), c.merged(president, felipe));
        let c2 = merged.renamed(find(&merged, "Felipe Calderon"), "Felipe Calderón Hinojosa");
        let mut grown = items();
        grown.push(article(
            "c",
            "Felipe Calderon met Ana Ruiz.",
            &[
                (Person, "Felipe Calderon", "Felipe Calderon"),
                (Person, "Ana Ruiz", "Ana Ruiz"),
            ],
            &[],
        ));
        let c = Corpus::with_corrections(grown, c2);
        assert_eq!(c.counts().people, 2);
        let e = find(&c, "Felipe Calderón Hinojosa");
        assert_eq!(c.entities[e].docs.len(), 3);
        // Facets, timeline events and the reader's marks use the corrected entity.
        let rows = c.facet_rows(Facet::People, &[]);
        assert_eq!(rows[0].label, "Felipe Calderón Hinojosa");
        assert_eq!(rows[0].count, 3);
        assert!(c
            .events
            .iter()
            .all(|ev| ev.doc == 2 || ev.entities.contains(&e) || ev.doc == 0));
        let (_, infos) = c.reader_marks(1);
        assert!(infos
            .iter()
            .any(|i| i.tip == "person: Felipe Calderón Hinojosa"));
        // Old links, by either old name, and the new name's key resolve.
        assert_eq!(route::decode(&c, &old_url).entity, Some(e));
        assert_eq!(c.find_entity_key("person:felipe-calderon"), Some(e));
        assert_eq!(
            c.entity_key(e).as_deref(),
            Some("person:felipe-calderon-hinojosa")
        );
        assert_eq!(
            c.find_entity_key("person:felipe-calderon-hinojosa"),
            Some(e)
        );
        // Exports.
        assert!(export::entities_csv(&c)
            .contains("b,PERSON,Felipe Calderón Hinojosa,President Calderón"));
        let jsonl = export::jsonl(&c);
        assert_eq!(
            jsonl
                .matches("\"canonical\":\"Felipe Calderón Hinojosa\"")
                .count(),
            3
        );
        assert!(jsonl.contains("\"canonical\":\"Ana Ruiz\""));
        // The list says what happened; undoing each brings the automatic entities back.
        let rows = c.correction_rows();
        let texts: Vec<&str> = rows.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(
            texts,
            vec![
                "Felipe Calderon renamed “Felipe Calderón Hinojosa”",
                "President Calderón merged into Felipe Calderón Hinojosa"
            ]
        );
        assert!(rows.iter().all(|r| r.entity == Some(e)));
        let split = Corpus::with_corrections(items(), c.without(&rows[1].correction));
        assert_eq!(split.counts().people, 3);
        assert!(split
            .entities
            .iter()
            .any(|x| x.name == "Felipe Calderón Hinojosa"));
        let reset = split.renamed(find(&split, "Felipe Calderón Hinojosa"), "");
        assert!(reset.is_empty());
    }
}
