// The service worker: after the first visit the planner opens with the network off. It caches the
// app's own files, the example plans of templates/ included (and nothing else: the page fetches
// nothing outside its origin), under a cache named after a hash of those files, written in at
// build time (web/sw_version.cmake), so a new deployment is a new worker with a new cache: it
// installs beside the old one, takes over, and the old cache is deleted. Every URL is relative to
// this file, so dist/ works under any sub-path.
'use strict';

const VERSION = '@OKR_BUILD_HASH@';
const CACHE = 'okr-' + VERSION;
const FILES = ['./', 'index.html', 'okr.js', 'app.js', 'app.wasm', 'style.css', 'icon.svg',
  '@OKR_TEMPLATE_FILES@'];

self.addEventListener('install', (event) => {
  // `reload` skips the HTTP cache, so a new version never caches an old file.
  event.waitUntil(caches.open(CACHE)
    .then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' }))))
    .then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k.startsWith('okr-') && k !== CACHE)
      .map((k) => caches.delete(k))))
    .then(() => self.clients.claim()));
});

// Cache first for the app's files; anything else of the origin goes to the network as usual.
// A page navigation (with or without a query) is answered with the cached index.html.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  const lookup = request.mode === 'navigate'
    ? caches.match(new URL('index.html', self.registration.scope).href, { cacheName: CACHE })
    : caches.match(request, { cacheName: CACHE, ignoreSearch: true });
  event.respondWith(lookup.then((hit) => hit || fetch(request)));
});
