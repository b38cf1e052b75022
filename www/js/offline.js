// Offline use: registers the site's service worker (../sw.js), which keeps a copy of
// every page and what it loads, so that after one visit the site works without a network.

/** Registers the service worker once the page has loaded (it then fetches the whole site). */
export function registerServiceWorker() {
  if (!("serviceWorker" in navigator)) return;
  const register = () => {
    // A module worker: it imports the page list. Browsers without module service workers
    // refuse it, and the site simply stays online-only there.
    navigator.serviceWorker
      .register(new URL("../sw.js", import.meta.url), { type: "module" })
      .catch((error) => console.warn("opscalc: offline use is not available:", error));
  };
  if (document.readyState === "complete") register();
  else addEventListener("load", register, { once: true });
}
