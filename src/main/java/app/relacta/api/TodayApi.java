package app.relacta.api;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import app.relacta.account.SignedInUser;
import app.relacta.plan.Advice;
import app.relacta.plan.ChecklistItem;
import app.relacta.plan.DailyPlan;
import app.relacta.progress.DailyProgress;
import app.relacta.progress.ProgressService;
import app.relacta.system.DurationText;
import app.relacta.system.InvalidInput;
import app.relacta.system.PublicLinks;
import app.relacta.system.Rejection;
import app.relacta.today.TodayService;
import app.relacta.today.TodayView;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A parent's day: today's plan with what is due next, and the figures of each day.
 */
@RestController
@Tag(name = "Plan and progress", description = "Today's plan, and the day-by-day figures behind the chart.")
class TodayApi {

	private final TodayService today;

	private final ProgressService progress;

	private final MessageSource messages;

	private final DurationText durations;

	private final PublicLinks links;

	TodayApi(TodayService today, ProgressService progress, MessageSource messages, DurationText durations,
			PublicLinks links) {
		this.links = links;
		this.today = today;
		this.progress = progress;
		this.messages = messages;
		this.durations = durations;
	}

	@GetMapping("/api/v1/today")
	@Operation(operationId = "getToday", summary = "Today's plan and what is due next")
	ApiToday today(@AuthenticationPrincipal SignedInUser user, Locale locale) {
		TodayView view = this.today.today(user.accountId(), false);
		DailyPlan plan = view.plan();
		List<ApiToday.Line> advice = new ArrayList<>();
		for (ChecklistItem item : plan.checklist()) {
			advice.add(line("CHECKLIST", item.advice(), view, locale, item.status().name()));
		}
		plan.expectations().forEach((line) -> advice.add(line("EXPECTATION", line, view, locale, null)));
		if (plan.supplement() != null) {
			advice.add(line("SUPPLEMENT", plan.supplement().advice(), view, locale, null));
		}
		plan.redFlags().forEach((line) -> advice.add(line("RED_FLAG", line, view, locale, null)));
		return new ApiToday(view.today(), plan.dayNumber(), view.planSetUp(), plan.targetSessions(),
				view.soFar().sessions(), ApiSession.plain(view.soFar().totalMl()),
				(view.next().due() != null) ? view.next().due().toOffsetDateTime() : null, view.next().minutesOverdue(),
				plan.sessions()
					.stream()
					.map((planned) -> new ApiToday.Planned(planned.time().toOffsetDateTime(), planned.night(),
							planned.prolactinHours(), planned.powerPump(), planned.done()))
					.toList(),
				advice);
	}

	private ApiToday.Line line(String kind, Advice advice, TodayView view, Locale locale, @Nullable String status) {
		String text = this.messages.getMessage(advice.key(),
				advice.argsIn(view.unit(), view.weightUnit(), locale, this.durations), locale);
		String source = this.messages.getMessage("rule." + advice.rule() + ".source", null, "", locale);
		return new ApiToday.Line(kind, advice.rule().name(), text, source, status);
	}

	@GetMapping("/api/v1/daily")
	@Operation(operationId = "listDaily", summary = "Figures of each day",
			description = "One entry per local day from `from` to `to` (at most three years), oldest first, a page "
					+ "at a time: sessions, milk in mL, the longest gap, a night session, the 7-day average. The "
					+ "same figures as the chart.")
	Paged<DailyProgress> daily(@AuthenticationPrincipal SignedInUser user,
			@Parameter(description = "The first day, ISO.",
					example = "2026-11-01") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "The last day, ISO.",
					example = "2026-11-28") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@Parameter(description = "How many per page, 1 to 500.") @RequestParam(
					defaultValue = "" + Paged.DEFAULT_LIMIT) int limit,
			@Parameter(description = "How many to skip.") @RequestParam(defaultValue = "0") long offset) {
		return Paged.slice(daily(user.accountId(), from, to), limit, offset, this.links::currentRequest);
	}

	/**
	 * A parent's daily figures; for the consultant's API too.
	 */
	List<DailyProgress> daily(long parentId, LocalDate from, LocalDate to) {
		if (to.isBefore(from)) {
			throw new InvalidInput(Rejection.of("to", "api.toBeforeFrom"));
		}
		if (ChronoUnit.DAYS.between(from, to) + 1 > ProgressService.MAX_DAYS) {
			throw new InvalidInput(Rejection.of("to", "api.tooManyDays", ProgressService.MAX_DAYS));
		}
		return this.progress.daily(parentId, from, to);
	}

}
