package app.relacta.account;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import app.relacta.system.FormErrors;

import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

@Controller
class SignupController {

	private final AccountService accounts;

	private final SignIn signIn;

	private final RequestCache requestCache;

	SignupController(AccountService accounts, SignIn signIn, RequestCache requestCache) {
		this.accounts = accounts;
		this.signIn = signIn;
		this.requestCache = requestCache;
	}

	@ModelAttribute("timeZones")
	List<String> timeZones() {
		return TimeZones.selectable();
	}

	@ModelAttribute("roles")
	Role[] roles() {
		return Role.values();
	}

	/**
	 * The sign-up form; someone who came by a consultant's invitation link finds the
	 * consultant's role chosen.
	 */
	@GetMapping("/signup")
	String form(HttpServletRequest request, HttpServletResponse response, Model model) {
		boolean invited = askedFor(request, response).filter((path) -> path.startsWith("/invitations/")).isPresent();
		model.addAttribute("form", invited ? SignUp.empty().as(Role.CONSULTANT) : SignUp.empty());
		model.addAttribute("invited", invited);
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
		// Going on to the page asked for before (an invitation's link, say), as a login
		// does.
		Optional<String> askedFor = askedFor(request, response);
		this.signIn.signIn(account.get(), request, response);
		if (askedFor.isPresent()) {
			this.requestCache.removeRequest(request, response);
			redirect.addFlashAttribute("flash", "flash.welcomeOnward");
			return "redirect:" + askedFor.get();
		}
		if (account.get().isConsultant()) {
			redirect.addFlashAttribute("flash", "flash.welcomeConsultant");
			return "redirect:/clients";
		}
		// A new parent goes straight to the plan's three questions (each one skippable),
		// and from their end to Today.
		redirect.addFlashAttribute("flash", "flash.welcome");
		return "redirect:/plan/setup/1";
	}

	/**
	 * The path and query of the page asked for before logging in, if any: never another
	 * host, whatever the cookie says.
	 */
	private Optional<String> askedFor(HttpServletRequest request, HttpServletResponse response) {
		SavedRequest saved = this.requestCache.getRequest(request, response);
		if (saved == null) {
			return Optional.empty();
		}
		UriComponents url = UriComponentsBuilder.fromUriString(saved.getRedirectUrl()).build();
		String path = url.getPath();
		if (path == null || !path.startsWith("/") || path.startsWith("//")) {
			return Optional.empty();
		}
		return Optional.of((url.getQuery() != null) ? path + "?" + url.getQuery() : path);
	}

}
