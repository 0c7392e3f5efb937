package app.relacta.clients;

import jakarta.servlet.http.HttpServletResponse;

import app.relacta.account.SignedInUser;
import app.relacta.care.CareService;
import app.relacta.care.InvitationService;
import app.relacta.care.WrongInvitationCodeException;
import app.relacta.system.Numbers;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A consultant's home: the client list, invitations addressed to them, and accepting an
 * invitation code.
 */
@Controller
class ClientsController {

	private final ClientListService clients;

	private final InvitationService invitations;

	private final CareService care;

	ClientsController(ClientListService clients, InvitationService invitations, CareService care) {
		this.care = care;
		this.clients = clients;
		this.invitations = invitations;
	}

	/**
	 * The client list; with {@code code}, a typed invitation code is checked first and,
	 * when open, its invitation shown.
	 */
	@GetMapping("/clients")
	String list(@AuthenticationPrincipal SignedInUser user, @RequestParam(required = false) @Nullable String code,
			@RequestParam(defaultValue = "1") String page, @RequestParam(defaultValue = "false") boolean attention,
			@RequestParam(required = false) @Nullable String name, Model model) {
		if (code != null && !code.isBlank()) {
			if (this.invitations.isOpenCode(code)) {
				return "redirect:/invitations/" + InvitationService.normalizeCode(code);
			}
			model.addAttribute("codeError", "clients.codeNotOpen");
		}
		model.addAttribute("code", (code != null) ? code.strip() : "");
		model.addAttribute("list", this.clients.list(user.accountId(), pageNumber(page), attention, name));
		model.addAttribute("offers", this.invitations.offersFor(user.accountId()));
		return "clients/list";
	}

	@GetMapping("/invitations/{code}")
	String invitation(@PathVariable String code, Model model, HttpServletResponse response) {
		var offer = this.invitations.offer(code);
		if (offer.isEmpty()) {
			response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		}
		model.addAttribute("offer", offer.orElse(null));
		model.addAttribute("code", InvitationService.normalizeCode(code));
		return "clients/invitation";
	}

	/**
	 * Accepts a code. Two consultants accepting one code at the same moment: the second
	 * finds it used, as if it had come a moment later.
	 */
	@PostMapping("/invitations/{code}")
	String accept(@AuthenticationPrincipal SignedInUser user, @PathVariable String code, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		long parentId;
		try {
			parentId = this.invitations.acceptCode(user.accountId(), code);
		}
		catch (OptimisticLockingFailureException ex) {
			return invitation(code, model, response);
		}
		redirect.addFlashAttribute("flash", "flash.invitationAccepted");
		return "redirect:/clients/" + parentId;
	}

	/**
	 * Accepts an invitation addressed to this consultant's email, with the code the
	 * parent gave them; a wrong code is said beside the field, with what was typed.
	 */
	@PostMapping("/invitations/email/{id:\\d+}/accept")
	String acceptEmail(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(required = false) @Nullable String code, Model model, RedirectAttributes redirect) {
		long parentId;
		try {
			parentId = this.invitations.answerEmailInvitation(user.accountId(), id, true, code);
		}
		catch (WrongInvitationCodeException ex) {
			model.addAttribute("offerError", id);
			model.addAttribute("offerCode", (code != null) ? code.strip() : "");
			return list(user, null, "1", false, null, model);
		}
		redirect.addFlashAttribute("flash", "flash.invitationAccepted");
		return "redirect:/clients/" + parentId;
	}

	@PostMapping("/invitations/email/{id:\\d+}/decline")
	String declineEmail(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			RedirectAttributes redirect) {
		this.invitations.answerEmailInvitation(user.accountId(), id, false, null);
		redirect.addFlashAttribute("flash", "flash.invitationDeclined");
		return "redirect:/clients";
	}

	/**
	 * The consultant ends the relationship; the client's data is closed to them at once.
	 */
	@PostMapping("/clients/{clientId:\\d+}/end")
	String end(@AuthenticationPrincipal SignedInUser user, @PathVariable long clientId, RedirectAttributes redirect) {
		this.care.endShareAsConsultant(user.accountId(), clientId);
		redirect.addFlashAttribute("flash", "flash.clientEnded");
		return "redirect:/clients";
	}

	/** A page number as typed in a URL; anything else is the first page. */
	private static int pageNumber(String typed) {
		return Numbers.integer(typed).orElse(1);
	}

}
