//! Bytes to text: byte-order marks, UTF-8, UTF-16 and the Windows-1252 fallback, and the
//! refusal of files that are not text at all.
//!
//! Windows-1252 is decoded with our own 32-entry table rather than `encoding_rs`: the
//! crate's decoders all sit behind one dispatch, so even a Windows-1252-only use links every
//! legacy decoder into the wasm (measured: +167 KB raw, +129 KB gzipped, for a browser app of
//! ~900 KB). A dev-dependency test checks the table against `encoding_rs` byte for byte.

use crate::problem::Problem;

/// How the bytes were read, for the note the user sees when it was not plain UTF-8.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    Utf16Le,
    Utf16Be,
    Windows1252,
    /// Mostly UTF-8 with some bytes that are not; those became U+FFFD.
    Utf8Damaged,
}

/// A file's text, or the reason it is not a text file. Notes say how it was decoded when
/// that was not plain UTF-8.
pub fn decode_text(bytes: &[u8]) -> Result<(String, Vec<Problem>), Problem> {
    if let Some(kind) = binary_signature(bytes) {
        return Err(binary(kind));
    }
    let (text, encoding, damaged) = decode(bytes);
    if let Some(why) = control_characters(&text) {
        return Err(binary(&why));
    }
    let note = match encoding {
        Encoding::Utf8 => None,
        Encoding::Utf16Le => Some("decoded as UTF-16LE".to_string()),
        Encoding::Utf16Be => Some("decoded as UTF-16BE".to_string()),
        Encoding::Windows1252 => {
            Some("not valid UTF-8; decoded as Windows-1252 (Western European)".to_string())
        }
        Encoding::Utf8Damaged => Some(format!(
            "not valid UTF-8 in {damaged} place(s); those bytes were replaced with \u{fffd}"
        )),
    };
    Ok((text, note.into_iter().map(Problem::note).collect()))
}

fn binary(why: &str) -> Problem {
    Problem::rejected(format!(
        "looks like a binary file ({why}), not text; save the article as .txt, .html, .jsonl or .csv"
    ))
}

/// Decode by byte-order mark, else UTF-8, else Windows-1252. The count is of damaged places
/// (for [`Encoding::Utf8Damaged`]).
pub fn decode(bytes: &[u8]) -> (String, Encoding, usize) {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        let (text, damaged) = utf8_lossy(rest);
        let enc = if damaged > 0 {
            Encoding::Utf8Damaged
        } else {
            Encoding::Utf8
        };
        return (text, enc, damaged);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        return (utf16(rest, u16::from_le_bytes), Encoding::Utf16Le, 0);
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFE\xFF") {
        return (utf16(rest, u16::from_be_bytes), Encoding::Utf16Be, 0);
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return (text.to_string(), Encoding::Utf8, 0);
    }
    if let Some(little_endian) = utf16_without_bom(bytes) {
        let text = if little_endian {
            utf16(bytes, u16::from_le_bytes)
        } else {
            utf16(bytes, u16::from_be_bytes)
        };
        let enc = if little_endian {
            Encoding::Utf16Le
        } else {
            Encoding::Utf16Be
        };
        return (text, enc, 0);
    }
    // Valid multi-byte UTF-8 next to bad bytes means a damaged UTF-8 file, not a legacy one:
    // reading it as Windows-1252 would garble every accented letter that was right.
    let (valid_multibyte, invalid) = utf8_census(bytes);
    if valid_multibyte > invalid {
        let (text, damaged) = utf8_lossy(bytes);
        return (text, Encoding::Utf8Damaged, damaged);
    }
    (windows_1252(bytes), Encoding::Windows1252, 0)
}

fn utf8_lossy(bytes: &[u8]) -> (String, usize) {
    let mut text = String::with_capacity(bytes.len());
    let mut damaged = 0;
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        if !chunk.invalid().is_empty() {
            text.push('\u{fffd}');
            damaged += 1;
        }
    }
    (text, damaged)
}

/// (valid non-ASCII characters, invalid sequences).
fn utf8_census(bytes: &[u8]) -> (usize, usize) {
    let mut valid = 0;
    let mut invalid = 0;
    for chunk in bytes.utf8_chunks() {
        valid += chunk.valid().chars().filter(|c| !c.is_ascii()).count();
        invalid += usize::from(!chunk.invalid().is_empty());
    }
    (valid, invalid)
}

fn utf16(bytes: &[u8], unit: fn([u8; 2]) -> u16) -> String {
    let units = bytes.chunks_exact(2).map(|p| unit([p[0], p[1]]));
    char::decode_utf16(units)
        .map(|c| c.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect()
}

/// UTF-16 saved without a byte-order mark shows as ASCII letters alternating with NUL bytes.
/// `Some(true)` for little-endian. Conservative: most of a sample must follow the pattern.
fn utf16_without_bom(bytes: &[u8]) -> Option<bool> {
    let sample = &bytes[..bytes.len().min(4096) & !1];
    let pairs = sample.len() / 2;
    if pairs < 4 {
        return None;
    }
    let (mut even_nul, mut odd_nul) = (0, 0);
    for p in sample.chunks_exact(2) {
        even_nul += usize::from(p[0] == 0 && p[1] != 0);
        odd_nul += usize::from(p[1] == 0 && p[0] != 0);
    }
    if odd_nul * 10 >= pairs * 9 {
        Some(true)
    } else if even_nul * 10 >= pairs * 9 {
        Some(false)
    } else {
        None
    }
}

/// Windows-1252 bytes 0x80..=0x9F; the rest of the code page is Latin-1. The five bytes the
/// code page leaves undefined map to the C1 controls, as in the WHATWG Encoding Standard.
const WINDOWS_1252_HIGH: [char; 32] = [
    '\u{20AC}', '\u{0081}', '\u{201A}', '\u{0192}', '\u{201E}', '\u{2026}', '\u{2020}', '\u{2021}',
    '\u{02C6}', '\u{2030}', '\u{0160}', '\u{2039}', '\u{0152}', '\u{008D}', '\u{017D}', '\u{008F}',
    '\u{0090}', '\u{2018}', '\u{2019}', '\u{201C}', '\u{201D}', '\u{2022}', '\u{2013}', '\u{2014}',
    '\u{02DC}', '\u{2122}', '\u{0161}', '\u{203A}', '\u{0153}', '\u{009D}', '\u{017E}', '\u{0178}',
];

/// One Windows-1252 byte as a char.
pub fn windows_1252_char(b: u8) -> char {
    match b {
        0x80..=0x9F => WINDOWS_1252_HIGH[usize::from(b - 0x80)],
        _ => char::from(b),
    }
}

pub fn windows_1252(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| windows_1252_char(b)).collect()
}

/// Well-known binary formats a user may well pick by mistake.
fn binary_signature(bytes: &[u8]) -> Option<&'static str> {
    const SIGNATURES: &[(&[u8], &str)] = &[
        (b"%PDF-", "a PDF document"),
        (b"PK\x03\x04", "a ZIP archive, such as .docx, .odt or .epub"),
        (b"\xD0\xCF\x11\xE0", "an old Microsoft Office document"),
        (b"\x1F\x8B", "gzip-compressed data"),
        (b"\x89PNG", "a PNG image"),
        (b"\xFF\xD8\xFF", "a JPEG image"),
        (b"GIF8", "a GIF image"),
    ];
    SIGNATURES
        .iter()
        .find(|(magic, _)| bytes.starts_with(magic))
        .map(|&(_, what)| what)
}

/// NUL characters, or a high share of control characters, mean the bytes are not text.
fn control_characters(text: &str) -> Option<String> {
    let mut total = 0usize;
    let mut control = 0usize;
    for c in text.chars() {
        if c == '\0' {
            return Some("it contains NUL bytes".into());
        }
        total += 1;
        control += usize::from(c.is_control() && !matches!(c, '\t' | '\n' | '\r' | '\x0c'));
    }
    // 1 in 10: real text has next to none; a stray form feed or Ctrl-Z must not refuse a file.
    (control * 10 > total && control > 2).then(|| {
        format!(
            "{}% of its characters are control characters",
            control * 100 / total.max(1)
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_1252_matches_the_reference_decoder() {
        for b in 0..=255u8 {
            let byte = [b];
            let (reference, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&byte);
            assert_eq!(windows_1252_char(b).to_string(), reference, "byte {b:#04x}");
        }
    }

    #[test]
    fn reads_boms_utf8_and_legacy_text() {
        assert_eq!(decode(b"\xEF\xBB\xBFHi").0, "Hi");
        assert_eq!(decode(b"\xFF\xFEH\0i\0").0, "Hi");
        assert_eq!(decode(b"\xFE\xFF\0H\0i").0, "Hi");
        assert_eq!(decode("Calderón".as_bytes()).1, Encoding::Utf8);
        let (text, enc, _) = decode(b"Calder\xf3n said \x93no\x94");
        assert_eq!(text, "Calderón said \u{201c}no\u{201d}");
        assert_eq!(enc, Encoding::Windows1252);
    }

    #[test]
    fn utf16_without_a_bom_is_recognised() {
        let bytes: Vec<u8> = "Juárez police"
            .encode_utf16()
            .flat_map(u16::to_le_bytes)
            .collect();
        assert_eq!(
            decode(&bytes),
            ("Juárez police".into(), Encoding::Utf16Le, 0)
        );
    }

    #[test]
    fn damaged_utf8_is_not_read_as_windows_1252() {
        let mut bytes = "Ciudad Juárez, Nuevo León \u{2014} ".as_bytes().to_vec();
        bytes.extend_from_slice(b"\xff end");
        let (text, enc, n) = decode(&bytes);
        assert_eq!(enc, Encoding::Utf8Damaged);
        assert_eq!(n, 1);
        assert!(text.contains("Juárez") && text.contains('\u{fffd}'));
    }

    #[test]
    fn binary_files_are_refused_with_the_reason() {
        let e = decode_text(b"%PDF-1.4 ...").unwrap_err();
        assert!(e.message.contains("a PDF document"), "{e}");
        let e = decode_text(b"abc\0def").unwrap_err();
        assert!(e.message.contains("NUL"), "{e}");
        let e = decode_text(b"\x01\x02\x03\x04\x05abc").unwrap_err();
        assert!(e.message.contains("control characters"), "{e}");
        assert!(decode_text(b"Page one\x0cPage two\x1a").is_ok());
    }

    #[test]
    fn notes_say_how_it_was_decoded() {
        let (_, notes) = decode_text(b"caf\xe9").unwrap();
        assert!(notes[0].message.contains("Windows-1252"));
        assert!(decode_text(b"plain").unwrap().1.is_empty());
    }
}
