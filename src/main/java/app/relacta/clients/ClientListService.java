package app.relacta.clients;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.Set;
import java.util.stream.Collectors;

import app.relacta.plan.BabyCheck;
import app.relacta.plan.PlanEngine;
import app.relacta.plan.PlanService;
import app.relacta.plan.PlanSettings;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A consultant's client list, sorted so that the client who most needs attention comes
 * first. Every figure comes from a query over all clients at once (their kept day totals,
 * see {@link ClientListQueries}), so the number of queries is the same for 1 client or
 * 1,000, and for a week of logs or a year.
 */
@Service
public class ClientListService {

	/** The days of baby checks the red flags read (as the Today page). */
	private static final int CHECK_DAYS = 21;

	private final PlanService plans;

	private final ClientListQueries queries;

	private final Clock clock;

	private final int dropPercent;

	private final int pageSize;

	ClientListService(PlanService plans, ClientListQueries queries, Clock clock,
			@Value("${relacta.clients.volume-drop-percent:25}") int dropPercent,
			@Value("${relacta.clients.page-size:50}") int pageSize) {
		this.pageSize = pageSize;
		this.plans = plans;
		this.queries = queries;
		this.clock = clock;
		this.dropPercent = dropPercent;
	}

	/**
	 * A page of the list: those who may need attention first,
	 * {@code relacta.clients.page-size} (50) at most, narrowed to those with a flag
	 * ({@code attentionOnly}) or to names containing {@code name} when asked. Every
	 * client is assessed for the order (their flags); the last 24 hours, which no flag
	 * reads, are summed only for the clients on the page.
	 */
	@Transactional(readOnly = true)
	public ClientList list(long consultantId, int page, boolean attentionOnly, @Nullable String name) {
		return list(consultantId, (sorted) -> ClientList.of(sorted, page, this.pageSize, attentionOnly, name));
	}

	/**
	 * The same list, {@code limit} clients from {@code offset}: the API's paging.
	 */
	@Transactional(readOnly = true)
	public ClientList window(long consultantId, long offset, int limit, boolean attentionOnly) {
		return list(consultantId, (sorted) -> ClientList.ofWindow(sorted, offset, limit, attentionOnly));
	}

	private ClientList list(long consultantId, Function<List<ClientStatus>, ClientList> select) {
		Map<Long, ClientListQueries.ClientRow> clients = this.queries.clients(consultantId)
			.stream()
			.collect(Collectors.toMap(ClientListQueries.ClientRow::id, (client) -> client));
		if (clients.isEmpty()) {
			return select.apply(List.of());
		}
		Figures figures = figures(consultantId, clients);
		List<ClientStatus> sorted = clients.keySet()
			.stream()
			.map((id) -> figures.assess(id, null))
			.sorted(ClientAssessment.MOST_IN_NEED_FIRST)
			.toList();
		ClientList list = select.apply(sorted);
		Map<Long, ClientListQueries.Last24Row> lastDay = this.queries
			.lastDay(consultantId, list.shown().stream().map(ClientStatus::id).toList(),
					figures.now().minus(Duration.ofDays(1)), figures.now())
			.stream()
			.collect(Collectors.toMap(ClientListQueries.Last24Row::parentId, (row) -> row));
		return list.withShown(
				list.shown().stream().map((client) -> figures.assess(client.id(), lastDay.get(client.id()))).toList());
	}

	/** What the list reads of all the clients at once, a query per kind of figure. */
	private Figures figures(long consultantId, Map<Long, ClientListQueries.ClientRow> parents) {
		Instant now = this.clock.instant();
		LocalDate earliestToday = parents.values()
			.stream()
			.map((parent) -> LocalDate.ofInstant(now, parent.zone()))
			.min(LocalDate::compareTo)
			.orElse(LocalDate.ofInstant(now, this.clock.getZone()));
		Map<Long, List<ClientListQueries.DayRow>> days = this.queries
			.dayTotals(consultantId, earliestToday.minusDays(ClientAssessment.DAYS_READ))
			.stream()
			.collect(Collectors.groupingBy(ClientListQueries.DayRow::parentId));
		Map<Long, Instant> lastStarts = new HashMap<>();
		days.forEach((id, recent) -> lastStarts.put(id,
				recent.stream().map(ClientListQueries.DayRow::lastStart).max(Instant::compareTo).orElseThrow()));
		lastStarts.putAll(this.queries.lastStarts(consultantId,
				parents.keySet().stream().filter((id) -> !days.containsKey(id)).toList()));
		Map<Long, LocalDate> firstDays = new HashMap<>();
		parents.forEach((id, parent) -> firstDays.put(id, parent.firstDay()));
		return new Figures(parents, this.plans.currentAll(firstDays), now, days, lastStarts,
				this.queries.babyChecks(consultantId, earliestToday.minusDays(CHECK_DAYS))
					.stream()
					.collect(Collectors.groupingBy(ClientListQueries.BabyRow::parentId,
							Collectors.mapping(ClientListQueries.BabyRow::check, Collectors.toList()))),
				this.queries.newAnswers(consultantId),
				this.queries.soreBreasts(consultantId, now.minus(PlanEngine.BREAST_NOTE_SHOWN)), this.dropPercent);
	}

	private record Figures(Map<Long, ClientListQueries.ClientRow> parents, Map<Long, PlanSettings> settings,
			Instant now, Map<Long, List<ClientListQueries.DayRow>> days, Map<Long, Instant> lastStarts,
			Map<Long, List<BabyCheck>> checks, Map<Long, Long> answers, Set<Long> soreBreasts, int dropPercent) {

		/**
		 * A client's status; with {@code last24} null, as if nothing was logged in it.
		 */
		ClientStatus assess(long id, ClientListQueries.@Nullable Last24Row last24) {
			ClientListQueries.ClientRow parent = this.parents.get(id);
			List<ClientListQueries.DayRow> recent = this.days.getOrDefault(id, List.of());
			ClientAssessment.Recent logged = new ClientAssessment.Recent((last24 != null) ? (int) last24.sessions() : 0,
					(last24 != null && last24.totalMl() != null) ? last24.totalMl() : BigDecimal.ZERO,
					recent.stream()
						.filter((day) -> day.prolactinSessions() > 0)
						.map(ClientListQueries.DayRow::date)
						.collect(Collectors.toSet()),
					this.lastStarts.get(id));
			return ClientAssessment
				.assess(id, parent.displayName(), parent.unit(), this.settings.get(id), parent.zone(), this.now,
						dailyMl(recent), logged, this.checks.getOrDefault(id, List.of()), this.dropPercent,
						this.soreBreasts.contains(id))
				.withNewAnswers(this.answers.getOrDefault(id, 0L));
		}

	}

	private static Map<LocalDate, BigDecimal> dailyMl(List<ClientListQueries.DayRow> days) {
		Map<LocalDate, BigDecimal> daily = new HashMap<>();
		for (ClientListQueries.DayRow day : days) {
			if (day.totalMl() != null) {
				daily.put(day.date(), day.totalMl());
			}
		}
		return daily;
	}

}
