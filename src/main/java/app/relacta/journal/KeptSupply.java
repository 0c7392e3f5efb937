package app.relacta.journal;

import java.time.LocalDate;
import java.util.List;

import app.relacta.plan.DayVolume;
import app.relacta.plan.SupplyHistory;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plan's window on the kept day totals (R15: the goal or a plateau reached), read
 * without the journal's writers, so that the plan and the journal never wait on each
 * other.
 */
@Component
class KeptSupply implements SupplyHistory {

	private final DayTotals totals;

	KeptSupply(DayTotals totals) {
		this.totals = totals;
	}

	@Override
	@Transactional(readOnly = true)
	public List<DayVolume> dayTotals(long parentId, LocalDate from, LocalDate to) {
		return this.totals.between(parentId, from, to).stream().map(DayTotal::volume).toList();
	}

}
