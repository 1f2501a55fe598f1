//! Just enough W3C WebDriver, a static file server and a chromedriver launcher for the
//! end-to-end test: std networking and serde_json only, so the browser test adds no async
//! runtime or TLS stack to the build.

use serde_json::{json, Value};
use std::io::{BufRead, BufReader, Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

/// Serve `root` under `/<prefix>/` on an ephemeral loopback port; returns the base URL.
pub fn serve_dir(root: PathBuf, prefix: &'static str) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
    let port = listener.local_addr().expect("local addr").port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let root = root.clone();
            std::thread::spawn(move || {
                let _ = serve_one(stream, &root, prefix);
            });
        }
    });
    format!("http://127.0.0.1:{port}/{prefix}/")
}

fn serve_one(mut stream: TcpStream, root: &Path, prefix: &str) -> std::io::Result<()> {
    let mut reader = BufReader::new(stream.try_clone()?);
    let mut request_line = String::new();
    reader.read_line(&mut request_line)?;
    loop {
        let mut header = String::new();
        if reader.read_line(&mut header)? == 0 || header == "\r\n" || header == "\n" {
            break;
        }
    }
    let path = request_line.split_whitespace().nth(1).unwrap_or("/");
    let path = path.split(['?', '#']).next().unwrap_or("/");
    let local = path
        .strip_prefix(&format!("/{prefix}/"))
        .filter(|p| !p.split('/').any(|seg| seg == ".."));
    let (status, body, mime) = match local {
        Some(rel) => {
            let rel = if rel.is_empty() { "index.html" } else { rel };
            match std::fs::read(root.join(rel)) {
                Ok(body) => ("200 OK", body, mime_of(rel)),
                Err(_) => ("404 Not Found", b"not found".to_vec(), "text/plain"),
            }
        }
        None => (
            "404 Not Found",
            b"outside the sub-path".to_vec(),
            "text/plain",
        ),
    };
    write!(
        stream,
        "HTTP/1.1 {status}\r\nContent-Type: {mime}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n",
        body.len()
    )?;
    stream.write_all(&body)
}

fn mime_of(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or("") {
        "html" => "text/html; charset=utf-8",
        "js" => "text/javascript",
        "wasm" => "application/wasm",
        "css" => "text/css",
        "svg" => "image/svg+xml",
        "json" => "application/json",
        _ => "application/octet-stream",
    }
}

/// A running chromedriver, killed on drop.
pub struct Driver {
    child: Child,
    pub port: u16,
}

impl Driver {
    pub fn start() -> Driver {
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        let bin = std::env::var("CHROMEDRIVER").unwrap_or_else(|_| "chromedriver".into());
        let child = Command::new(&bin)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap_or_else(|e| {
                panic!("cannot start {bin} ({e}): install chromium-driver (scripts/test does)")
            });
        let driver = Driver { child, port };
        let deadline = Instant::now() + Duration::from_secs(20);
        while Instant::now() < deadline {
            if let Ok((200, v)) = http(port, "GET", "/status", None) {
                if v["value"]["ready"] == json!(true) {
                    return driver;
                }
            }
            std::thread::sleep(Duration::from_millis(100));
        }
        panic!("chromedriver did not become ready on port {port}");
    }
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// One HTTP/1.1 request to the driver; returns the status and the JSON body.
fn http(
    port: u16,
    method: &str,
    path: &str,
    body: Option<&Value>,
) -> std::io::Result<(u16, Value)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(Duration::from_secs(60)))?;
    let payload = body.map(|b| b.to_string()).unwrap_or_default();
    write!(
        stream,
        "{method} {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{payload}",
        payload.len()
    )?;
    // Read the head, then exactly Content-Length bytes: chromedriver keeps the
    // connection open despite `Connection: close`, so reading to the end would hang.
    let mut reader = BufReader::new(stream);
    let mut head = String::new();
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line)? == 0 || line == "\r\n" {
            break;
        }
        head.push_str(&line);
    }
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    let header = |name: &str| {
        head.lines().find_map(|l| {
            let (k, v) = l.split_once(':')?;
            k.trim()
                .eq_ignore_ascii_case(name)
                .then(|| v.trim().to_owned())
        })
    };
    let body = if let Some(len) = header("content-length").and_then(|v| v.parse::<usize>().ok()) {
        let mut body = vec![0; len];
        reader.read_exact(&mut body)?;
        body
    } else {
        let mut raw = Vec::new();
        reader.read_to_end(&mut raw)?;
        if header("transfer-encoding").is_some_and(|v| v.eq_ignore_ascii_case("chunked")) {
            dechunk(&raw)
        } else {
            raw
        }
    };
    let value = serde_json::from_slice(&body).unwrap_or(Value::Null);
    Ok((status, value))
}

fn dechunk(mut data: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(eol) = data.windows(2).position(|w| w == b"\r\n") {
        let size =
            usize::from_str_radix(String::from_utf8_lossy(&data[..eol]).trim(), 16).unwrap_or(0);
        if size == 0 || eol + 2 + size > data.len() {
            break;
        }
        out.extend_from_slice(&data[eol + 2..eol + 2 + size]);
        data = &data[(eol + 4 + size).min(data.len())..];
    }
    out
}

/// A browser session.
pub struct Session {
    port: u16,
    id: String,
}

impl Session {
    pub fn new(driver: &Driver, width: u32, height: u32) -> Session {
        let user_dir =
            std::env::temp_dir().join(format!("frontera-e2e-{}-{width}", std::process::id()));
        let caps = json!({"capabilities": {"alwaysMatch": {"goog:chromeOptions": {"args": [
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
            "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync",
            format!("--user-data-dir={}", user_dir.display()),
            format!("--window-size={width},{height}")
        ]}}}});
        let (status, v) = http(driver.port, "POST", "/session", Some(&caps)).expect("new session");
        assert_eq!(status, 200, "cannot start a browser session: {v}");
        let id = v["value"]["sessionId"]
            .as_str()
            .expect("session id")
            .to_owned();
        Session {
            port: driver.port,
            id,
        }
    }

    fn cmd(&self, method: &str, path: &str, body: Option<Value>) -> Value {
        let full = format!("/session/{}{path}", self.id);
        let (status, v) = http(self.port, method, &full, body.as_ref()).expect("driver request");
        assert_eq!(status, 200, "{method} {path} failed: {v}");
        v["value"].clone()
    }

    pub fn goto(&self, url: &str) {
        self.cmd("POST", "/url", Some(json!({ "url": url })));
    }

    /// Run a script in the page and return its result.
    pub fn js(&self, script: &str) -> Value {
        self.cmd(
            "POST",
            "/execute/sync",
            Some(json!({"script": script, "args": []})),
        )
    }

    /// Poll `script` until it returns something truthy, or fail after `secs`.
    pub fn wait_for(&self, what: &str, script: &str, secs: u64) -> Value {
        let deadline = Instant::now() + Duration::from_secs(secs);
        loop {
            let v = self.js(script);
            let truthy =
                !matches!(v, Value::Null | Value::Bool(false)) && v != json!(0) && v != json!("");
            if truthy {
                return v;
            }
            assert!(Instant::now() < deadline, "timed out waiting for {what}");
            std::thread::sleep(Duration::from_millis(100));
        }
    }

    /// The WebDriver id of the first element matching `css`.
    fn element(&self, css: &str) -> String {
        let v = self.cmd(
            "POST",
            "/element",
            Some(json!({"using": "css selector", "value": css})),
        );
        v.as_object()
            .and_then(|o| o.values().next())
            .and_then(Value::as_str)
            .unwrap_or_else(|| panic!("no element {css}"))
            .to_owned()
    }

    /// Click the first element matching `css` with a real pointer click.
    pub fn click(&self, css: &str) {
        let id = self.element(css);
        // Centre it first: at the very top it could sit under the page's sticky bar.
        self.cmd(
            "POST",
            "/execute/sync",
            Some(json!({
                "script": "arguments[0].scrollIntoView({block: 'center', inline: 'nearest'})",
                "args": [{ "element-6066-11e4-a52e-4f735466cecf": id }],
            })),
        );
        self.cmd("POST", &format!("/element/{id}/click"), Some(json!({})));
    }

    /// How long an async script may run (WebDriver's default is 30 s).
    #[allow(dead_code)] // each test binary includes this file; only the benchmark needs it
    pub fn set_script_timeout(&self, secs: u64) {
        self.cmd("POST", "/timeouts", Some(json!({ "script": secs * 1000 })));
    }

    /// Run an async script: its last argument is the callback that returns the result.
    pub fn js_async(&self, script: &str) -> Value {
        self.cmd(
            "POST",
            "/execute/async",
            Some(json!({"script": script, "args": []})),
        )
    }

    /// A Chrome DevTools Protocol command through chromedriver (e.g. media emulation).
    pub fn cdp(&self, cmd: &str, params: Value) -> Value {
        self.cmd(
            "POST",
            "/goog/cdp/execute",
            Some(json!({"cmd": cmd, "params": params})),
        )
    }

    /// Perform W3C WebDriver input actions (key presses, pointer moves), then release.
    pub fn actions(&self, actions: Value) {
        self.cmd("POST", "/actions", Some(json!({ "actions": actions })));
        self.cmd("DELETE", "/actions", None);
    }

    /// Type `text` into the first element matching `css`; for `<input type=file>`, `text`
    /// is the path of the file to choose (several: one per line).
    #[allow(dead_code)] // each test binary includes this file; not all of them type
    pub fn send_keys(&self, css: &str, text: &str) {
        let id = self.element(css);
        self.cmd(
            "POST",
            &format!("/element/{id}/value"),
            Some(json!({ "text": text })),
        );
    }

    /// Save a PNG screenshot of the viewport.
    /// Save a screenshot for people to look at. Best effort: a busy machine can make
    /// Chromium time out capturing ("Timed out receiving message from renderer"), and a
    /// missing picture is no reason to fail the test that asked for it.
    pub fn screenshot(&self, path: &Path) {
        let full = format!("/session/{}/screenshot", self.id);
        let b64 = match http(self.port, "GET", &full, None) {
            Ok((200, v)) => v["value"].as_str().map(str::to_owned),
            Ok((_, v)) => {
                eprintln!("warning: no screenshot {}: {v}", path.display());
                None
            }
            Err(e) => {
                eprintln!("warning: no screenshot {}: {e}", path.display());
                None
            }
        };
        let Some(b64) = b64 else {
            return;
        };
        if let Some(dir) = path.parent() {
            let _ = std::fs::create_dir_all(dir);
        }
        if let Err(e) = std::fs::write(path, decode_base64(&b64)) {
            eprintln!("warning: cannot write {}: {e}", path.display());
        }
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = http(self.port, "DELETE", &format!("/session/{}", self.id), None);
    }
}

fn decode_base64(s: &str) -> Vec<u8> {
    let val = |c: u8| match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    };
    let mut out = Vec::with_capacity(s.len() * 3 / 4);
    let (mut acc, mut bits) = (0u32, 0);
    for v in s.bytes().filter_map(val) {
        acc = (acc << 6) | v as u32;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
        }
    }
    out
}
