package app.relacta.progress;

import java.time.LocalDate;
import java.util.List;

import app.relacta.account.SignedInUser;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;

/**
 * The day-by-day figures as JSON, for the chart and for anyone who wants them.
 */
@RestController
class ProgressController {

	private final ProgressService progress;

	ProgressController(ProgressService progress) {
		this.progress = progress;
	}

	@GetMapping("/progress/daily.json")
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
