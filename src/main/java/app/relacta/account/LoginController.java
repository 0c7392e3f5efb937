package app.relacta.account;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	private final boolean demo;

	LoginController(@Value("${relacta.demo.enabled:false}") boolean demo) {
		this.demo = demo;
	}

	@GetMapping("/login")
	String login(HttpServletRequest request, HttpServletResponse response, Model model) {
		model.addAttribute("demo", this.demo);
		// The email of a failed login, kept in a short-lived cookie: read once, then
		// gone.
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (SecurityConfiguration.LAST_LOGIN_EMAIL.equals(cookie.getName())) {
					model.addAttribute("email", URLDecoder.decode(cookie.getValue(), StandardCharsets.UTF_8));
					Cookie gone = new Cookie(SecurityConfiguration.LAST_LOGIN_EMAIL, "");
					gone.setMaxAge(0);
					gone.setPath(request.getContextPath() + "/login");
					response.addCookie(gone);
				}
			}
		}
		return "account/login";
	}

}
