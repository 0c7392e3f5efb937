package app.relacta.care;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

import jakarta.validation.Valid;

import app.relacta.account.SignedInUser;
import app.relacta.system.FormErrors;
import app.relacta.system.InvalidInput;
import app.relacta.system.Mailer;
import app.relacta.system.PublicLinks;

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
 * A parent's sharing page: invite a consultant (a code, or by email), see who has access
 * and who looked at what, cancel an invitation, end a share.
 */
@Controller
class SharingController {

	private static final String VIEW = "care/sharing";

	private final CareService care;

	private final InvitationService invitations;

	private final InvitationMail mail;

	private final ViewLinks links;

	private final PublicLinks publicLinks;

	SharingController(CareService care, InvitationService invitations, InvitationMail mail, ViewLinks links,
			PublicLinks publicLinks) {
		this.care = care;
		this.invitations = invitations;
		this.mail = mail;
		this.links = links;
		this.publicLinks = publicLinks;
	}

	@GetMapping("/sharing")
	String show(@AuthenticationPrincipal SignedInUser user, Model model) {
		if (!model.containsAttribute("invite")) {
			model.addAttribute("invite", new InviteForm());
		}
		return view(user, model);
	}

	/**
	 * Makes a code and shows it once, on the page the browser is sent back to.
	 */
	@PostMapping("/sharing/invitations")
	String inviteWithCode(@AuthenticationPrincipal SignedInUser user, Model model, RedirectAttributes redirect) {
		String code;
		try {
			code = this.invitations.inviteWithCode(user.accountId());
		}
		catch (InvalidInput ex) {
			model.addAttribute("invite", new InviteForm());
			model.addAttribute("codeError", true);
			return view(user, model);
		}
		redirect.addFlashAttribute("newCode", code);
		return "redirect:/sharing#new-code";
	}

	/**
	 * Makes an invitation for a consultant's email and sends it there when email is on;
	 * the code and its link are shown once either way, to send or tell in person.
	 */
	@PostMapping("/sharing/invitations/email")
	String inviteByEmail(@AuthenticationPrincipal SignedInUser user, @Valid @ModelAttribute("invite") InviteForm form,
			BindingResult result, Model model, Locale locale, RedirectAttributes redirect) {
		Optional<InvitationService.EmailInvitation> invitation = FormErrors.submit(result, List::of,
				() -> this.invitations.inviteByEmail(user.accountId(), Objects.requireNonNull(form.getEmail())));
		if (invitation.isEmpty()) {
			return view(user, model);
		}
		InvitationService.EmailInvitation made = invitation.get();
		Mailer.Delivery delivery = this.mail.send(made.email(), made.parentName(), made.code(),
				InvitationService.INVITATION_LIFETIME.toDays(), locale);
		redirect.addFlashAttribute("flash",
				(delivery == Mailer.Delivery.SENT) ? "flash.invitationEmailed" : "flash.invitationSent");
		redirect.addFlashAttribute("newCode", made.code());
		redirect.addFlashAttribute("newCodeByEmail", true);
		redirect.addFlashAttribute("delivery", delivery);
		redirect.addFlashAttribute("invitedEmail", made.email());
		return "redirect:/sharing#new-code";
	}

	@PostMapping("/sharing/invitations/{id:\\d+}/cancel")
	String cancel(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.invitations.cancelInvitation(user.accountId(), id);
		redirect.addFlashAttribute("flash", "flash.invitationCancelled");
		return "redirect:/sharing";
	}

	@PostMapping("/sharing/{id:\\d+}/end")
	String end(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		this.care.endShareAsParent(user.accountId(), id);
		redirect.addFlashAttribute("flash", "flash.shareEnded");
		return "redirect:/sharing";
	}

	/**
	 * Makes a read-only link to the parent's progress and shows it once, on the page the
	 * browser is sent back to.
	 */
	@PostMapping("/sharing/links")
	String createLink(@AuthenticationPrincipal SignedInUser user, @ModelAttribute("link") ViewLinkForm form,
			BindingResult result, Model model, RedirectAttributes redirect) {
		var made = FormErrors.submit(result, List::of,
				() -> this.links.create(user.accountId(), form.getLabel(), form.getDays(), form.isWithNotes()));
		if (made.isEmpty()) {
			model.addAttribute("invite", new InviteForm());
			return view(user, model);
		}
		redirect.addFlashAttribute("newLink", this.publicLinks.link("/shared/" + made.get().secret()));
		redirect.addFlashAttribute("newLinkLabel", made.get().label());
		return "redirect:/sharing#new-link";
	}

	@PostMapping("/sharing/links/{id:\\d+}/revoke")
	String revokeLink(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, RedirectAttributes redirect) {
		redirect.addFlashAttribute("linkRevoked", this.links.revoke(user.accountId(), id));
		return "redirect:/sharing#links";
	}

	private String view(SignedInUser user, Model model) {
		if (!model.containsAttribute("link")) {
			model.addAttribute("link", new ViewLinkForm());
		}
		model.addAttribute("maxLinkDays", ViewLinks.MAX_DAYS);
		model.addAttribute("sharing", this.care.sharing(user.accountId()));
		model.addAttribute("lifetimeDays", InvitationService.INVITATION_LIFETIME.toDays());
		model.addAttribute("maxOpen", InvitationService.MAX_OPEN_INVITATIONS);
		model.addAttribute("invitationBase", this.publicLinks.link("/invitations/"));
		model.addAttribute("emailOn", this.mail.isOn());
		return VIEW;
	}

}
