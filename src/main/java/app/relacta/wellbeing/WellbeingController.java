package app.relacta.wellbeing;

import java.util.Objects;

import jakarta.validation.Valid;

import app.relacta.account.SignedInUser;
import app.relacta.system.FormErrors;

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

/**
 * The mood check-in (its form sits on Today; this page is its fallback) and the
 * medication log.
 */
@Controller
class WellbeingController {

	private final WellbeingService wellbeing;

	WellbeingController(WellbeingService wellbeing) {
		this.wellbeing = wellbeing;
	}

	@ModelAttribute("moods")
	Mood[] moods() {
		return Mood.values();
	}

	@GetMapping("/mood")
	String moodForm(@AuthenticationPrincipal SignedInUser user, Model model) {
		MoodForm form = new MoodForm();
		form.setShared(this.wellbeing.moodToday(user.accountId(), false).sharesByDefault());
		model.addAttribute("moodForm", form);
		return "wellbeing/mood";
	}

	@PostMapping("/mood")
	String checkIn(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("moodForm") MoodForm form,
			BindingResult result, RedirectAttributes redirect) {
		if (result.hasErrors()) {
			return "wellbeing/mood";
		}
		this.wellbeing.checkIn(user.accountId(), Objects.requireNonNull(form.getMood()), form.isHarmThoughts(),
				form.isShared());
		redirect.addFlashAttribute("flash", "flash.moodSaved");
		return "redirect:/#mood";
	}

	/**
	 * F3: "my breast hurts", in one tap (redness, heat and a fever optional); Today shows
	 * what to do at once.
	 */
	@PostMapping("/mood/breast")
	String breast(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(name = "redness", defaultValue = "false") boolean redness,
			@RequestParam(name = "heat", defaultValue = "false") boolean heat,
			@RequestParam(name = "fever", defaultValue = "false") boolean fever, RedirectAttributes redirect) {
		this.wellbeing.noteBreast(user.accountId(), redness, heat, fever);
		redirect.addFlashAttribute("flash", "flash.breastNoted");
		return "redirect:/#urgent";
	}

	@GetMapping("/medications")
	String medications(@AuthenticationPrincipal SignedInUser user, Model model) {
		MedicationForm form = new MedicationForm();
		form.setStartedOn(this.wellbeing.todayOf(user.accountId()));
		model.addAttribute("form", form);
		return medicationsView(user, model);
	}

	@PostMapping("/medications")
	String add(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") MedicationForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		long parentId = user.accountId();
		if (!FormErrors.submitted(result, () -> this.wellbeing.check(parentId, form.entry()),
				() -> this.wellbeing.add(parentId, form.entry()))) {
			return medicationsView(user, model);
		}
		redirect.addFlashAttribute("flash", "flash.medicationSaved");
		return "redirect:/medications";
	}

	@PostMapping("/medications/{id:\\d+}/stop")
	String stop(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.wellbeing.stop(user.accountId(), id);
		redirect.addFlashAttribute("flash", "flash.medicationStopped");
		return "redirect:/medications";
	}

	@PostMapping("/medications/{id:\\d+}/delete")
	String delete(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.wellbeing.delete(user.accountId(), id);
		redirect.addFlashAttribute("flash", "flash.medicationDeleted");
		return "redirect:/medications";
	}

	private String medicationsView(SignedInUser user, Model model) {
		model.addAttribute("medications", this.wellbeing.medications(user.accountId()));
		model.addAttribute("today", this.wellbeing.todayOf(user.accountId()));
		return "wellbeing/medications";
	}

}
