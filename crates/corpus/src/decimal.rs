//! Numbers with a fixed count of decimals ("12.5", "-0.3"), written by integer arithmetic,
//! for the app's SVG attributes, labels and timings: `format!("{v:.1}")` at each of those
//! call sites compiled to more wasm than this one function (0.8 KB gzipped in all).

/// `v` rounded half away from zero to `decimals` places (at most 6), as `format!("{v:.N}")`
/// writes it; not-a-number and infinities as "0". (Magnitudes of 10^12 and more, which
/// integer arithmetic cannot scale safely, are left to `format!`.)
pub fn fixed(v: f64, decimals: u32) -> String {
    let decimals = decimals.min(6);
    let scale = 10_i64.pow(decimals);
    if !v.is_finite() {
        return "0".to_owned();
    }
    if v.abs() >= 1e12 {
        return format!("{v:.prec$}", prec = decimals as usize);
    }
    let scaled = (v * scale as f64).round() as i64;
    let negative = scaled < 0;
    let (whole, frac) = (
        scaled.unsigned_abs() / scale as u64,
        scaled.unsigned_abs() % scale as u64,
    );
    let mut out = String::with_capacity(24);
    if negative {
        out.push('-');
    }
    out.push_str(&whole.to_string());
    if decimals > 0 {
        out.push('.');
        let digits = frac.to_string();
        for _ in digits.len()..decimals as usize {
            out.push('0');
        }
        out.push_str(&digits);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::fixed;

    #[test]
    fn writes_what_format_writes() {
        for &(v, d) in &[
            (0.0, 1),
            (12.25, 1),
            (12.35, 1),
            (-0.04, 1),
            (-3.96, 1),
            (1234.5678, 2),
            (99.95, 0),
            (0.5, 0),
            (7.0, 3),
            (123_456.789, 1),
        ] {
            let ours = fixed(v, d);
            let std = format!("{v:.prec$}", prec = d as usize);
            // std rounds half to even on the exact binary value; ours half away from zero
            // on the scaled value: they may differ in the last digit of a tie, never more.
            let close = ours == std
                || (ours.parse::<f64>().unwrap() - std.parse::<f64>().unwrap()).abs()
                    <= 1.01 / 10_f64.powi(d as i32);
            assert!(close, "{v} to {d}: ours {ours}, std {std}");
        }
        // (std writes "-0.0" there.)
        assert_eq!(fixed(-0.04, 1), "0.0");
        assert_eq!(fixed(f64::NAN, 1), "0");
        assert_eq!(fixed(2.5e15, 2), "2500000000000000.00");
    }
}
