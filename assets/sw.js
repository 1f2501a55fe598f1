// Frontera's service worker: once the app has loaded, it works offline.
// Installed at the end of the first load, it stores the page and the files it names (the app's
// script, wasm and styles, and the import worker) in the Cache API. Every later request is
// tried on the network first, so a new deployment shows up at once; when the network fails
// (offline), the stored copy answers. Only this site's own GET requests are handled.
const CACHE = "frontera-v1";

self.addEventListener("install", (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    const page = await fetch("./", { cache: "no-cache" });
    const html = await page.clone().text();
    await cache.put("./", page);
    // The hashed names trunk wrote into index.html, and the unhashed worker.
    const files = new Set(html.match(/\.\/[A-Za-z0-9._-]+\.(?:js|wasm|css)/g) || []);
    files.add("./frontera-worker.js");
    files.add("./frontera-worker_bg.wasm");
    await cache.addAll([...files]);
    await self.skipWaiting();
  })());
});

self.addEventListener("activate", (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener("fetch", (event) => {
  const request = event.request;
  if (request.method !== "GET" || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith((async () => {
    try {
      const response = await fetch(request);
      if (response.ok) {
        const copy = response.clone();
        event.waitUntil(caches.open(CACHE).then((c) => c.put(request, copy)));
      }
      return response;
    } catch (offline) {
      const cached = await caches.match(request, { ignoreSearch: true });
      return cached || (request.mode === "navigate" ? caches.match("./") : Response.error());
    }
  })());
});
