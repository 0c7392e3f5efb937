package app.relacta.account;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
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

	private final LoginSessions logins;

	SettingsController(AccountService accounts, Mailer mailer, SignIn signIn, LoginSessions logins) {
		this.accounts = accounts;
		this.mailer = mailer;
		this.signIn = signIn;
		this.logins = logins;
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
	String show(@AuthenticationPrincipal SignedInUser user, HttpServletRequest request, Model model) {
		Account account = this.accounts.get(user.accountId());
		model.addAttribute("preferences", Preferences.of(account));
		return page(user, account, request, model);
	}

	/**
	 * The page around the form that was posted (or all of them): the account, the
	 * password form unless it was the one posted, and how many other logins there are.
	 */
	private String page(SignedInUser user, Account account, HttpServletRequest request, Model model) {
		if (!model.containsAttribute("password")) {
			model.addAttribute("password", PasswordChange.empty());
		}
		model.addAttribute("account", account);
		model.addAttribute("otherLogins", this.logins.countOthers(user.accountId(), sessionId(request)));
		return VIEW;
	}

	private static @Nullable String sessionId(HttpServletRequest request) {
		HttpSession session = request.getSession(false);
		return (session != null) ? session.getId() : null;
	}

	@PostMapping("/settings")
	String updatePreferences(@AuthenticationPrincipal SignedInUser user,
			@Valid @ModelAttribute("preferences") Preferences form, BindingResult result, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		if (!FormErrors.submitted(result, List::of, () -> this.accounts.updatePreferences(user.accountId(), form))) {
			return page(user, this.accounts.get(user.accountId()), request, model);
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

	/**
	 * A new password; every other login of the account ends with the old one (and its API
	 * tokens, if the owner ticks it), in case someone else knew it.
	 */
	@PostMapping("/settings/password")
	String changePassword(@AuthenticationPrincipal SignedInUser user,
			@Valid @ModelAttribute("password") PasswordChange form, BindingResult result, HttpServletRequest request,
			Model model, RedirectAttributes redirect) {
		if (!FormErrors.submitted(result, List::of,
				() -> this.accounts.changePassword(user.accountId(), form, sessionId(request)))) {
			Account account = this.accounts.get(user.accountId());
			model.addAttribute("preferences", Preferences.of(account));
			return page(user, account, request, model);
		}
		redirect.addFlashAttribute("flash", "flash.passwordChanged");
		return "redirect:/settings";
	}

	/** "Log out of every other device": this one stays logged in. */
	@PostMapping("/settings/logins/end-others")
	String endOtherLogins(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(defaultValue = "false") boolean revokeTokens, HttpServletRequest request,
			RedirectAttributes redirect) {
		this.logins.endOthers(user.accountId(), sessionId(request), revokeTokens);
		redirect.addFlashAttribute("flash", "flash.loginsEnded");
		return "redirect:/settings#logins";
	}

}
