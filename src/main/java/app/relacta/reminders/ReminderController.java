package app.relacta.reminders;

import java.util.List;

import app.relacta.account.SignedInUser;
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
 * Settings' reminders page: turn reminders on for this phone (with a name and quiet
 * hours), change a device's quiet hours, or stop them on any device.
 */
@Controller
class ReminderController {

	private static final String VIEW = "reminders/settings";

	private static final String BACK = "redirect:/settings/reminders";

	private final PushDevices devices;

	private final PushKeys keys;

	private final Reminders reminders;

	ReminderController(PushDevices devices, PushKeys keys, Reminders reminders) {
		this.devices = devices;
		this.keys = keys;
		this.reminders = reminders;
	}

	@GetMapping("/settings/reminders")
	String show(@AuthenticationPrincipal SignedInUser user, Model model) {
		return page(user, model, new DeviceForm(), null, null);
	}

	@PostMapping("/settings/reminders")
	String add(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("form") DeviceForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		if (!FormErrors.submitted(result, List::of, () -> this.devices.add(user.accountId(), form.subscription()))) {
			return page(user, model, form, null, null);
		}
		this.reminders.schedule(user.accountId());
		redirect.addFlashAttribute("added", true);
		return BACK;
	}

	@PostMapping("/settings/reminders/{id}")
	String quietHours(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@ModelAttribute("quiet") DeviceForm quiet, BindingResult result, Model model, RedirectAttributes redirect) {
		if (!FormErrors.submitted(result, List::of,
				() -> this.devices.quietHours(user.accountId(), id, quiet.getQuietFrom(), quiet.getQuietUntil()))) {
			return page(user, model, new DeviceForm(), id, quiet);
		}
		redirect.addFlashAttribute("changed", true);
		return BACK;
	}

	@PostMapping("/settings/reminders/{id}/remove")
	String remove(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.devices.remove(user.accountId(), id);
		this.reminders.schedule(user.accountId());
		redirect.addFlashAttribute("removed", true);
		return BACK;
	}

	private String page(SignedInUser user, Model model, DeviceForm form, @Nullable Long editing,
			@Nullable DeviceForm quiet) {
		model.addAttribute("form", form);
		model.addAttribute("devices", this.devices.list(user.accountId()));
		model.addAttribute("publicKey", this.keys.publicKey());
		model.addAttribute("editing", editing);
		if (quiet != null) {
			model.addAttribute("quiet", quiet);
		}
		return VIEW;
	}

}
