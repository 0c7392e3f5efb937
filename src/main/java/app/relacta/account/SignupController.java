package app.relacta.account;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

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
		model.addAttribute("form", SignupForm.empty());
		model.addAttribute("detectZone", true);
		return "account/signup";
	}

	@PostMapping("/signup")
	String signUp(@Valid @ModelAttribute("form") SignupForm form, BindingResult result, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		Optional<Account> account = result.hasErrors() ? Optional.empty() : this.accounts.signUp(form, result);
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
