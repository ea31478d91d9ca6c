// The installable app's service worker: the day page (/{lang}/my/today) opens without a connection
// from the copy kept at its last successful load, with the styles and scripts it needs. Only that
// page is kept, never any other private page; a fetch that ends on the login page (logged out)
// throws the copies away. Sessions logged offline are queued by today.js, not here.
'use strict';

const CACHE = 'portal-day-v1';
const ASSETS = ['/css/portal.css', '/js/today.js', '/img/favicon.svg', '/webjars/htmx.org/dist/htmx.min.js'];
const DAY = /^\/(en|cs)\/my\/today$/;

self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(ASSETS)).then(() => self.skipWaiting()));
});

self.addEventListener('activate', (event) => {
  event.waitUntil(self.clients.claim());
});

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') {
    return;
  }
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) {
    return;
  }
  if (request.mode === 'navigate' && DAY.test(url.pathname)) {
    event.respondWith(dayPage(request, url));
  } else if (ASSETS.includes(url.pathname)) {
    event.respondWith(caches.match(url.pathname).then((hit) => hit || fetch(request)));
  }
});

async function dayPage(request, url) {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok && !response.redirected) {
      await cache.put(url.pathname, response.clone());
    } else if (response.redirected && new URL(response.url).pathname === '/login') {
      await caches.delete(CACHE);
    }
    return response;
  } catch (offline) {
    const copy = await cache.match(url.pathname);
    if (copy) {
      return copy;
    }
    throw offline;
  }
}
