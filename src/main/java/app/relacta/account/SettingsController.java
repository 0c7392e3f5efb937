package app.relacta.account;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import app.relacta.system.FormErrors;
import app.relacta.system.Mailer;
import app.relacta.system.Theme;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The settings page: display name, time zone, unit, and password, and light or dark on
 * this device. Several forms on one page, each posted on its own.
 */
@Controller
class SettingsController {

	private static final String VIEW = "account/settings";

	private final AccountService accounts;

	private final Mailer mailer;

	private final SignIn signIn;

	SettingsController(AccountService accounts, Mailer mailer, SignIn signIn) {
		this.accounts = accounts;
		this.mailer = mailer;
		this.signIn = signIn;
	}

	@ModelAttribute("timeZones")
	List<String> timeZones() {
		return TimeZones.selectable();
	}

	/** Whether this server sends email (the weekly summary's switch says when not). */
	@ModelAttribute("emailOn")
	boolean emailOn() {
		return this.mailer.isOn();
	}

	@GetMapping("/settings")
	String show(@AuthenticationPrincipal SignedInUser user, Model model) {
		Account account = this.accounts.get(user.accountId());
		model.addAttribute("preferences", Preferences.of(account));
		model.addAttribute("password", PasswordChange.empty());
		model.addAttribute("account", account);
		return VIEW;
	}

	@PostMapping("/settings")
	String updatePreferences(@AuthenticationPrincipal SignedInUser user,
			@Valid @ModelAttribute("preferences") Preferences form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!FormErrors.submitted(result, List::of, () -> this.accounts.updatePreferences(user.accountId(), form))) {
			model.addAttribute("password", PasswordChange.empty());
			model.addAttribute("account", this.accounts.get(user.accountId()));
			return VIEW;
		}
		redirect.addFlashAttribute("flash", "flash.settingsSaved");
		return "redirect:/settings";
	}

	/**
	 * English, Spanish or the browser's language, kept on the account. The signed-in user
	 * in the login session carries it from the next page on.
	 */
	@PostMapping("/settings/language")
	String language(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(name = "language", required = false) @Nullable String language, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		Language chosen = Language.of(language);
		this.accounts.changeLanguage(user.accountId(), chosen);
		this.signIn.keep(user.speaking(chosen), request, response);
		redirect.addFlashAttribute("flash", "flash.languageSaved");
		return "redirect:/settings#language";
	}

	/** Light, dark or as the device is: on this device only (a cookie). */
	@PostMapping("/settings/theme")
	String theme(@RequestParam(name = "theme", required = false) @Nullable String theme, HttpServletResponse response,
			RedirectAttributes redirect) {
		Theme.of(theme).keep(response);
		redirect.addFlashAttribute("flash", "flash.themeSaved");
		return "redirect:/settings#appearance";
	}

	@PostMapping("/settings/password")
	String changePassword(@AuthenticationPrincipal SignedInUser user,
			@Valid @ModelAttribute("password") PasswordChange form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!FormErrors.submitted(result, List::of, () -> this.accounts.changePassword(user.accountId(), form))) {
			Account account = this.accounts.get(user.accountId());
			model.addAttribute("preferences", Preferences.of(account));
			model.addAttribute("account", account);
			return VIEW;
		}
		redirect.addFlashAttribute("flash", "flash.passwordChanged");
		return "redirect:/settings";
	}

}
