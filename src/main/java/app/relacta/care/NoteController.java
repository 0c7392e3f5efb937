package app.relacta.care;

import app.relacta.account.SignedInUser;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A parent dismisses a consultant's note from their Today page.
 */
@Controller
class NoteController {

	private final NoteService notes;

	NoteController(NoteService notes) {
		this.notes = notes;
	}

	@PostMapping("/notes/{id:\\d+}/dismiss")
	String dismiss(@AuthenticationPrincipal SignedInUser user, @PathVariable long id) {
		this.notes.dismiss(user.accountId(), id);
		return "redirect:/#notes";
	}

}
