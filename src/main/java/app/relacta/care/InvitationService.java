package app.relacta.care;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.system.InvalidInput;
import app.relacta.system.NotFoundException;
import app.relacta.system.Rejection;
import app.relacta.system.Sha256;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Invitations: a single-use code, or one addressed to a consultant's email (accepted with
 * its code too), made by a parent and accepted or declined by a consultant; accepting
 * creates the share. Codes are stored hashed.
 */
@Service
public class InvitationService {

	/** How long an invitation stays open. */
	public static final Duration INVITATION_LIFETIME = Duration.ofDays(7);

	/** How many open invitations a parent may have at once. */
	static final int MAX_OPEN_INVITATIONS = 10;

	/** Letters and digits that cannot be mistaken for one another (no 0/O, 1/I/L). */
	private static final String CODE_ALPHABET = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";

	private static final int CODE_LENGTH = 12;

	private final SecureRandom random = new SecureRandom();

	private final InvitationRepository invitations;

	private final CareShareRepository shares;

	private final AccountService accounts;

	private final Clock clock;

	InvitationService(InvitationRepository invitations, CareShareRepository shares, AccountService accounts,
			Clock clock) {
		this.invitations = invitations;
		this.shares = shares;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Makes a single-use invitation code, shown to the parent once.
	 * @return the code
	 * @throws InvalidInput when the parent has too many open invitations
	 */
	@Transactional
	public String inviteWithCode(long parentId) {
		InvalidInput.throwIfAny(roomForAnother(parentId));
		String code = newCode();
		Instant now = this.clock.instant();
		this.invitations.save(new Invitation(parentId, hash(code), null, now, now.plus(INVITATION_LIFETIME)));
		return code;
	}

	/**
	 * Invites a consultant by email: they see the invitation when they log in. Sign-up
	 * never proves an email, so whoever holds that address could see it: accepting also
	 * takes the invitation's code, which the parent gives their consultant themselves.
	 * Whether the email has an account is never told, so the form cannot be used to find
	 * people.
	 * @return the invitation, its code shown to the parent once
	 * @throws InvalidInput when the email is the parent's own or the parent has too many
	 * open invitations
	 */
	@Transactional
	public EmailInvitation inviteByEmail(long parentId, String email) {
		String normalized = email.strip().toLowerCase(Locale.ROOT);
		Account parent = this.accounts.get(parentId);
		if (parent.getEmail().equals(normalized)) {
			throw new InvalidInput(Rejection.of("email", "sharing.inviteSelf"));
		}
		InvalidInput.throwIfAny(roomForAnother(parentId));
		Instant now = this.clock.instant();
		String code = newCode();
		this.invitations.save(new Invitation(parentId, hash(code), normalized, now, now.plus(INVITATION_LIFETIME)));
		return new EmailInvitation(code, normalized, parent.getDisplayName());
	}

	/**
	 * An invitation by email, as made: its code (shown once), the address, and the name
	 * of the parent who invites.
	 */
	public record EmailInvitation(String code, String email, String parentName) {

	}

	private List<Rejection> roomForAnother(long parentId) {
		long open = this.invitations.countByParentIdAndStatusAndExpiresAtAfter(parentId, InvitationStatus.PENDING,
				this.clock.instant());
		return (open >= MAX_OPEN_INVITATIONS)
				? List.of(Rejection.whole("sharing.tooManyInvitations", MAX_OPEN_INVITATIONS)) : List.of();
	}

	@Transactional
	public void cancelInvitation(long parentId, long invitationId) {
		Invitation invitation = this.invitations.findByIdAndParentId(invitationId, parentId)
			.orElseThrow(NotFoundException::new);
		if (invitation.isOpen(this.clock.instant())) {
			invitation.close(InvitationStatus.CANCELLED, null, this.clock.instant());
		}
	}

	/**
	 * The open invitation with this code, as the consultant sees it before accepting.
	 */
	@Transactional(readOnly = true)
	public Optional<Offer> offer(String code) {
		Instant now = this.clock.instant();
		return openInvitation(code, now).map((invitation) -> offerOf(invitation));
	}

	/**
	 * Whether a typed code is one of an open invitation.
	 */
	@Transactional(readOnly = true)
	public boolean isOpenCode(String code) {
		return openInvitation(code, this.clock.instant()).isPresent();
	}

	/**
	 * Accepts an invitation code: the parent's data is shared with this consultant from
	 * now.
	 * @return the parent's id
	 */
	@Transactional
	public long acceptCode(long consultantId, String code) {
		Instant now = this.clock.instant();
		Invitation invitation = openInvitation(code, now).orElseThrow(NotFoundException::new);
		return accept(invitation, consultantId, now);
	}

	/**
	 * The open invitations addressed to this consultant's email.
	 */
	@Transactional(readOnly = true)
	public List<Offer> offersFor(long consultantId) {
		Account consultant = this.accounts.get(consultantId);
		ZoneId zone = consultant.getZone();
		return this.invitations.openFor(consultant.getEmail(), this.clock.instant())
			.stream()
			.map((row) -> row.in(zone))
			.toList();
	}

	/**
	 * Accepts (with its code) or declines an invitation addressed to this consultant's
	 * email.
	 * @return the parent's id
	 * @throws WrongInvitationCodeException when the code given to accept is not the
	 * invitation's
	 */
	@Transactional
	public long answerEmailInvitation(long consultantId, long invitationId, boolean accept, @Nullable String code) {
		Account consultant = this.accounts.get(consultantId);
		Instant now = this.clock.instant();
		Invitation invitation = this.invitations.findById(invitationId)
			.filter((candidate) -> consultant.getEmail().equals(candidate.getConsultantEmail()))
			.filter((candidate) -> candidate.isOpen(now))
			.orElseThrow(NotFoundException::new);
		if (!accept) {
			invitation.close(InvitationStatus.DECLINED, consultantId, now);
			return invitation.getParentId();
		}
		if (code == null || code.isBlank() || !hash(code).equals(invitation.getCodeHash())) {
			throw new WrongInvitationCodeException();
		}
		return accept(invitation, consultantId, now);
	}

	private long accept(Invitation invitation, long consultantId, Instant now) {
		invitation.close(InvitationStatus.ACCEPTED, consultantId, now);
		long parentId = invitation.getParentId();
		if (!this.shares.existsByParentIdAndConsultantIdAndEndedAtIsNull(parentId, consultantId)) {
			this.shares.save(new CareShare(parentId, consultantId, now));
		}
		return parentId;
	}

	private Optional<Invitation> openInvitation(String code, Instant now) {
		String normalized = normalizeCode(code);
		if (normalized.length() != CODE_LENGTH) {
			return Optional.empty();
		}
		return this.invitations.findByCodeHash(hash(normalized)).filter((invitation) -> invitation.isOpen(now));
	}

	private Offer offerOf(Invitation invitation) {
		Account parent = this.accounts.get(invitation.getParentId());
		return new Offer(invitation.getId(), parent.getDisplayName(),
				CareService.local(invitation.getExpiresAt(), parent.getZone()));
	}

	/**
	 * A code as shown: three groups of four, such as {@code K7QF-M2XR-9PTA}.
	 */
	private String newCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < CODE_LENGTH; i++) {
			if (i > 0 && i % 4 == 0) {
				code.append('-');
			}
			code.append(CODE_ALPHABET.charAt(this.random.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

	/**
	 * A code as typed, in any case, with or without dashes and spaces.
	 */
	public static String normalizeCode(@Nullable String code) {
		if (code == null) {
			return "";
		}
		StringBuilder normalized = new StringBuilder();
		for (char c : code.toUpperCase(Locale.ROOT).toCharArray()) {
			if (CODE_ALPHABET.indexOf(c) >= 0) {
				normalized.append(c);
			}
			else if (Character.isLetterOrDigit(c)) {
				return "";
			}
		}
		return normalized.toString();
	}

	/**
	 * A code is kept as the hash of its normalized form (ASCII, so the same as UTF-8).
	 */
	private static String hash(String code) {
		return Sha256.hex(normalizeCode(code));
	}

	/**
	 * An invitation as a consultant sees it: whose, and until when.
	 */
	public record Offer(Long id, String parentName, LocalDateTime expires) {

		/** An open invitation as the database gives it, with the parent's name. */
		record Row(Long id, String parentName, Instant expiresAt) {

			Offer in(ZoneId zone) {
				return new Offer(this.id, this.parentName, CareService.local(this.expiresAt, zone));
			}

		}

	}

}
