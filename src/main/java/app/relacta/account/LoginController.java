package app.relacta.account;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import app.relacta.system.SecurityConfiguration;

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
	String login(HttpServletRequest request, Model model) {
		model.addAttribute("demo", this.demo);
		// Only a failed login has a session to read: a visit alone never makes one.
		HttpSession session = request.getSession(false);
		Object email = (session != null) ? session.getAttribute(SecurityConfiguration.LAST_LOGIN_EMAIL) : null;
		if (session != null && email != null) {
			session.removeAttribute(SecurityConfiguration.LAST_LOGIN_EMAIL);
			model.addAttribute("email", email);
		}
		return "account/login";
	}

}
