package app.relacta.baby;

import java.time.LocalDate;

import jakarta.validation.Valid;

import app.relacta.account.SignedInUser;
import app.relacta.care.Area;
import app.relacta.care.Readers;
import app.relacta.plan.PlanService;
import app.relacta.system.FormErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
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
 * The baby's checks: a small form for a day and the last two weeks.
 */
@Controller
class BabyController {

	private final BabyService baby;

	private final PlanService plans;

	private final Readers readers;

	BabyController(BabyService baby, PlanService plans, Readers readers) {
		this.readers = readers;
		this.baby = baby;
		this.plans = plans;
	}

	@GetMapping("/baby")
	String show(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate date,
			Model model) {
		model.addAttribute("form", BabyCheckForm.of(this.baby.entry(user.accountId(), date)));
		return view(user.accountId(), model);
	}

	/** A client's checks, read-only, for their consultant. */
	@GetMapping("/clients/{clientId:\\d+}/baby")
	String showToConsultant(@AuthenticationPrincipal SignedInUser user, @PathVariable long clientId, Model model) {
		return view(this.readers.whose(user, clientId, Area.BABY, model), model);
	}

	@PostMapping("/baby")
	String save(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("form") BabyCheckForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		long parentId = user.accountId();
		if (!FormErrors.submitted(result, () -> this.baby.check(parentId, form.entry()),
				() -> this.baby.save(parentId, form.entry()))) {
			return view(user.accountId(), model);
		}
		redirect.addFlashAttribute("flash", "flash.babySaved");
		return "redirect:/baby";
	}

	private String view(long parentId, Model model) {
		BabyService.ChecksPage page = this.baby.page(parentId);
		model.addAttribute("recent", page.recent());
		model.addAttribute("unit", page.unit());
		model.addAttribute("weightUnit", page.weightUnit());
		model.addAttribute("taper", this.plans.taper(parentId));
		return "baby/checks";
	}

}
