package app.relacta.progress;

import java.time.LocalDate;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import app.relacta.account.SignedInUser;
import app.relacta.care.Area;
import app.relacta.care.Readers;
import app.relacta.wellbeing.WellbeingService;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * The progress page, and the day-by-day figures as JSON for its chart (and anyone who
 * wants them).
 */
@Controller
class ProgressController {

	private final ProgressService progress;

	private final WellbeingService wellbeing;

	private final Readers readers;

	ProgressController(ProgressService progress, WellbeingService wellbeing, Readers readers) {
		this.progress = progress;
		this.readers = readers;
		this.wellbeing = wellbeing;
	}

	/** For the parent, or for a client's consultant under {@code /clients/{id}}. */
	@GetMapping({ "/progress", "/clients/{clientId:\\d+}/progress" })
	String page(@AuthenticationPrincipal SignedInUser user, @PathVariable(required = false) @Nullable Long clientId,
			@RequestParam(defaultValue = "14") String range, Model model) {
		long parentId = this.readers.whose(user, clientId, Area.PROGRESS, model);
		model.addAttribute("page", this.progress.page(parentId, range));
		model.addAttribute("medications", this.wellbeing.medications(parentId));
		model.addAttribute("ranges", ProgressPage.RANGES);
		return "progress/progress";
	}

	@GetMapping({ "/progress/daily.json", "/clients/{clientId:\\d+}/progress/daily.json" })
	@ResponseBody
	@Nullable List<DailyProgress> daily(@AuthenticationPrincipal SignedInUser user,
			@PathVariable(required = false) @Nullable Long clientId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, WebRequest request,
			HttpServletResponse response) {
		long parentId = this.readers.whose(user, clientId, Area.PROGRESS);
		// Kept by the browser but asked again each time: an unchanged chart is a 304.
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
		if (request.checkNotModified(this.progress.dailyTag(parentId))) {
			return null;
		}
		try {
			return this.progress.daily(parentId, from, to);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage(), ex);
		}
	}

}
