package app.relacta.care;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.system.NotFoundException;
import org.jspecify.annotations.Nullable;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Consent between a parent and a consultant once given (invitations are
 * {@link InvitationService}'s): the shares, ending them, the parent's sharing page, and
 * the one place a consultant's reading of a client's data goes through: it checks the
 * share and records the look. Every check reads the database, so a share that ends stops
 * access on the very next request.
 */
@Service
public class CareService {

	/** Looks at the same part of the data within this time count as one visit. */
	static final Duration VISIT = Duration.ofMinutes(5);

	/** How many looks the parent's record shows. */
	static final int ACCESS_RECORDS_SHOWN = 50;

	private final CareShareRepository shares;

	private final InvitationRepository invitations;

	private final AccessRecordRepository accessRecords;

	private final AccountService accounts;

	private final ViewLinks links;

	private final Clock clock;

	CareService(CareShareRepository shares, InvitationRepository invitations, AccessRecordRepository accessRecords,
			ViewLinks links, AccountService accounts, Clock clock) {
		this.shares = shares;
		this.links = links;
		this.invitations = invitations;
		this.accessRecords = accessRecords;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Ends one of the parent's shares at once.
	 */
	@Transactional
	public void endShareAsParent(long parentId, long shareId) {
		this.shares.findByIdAndParentId(shareId, parentId)
			.orElseThrow(NotFoundException::new)
			.end(parentId, this.clock.instant());
	}

	/**
	 * Who has access, who had it, open invitations and who looked at what, in the
	 * parent's local time.
	 */
	@Transactional(readOnly = true)
	public SharingPage sharing(long parentId) {
		ZoneId zone = this.accounts.get(parentId).getZone();
		Instant now = this.clock.instant();
		List<ShareView> all = this.shares.sharesOf(parentId).stream().map((row) -> row.of(parentId, zone)).toList();
		List<InvitationView> open = this.invitations
			.findByParentIdAndStatusAndExpiresAtAfterOrderByCreatedAtDesc(parentId, InvitationStatus.PENDING, now)
			.stream()
			.map((invitation) -> new InvitationView(invitation.getId(), invitation.getConsultantEmail(),
					local(invitation.getCreatedAt(), zone), local(invitation.getExpiresAt(), zone)))
			.toList();
		List<AccessView> looks = new ArrayList<>(this.accessRecords.recordsOf(parentId, Limit.of(ACCESS_RECORDS_SHOWN))
			.stream()
			.map((row) -> row.in(zone))
			.toList());
		looks.addAll(this.links.looks(parentId, zone, ACCESS_RECORDS_SHOWN));
		looks.sort(Comparator.comparing(AccessView::at).reversed());
		return new SharingPage(all.stream().filter(ShareView::active).toList(),
				all.stream().filter((share) -> !share.active()).toList(), open,
				List.copyOf(looks.subList(0, Math.min(looks.size(), ACCESS_RECORDS_SHOWN))), this.links.open(parentId));
	}

	/**
	 * The consultant ends the relationship; the parent sees it ended in their settings.
	 */
	@Transactional
	public void endShareAsConsultant(long consultantId, long parentId) {
		this.shares.findFirstByParentIdAndConsultantIdAndEndedAtIsNull(parentId, consultantId)
			.orElseThrow(NotFoundException::new)
			.end(consultantId, this.clock.instant());
	}

	/**
	 * The parents sharing with this consultant now.
	 */
	@Transactional(readOnly = true)
	public List<Long> clientIds(long consultantId) {
		return this.shares.clientIdsOf(consultantId);
	}

	/**
	 * Opens a client's data for a consultant and records that they looked (one record per
	 * visit to each part, at its latest look), or answers 404 when the parent does not
	 * share with them.
	 */
	@Transactional
	public Account open(long consultantId, long parentId, Area area) {
		Account parent = requireClient(consultantId, parentId);
		Instant now = this.clock.instant();
		this.accessRecords
			.findFirstByConsultantIdAndParentIdAndAreaAndViewedAtAfterOrderByViewedAtDesc(consultantId, parentId, area,
					now.minus(VISIT))
			.ifPresentOrElse((visit) -> visit.lookedAgain(now),
					() -> this.accessRecords.save(new AccessRecord(parentId, consultantId, area, now)));
		return parent;
	}

	/**
	 * The client's account, when they share with this consultant now; otherwise 404, as
	 * if the client did not exist.
	 */
	@Transactional(readOnly = true)
	public Account requireClient(long consultantId, long parentId) {
		if (!this.shares.existsByParentIdAndConsultantIdAndEndedAtIsNull(parentId, consultantId)) {
			throw new NotFoundException();
		}
		return this.accounts.get(parentId);
	}

	static LocalDateTime local(Instant instant, ZoneId zone) {
		return LocalDateTime.ofInstant(instant, zone);
	}

	static @Nullable LocalDateTime localOrNull(@Nullable Instant instant, ZoneId zone) {
		return (instant != null) ? local(instant, zone) : null;
	}

}
