/**
 * Relacta as an app on the phone: the web app manifest, the service worker and the page
 * it shows with no network. The worker keeps only static files and that page, never a
 * page or figures with a parent's data.
 */
@NullMarked
package app.relacta.pwa;

import org.jspecify.annotations.NullMarked;
