package app.relacta.plan;

import jakarta.validation.Valid;

import app.relacta.account.SignedInUser;
import app.relacta.care.Area;
import app.relacta.care.Readers;
import app.relacta.system.FormErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The plan page (settings and the rule table with sources), the settings form, and the
 * first-run questions, one short screen at a time.
 */
@Controller
class PlanController {

	/** The first-run questions: about you, about your baby, your goal and nights. */
	static final int SETUP_STEPS = 3;

	private final PlanService plans;

	private final Readers readers;

	PlanController(PlanService plans, Readers readers) {
		this.readers = readers;
		this.plans = plans;
	}

	@ModelAttribute("rules")
	Rule[] rules() {
		return Rule.values();
	}

	/** For the parent, or for a client's consultant under {@code /clients/{id}}. */
	@GetMapping({ "/plan", "/clients/{clientId:\\d+}/plan" })
	String show(@AuthenticationPrincipal SignedInUser user, @PathVariable(required = false) @Nullable Long clientId,
			Model model) {
		model.addAllAttributes(this.plans.page(this.readers.whose(user, clientId, Area.PLAN, model)).attributes());
		return "plan/plan";
	}

	/**
	 * A consultant adjusts a client's plan within the guidance's ranges (sessions, the
	 * night, power pumping); the change is shown to the parent with who made it.
	 */
	@GetMapping("/clients/{clientId:\\d+}/plan/adjust")
	String adjustForm(@AuthenticationPrincipal SignedInUser user, @PathVariable long clientId, Model model) {
		long parentId = this.readers.whose(user, clientId, Area.PLAN, model);
		model.addAttribute("form", PlanAdjustForm.of(this.plans.current(parentId)));
		model.addAttribute("clientEditing", true);
		return "clients/adjust";
	}

	@PostMapping("/clients/{clientId:\\d+}/plan/adjust")
	String adjust(@AuthenticationPrincipal SignedInUser user, @PathVariable long clientId,
			@Valid @ModelAttribute("form") PlanAdjustForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		long parentId = this.readers.forChange(user, clientId, model);
		if (!FormErrors.submitted(result, () -> this.plans.check(parentId, form.adjustment()),
				() -> this.plans.adjust(parentId, user.accountId(), form.adjustment()))) {
			model.addAttribute("clientEditing", true);
			return "clients/adjust";
		}
		redirect.addFlashAttribute("flash", "flash.planAdjusted");
		return "redirect:/clients/" + clientId + "/plan";
	}

	@GetMapping("/plan/settings")
	String settingsForm(@AuthenticationPrincipal SignedInUser user, Model model) {
		model.addAttribute("form", PlanSettingsForm.of(this.plans.choices(user.accountId())));
		return settingsView(user, 0, model);
	}

	@PostMapping("/plan/settings")
	String saveSettings(@AuthenticationPrincipal SignedInUser user,
			@Valid @ModelAttribute("form") PlanSettingsForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!save(user, form, result)) {
			return settingsView(user, 0, model);
		}
		redirect.addFlashAttribute("flash", "flash.planSaved");
		return "redirect:/plan";
	}

	@GetMapping("/plan/setup/{step:[1-3]}")
	String setupStep(@AuthenticationPrincipal SignedInUser user, @PathVariable int step, Model model) {
		model.addAttribute("form", PlanSettingsForm.of(this.plans.choices(user.accountId())));
		return settingsView(user, step, model);
	}

	/**
	 * Saves one screen of the first-run questions (the others keep their current values)
	 * and goes on to the next; after the last, to the Today page.
	 */
	@PostMapping("/plan/setup/{step:[1-3]}")
	String saveStep(@AuthenticationPrincipal SignedInUser user, @PathVariable int step,
			@Valid @ModelAttribute("form") PlanSettingsForm form, BindingResult result, Model model,
			RedirectAttributes redirect) {
		if (!save(user, form, result)) {
			return settingsView(user, step, model);
		}
		if (step < SETUP_STEPS) {
			return "redirect:/plan/setup/" + (step + 1);
		}
		redirect.addFlashAttribute("flash", "flash.planReady");
		return "redirect:/";
	}

	/**
	 * @param step 0 for the whole settings form, 1 to 3 for a first-run screen
	 */
	private String settingsView(SignedInUser user, int step, Model model) {
		model.addAttribute("step", step);
		model.addAttribute("steps", SETUP_STEPS);
		model.addAttribute("unit", this.plans.unitOf(user.accountId()));
		model.addAttribute("paths", LactationPath.values());
		model.addAttribute("goals", Goal.values());
		model.addAttribute("supplementKinds", SupplementKind.values());
		return "plan/settings";
	}

	private boolean save(SignedInUser user, PlanSettingsForm form, BindingResult result) {
		long parentId = user.accountId();
		return FormErrors.submitted(result, () -> this.plans.check(parentId, form.choices()),
				() -> this.plans.save(parentId, parentId, form.choices()));
	}

}
