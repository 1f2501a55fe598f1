//! What the report measures besides time: statistics over runs, memory and CPU figures
//! from Linux's /proc, and a description of the machine. Every reader returns `None` where
//! the information is missing (another OS, a restricted container) instead of failing.

use std::time::Duration;

/// The median of `samples` (the mean of the middle two for an even count); 0 when empty.
pub fn median(samples: &[f64]) -> f64 {
    percentile(samples, 50.0)
}

/// The `p`-th percentile (0..=100) by linear interpolation between order statistics.
pub fn percentile(samples: &[f64], p: f64) -> f64 {
    if samples.is_empty() {
        return 0.0;
    }
    let mut v = samples.to_vec();
    v.sort_by(f64::total_cmp);
    let rank = (p.clamp(0.0, 100.0) / 100.0) * (v.len() - 1) as f64;
    let lo = rank.floor() as usize;
    let hi = rank.ceil() as usize;
    let frac = rank - lo as f64;
    v[lo] + (v[hi] - v[lo]) * frac
}

/// Megabytes (10^6 bytes) per second.
pub fn mb_per_s(bytes: usize, secs: f64) -> f64 {
    if secs <= 0.0 {
        return 0.0;
    }
    bytes as f64 / 1e6 / secs
}

pub fn secs(d: Duration) -> f64 {
    d.as_secs_f64()
}

/// A field of /proc/self/status in kB ("VmHWM", "VmRSS").
pub fn status_kb(field: &str) -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    parse_status_kb(&status, field)
}

fn parse_status_kb(status: &str, field: &str) -> Option<u64> {
    status.lines().find_map(|line| {
        let rest = line.strip_prefix(field)?.strip_prefix(':')?;
        rest.split_whitespace().next()?.parse().ok()
    })
}

/// Reset the peak resident set size (VmHWM) to the current one, so a later reading is the
/// peak of what came after. Linux ≥ 4.0; returns false where unsupported.
pub fn reset_peak_rss() -> bool {
    std::fs::write("/proc/self/clear_refs", "5").is_ok()
}

/// Nanoseconds this thread has spent running on a CPU and waiting in a run queue for one
/// (/proc/thread-self/schedstat). Their ratio tells how much the machine's other load
/// delayed the measurement.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct SchedStat {
    pub run_ns: u64,
    pub wait_ns: u64,
}

pub fn schedstat() -> Option<SchedStat> {
    let s = std::fs::read_to_string("/proc/thread-self/schedstat")
        .or_else(|_| std::fs::read_to_string("/proc/self/schedstat"))
        .ok()?;
    parse_schedstat(&s)
}

fn parse_schedstat(s: &str) -> Option<SchedStat> {
    let mut it = s.split_whitespace();
    Some(SchedStat {
        run_ns: it.next()?.parse().ok()?,
        wait_ns: it.next()?.parse().ok()?,
    })
}

impl SchedStat {
    /// The change from `earlier` to `self`.
    pub fn since(self, earlier: SchedStat) -> SchedStat {
        SchedStat {
            run_ns: self.run_ns.saturating_sub(earlier.run_ns),
            wait_ns: self.wait_ns.saturating_sub(earlier.wait_ns),
        }
    }

    /// Share of runnable time spent waiting for a CPU, 0..=1.
    pub fn wait_share(self) -> f64 {
        let total = self.run_ns + self.wait_ns;
        if total == 0 {
            0.0
        } else {
            self.wait_ns as f64 / total as f64
        }
    }
}

/// This thread's CPU time: advances only while the thread runs, so waiting for a CPU on a
/// busy machine does not count, and is exact to the nanosecond (unlike schedstat, which the
/// kernel updates at scheduler ticks). `None` where it is not available.
pub fn thread_cpu_time() -> Option<Duration> {
    cpu_clock::thread_cpu_time()
}

#[cfg(all(target_os = "linux", target_pointer_width = "64"))]
mod cpu_clock {
    use std::time::Duration;

    /// `struct timespec` on 64-bit Linux.
    #[repr(C)]
    struct Timespec {
        tv_sec: i64,
        tv_nsec: i64,
    }

    const CLOCK_THREAD_CPUTIME_ID: i32 = 3;

    extern "C" {
        fn clock_gettime(clock: i32, ts: *mut Timespec) -> i32;
    }

    pub fn thread_cpu_time() -> Option<Duration> {
        let mut ts = Timespec {
            tv_sec: 0,
            tv_nsec: 0,
        };
        // SAFETY: `ts` is a valid, writable `struct timespec` for the duration of the call,
        // and clock_gettime (POSIX, in the C library std already links) writes only to it.
        let rc = unsafe { clock_gettime(CLOCK_THREAD_CPUTIME_ID, &mut ts) };
        if rc != 0 || ts.tv_sec < 0 || !(0..1_000_000_000).contains(&ts.tv_nsec) {
            return None;
        }
        Some(Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32))
    }
}

#[cfg(not(all(target_os = "linux", target_pointer_width = "64")))]
mod cpu_clock {
    pub fn thread_cpu_time() -> Option<std::time::Duration> {
        None
    }
}

/// The 1-minute load average.
pub fn loadavg() -> Option<f64> {
    let s = std::fs::read_to_string("/proc/loadavg").ok()?;
    s.split_whitespace().next()?.parse().ok()
}

/// The first "model name" in /proc/cpuinfo.
pub fn cpu_model() -> Option<String> {
    let s = std::fs::read_to_string("/proc/cpuinfo").ok()?;
    parse_cpu_model(&s)
}

fn parse_cpu_model(cpuinfo: &str) -> Option<String> {
    cpuinfo.lines().find_map(|line| {
        let (key, value) = line.split_once(':')?;
        (key.trim() == "model name").then(|| value.trim().to_string())
    })
}

pub fn kernel_release() -> Option<String> {
    let s = std::fs::read_to_string("/proc/sys/kernel/osrelease").ok()?;
    Some(s.trim().to_string())
}

pub fn total_memory_kb() -> Option<u64> {
    let s = std::fs::read_to_string("/proc/meminfo").ok()?;
    parse_status_kb(&s, "MemTotal")
}

/// The first line a command prints, if it runs.
pub fn command_line(program: &str, args: &[&str]) -> Option<String> {
    let out = std::process::Command::new(program)
        .args(args)
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    let s = String::from_utf8(out.stdout).ok()?;
    let line = s.lines().next()?.trim().to_string();
    (!line.is_empty()).then_some(line)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn medians_and_percentiles() {
        assert_eq!(median(&[]), 0.0);
        assert_eq!(median(&[3.0]), 3.0);
        assert_eq!(median(&[5.0, 1.0, 3.0]), 3.0);
        assert_eq!(median(&[4.0, 1.0, 3.0, 2.0]), 2.5);
        assert_eq!(percentile(&[1.0, 2.0, 3.0, 4.0, 5.0], 100.0), 5.0);
        assert_eq!(percentile(&[1.0, 2.0, 3.0, 4.0, 5.0], 0.0), 1.0);
        assert_eq!(percentile(&[0.0, 10.0], 90.0), 9.0);
    }

    #[test]
    fn throughput_in_decimal_megabytes() {
        assert_eq!(mb_per_s(50_000_000, 1.0), 50.0);
        assert_eq!(mb_per_s(1, 0.0), 0.0);
    }

    #[test]
    fn parses_proc_files() {
        let status = "Name:\tx\nVmPeak:\t  2000 kB\nVmHWM:\t  1234 kB\nVmRSS:\t 1000 kB\n";
        assert_eq!(parse_status_kb(status, "VmHWM"), Some(1234));
        assert_eq!(parse_status_kb(status, "VmRSS"), Some(1000));
        assert_eq!(parse_status_kb(status, "VmSwap"), None);
        let s = parse_schedstat("300 100 7\n").unwrap_or_default();
        assert_eq!(s.wait_share(), 0.25);
        let later = SchedStat {
            run_ns: 500,
            wait_ns: 100,
        };
        assert_eq!(later.since(s).run_ns, 200);
        assert_eq!(later.since(s).wait_share(), 0.0);
        let cpuinfo = "processor\t: 0\nmodel name\t: Some CPU @ 2.0GHz\n";
        assert_eq!(
            parse_cpu_model(cpuinfo).as_deref(),
            Some("Some CPU @ 2.0GHz")
        );
    }

    #[test]
    fn thread_cpu_time_advances_with_work() {
        let Some(t0) = thread_cpu_time() else {
            return;
        };
        let mut x = 0u64;
        for i in 0..2_000_000u64 {
            x = std::hint::black_box(x.wrapping_mul(31).wrapping_add(i));
        }
        let t1 = thread_cpu_time().unwrap_or(t0);
        assert!(t1 > t0, "{t0:?} -> {t1:?} ({x})");
    }

    #[test]
    fn readers_do_not_fail() {
        // On Linux these read real values; elsewhere they are None. Either way no panic.
        let _ = (status_kb("VmHWM"), schedstat(), loadavg(), cpu_model());
        let _ = (kernel_release(), total_memory_kb());
        assert!(command_line("/nonexistent/program", &[]).is_none());
    }
}
