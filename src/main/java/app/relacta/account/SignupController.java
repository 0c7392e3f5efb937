package app.relacta.account;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import app.relacta.system.FormErrors;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

@Controller
class SignupController {

	private final AccountService accounts;

	private final SignIn signIn;

	SignupController(AccountService accounts, SignIn signIn) {
		this.accounts = accounts;
		this.signIn = signIn;
	}

	@ModelAttribute("timeZones")
	List<String> timeZones() {
		return TimeZones.selectable();
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	@GetMapping("/signup")
	String form(Model model) {
		model.addAttribute("form", SignUp.empty());
		model.addAttribute("detectZone", true);
		return "account/signup";
	}

	@PostMapping("/signup")
	String signUp(@Valid @ModelAttribute("form") SignUp form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		Optional<Account> account = FormErrors.submit(result, List::of, () -> this.accounts.signUp(form));
		if (account.isEmpty()) {
			return "account/signup";
		}
		this.signIn.signIn(account.get(), request, response);
		if (account.get().isConsultant()) {
			redirect.addFlashAttribute("flash", "flash.welcomeConsultant");
			return "redirect:/clients";
		}
		redirect.addFlashAttribute("flash", "flash.welcome");
		return "redirect:/journal";
	}

}
