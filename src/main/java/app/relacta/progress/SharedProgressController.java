package app.relacta.progress;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import app.relacta.account.AccountService;
import app.relacta.care.ViewLinks;
import app.relacta.system.ReaderAwareMessages;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * Progress read through a parent's link, without a login: the chart, the day table and
 * the milestones, nothing else (the day's notes only if the parent ticked it). The page
 * asks not to be indexed, sends no referrer (the link is the secret), and is never
 * cached; an unknown, expired or revoked link is 404.
 */
@Controller
class SharedProgressController {

	private final ViewLinks links;

	private final ProgressService progress;

	private final AccountService accounts;

	SharedProgressController(ViewLinks links, ProgressService progress, AccountService accounts) {
		this.links = links;
		this.progress = progress;
		this.accounts = accounts;
	}

	@GetMapping("/shared/{secret}")
	String page(@PathVariable String secret, Model model, HttpServletResponse response) {
		ViewLinks.Shared shared = this.links.visit(secret);
		long parentId = shared.parentId();
		keepPrivate(response);
		String name = this.accounts.get(parentId).getDisplayName();
		// Read by someone else: the texts speak about the parent.
		ReaderAwareMessages.readingAbout(name);
		model.addAttribute("parentName", name);
		model.addAttribute("page", this.progress.page(parentId, "30"));
		model.addAttribute("secret", secret);
		// Figures only, unless the parent chose to show their notes through this link.
		model.addAttribute("showNotes", shared.withNotes());
		return "progress/shared";
	}

	@GetMapping("/shared/{secret}/daily.json")
	@ResponseBody
	List<DailyProgress> daily(@PathVariable String secret,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, HttpServletResponse response) {
		long parentId = this.links.parentOf(secret);
		keepPrivate(response);
		try {
			return this.progress.daily(parentId, from, to);
		}
		catch (IllegalArgumentException ex) {
			// The service's own rule for a range, as the parent's daily.json answers it.
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage(), ex);
		}
	}

	private static void keepPrivate(HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setHeader("X-Robots-Tag", "noindex, nofollow");
		response.setHeader("Referrer-Policy", "no-referrer");
	}

}
