package app.relacta.progress;

import java.time.LocalDate;
import java.util.List;

import app.relacta.account.SignedInUser;
import app.relacta.wellbeing.WellbeingService;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;

/**
 * The progress page, and the day-by-day figures as JSON for its chart (and anyone who
 * wants them).
 */
@Controller
class ProgressController {

	private final ProgressService progress;

	private final WellbeingService wellbeing;

	ProgressController(ProgressService progress, WellbeingService wellbeing) {
		this.progress = progress;
		this.wellbeing = wellbeing;
	}

	@GetMapping("/progress")
	String page(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "14") String range,
			Model model) {
		model.addAttribute("page", this.progress.page(user.accountId(), range));
		model.addAttribute("medications", this.wellbeing.medications(user.accountId()));
		model.addAttribute("ranges", ProgressPage.RANGES);
		return "progress/progress";
	}

	@GetMapping("/progress/daily.json")
	@ResponseBody
	List<DailyProgress> daily(@AuthenticationPrincipal SignedInUser user,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		try {
			return this.progress.daily(user.accountId(), from, to);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage(), ex);
		}
	}

}
