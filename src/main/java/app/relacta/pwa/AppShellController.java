package app.relacta.pwa;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import app.relacta.account.VolumeUnit;
import app.relacta.journal.SessionMethod;
import app.relacta.system.Sha256;

import org.springframework.context.MessageSource;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * What makes Relacta installable and usable with no network: the manifest (name, icons,
 * colours, starting on Today), the service worker (from the root, so it can answer for
 * every page) and the offline page. None of them holds anyone's data, so they are served
 * without a login or a session.
 */
@Controller
class AppShellController {

	/** Relacta's violet, as the pages show it. */
	static final String THEME_COLOR = "#7540bf";

	/** The static files the worker keeps, by their paths before content hashing. */
	static final List<String> KEPT = List.of("/assets/css/relacta.css", "/assets/js/relacta.js",
			"/assets/js/offline-log.js", "/assets/js/progress.js", "/assets/favicon.svg", "/assets/icons/icon-192.png",
			"/assets/icons/icon-512.png", "/webjars/picocss__pico/css/pico.violet.min.css",
			"/webjars/chart.js/dist/chart.umd.min.js");

	private final ResourceUrlProvider urls;

	private final MessageSource messages;

	AppShellController(ResourceUrlProvider urls, MessageSource messages) {
		this.urls = urls;
		this.messages = messages;
	}

	@GetMapping(path = "/manifest.webmanifest", produces = "application/manifest+json")
	@ResponseBody
	ResponseEntity<Map<String, Object>> manifest(Locale locale) {
		Map<String, Object> manifest = new LinkedHashMap<>();
		manifest.put("id", "/");
		manifest.put("name", this.messages.getMessage("app.name", null, locale));
		manifest.put("short_name", this.messages.getMessage("app.name", null, locale));
		manifest.put("description", this.messages.getMessage("pwa.description", null, locale));
		manifest.put("lang", locale.toLanguageTag());
		manifest.put("start_url", "/");
		manifest.put("scope", "/");
		manifest.put("display", "standalone");
		manifest.put("orientation", "portrait");
		manifest.put("background_color", "#ffffff");
		manifest.put("theme_color", THEME_COLOR);
		manifest.put("icons",
				List.of(icon("/assets/icons/icon-192.png", "192x192", "any"),
						icon("/assets/icons/icon-512.png", "512x512", "any"),
						icon("/assets/icons/icon-maskable-512.png", "512x512", "maskable")));
		return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(manifest);
	}

	private Map<String, String> icon(String path, String sizes, String purpose) {
		return Map.of("src", url(path), "sizes", sizes, "type", "image/png", "purpose", purpose);
	}

	/**
	 * The service worker. Its version is a hash of what it keeps, so a new stylesheet or
	 * script makes a new worker, which drops the old copies. Browsers ask for it again
	 * each time (no-cache), as the specification expects.
	 */
	@GetMapping(path = "/sw.js", produces = "text/javascript")
	@ResponseBody
	ResponseEntity<String> serviceWorker() {
		List<String> kept = new java.util.ArrayList<>(KEPT.stream().map(this::url).toList());
		kept.add("/offline");
		String list = String.join("', '", kept);
		String version = Sha256.hex(list).substring(0, 12);
		String script = WORKER.replace("__VERSION__", version)
			.replace("__KEPT__", "'" + list + "'")
			.replace("__ICON__", url("/assets/icons/icon-192.png"));
		return ResponseEntity.ok()
			.cacheControl(CacheControl.noCache())
			.header("Service-Worker-Allowed", "/")
			.contentType(new MediaType("text", "javascript", StandardCharsets.UTF_8))
			.body(script);
	}

	/** The page the worker shows when a page cannot be reached: no data in it. */
	@GetMapping("/offline")
	String offline(Model model) {
		model.addAttribute("methods", SessionMethod.values());
		model.addAttribute("units", VolumeUnit.values());
		return "pwa/offline";
	}

	private String url(String path) {
		String versioned = this.urls.getForLookupPath(path);
		return (versioned != null) ? versioned : path;
	}

	/**
	 * Keeps the static files and the offline page on install; answers pages from the
	 * network and, with none, with the offline page (pages are never kept: they hold a
	 * parent's data); answers static files from what it kept; lets everything else
	 * (forms, figures) go to the network untouched. On the page's word at logout it drops
	 * everything it kept. It shows the reminders the server pushes, and opens Relacta
	 * when one is tapped.
	 */
	private static final String WORKER = """
			// Relacta's service worker, version __VERSION__. It keeps static files and the
			// offline page only: never a page or figures with anyone's data.
			const CACHE = 'relacta-__VERSION__';
			const KEPT = [__KEPT__];

			self.addEventListener('install', (event) => {
			  event.waitUntil(caches.open(CACHE).then((cache) => cache.addAll(KEPT)).then(() => self.skipWaiting()));
			});

			self.addEventListener('activate', (event) => {
			  event.waitUntil(caches.keys()
			    .then((names) => Promise.all(names.filter((name) => name !== CACHE).map((name) => caches.delete(name))))
			    .then(() => self.clients.claim()));
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
			  if (request.mode === 'navigate') {
			    event.respondWith(fetch(request).catch(() => caches.match('/offline')));
			    return;
			  }
			  if (url.pathname.startsWith('/assets/') || url.pathname.startsWith('/webjars/')) {
			    event.respondWith(caches.match(request).then((kept) => kept || fetch(request)));
			  }
			});

			// A reminder: the server's words, shown on the phone; one at a time (same tag).
			self.addEventListener('push', (event) => {
			  let message = {};
			  try {
			    message = event.data ? event.data.json() : {};
			  } catch (ignored) {
			    message = {};
			  }
			  event.waitUntil(self.registration.showNotification(message.title || 'Relacta', {
			    body: message.body || '',
			    tag: message.tag || 'relacta',
			    icon: '__ICON__',
			    data: { url: message.url || '/' },
			  }));
			});

			// Tapping it opens Relacta (the open window if there is one) where it says.
			self.addEventListener('notificationclick', (event) => {
			  event.notification.close();
			  const target = new URL((event.notification.data && event.notification.data.url) || '/', self.location.origin);
			  event.waitUntil(self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
			    const open = windows.find((client) => new URL(client.url).origin === target.origin);
			    if (open) {
			      return open.navigate(target.href).then((client) => (client || open).focus());
			    }
			    return self.clients.openWindow(target.href);
			  }));
			});

			self.addEventListener('message', (event) => {
			  if (event.data === 'forget') {
			    event.waitUntil(caches.keys().then((names) => Promise.all(names.map((name) => caches.delete(name)))));
			  }
			});
			""";

}
