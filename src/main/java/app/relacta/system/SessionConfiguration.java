package app.relacta.system;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.web.http.CookieSerializer;
import org.springframework.session.web.http.DefaultCookieSerializer;

/**
 * The cookie of a login session kept in the database (Spring Session JDBC): HttpOnly,
 * sent only with same-site navigation (Lax), and Secure whenever the request came over
 * TLS (behind a proxy, as its forwarded headers say).
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	@Bean
	CookieSerializer sessionCookie() {
		DefaultCookieSerializer cookie = new DefaultCookieSerializer();
		cookie.setCookieName("SESSION");
		cookie.setCookiePath("/");
		cookie.setUseHttpOnlyCookie(true);
		cookie.setSameSite("Lax");
		return cookie;
	}

}
