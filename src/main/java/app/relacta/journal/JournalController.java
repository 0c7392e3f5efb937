package app.relacta.journal;

import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.Validator;

import app.relacta.account.SignedInUser;
import app.relacta.care.Area;
import app.relacta.care.CommentForm;
import app.relacta.care.Readers;
import app.relacta.system.FormErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The session journal: the list by day, the log form, edit and delete. Each handler
 * binds, asks {@link JournalService} once and picks a view or redirects.
 */
@Controller
class JournalController {

	private static final String FORM_VIEW = "journal/form";

	private final JournalService journal;

	private final JournalComments comments;

	private final MessageSource messages;

	private final Readers readers;

	private final Validator validator;

	JournalController(JournalService journal, JournalComments comments, MessageSource messages, Readers readers,
			Validator validator) {
		this.validator = validator;
		this.readers = readers;
		this.journal = journal;
		this.comments = comments;
		this.messages = messages;
	}

	@ModelAttribute("methods")
	SessionMethod[] methods() {
		return SessionMethod.values();
	}

	/**
	 * The journal, for the parent ({@code /journal}) or, read-only with comments, for a
	 * client's consultant ({@code /clients/{id}/journal}).
	 */
	@GetMapping({ "/journal", "/clients/{clientId:\\d+}/journal" })
	String list(@AuthenticationPrincipal SignedInUser user, @PathVariable(required = false) @Nullable Long clientId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate until,
			Model model) {
		long parentId = this.readers.whose(user, clientId, Area.JOURNAL, model);
		return listView(parentId, until, new CommentForm(), model);
	}

	/**
	 * A comment on a day or a session: the parent's own or their answer to a consultant,
	 * or a consultant's on a client's journal; it is shown in its thread on the same
	 * journal page.
	 */
	@PostMapping({ "/journal/comments", "/clients/{clientId:\\d+}/comments" })
	String comment(@AuthenticationPrincipal SignedInUser user, @PathVariable(required = false) @Nullable Long clientId,
			@Valid @ModelAttribute CommentForm form, BindingResult result, Model model, Locale locale) {
		long parentId = (clientId != null) ? this.readers.forChange(user, clientId, model) : user.accountId();
		if (result.hasErrors()) {
			model.addAttribute("commentError", FormErrors.first(result, "body", this.messages, locale));
			return listView(parentId, form.getUntil(), form, model);
		}
		this.comments.post(user.accountId(), parentId, form.getDate(), form.getSessionId(),
				Objects.requireNonNull(form.getBody()));
		return "redirect:" + form.pageUrl((clientId != null) ? "/clients/" + clientId + "/journal" : "/journal");
	}

	private String listView(long parentId, @Nullable LocalDate until, CommentForm form, Model model) {
		JournalComments.CommentedPage page = this.comments.page(parentId, until);
		model.addAttribute("page", page.page());
		model.addAttribute("comments", page.comments());
		model.addAttribute("commentForm", form);
		return "journal/list";
	}

	/**
	 * The log form, starting now; a stopped timer fills in its start, minutes and whether
	 * it was power pumping.
	 */
	/**
	 * Every session of the parent as a CSV file, streamed.
	 */
	@GetMapping("/journal/export.csv")
	void export(@AuthenticationPrincipal SignedInUser user, WebRequest request, HttpServletResponse response)
			throws IOException {
		// Kept by the browser but asked again each time: unchanged, the answer is a 304.
		response.setHeader(HttpHeaders.CACHE_CONTROL, "private, no-cache");
		if (request.checkNotModified(this.journal.exportTag(user.accountId()))) {
			return;
		}
		response.setContentType("text/csv;charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				ContentDisposition.attachment().filename("relacta-journal.csv").build().toString());
		this.journal.exportCsv(user.accountId(), response.getWriter());
	}

	@GetMapping("/journal/new")
	String newForm(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(required = false) @DateTimeFormat(
					pattern = LogSessionForm.START_PATTERN) @Nullable LocalDateTime startedAt,
			@RequestParam(required = false) @Nullable Integer durationMinutes,
			@RequestParam(defaultValue = "false") boolean powerPump, Model model) {
		LogSessionForm form = LogSessionForm.of(this.journal.newEntry(user.accountId()));
		if (startedAt != null) {
			form.setStartedAt(startedAt);
		}
		if (durationMinutes != null) {
			form.setDurationMinutes(durationMinutes);
		}
		form.setPowerPump(powerPump);
		model.addAttribute("form", form);
		return showForm(user, null, model);
	}

	@PostMapping("/journal")
	String create(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") LogSessionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		return save(user, form, result, model, redirect);
	}

	/**
	 * Today's quick log: the milk typed, the minutes and method as the last session, and
	 * a start of now minus the minutes. Anything to look at again opens the full form,
	 * with what was typed and the message beside its field.
	 */
	@PostMapping("/journal/quick")
	String quick(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") LogSessionForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		Integer minutes = form.getDurationMinutes();
		if (form.getStartedAt() == null && minutes != null && minutes >= 1
				&& minutes <= SessionEntry.MAX_DURATION_MINUTES) {
			form.setStartedAt(this.journal.startedMinutesAgo(user.accountId(), minutes));
		}
		new SpringValidatorAdapter(this.validator).validate(form, result);
		return save(user, form, result, model, redirect);
	}

	private String save(SignedInUser user, LogSessionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		long parentId = user.accountId();
		Optional<SessionView> saved = Optional.empty();
		try {
			saved = FormErrors.submit(result, () -> this.journal.check(parentId, form.entry()),
					() -> this.journal.log(parentId, form.entry()));
		}
		catch (OverlappingSessionException ex) {
			rejectOverlap(ex, result, model);
		}
		if (saved.isEmpty()) {
			return showForm(user, null, model);
		}
		redirect.addFlashAttribute("flash", "flash.sessionLogged");
		return redirectToDay(saved.get());
	}

	@GetMapping("/journal/{id:\\d+}/edit")
	String editForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		model.addAttribute("form", LogSessionForm.of(this.journal.entry(user.accountId(), id)));
		return showForm(user, id, model);
	}

	@PostMapping("/journal/{id:\\d+}")
	String update(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@Valid @ModelAttribute("form") LogSessionForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		long parentId = user.accountId();
		Optional<SessionView> saved = Optional.empty();
		try {
			saved = FormErrors.submit(result, () -> this.journal.check(parentId, id, form.entry()),
					() -> this.journal.update(parentId, id, form.entry()));
		}
		catch (OverlappingSessionException ex) {
			rejectOverlap(ex, result, model);
		}
		catch (SessionChangedElsewhereException ex) {
			// Keep what the parent typed, show what is saved now, and let them decide.
			SessionView current = this.journal.view(user.accountId(), id);
			model.addAttribute("current", current);
			form.setVersion(current.version());
			result.reject("session.changedElsewhere");
		}
		if (saved.isEmpty()) {
			return showForm(user, id, model);
		}
		redirect.addFlashAttribute("flash", "flash.sessionSaved");
		return redirectToDay(saved.get());
	}

	@GetMapping("/journal/{id:\\d+}/delete")
	String confirmDelete(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Model model) {
		model.addAttribute("entry", this.journal.view(user.accountId(), id));
		model.addAttribute("unit", this.journal.unitOf(user.accountId()));
		return "journal/delete";
	}

	@PostMapping("/journal/{id:\\d+}/delete")
	String delete(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.journal.delete(user.accountId(), id);
		redirect.addFlashAttribute("flash", "flash.sessionDeleted");
		return "redirect:/journal";
	}

	private String showForm(SignedInUser user, @Nullable Long sessionId, Model model) {
		model.addAttribute("sessionId", sessionId);
		// The form is where "Log a session" leads: the bar would only cover its buttons.
		model.addAttribute("onLogForm", true);
		model.addAttribute("unit", this.journal.unitOf(user.accountId()));
		return FORM_VIEW;
	}

	private static void rejectOverlap(OverlappingSessionException ex, BindingResult result, Model model) {
		SessionView other = ex.other();
		result.rejectValue("startedAt", "session.overlaps",
				new Object[] { other.start().toLocalTime().toString(), other.end().toLocalTime().toString() }, null);
		model.addAttribute("overlapping", other);
	}

	private static String redirectToDay(SessionView saved) {
		return "redirect:/journal?until=" + saved.localDate() + "#session-" + saved.id();
	}

}
