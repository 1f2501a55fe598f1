//! Name keys for matching the same entity across articles: case, diacritics, periods,
//! apostrophes, a leading "the" and a trailing possessive do not matter
//! ("Felipe Calderón" = "felipe calderon", "the U.S." = "US").

/// The matching key of a name: lower-case ASCII-folded words separated by single spaces.
pub fn name_key(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut pending_space = false;
    for c in strip_possessive(name.trim()).chars() {
        if c == '.' || is_apostrophe(c) || is_combining_mark(c) {
            // "U.S." -> "us", "O'Brien" -> "obrien", decomposed accents vanish.
            continue;
        }
        if c.is_alphanumeric() {
            if pending_space && !out.is_empty() {
                out.push(' ');
            }
            pending_space = false;
            match fold_char(c) {
                Some(folded) => out.push_str(folded),
                None => out.extend(c.to_lowercase()),
            }
        } else {
            pending_space = true;
        }
    }
    match out.strip_prefix("the ") {
        Some(rest) => rest.to_owned(),
        None => out,
    }
}

/// The words of a key (see [`name_key`]).
pub fn key_words(key: &str) -> Vec<&str> {
    key.split(' ').filter(|w| !w.is_empty()).collect()
}

fn strip_possessive(name: &str) -> &str {
    for suffix in ["'s", "\u{2019}s", "'", "\u{2019}"] {
        if let Some(rest) = name.strip_suffix(suffix) {
            return rest;
        }
    }
    name
}

fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '`')
}

pub(crate) fn is_combining_mark(c: char) -> bool {
    ('\u{0300}'..='\u{036F}').contains(&c)
}

/// Lower-case ASCII for the Latin letters with diacritics that names in this domain use
/// (Spanish, Portuguese, French, German, Polish, Czech...). `None`: no folding needed.
pub(crate) fn fold_char(c: char) -> Option<&'static str> {
    let folded = match c {
        'À'..='Å' | 'à'..='å' | 'Ā' | 'ā' | 'Ă' | 'ă' | 'Ą' | 'ą' => "a",
        'Æ' | 'æ' => "ae",
        'Ç' | 'ç' | 'Ć' | 'ć' | 'Č' | 'č' => "c",
        'Ď' | 'ď' | 'Đ' | 'đ' | 'Ð' | 'ð' => "d",
        'È'..='Ë' | 'è'..='ë' | 'Ē' | 'ē' | 'Ė' | 'ė' | 'Ę' | 'ę' | 'Ě' | 'ě' => "e",
        'Ì'..='Ï' | 'ì'..='ï' | 'Ī' | 'ī' | 'Į' | 'į' | 'İ' | 'ı' => "i",
        'Ł' | 'ł' => "l",
        'Ñ' | 'ñ' | 'Ń' | 'ń' | 'Ň' | 'ň' => "n",
        'Ò'..='Ö' | 'Ø' | 'ò'..='ö' | 'ø' | 'Ō' | 'ō' | 'Ő' | 'ő' => "o",
        'Œ' | 'œ' => "oe",
        'Ř' | 'ř' => "r",
        'Ś' | 'ś' | 'Š' | 'š' | 'Ş' | 'ş' => "s",
        'ß' => "ss",
        'Ť' | 'ť' | 'Ţ' | 'ţ' => "t",
        'Ù'..='Ü' | 'ù'..='ü' | 'Ū' | 'ū' | 'Ů' | 'ů' | 'Ű' | 'ű' => "u",
        'Ý' | 'ý' | 'ÿ' | 'Ÿ' => "y",
        'Ź' | 'ź' | 'Ż' | 'ż' | 'Ž' | 'ž' => "z",
        'Þ' | 'þ' => "th",
        _ => return None,
    };
    Some(folded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_and_diacritics_do_not_matter() {
        assert_eq!(name_key("Felipe Calderón"), "felipe calderon");
        assert_eq!(name_key("FELIPE CALDERON"), "felipe calderon");
        assert_eq!(name_key("Álvaro  Uribe"), "alvaro uribe");
        // Decomposed accent: "e" followed by a combining acute.
        assert_eq!(name_key("Jose\u{0301} Marti\u{0301}n"), "jose martin");
    }

    #[test]
    fn periods_articles_and_possessives_do_not_matter() {
        assert_eq!(name_key("the U.S."), "us");
        assert_eq!(name_key("The United States’"), "united states");
        assert_eq!(name_key("Obama's"), "obama");
        assert_eq!(name_key("George W. Bush"), "george w bush");
        assert_eq!(name_key("O'Brien"), "obrien");
        assert_eq!(name_key("Sinaloa-based cartel"), "sinaloa based cartel");
    }

    #[test]
    fn odd_input_gives_a_key_without_panicking() {
        for s in ["", " ", "'s", ".", "the", "\u{0301}", "the the"] {
            let _ = name_key(s);
        }
        assert_eq!(name_key(""), "");
        assert_eq!(key_words("a  b"), vec!["a", "b"]);
    }
}
