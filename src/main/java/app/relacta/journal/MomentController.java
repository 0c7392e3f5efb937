package app.relacta.journal;

import app.relacta.account.SignedInUser;
import org.jspecify.annotations.Nullable;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * One tap on Today logs skin-to-skin time or a feed at the breast; the journal can take
 * one back.
 */
@Controller
class MomentController {

	private final MomentService moments;

	MomentController(MomentService moments) {
		this.moments = moments;
	}

	/**
	 * Logs the moment now; without a kind (a hand-made request) nothing is logged and
	 * Today is shown again.
	 */
	@PostMapping("/moments")
	String log(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable MomentKind kind,
			RedirectAttributes redirect) {
		if (kind != null) {
			this.moments.log(user.accountId(), kind);
			redirect.addFlashAttribute("flash", "flash.moment." + kind.name());
		}
		return "redirect:/#closeness";
	}

	@PostMapping("/moments/{id:\\d+}/delete")
	String delete(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.moments.delete(user.accountId(), id);
		redirect.addFlashAttribute("flash", "flash.momentDeleted");
		return "redirect:/journal";
	}

}
