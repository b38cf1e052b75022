// The site's service worker: after one visit, the whole site works offline.
//
// Installing fetches every page (the page list and the home page) and everything they
// load: each page's scripts and stylesheet, every module those scripts import, and the
// files they open with `new URL("…", import.meta.url)` (the wasm). Afterwards every
// request goes to the network first, so a rebuilt page, script or wasm is used as soon
// as it can be fetched; each answer refreshes the cache, which answers only when the
// network fails.
import { calculators } from "./js/pages-list.js";

/** Raise when the cache's layout changes: activating deletes every other opscalc cache. */
const CACHE = "opscalc-v1";
const PAGES = ["./", "index.html", ...calculators.map((page) => page.href)];

self.addEventListener("install", (event) => {
  event.waitUntil(precache().then(() => self.skipWaiting()));
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const old = (await caches.keys()).filter((name) => name.startsWith("opscalc-") && name !== CACHE);
      await Promise.all(old.map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET" || new URL(request.url).origin !== location.origin) return;
  event.respondWith(networkFirst(event, request));
});

/** The network's answer (kept in the cache), or the cached copy when the network fails. */
async function networkFirst(event, request) {
  const key = cacheKey(request.url);
  try {
    const response = await fetch(request);
    if (response.ok && response.type === "basic") {
      const copy = response.clone();
      event.waitUntil(caches.open(CACHE).then((cache) => cache.put(key, copy)));
    }
    return response;
  } catch (error) {
    const cached = await caches.match(key, { cacheName: CACHE });
    if (cached) return cached;
    throw error;
  }
}

/** A URL without its query and fragment: a page's state in its query is not a new file. */
function cacheKey(url) {
  const key = new URL(url);
  key.search = "";
  key.hash = "";
  return key.href;
}

/**
 * Fetches the pages and, breadth first, every file they reference into the cache. A
 * reference that is not found (a path in a comment) is skipped; a network failure
 * fails the install, to be tried again on the next visit.
 */
async function precache() {
  const cache = await caches.open(CACHE);
  const seen = new Set();
  let next = PAGES.map((page) => cacheKey(new URL(page, location.href)));
  while (next.length > 0) {
    const found = await Promise.all(
      next.map(async (url) => {
        seen.add(url);
        const response = await fetch(url, { cache: "no-cache" });
        if (!response.ok) return [];
        const references = /\.(html|js)$|\/$/.test(new URL(url).pathname) ? referencesIn(await response.clone().text(), url) : [];
        await cache.put(url, response);
        return references;
      }),
    );
    next = [...new Set(found.flat())].filter((url) => !seen.has(url));
  }
}

/**
 * Files a page or module loads, each pattern with whether its paths are module
 * specifiers (where a bare name such as "opscalc" is a package, not a file here).
 */
const REFERENCES = [
  { pattern: /<(?:script|link)\b[^>]*?\b(?:src|href)="([^"]+)"/g, specifier: false },
  { pattern: /\b(?:from|import)\s*["']([^"']+)["']/g, specifier: true },
  { pattern: /\bnew URL\(\s*["']([^"']+)["']\s*,\s*import\.meta\.url\s*\)/g, specifier: false },
];

/** The same-origin URLs `text` (fetched from `base`) refers to. */
function referencesIn(text, base) {
  const urls = [];
  for (const { pattern, specifier } of REFERENCES) {
    for (const [, reference] of text.matchAll(pattern)) {
      if (specifier && !/^\.{0,2}\//.test(reference)) continue;
      const url = new URL(reference, base);
      if (url.origin === location.origin) urls.push(cacheKey(url));
    }
  }
  return urls;
}
