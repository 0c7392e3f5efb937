package app.relacta.plan;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * Everything the engine says about one day, in one voice ({@link OneVoice}): the day's
 * plan, the review of the day so far and, when there was one, of yesterday.
 */
public record DayAdvice(DailyPlan plan, DayReview soFar, @Nullable DayReview yesterday) {

	/**
	 * Every line shown together, red flags first: the flags, the supplement card, the
	 * checklist, the reviews and what to expect.
	 */
	public List<Advice> shown() {
		List<Advice> lines = new ArrayList<>(this.plan.redFlags());
		SupplementTaper.SupplementAdvice supplement = this.plan.supplement();
		if (supplement != null) {
			lines.add(supplement.advice());
			lines.addAll(supplement.reasons());
		}
		this.plan.checklist().forEach((item) -> lines.add(item.advice()));
		if (this.yesterday != null) {
			lines.addAll(this.yesterday.findings());
			lines.add(this.yesterday.tomorrow());
		}
		lines.addAll(this.soFar.findings());
		lines.add(this.soFar.tomorrow());
		lines.addAll(this.plan.expectations());
		return lines;
	}

	/**
	 * This day's advice with every line passed through {@code change}: a line it maps to
	 * null is left out. A review's "tomorrow" is never left out, only rewritten.
	 */
	DayAdvice map(Function<Advice, @Nullable Advice> change) {
		DailyPlan p = this.plan;
		SupplementTaper.SupplementAdvice s = p.supplement();
		SupplementTaper.SupplementAdvice supplement = (s != null) ? new SupplementTaper.SupplementAdvice(s.direction(),
				Objects.requireNonNullElse(change.apply(s.advice()), s.advice()), each(s.reasons(), change),
				s.timeline()) : null;
		List<ChecklistItem> checklist = p.checklist().stream().map((item) -> {
			Advice advice = change.apply(item.advice());
			return (advice != null) ? new ChecklistItem(advice, item.status()) : null;
		}).filter(Objects::nonNull).map(Objects::requireNonNull).toList();
		DailyPlan plan = new DailyPlan(p.date(), p.dayNumber(), p.targetSessions(), p.dayInterval(), p.nightInterval(),
				p.sessions(), checklist, each(p.expectations(), change), supplement, each(p.redFlags(), change));
		return new DayAdvice(plan, review(this.soFar, change),
				(this.yesterday != null) ? review(this.yesterday, change) : null);
	}

	private static DayReview review(DayReview r, Function<Advice, @Nullable Advice> change) {
		return new DayReview(r.date(), r.sessions(), r.target(), r.longestDayGap(), r.longestNightGap(),
				r.nightWindowSession(), r.prolactinSession(), r.powerPumps(), r.handExpressionSessions(), r.totalMl(),
				r.previousAverageMl(), each(r.findings(), change),
				Objects.requireNonNullElse(change.apply(r.tomorrow()), r.tomorrow()));
	}

	private static List<Advice> each(List<Advice> lines, Function<Advice, @Nullable Advice> change) {
		return lines.stream().map(change).filter(Objects::nonNull).map(Objects::requireNonNull).toList();
	}

}
