//! Character references: `&amp;`, `&#8217;`, `&#x2019;` and the named ones news pages use.
//! The full HTML table has 2,231 names; these cover Latin-1 (Spanish and Portuguese names
//! included), typographic punctuation and the symbols of prose. Unknown names stay as
//! written, which is what browsers do too.

use crate::decode::windows_1252_char;

/// Names of U+00A0..=U+00FF, in code point order.
const LATIN1: [&str; 96] = [
    "nbsp", "iexcl", "cent", "pound", "curren", "yen", "brvbar", "sect", "uml", "copy", "ordf",
    "laquo", "not", "shy", "reg", "macr", "deg", "plusmn", "sup2", "sup3", "acute", "micro",
    "para", "middot", "cedil", "sup1", "ordm", "raquo", "frac14", "frac12", "frac34", "iquest",
    "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig", "Ccedil", "Egrave", "Eacute",
    "Ecirc", "Euml", "Igrave", "Iacute", "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute",
    "Ocirc", "Otilde", "Ouml", "times", "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml", "Yacute",
    "THORN", "szlig", "agrave", "aacute", "acirc", "atilde", "auml", "aring", "aelig", "ccedil",
    "egrave", "eacute", "ecirc", "euml", "igrave", "iacute", "icirc", "iuml", "eth", "ntilde",
    "ograve", "oacute", "ocirc", "otilde", "ouml", "divide", "oslash", "ugrave", "uacute", "ucirc",
    "uuml", "yacute", "thorn", "yuml",
];

const OTHER: &[(&str, char)] = &[
    ("amp", '&'),
    ("lt", '<'),
    ("gt", '>'),
    ("quot", '"'),
    ("apos", '\''),
    ("OElig", 'Œ'),
    ("oelig", 'œ'),
    ("Scaron", 'Š'),
    ("scaron", 'š'),
    ("Yuml", 'Ÿ'),
    ("fnof", 'ƒ'),
    ("circ", 'ˆ'),
    ("tilde", '˜'),
    ("ensp", '\u{2002}'),
    ("emsp", '\u{2003}'),
    ("thinsp", '\u{2009}'),
    ("zwnj", '\u{200C}'),
    ("zwj", '\u{200D}'),
    ("lrm", '\u{200E}'),
    ("rlm", '\u{200F}'),
    ("ndash", '–'),
    ("mdash", '—'),
    ("horbar", '―'),
    ("lsquo", '‘'),
    ("rsquo", '’'),
    ("sbquo", '‚'),
    ("ldquo", '“'),
    ("rdquo", '”'),
    ("bdquo", '„'),
    ("dagger", '†'),
    ("Dagger", '‡'),
    ("bull", '•'),
    ("hellip", '…'),
    ("permil", '‰'),
    ("prime", '′'),
    ("Prime", '″'),
    ("lsaquo", '‹'),
    ("rsaquo", '›'),
    ("oline", '‾'),
    ("euro", '€'),
    ("trade", '™'),
    ("minus", '−'),
    ("larr", '←'),
    ("rarr", '→'),
    ("uarr", '↑'),
    ("darr", '↓'),
    ("nbhy", '\u{2011}'),
];

/// The character a reference name stands for.
fn named(name: &str) -> Option<char> {
    if let Some(i) = LATIN1.iter().position(|&n| n == name) {
        return char::from_u32(0xA0 + i as u32);
    }
    OTHER.iter().find(|&&(n, _)| n == name).map(|&(_, c)| c)
}

/// Legacy names browsers accept without the semicolon (`AT&T` stays as written).
const WITHOUT_SEMICOLON: [&str; 5] = ["amp", "lt", "gt", "quot", "nbsp"];

/// Decode the character references of `raw`, handing every resulting char to `emit`.
pub fn decode(raw: &str, mut emit: impl FnMut(char)) {
    let mut rest = raw;
    while let Some(amp) = rest.find('&') {
        rest[..amp].chars().for_each(&mut emit);
        let after = &rest[amp + 1..];
        match reference(after) {
            Some((c, len)) => {
                if let Some(c) = c {
                    emit(c);
                }
                rest = &after[len..];
            }
            None => {
                emit('&');
                rest = after;
            }
        }
    }
    rest.chars().for_each(emit);
}

/// Decode into a new string (attribute values, titles).
pub fn decode_to_string(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len());
    decode(raw, |c| out.push(c));
    out
}

/// The reference at the start of `s` (just after `&`): the char (None for one that decodes to
/// nothing) and how many bytes it used. Only ASCII is consumed, so `len` is a char boundary.
fn reference(s: &str) -> Option<(Option<char>, usize)> {
    let b = s.as_bytes();
    if b.first() == Some(&b'#') {
        let hex = matches!(b.get(1), Some(b'x' | b'X'));
        let start = if hex { 2 } else { 1 };
        let digits = b[start..]
            .iter()
            .take_while(|d| {
                if hex {
                    d.is_ascii_hexdigit()
                } else {
                    d.is_ascii_digit()
                }
            })
            .count();
        if digits == 0 {
            return None;
        }
        let end = start + digits;
        let code =
            u32::from_str_radix(&s[start..end], if hex { 16 } else { 10 }).unwrap_or(u32::MAX);
        let len = end + usize::from(b.get(end) == Some(&b';'));
        return Some((Some(numeric(code)), len));
    }
    let name_len = b
        .iter()
        .take_while(|c| c.is_ascii_alphanumeric())
        .count()
        .min(32);
    let name = &s[..name_len];
    let c = named(name)?;
    if b.get(name_len) == Some(&b';') {
        Some((visible(c), name_len + 1))
    } else if WITHOUT_SEMICOLON.contains(&name) {
        Some((visible(c), name_len))
    } else {
        None
    }
}

/// Soft hyphens and invisible format marks carry nothing for a reader of plain text.
fn visible(c: char) -> Option<char> {
    (!matches!(c, '\u{AD}' | '\u{200B}'..='\u{200F}')).then_some(c)
}

/// A numeric reference as browsers read it: 0x80..0x9F as Windows-1252 (pages saved from
/// Word are full of `&#146;`), nothing invalid ever becomes a control character.
fn numeric(code: u32) -> char {
    match code {
        0x80..=0x9F => windows_1252_char(code as u8),
        0x09 | 0x0A | 0x0C | 0x0D => ' ',
        0..=0x1F | 0x7F => char::REPLACEMENT_CHARACTER,
        _ => char::from_u32(code).unwrap_or(char::REPLACEMENT_CHARACTER),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decodes_named_numeric_and_legacy_references() {
        let d = decode_to_string;
        assert_eq!(d("AT&amp;T &lt;b&gt;"), "AT&T <b>");
        assert_eq!(
            d("Calder&oacute;n&#8217;s &#x201C;plan&#x201d;"),
            "Calderón’s “plan”"
        );
        assert_eq!(d("a&nbsp;b"), "a\u{a0}b");
        assert_eq!(d("Word&#146;s"), "Word’s");
        assert_eq!(d("co&shy;operate"), "cooperate");
        assert_eq!(
            d("&#0; &#xD800; &#99999999999;"),
            "\u{fffd} \u{fffd} \u{fffd}"
        );
    }

    #[test]
    fn leaves_what_is_not_a_reference() {
        let d = decode_to_string;
        assert_eq!(
            d("AT&T & Sons &unknown; &#; &"),
            "AT&T & Sons &unknown; &#; &"
        );
        assert_eq!(d("&amp x"), "& x");
        assert_eq!(d("&eacute"), "&eacute");
        assert_eq!(d("é&"), "é&");
    }
}
