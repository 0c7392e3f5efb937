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
		BigDecimal top = BigDecimal.ZERO;
		for (ProgressDay day : page.days()) {
			DailyProgress figures = day.figures();
			days.add(new ProgressReport.Line(figures.date(), figures.day(), figures.sessions(),
					(figures.totalMl() > 0) ? day.total() : "—",
					(figures.longestGapMinutes() > 0) ? this.durations.format(day.longestGap(), locale) : "—",
					figures.nightSession(), figures.powerPumps(), figures.dropsOnlySessions(), day.firstNote()));
			top = top.max(BigDecimal.valueOf(figures.totalMl()));
		}
		Collections.reverse(days);
		List<ProgressReport.Bar> chart = new ArrayList<>();
		for (ProgressDay day : page.days()) {
			double ml = day.figures().totalMl();
			int height = (top.signum() > 0) ? (int) Math.round(ml * 100 / top.doubleValue()) : 0;
			chart.add(new ProgressReport.Bar(day.figures().date(), (ml > 0) ? Math.max(1, height) : 0));
		}
		Collections.reverse(chart);
		List<BabyCheckView> checks = new ArrayList<>(this.baby.views(parentId, from, to));
		Collections.reverse(checks);
		return new ProgressReport(parent.getDisplayName(), from, to,
				LocalDate.now(this.clock.withZone(parent.getZone())), parent.getUnit().symbol(),
				this.plans.current(parent).targetSessions(), days, chart,
				page.unit().format(top) + " " + parent.getUnit().symbol(), page.milestones(), checks,
				this.wellbeing.medications(parentId)
					.stream()
					.filter((medication) -> !medication.startedOn().isAfter(to)
							&& (medication.stoppedOn() == null || !medication.stoppedOn().isBefore(from)))
					.toList(),
				this.notes.notesBetween(parentId, from, to));
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
