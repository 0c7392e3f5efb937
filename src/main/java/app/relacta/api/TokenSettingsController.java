package app.relacta.api;

import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import app.relacta.account.SignedInUser;
import app.relacta.system.FormErrors;

import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Settings' page of personal access tokens: make one (its secret shown once), see each
 * one's last use, revoke any.
 */
@Controller
class TokenSettingsController {

	private static final String VIEW = "account/tokens";

	private final ApiTokens tokens;

	TokenSettingsController(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@GetMapping("/settings/tokens")
	String show(@AuthenticationPrincipal SignedInUser user, Model model, HttpServletResponse response) {
		// The page may hold a secret just made: never kept by the browser or a proxy.
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("form", TokenForm.empty());
		model.addAttribute("tokens", this.tokens.list(user.accountId()));
		return VIEW;
	}

	/**
	 * Makes a token and shows its secret in this answer, not after a redirect: a redirect
	 * would carry the secret through the login session, which is kept in the database.
	 */
	@PostMapping("/settings/tokens")
	String create(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") TokenForm form,
			BindingResult result, Model model, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		var made = FormErrors.submit(result, List::of,
				() -> this.tokens.create(user.accountId(), form.name(), form.access()));
		made.ifPresent((token) -> {
			model.addAttribute("newToken", token);
			model.addAttribute("form", TokenForm.empty());
		});
		model.addAttribute("tokens", this.tokens.list(user.accountId()));
		return VIEW;
	}

	@PostMapping("/settings/tokens/{id}/revoke")
	String revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("revoked", this.tokens.revoke(user.accountId(), id));
		return "redirect:/settings/tokens";
	}

}
