package app.relacta.account;

import jakarta.servlet.http.HttpSession;

import app.relacta.system.SecurityConfiguration;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

@Controller
class LoginController {

	@GetMapping("/login")
	String login(HttpSession session, Model model) {
		Object email = session.getAttribute(SecurityConfiguration.LAST_LOGIN_EMAIL);
		if (email != null) {
			session.removeAttribute(SecurityConfiguration.LAST_LOGIN_EMAIL);
			model.addAttribute("email", email);
		}
		return "account/login";
	}

}
