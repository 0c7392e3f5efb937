package app.relacta.system;

import java.net.URI;

import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Every link Relacta hands out (an invitation, a read-only link, the API's next page):
 * absolute only from the address the operator configured ({@code relacta.public-url}),
 * else relative. Never from a request's {@code Host} or {@code X-Forwarded-Host}, which
 * anyone can forge. A page that shows a relative link for copying has the browser, which
 * knows the address it is on, write it out in full ({@code data-absolute-link}).
 */
@Component
public class PublicLinks {

	private final @Nullable String publicUrl;

	PublicLinks(@Value("${relacta.public-url:}") String publicUrl) {
		this.publicUrl = StringUtils.hasText(publicUrl) ? URI.create(publicUrl.strip()).toString().replaceAll("/+$", "")
				: null;
	}

	/** {@code path} ({@code /invitations/}) under the public address, or as it is. */
	public String link(String path) {
		return (this.publicUrl != null) ? this.publicUrl + path : path;
	}

	/**
	 * {@code path} under the public address, or null when none is configured (for an
	 * email, whose links cannot be relative).
	 */
	public @Nullable String absolute(String path) {
		return (this.publicUrl != null) ? this.publicUrl + path : null;
	}

	/**
	 * The current request's path and query, to change (a page's offset) and build: under
	 * the public address, or relative.
	 */
	public UriComponentsBuilder currentRequest() {
		UriComponentsBuilder current = ServletUriComponentsBuilder.fromCurrentRequest();
		var parts = current.build();
		UriComponentsBuilder link = (this.publicUrl != null) ? UriComponentsBuilder.fromUriString(this.publicUrl)
				: UriComponentsBuilder.newInstance();
		return link.path(parts.getPath()).query(parts.getQuery());
	}

}
