package app.relacta.today;

import java.util.Objects;

import jakarta.validation.Valid;

import app.relacta.account.Role;
import app.relacta.account.SignedInUser;
import app.relacta.care.Area;
import app.relacta.care.NoteForm;
import app.relacta.care.NoteService;
import app.relacta.care.Readers;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The Today page and its timers.
 */
@Controller
class TodayController {

	private final TodayService today;

	private final NoteService notes;

	private final Readers readers;

	TodayController(TodayService today, NoteService notes, Readers readers) {
		this.readers = readers;
		this.today = today;
		this.notes = notes;
	}

	/**
	 * A parent's Today page, with their consultants' notes, a plan change they made and
	 * how many comments they left in the journal this week; a consultant's home is their
	 * client list.
	 */
	@GetMapping("/")
	String today(@AuthenticationPrincipal SignedInUser user, Model model) {
		if (user.role() == Role.CONSULTANT) {
			return "redirect:/clients";
		}
		TodayService.ParentToday page = this.today.parentToday(user.accountId());
		model.addAttribute("today", page.today());
		model.addAttribute("notes", page.notes());
		model.addAttribute("planChange", page.today().planChange());
		model.addAttribute("commentCounts", page.commentCounts());
		// In the parent's night hours the page is dim (dark unless they chose light).
		model.addAttribute("dim", page.today().night());
		return "today/today";
	}

	/**
	 * A client's Today for their consultant: read-only, in the client's time, with the
	 * consultant's notes to them and a form for another.
	 */
	@GetMapping("/clients/{clientId:\\d+}")
	String clientToday(@AuthenticationPrincipal SignedInUser user, @PathVariable long clientId, Model model) {
		return clientView(user, this.readers.whose(user, clientId, Area.TODAY, model), new NoteForm(), model);
	}

	@PostMapping("/clients/{clientId:\\d+}/notes")
	String leaveNote(@AuthenticationPrincipal SignedInUser user, @PathVariable long clientId,
			@Valid @ModelAttribute("noteForm") NoteForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		long parentId = this.readers.forChange(user, clientId, model);
		if (result.hasErrors()) {
			return clientView(user, parentId, form, model);
		}
		this.notes.leave(user.accountId(), parentId, Objects.requireNonNull(form.getBody()));
		redirect.addFlashAttribute("flash", "flash.noteLeft");
		return "redirect:/clients/" + clientId + "#notes";
	}

	private String clientView(SignedInUser user, long parentId, NoteForm form, Model model) {
		model.addAttribute("today", this.today.today(parentId, true));
		model.addAttribute("notes", this.notes.notesBy(user.accountId(), parentId));
		model.addAttribute("noteForm", form);
		return "today/today";
	}

	@PostMapping("/timer/start")
	String start(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "false") boolean powerPump) {
		this.today.startTimer(user.accountId(), powerPump);
		return "redirect:/#timer";
	}

	/**
	 * Stops the timer and opens the log form with its start and minutes filled in.
	 */
	@PostMapping("/timer/stop")
	String stop(@AuthenticationPrincipal SignedInUser user) {
		return this.today.stopTimer(user.accountId())
			.map((stopped) -> "redirect:" + UriComponentsBuilder.fromPath("/journal/new")
				.queryParam("startedAt", stopped.start())
				.queryParam("durationMinutes", stopped.durationMinutes())
				.queryParam("powerPump", stopped.powerPump())
				.toUriString())
			.orElse("redirect:/journal/new");
	}

	@PostMapping("/timer/cancel")
	String cancel(@AuthenticationPrincipal SignedInUser user) {
		this.today.cancelTimer(user.accountId());
		return "redirect:/";
	}

}
