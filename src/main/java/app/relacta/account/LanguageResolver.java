package app.relacta.account;

import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * The language of a page: the one the signed-in person chose in Settings, else the best
 * of the browser's languages that Relacta speaks, else English. The choice travels with
 * the signed-in user, so a page costs no query for it.
 */
class LanguageResolver implements LocaleResolver {

	private final AcceptHeaderLocaleResolver browser = new AcceptHeaderLocaleResolver();

	LanguageResolver() {
		this.browser.setSupportedLocales(Language.SUPPORTED);
		this.browser.setDefaultLocale(Locale.ENGLISH);
	}

	@Override
	public Locale resolveLocale(HttpServletRequest request) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user
				&& user.language() != null) {
			return user.language().locale();
		}
		Locale asked = this.browser.resolveLocale(request);
		// A regional variant (es-MX) speaks the language Relacta has (es).
		return Language.SUPPORTED.stream()
			.filter((supported) -> supported.getLanguage().equals(asked.getLanguage()))
			.findFirst()
			.orElse(Locale.ENGLISH);
	}

	@Override
	public void setLocale(HttpServletRequest request, @Nullable HttpServletResponse response, @Nullable Locale locale) {
		throw new UnsupportedOperationException("The language is chosen in Settings and kept on the account");
	}

	@Configuration(proxyBeanMethods = false)
	static class Config {

		@Bean
		LocaleResolver localeResolver() {
			return new LanguageResolver();
		}

	}

}
