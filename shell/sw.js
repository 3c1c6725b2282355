// The service worker: after the first visit the planner opens with the network off. It caches the
// app's own files, the example plans of templates/, the fonts and the learned reader's weights
// fetched after the first frame included (and nothing else: the page fetches
// nothing outside its origin), under a cache named after a hash of those files, written in at
// build time (web/sw_version.cmake), and after its scope, so a new deployment is a new worker with
// a new cache: it installs beside the old one, takes over, and the old cache of the same scope is
// deleted. Another deployment on the same origin (another scope: /a/ and /b/) keeps its own cache.
// Every URL is relative to this file, so dist/ works under any sub-path.
'use strict';

const VERSION = '@OKR_BUILD_HASH@';
const SCOPE = self.registration.scope;
const CACHE = 'okr-' + VERSION + ' ' + SCOPE;
const FILES = ['./', 'index.html', 'okr.js', 'mirror.js', 'app.js', 'app.wasm', 'app.deferred.wasm', 'style.css', 'print.css', 'icon.svg',
  '@OKR_TEMPLATE_FILES@'];
const INDEX = new URL('index.html', SCOPE).href;

self.addEventListener('install', (event) => {
  // `reload` skips the HTTP cache, so a new version never caches an old file.
  event.waitUntil(caches.open(CACHE)
    .then((cache) => cache.addAll(FILES.map((f) => new Request(f, { cache: 'reload' }))))
    .then(() => self.skipWaiting()));
});

// A cache of this scope: named after it, or (named before caches carried their scope) holding
// this scope's index.html.
function ours(key) {
  if (key.endsWith(' ' + SCOPE)) return Promise.resolve(true);
  if (!/^okr-[0-9a-f]+$/.test(key)) return Promise.resolve(false);
  return caches.open(key).then((c) => c.match(INDEX)).then((hit) => !!hit);
}

self.addEventListener('activate', (event) => {
  event.waitUntil(caches.keys()
    .then((keys) => Promise.all(keys.filter((k) => k !== CACHE)
      .map((k) => ours(k).then((mine) => (mine ? caches.delete(k) : false)))))
    .then(() => self.clients.claim()));
});

// Cache first for the app's files; anything else of the origin goes to the network as usual.
// A navigation to the app's page (the scope itself or its index.html, with any query) is answered
// with the cached index.html; a navigation to anything else in scope ("icon.svg") is that file.
self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const page = url.origin + url.pathname;
  const lookup = request.mode === 'navigate' && (page === SCOPE || page === INDEX)
    ? caches.match(INDEX, { cacheName: CACHE })
    : caches.match(request, { cacheName: CACHE, ignoreSearch: true });
  event.respondWith(lookup.then((hit) => hit || fetch(request)));
});
