package app.relacta.account;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import app.relacta.system.FormErrors;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A parent's own data: download all of it, or delete the account.
 */
@Controller
class DataController {

	private final PersonalDataService data;

	DataController(PersonalDataService data) {
		this.data = data;
	}

	@GetMapping("/settings/data")
	String page(Model model) {
		model.addAttribute("deletion", new DeleteForm(null));
		return "account/data";
	}

	/**
	 * The parent's data as one JSON file, written as it is read (constant memory, however
	 * long the journal).
	 */
	@GetMapping("/settings/data/export.json")
	void export(@AuthenticationPrincipal SignedInUser user, HttpServletResponse response) throws IOException {
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"relacta-my-data.json\"");
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		this.data.export(user.accountId(), response.getOutputStream());
	}

	@PostMapping("/settings/data/delete")
	String delete(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("deletion") DeleteForm form,
			BindingResult result, HttpServletRequest request) throws ServletException {
		if (!FormErrors.submitted(result, List::of, () -> this.data.delete(user.accountId(), form.password()))) {
			return "account/data";
		}
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		SecurityContextHolder.clearContext();
		return "redirect:/login?deleted";
	}

	/** The password that confirms a deletion; never shown back. */
	record DeleteForm(@Nullable String password) {

	}

}
