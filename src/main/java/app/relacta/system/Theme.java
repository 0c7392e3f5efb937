package app.relacta.system;

import java.util.Locale;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Light or dark, chosen on each device in Settings (a phone may be dark at night while
 * the laptop stays light), or following the device's own setting. Kept in a cookie, so a
 * page costs no query for it; every page's layout reads it as {@code theme}.
 */
public enum Theme {

	SYSTEM, LIGHT, DARK;

	public static final String COOKIE = "relacta-theme";

	/** The theme a cookie names; anything else follows the device. */
	public static Theme of(@Nullable String value) {
		for (Theme theme : values()) {
			if (theme.name().equalsIgnoreCase(value)) {
				return theme;
			}
		}
		return SYSTEM;
	}

	/** What the page's {@code data-theme} says, or null to follow the device. */
	public @Nullable String attribute() {
		return (this == SYSTEM) ? null : name().toLowerCase(Locale.ROOT);
	}

	/** Keeps the choice on this device for a year; following the device forgets it. */
	public void keep(HttpServletResponse response) {
		Cookie cookie = new Cookie(COOKIE, name());
		cookie.setPath("/");
		cookie.setHttpOnly(true);
		cookie.setMaxAge((this == SYSTEM) ? 0 : 365 * 24 * 3600);
		cookie.setAttribute("SameSite", "Lax");
		response.addCookie(cookie);
	}

	@ControllerAdvice
	static class Advice {

		@ModelAttribute("theme")
		Theme theme(@CookieValue(name = COOKIE, required = false) @Nullable String value) {
			return Theme.of(value);
		}

	}

}
