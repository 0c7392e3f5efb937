package app.relacta.journal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.system.NotFoundException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Skin-to-skin time and supplementing at the breast, logged in a tap (R8, R9), scoped to
 * the parent who asks.
 */
@Service
public class MomentService {

	private final CareMomentRepository moments;

	private final AccountService accounts;

	private final Clock clock;

	MomentService(CareMomentRepository moments, AccountService accounts, Clock clock) {
		this.moments = moments;
		this.accounts = accounts;
		this.clock = clock;
	}

	/**
	 * Logs a moment now, in the parent's zone.
	 */
	@Transactional
	public MomentView log(long parentId, MomentKind kind) {
		Account parent = this.accounts.get(parentId);
		return MomentView.of(this.moments.save(new CareMoment(parentId, kind, this.clock.instant(), parent.getZone())));
	}

	/**
	 * Deletes a moment logged by mistake; someone else's is not found.
	 */
	@Transactional
	public void delete(long parentId, long momentId) {
		this.moments.delete(this.moments.findByIdAndParentId(momentId, parentId).orElseThrow(NotFoundException::new));
	}

	/**
	 * The moments of these local days, newest first, by day.
	 */
	@Transactional(readOnly = true)
	public Map<LocalDate, List<MomentView>> byDay(long parentId, LocalDate from, LocalDate to) {
		return this.moments.findByParentIdAndLocalDateBetweenOrderByOccurredAtDesc(parentId, from, to)
			.stream()
			.map(MomentView::of)
			.collect(Collectors.groupingBy(MomentView::date, Collectors.toList()));
	}

}
