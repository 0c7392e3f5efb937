package app.relacta.api;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import app.relacta.account.Account;
import app.relacta.account.AccountService;
import app.relacta.account.SignedInUser;
import app.relacta.account.TimeZones;
import app.relacta.account.VolumeUnit;
import app.relacta.account.WeightUnit;
import app.relacta.imports.ImportFileException;
import app.relacta.imports.ImportOptions;
import app.relacta.imports.ImportReport;
import app.relacta.imports.Imports;
import app.relacta.imports.TrackerFormat;
import app.relacta.system.InvalidInput;
import app.relacta.system.Rejection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Imports another tracker's CSV file over the API, as the journal's import page does: a
 * dry run by default, which says what would be added and left out.
 */
@RestController
@Tag(name = "Imports", description = "Bring history from another tracker: Relacta's own CSV export, Baby Buddy's "
		+ "exports (pumping, feedings, diaper changes, weight) and Huckleberry's CSV export.")
class ImportsApi {

	private final Imports imports;

	private final AccountService accounts;

	private final MessageSource messages;

	ImportsApi(Imports imports, AccountService accounts, MessageSource messages) {
		this.imports = imports;
		this.accounts = accounts;
		this.messages = messages;
	}

	@PostMapping(path = "/api/v1/imports", consumes = { "text/csv", "text/plain", "application/octet-stream" })
	@Operation(operationId = "importFile", summary = "Import a tracker's CSV file",
			description = "The file is the body (Content-Type: text/csv, up to 10 MB); its kind is told from its "
					+ "header. A dry run (the default) saves nothing. Importing the same file twice adds nothing the "
					+ "second time. Needs a read-write token.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(description = "The CSV file.",
					content = @Content(mediaType = "text/csv", schema = @Schema(type = "string",
							example = "id,child_id,child_first_name,child_last_name,amount,start,end,notes,tags\n"
									+ "41,1,Mia,Haddad,30.0,2026-11-20 02:10:00,2026-11-20 02:30:00,Night pump,"))))
	@ApiResponse(responseCode = "200", description = "What was (or would be) added and left out.")
	@ApiResponse(responseCode = "400",
			description = "The file cannot be read as a whole (`line` says where); " + "nothing was saved.")
	@ApiResponse(responseCode = "413", description = "Over 10 MB.")
	ResponseEntity<?> importFile(@AuthenticationPrincipal SignedInUser user,
			@Parameter(description = "The IANA time zone of times without an offset (default: the parent's).",
					example = "Europe/London") @RequestParam(required = false) @Nullable String zone,
			@Parameter(description = "The unit of amounts without one (default: the parent's).",
					example = "ML") @RequestParam(required = false) @Nullable VolumeUnit unit,
			@Parameter(description = "The unit of weights (default: the parent's, KG or LB).",
					example = "KG") @RequestParam(required = false) ImportOptions.@Nullable Weight weightUnit,
			@Parameter(description = "Minutes of a session with a start but no end, 1 to 180.",
					example = "15") @RequestParam(defaultValue = "" + ImportOptions.DEFAULT_MINUTES) int minutes,
			@Parameter(description = "Only say what would happen (the default); false imports.",
					example = "true") @RequestParam(defaultValue = "true") boolean dryRun,
			HttpServletRequest request, Locale locale) throws IOException {
		Account parent = this.accounts.get(user.accountId());
		ZoneId readIn = (zone != null)
				? TimeZones.parse(zone)
					.orElseThrow(() -> new InvalidInput(Rejection.of("zone", "import.timeZone.unknown")))
				: parent.getZone();
		if (minutes < 1 || minutes > 180) {
			throw new InvalidInput(Rejection.of("minutes", "import.skip.duration", minutes));
		}
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readNBytes(Imports.MAX_BYTES + 1);
		}
		if (body.length > Imports.MAX_BYTES) {
			return problem(HttpStatus.CONTENT_TOO_LARGE, text("import.file.tooLarge", locale), null);
		}
		ImportOptions options = new ImportOptions(readIn, (unit != null) ? unit : parent.getUnit(), (weightUnit != null)
				? weightUnit
				: (parent.getWeightUnit() == WeightUnit.METRIC) ? ImportOptions.Weight.KG : ImportOptions.Weight.LB,
				minutes);
		try {
			ImportReport report = this.imports.importFile(user.accountId(), Imports.text(body), options, dryRun);
			return ResponseEntity.ok(new Result(report.kind(), report.saved(), report.sessions(), report.babyDays(),
					report.first(), report.last(),
					report.skipped()
						.stream()
						.map((skip) -> new Skipped(skip.line(),
								this.messages.getMessage(skip.code(), skip.argArray(), locale)))
						.toList(),
					report.otherKinds()));
		}
		catch (ImportFileException ex) {
			String reason = this.messages.getMessage(ex.code(), ex.args(), locale);
			return problem(HttpStatus.BAD_REQUEST, text("import.error", locale, ex.line(), reason), ex.line());
		}
	}

	private static ResponseEntity<ProblemDetail> problem(HttpStatus status, String detail, @Nullable Long line) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setProperty("errors", Map.of("file", detail));
		if (line != null) {
			problem.setProperty("line", line);
		}
		return ResponseEntity.status(status).body(problem);
	}

	private String text(String code, Locale locale, Object... args) {
		return this.messages.getMessage(code, args, locale);
	}

	@Schema(name = "ImportResult", description = "What an import added (or a dry run would add).")
	record Result(
			@Schema(description = "The kind of file, told from its header.",
					example = "BABY_BUDDY_PUMPING") TrackerFormat kind,
			@Schema(description = "Whether it was saved (false for a dry run).", example = "false") boolean saved,
			@Schema(description = "Sessions added.", example = "42") int sessions,
			@Schema(description = "Days of baby checks added or filled in.", example = "7") int babyDays,
			@Schema(description = "The first day added.", example = "2026-11-01") @Nullable LocalDate first,
			@Schema(description = "The last day added.", example = "2026-11-20") @Nullable LocalDate last,
			@Schema(description = "Rows left out, with why.") List<Skipped> skipped,
			@Schema(description = "Rows of kinds Relacta does not keep (sleep, baths...).",
					example = "0") int otherKinds) {

	}

	@Schema(name = "ImportSkippedRow", description = "A row left out of an import.")
	record Skipped(@Schema(description = "Its line in the file.", example = "12") long line,
			@Schema(description = "Why, in words.", example = "it overlaps the session on line 11") String reason) {

	}

}
