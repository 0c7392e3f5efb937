package app.relacta.progress;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import app.relacta.account.SignedInUser;
import app.relacta.care.Area;
import app.relacta.care.Readers;
import app.relacta.wellbeing.WellbeingService;
import app.relacta.system.FormErrors;
import app.relacta.system.ReaderAwareMessages;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;

/**
 * The progress page, and the day-by-day figures as JSON for its chart (and anyone who
 * wants them).
 */
@Controller
class ProgressController {

	private final ProgressService progress;

	private final WellbeingService wellbeing;

	private final Readers readers;

	private final ProgressReports reports;

	ProgressController(ProgressService progress, WellbeingService wellbeing, Readers readers, ProgressReports reports) {
		this.progress = progress;
		this.readers = readers;
		this.wellbeing = wellbeing;
		this.reports = reports;
	}

	/** For the parent, or for a client's consultant under {@code /clients/{id}}. */
	@GetMapping({ "/progress", "/clients/{clientId:\\d+}/progress" })
	String page(@AuthenticationPrincipal SignedInUser user, @PathVariable(required = false) @Nullable Long clientId,
			@RequestParam(defaultValue = "14") String range, Model model) {
		long parentId = this.readers.whose(user, clientId, Area.PROGRESS, model);
		ProgressPage page = this.progress.page(parentId, range);
		model.addAttribute("report",
				new ProgressReports.ReportForm(page.to().minusDays(ProgressReports.DEFAULT_DAYS - 1), page.to()));
		return page(parentId, page, model);
	}

	private String page(long parentId, ProgressPage page, Model model) {
		model.addAttribute("page", page);
		model.addAttribute("medications", this.wellbeing.medications(parentId));
		model.addAttribute("ranges", ProgressPage.RANGES);
		return "progress/progress";
	}

	/**
	 * The report of the days asked for as a PDF to download (the last two weeks when none
	 * are given); a range that cannot be read is shown on the progress page, beside its
	 * field, as typed.
	 */
	@GetMapping({ "/progress/report.pdf", "/clients/{clientId:\\d+}/progress/report.pdf" })
	ModelAndView report(@AuthenticationPrincipal SignedInUser user,
			@PathVariable(required = false) @Nullable Long clientId,
			@ModelAttribute("report") ProgressReports.ReportForm form, BindingResult result, Model model,
			Locale locale) {
		long parentId = this.readers.whose(user, clientId, Area.PROGRESS, model);
		ProgressReports.ReportForm asked = (form.from() == null && form.to() == null && !result.hasErrors())
				? this.reports.defaultForm(parentId) : form;
		if (!result.hasErrors()) {
			FormErrors.bind(ProgressReports.check(asked).list(), result);
		}
		if (result.hasErrors()) {
			return new ModelAndView(page(parentId, this.progress.page(parentId, "14"), model));
		}
		ProgressReport report = this.reports.report(parentId, asked.from(), asked.to(), locale);
		return new ModelAndView((View) (attributes, request, response) -> {
			response.setContentType(MediaType.APPLICATION_PDF_VALUE);
			response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-store");
			response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment()
						.filename("relacta-report-" + report.from() + "-to-" + report.to() + ".pdf")
						.build()
						.toString());
			// Read by a consultant or a doctor: the texts speak about the parent.
			ReaderAwareMessages.readingAbout(report.parentName());
			this.reports.writePdf(report, locale, response.getOutputStream());
		});
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
