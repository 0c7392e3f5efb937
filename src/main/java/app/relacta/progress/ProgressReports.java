package app.relacta.progress;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.net.URL;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.VolumeUnit;
import app.relacta.baby.BabyCheckView;
import app.relacta.baby.BabyService;
import app.relacta.care.NoteService;
import app.relacta.plan.PlanService;
import app.relacta.system.DurationText;
import app.relacta.system.Rejections;
import app.relacta.wellbeing.WellbeingService;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.jspecify.annotations.Nullable;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The progress report a parent (or their consultant) prints for a consultant or a doctor:
 * the chart, the day table against the plan, milestones, baby checks and supplement,
 * medicines and herbs, and the consultant's notes, as a PDF made from a Thymeleaf
 * template (openhtmltopdf).
 */
@Service
public class ProgressReports {

	/** Where the report's stylesheet lies, on the class path. */
	private static final URL STYLES = Objects.requireNonNull(ProgressReports.class.getResource("/pdf/report.css"));

	/** The longest report: a year of days. */
	static final int MAX_DAYS = 366;

	/** What the report covers when not asked: the last two weeks. */
	public static final int DEFAULT_DAYS = 14;

	private final ProgressService progress;

	private final AccountService accounts;

	private final PlanService plans;

	private final BabyService baby;

	private final WellbeingService wellbeing;

	private final NoteService notes;

	private final DurationText durations;

	private final ITemplateEngine templates;

	private final Clock clock;

	ProgressReports(ProgressService progress, AccountService accounts, PlanService plans, BabyService baby,
			WellbeingService wellbeing, NoteService notes, DurationText durations, ITemplateEngine templates,
			Clock clock) {
		this.progress = progress;
		this.accounts = accounts;
		this.plans = plans;
		this.baby = baby;
		this.wellbeing = wellbeing;
		this.notes = notes;
		this.durations = durations;
		this.templates = templates;
		this.clock = clock;
	}

	/**
	 * The form to ask for a report, filled with the last two weeks of the parent.
	 */
	@Transactional(readOnly = true)
	public ReportForm defaultForm(long parentId) {
		LocalDate today = LocalDate.now(this.clock.withZone(this.accounts.get(parentId).getZone()));
		return new ReportForm(today.minusDays(DEFAULT_DAYS - 1), today);
	}

	/**
	 * What is wrong with a report's range: each day given, the last on or after the
	 * first, at most a year.
	 */
	static Rejections check(ReportForm form) {
		Rejections rejections = new Rejections().required("from", form.from()).required("to", form.to());
		if (form.from() != null && form.to() != null) {
			if (form.to().isBefore(form.from())) {
				rejections.reject("to", "report.toBeforeFrom");
			}
			else if (ChronoUnit.DAYS.between(form.from(), form.to()) + 1 > MAX_DAYS) {
				rejections.reject("to", "report.tooLong", MAX_DAYS);
			}
		}
		return rejections;
	}

	/**
	 * The report of the parent's days from {@code from} to {@code to}.
	 */
	@Transactional(readOnly = true)
	public ProgressReport report(long parentId, LocalDate from, LocalDate to, Locale locale) {
		Account parent = this.accounts.get(parentId);
		ProgressPage page = this.progress.between(parentId, from, to);
		List<ProgressReport.Line> days = new ArrayList<>();
		for (ProgressDay day : page.days()) {
			DailyProgress figures = day.figures();
			days.add(new ProgressReport.Line(figures.date(), figures.day(), figures.sessions(),
					(figures.totalMl() > 0) ? day.total() : "—",
					(figures.longestGapMinutes() > 0) ? this.durations.format(day.longestGap(), locale) : "—",
					figures.nightSession(), figures.powerPumps(), figures.dropsOnlySessions(), day.firstNote()));
		}
		Collections.reverse(days);
		List<BabyCheckView> checks = new ArrayList<>(this.baby.views(parentId, from, to));
		Collections.reverse(checks);
		return new ProgressReport(parent.getDisplayName(), from, to,
				LocalDate.now(this.clock.withZone(parent.getZone())), parent.getUnit().symbol(),
				this.plans.current(parent).targetSessions(), days, chart(page), page.milestones(), checks,
				this.wellbeing.medications(parentId)
					.stream()
					.filter((medication) -> !medication.startedOn().isAfter(to)
							&& (medication.stoppedOn() == null || !medication.stoppedOn().isBefore(from)))
					.toList(),
				this.notes.notesBetween(parentId, from, to));
	}

	/**
	 * The chart of the page's days (the page lists them newest first): its scale a round
	 * number at or above the tallest bar, average and goal, so that its three labels read
	 * plainly.
	 */
	static ProgressReport.Chart chart(ProgressPage page) {
		List<ProgressDay> days = new ArrayList<>(page.days());
		Collections.reverse(days);
		double tallest = 0;
		for (ProgressDay day : days) {
			tallest = Math.max(tallest, Math.max(day.figures().totalMl(), day.figures().average7Ml()));
		}
		BigDecimal goal = page.goalMl();
		if (goal != null) {
			tallest = Math.max(tallest, goal.doubleValue());
		}
		VolumeUnit unit = page.unit();
		double scale = roundUp(unit.fromMillilitres(BigDecimal.valueOf(Math.max(tallest, 1))).doubleValue());
		double scaleMl = unit.toMillilitres(BigDecimal.valueOf(scale)).doubleValue();
		List<ProgressReport.Bar> bars = new ArrayList<>();
		double lastAverage = 0;
		for (ProgressDay day : days) {
			DailyProgress figures = day.figures();
			double ml = figures.totalMl();
			bars.add(new ProgressReport.Bar(figures.date(), (ml > 0) ? Math.max(1, height(ml, scaleMl)) : 0,
					height(figures.average7Ml(), scaleMl), figures.complete()));
			if (figures.complete()) {
				lastAverage = figures.average7Ml();
			}
		}
		String symbol = " " + unit.symbol();
		return new ProgressReport.Chart(bars, unit.format(BigDecimal.valueOf(scaleMl)) + symbol,
				unit.format(BigDecimal.valueOf(scaleMl / 2)) + symbol,
				(goal != null) ? height(goal.doubleValue(), scaleMl) : null,
				(goal != null) ? unit.format(goal) + symbol : null,
				unit.format(BigDecimal.valueOf(lastAverage)) + symbol);
	}

	private static int height(double ml, double scaleMl) {
		return (int) Math.round(Math.min(ml, scaleMl) * 100 / scaleMl);
	}

	/**
	 * The next of 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8 (times a power of ten) at or above
	 * {@code value}: a scale whose half is a round number too.
	 */
	static double roundUp(double value) {
		double power = Math.pow(10, Math.floor(Math.log10(value)));
		for (double step : new double[] { 1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10 }) {
			if (step * power >= value - 1e-9) {
				return step * power;
			}
		}
		return 10 * power;
	}

	/**
	 * Writes the report as a PDF: the template {@code progress/report} made into HTML in
	 * the reader's language, then laid out on A4 pages.
	 */
	public void writePdf(ProgressReport report, Locale locale, OutputStream out) throws IOException {
		Context context = new Context(locale);
		context.setVariable("r", report);
		String html = this.templates.process("progress/report", context);
		PdfRendererBuilder builder = new PdfRendererBuilder();
		builder.useFastMode();
		// The stylesheet is read from the application itself, beside nothing else.
		builder.withHtmlContent(html, STYLES.toExternalForm());
		builder.toStream(out);
		builder.run();
	}

	/**
	 * The range a report covers, as asked on the progress page.
	 */
	public record ReportForm(@Nullable LocalDate from, @Nullable LocalDate to) {

	}

}
