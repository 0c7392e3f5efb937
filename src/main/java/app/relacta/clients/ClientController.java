package app.relacta.clients;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import jakarta.validation.Valid;
import org.jspecify.annotations.Nullable;

import app.relacta.account.Account;
import app.relacta.account.SignedInUser;
import app.relacta.baby.BabyService;
import app.relacta.care.Area;
import app.relacta.care.CareService;
import app.relacta.care.CommentForm;
import app.relacta.care.NoteForm;
import app.relacta.care.NoteService;
import app.relacta.journal.JournalComments;
import app.relacta.plan.PlanAdjustForm;
import app.relacta.plan.PlanService;
import app.relacta.progress.DailyProgress;
import app.relacta.progress.ProgressPage;
import app.relacta.progress.ProgressService;
import app.relacta.system.FormErrors;
import app.relacta.system.ReaderAwareMessages;
import app.relacta.today.TodayService;
import app.relacta.wellbeing.WellbeingService;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One client, as the consultant they share with sees them: the parent's own Today,
 * journal, progress, plan and baby-check pages, read-only, plus a note for Today,
 * comments on the journal and plan adjustments. Every request checks the share first: a
 * client who does not share (or no longer does) answers 404, and each look is recorded
 * for the parent.
 */
@Controller
@RequestMapping("/clients/{clientId:\\d+}")
class ClientController {

	private final CareService care;

	private final NoteService notes;

	private final TodayService today;

	private final JournalComments comments;

	private final ProgressService progress;

	private final PlanService plans;

	private final BabyService baby;

	private final WellbeingService wellbeing;

	private final MessageSource messages;

	ClientController(CareService care, NoteService notes, TodayService today, JournalComments comments,
			ProgressService progress, PlanService plans, BabyService baby, WellbeingService wellbeing,
			MessageSource messages) {
		this.wellbeing = wellbeing;
		this.care = care;
		this.notes = notes;
		this.today = today;
		this.comments = comments;
		this.progress = progress;
		this.plans = plans;
		this.baby = baby;
		this.messages = messages;
	}

	@GetMapping
	String today(@AuthenticationPrincipal SignedInUser user, @PathVariable long clientId, Model model) {
		return todayView(user, open(user, clientId, Area.TODAY, model), new NoteForm(), model);
	}

	@PostMapping("/notes")
	String leaveNote(@AuthenticationPrincipal SignedInUser user, @PathVariable long clientId,
			@Valid @ModelAttribute("noteForm") NoteForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return todayView(user, header(user, clientId, model), form, model);
		}
		this.notes.leave(user.accountId(), clientId, form);
		redirect.addFlashAttribute("flash", "flash.noteLeft");
		return "redirect:/clients/" + clientId + "#notes";
	}

	private String todayView(SignedInUser user, Account client, NoteForm form, Model model) {
		model.addAttribute("today", this.today.today(client.getId(), true));
		model.addAttribute("notes", this.notes.notesBy(user.accountId(), client.getId()));
		model.addAttribute("noteForm", form);
		return "today/today";
	}

	@GetMapping("/journal")
	String journal(@AuthenticationPrincipal SignedInUser user, @PathVariable long clientId,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate until,
			Model model) {
		Account client = open(user, clientId, Area.JOURNAL, model);
		return journalView(client, until, new CommentForm(), model);
	}

	@PostMapping("/comments")
	String comment(@AuthenticationPrincipal SignedInUser user, @PathVariable long clientId,
			@Valid @ModelAttribute CommentForm form, BindingResult result, Model model, Locale locale) {
		Account client = header(user, clientId, model);
		if (result.hasErrors()) {
			model.addAttribute("commentError", FormErrors.first(result, "body", this.messages, locale));
			return journalView(client, form.getUntil(), form, model);
		}
		this.comments.post(user.accountId(), clientId, form);
		return "redirect:" + form.pageUrl("/clients/" + clientId + "/journal");
	}

	private String journalView(Account client, @Nullable LocalDate until, CommentForm form, Model model) {
		model.addAllAttributes(this.comments.page(client.getId(), until).attributes(form));
		return "journal/list";
	}

	@GetMapping("/progress")
	String progress(@AuthenticationPrincipal SignedInUser user, @PathVariable long clientId,
			@RequestParam(defaultValue = "14") String range, Model model) {
		open(user, clientId, Area.PROGRESS, model);
		model.addAttribute("page", this.progress.page(clientId, range));
		model.addAttribute("medications", this.wellbeing.medications(clientId));
		model.addAttribute("ranges", ProgressPage.RANGES);
		return "progress/progress";
	}

	@GetMapping("/progress/daily.json")
	@ResponseBody
	List<DailyProgress> daily(@AuthenticationPrincipal SignedInUser user, @PathVariable long clientId,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
		this.care.open(user.accountId(), clientId, Area.PROGRESS);
		try {
			return this.progress.daily(clientId, from, to);
		}
		catch (IllegalArgumentException ex) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, ex.getMessage(), ex);
		}
	}

	@GetMapping("/plan")
	String plan(@AuthenticationPrincipal SignedInUser user, @PathVariable long clientId, Model model) {
		open(user, clientId, Area.PLAN, model);
		model.addAllAttributes(this.plans.page(clientId).attributes());
		return "plan/plan";
	}

	@GetMapping("/baby")
	String baby(@AuthenticationPrincipal SignedInUser user, @PathVariable long clientId, Model model) {
		open(user, clientId, Area.BABY, model);
		model.addAttribute("recent", this.baby.recent(clientId));
		model.addAttribute("unit", this.baby.unitOf(clientId));
		model.addAttribute("taper", this.plans.taper(clientId));
		return "baby/checks";
	}

	@GetMapping("/plan/adjust")
	String adjustForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long clientId, Model model) {
		open(user, clientId, Area.PLAN, model);
		model.addAttribute("form", this.plans.adjustForm(clientId));
		return "clients/adjust";
	}

	@PostMapping("/plan/adjust")
	String adjust(@AuthenticationPrincipal SignedInUser user, @PathVariable long clientId,
			@Valid @ModelAttribute("form") PlanAdjustForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		header(user, clientId, model);
		if (result.hasErrors() || !this.plans.adjust(clientId, user.accountId(), form, result)) {
			return "clients/adjust";
		}
		redirect.addFlashAttribute("flash", "flash.planAdjusted");
		return "redirect:/clients/" + clientId + "/plan";
	}

	/**
	 * The consultant ends the relationship; the client's data is closed to them at once.
	 */
	@PostMapping("/end")
	String end(@AuthenticationPrincipal SignedInUser user, @PathVariable long clientId, RedirectAttributes redirect) {
		this.care.endShareAsConsultant(user.accountId(), clientId);
		redirect.addFlashAttribute("flash", "flash.clientEnded");
		return "redirect:/clients";
	}

	/**
	 * Checks the share, records the look, and names the client for the page.
	 */
	private Account open(SignedInUser user, long clientId, Area area, Model model) {
		Account client = this.care.open(user.accountId(), clientId, area);
		model.addAttribute("client", headerOf(client));
		return client;
	}

	/**
	 * Checks the share (for a change, which is not a look) and names the client.
	 */
	private Account header(SignedInUser user, long clientId, Model model) {
		Account client = this.care.requireClient(user.accountId(), clientId);
		model.addAttribute("client", headerOf(client));
		return client;
	}

	private static ClientHeader headerOf(Account client) {
		// The page's words speak about the client to the consultant ("Jo’s plan").
		ReaderAwareMessages.readingAbout(client.getDisplayName());
		return new ClientHeader(client.getId(), client.getDisplayName(), client.getZone().getId(),
				"/clients/" + client.getId());
	}

}
