package app.relacta.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;

import app.relacta.account.AccountService;
import app.relacta.account.SignedInUser;
import app.relacta.journal.SessionRecord;
import app.relacta.journal.SessionRecords;
import app.relacta.system.PublicLinks;
import app.relacta.system.InvalidInput;
import app.relacta.system.Rejection;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * A parent's sessions over the API, by the journal's own rules.
 */
@RestController
@Tag(name = "Sessions", description = "A parent's logged sessions (pumping, breastfeeding, hand expression).")
class SessionsApi {

	/** Before any journal. */
	static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	/** After any journal. */
	static final LocalDate LATEST = LocalDate.of(2199, 12, 31);

	private final SessionRecords sessions;

	private final AccountService accounts;

	private final PublicLinks links;

	SessionsApi(SessionRecords sessions, AccountService accounts, PublicLinks links) {
		this.sessions = sessions;
		this.accounts = accounts;
		this.links = links;
	}

	@GetMapping("/api/v1/sessions")
	@Operation(operationId = "listSessions", summary = "List sessions, newest first",
			description = "Sessions whose local day is from `from` to `to` (both included), a page at a time.")
	Paged<ApiSession> list(@AuthenticationPrincipal SignedInUser user,
			@Parameter(description = "The first local day, ISO (2026-11-01).") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@Parameter(description = "The last local day, ISO (2026-11-28).") @RequestParam(
					required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@Parameter(description = "How many per page, 1 to 500.") @RequestParam(
					defaultValue = "" + Paged.DEFAULT_LIMIT) int limit,
			@Parameter(description = "How many to skip.") @RequestParam(defaultValue = "0") long offset) {
		return list(user.accountId(), from, to, limit, offset);
	}

	/**
	 * A page of a parent's sessions; for the consultant's API too.
	 */
	Paged<ApiSession> list(long parentId, @Nullable LocalDate from, @Nullable LocalDate to, int limit, long offset) {
		Paged.check(limit, offset);
		LocalDate first = (from != null) ? from : EARLIEST;
		LocalDate last = (to != null) ? to : LATEST;
		if (last.isBefore(first)) {
			throw new InvalidInput(Rejection.of("to", "api.toBeforeFrom"));
		}
		SessionRecords.Slice slice = this.sessions.list(parentId, first, last, limit, offset);
		return Paged.of(slice.count(), limit, offset, slice.results().stream().map(ApiSession::of).toList(),
				this.links::currentRequest);
	}

	@GetMapping("/api/v1/sessions/{id}")
	@Operation(operationId = "getSession", summary = "One session")
	@ApiResponse(responseCode = "200", description = "The session.")
	@ApiResponse(responseCode = "404", description = "No such session of this parent.")
	ApiSession get(@AuthenticationPrincipal SignedInUser user,
			@Parameter(description = "The session's id.") @PathVariable long id) {
		return ApiSession.of(this.sessions.get(user.accountId(), id));
	}

	@PostMapping("/api/v1/sessions")
	@Operation(operationId = "createSession", summary = "Log a session", description = "Needs a read-write token.")
	@ApiResponse(responseCode = "201", description = "Logged; the Location header is its URL.")
	@ApiResponse(responseCode = "400", description = "A value is missing or implausible; `errors` says which.")
	@ApiResponse(responseCode = "409",
			description = "It shares time with a logged session " + "(`conflictingSessionId`).")
	ResponseEntity<ApiSession> create(@AuthenticationPrincipal SignedInUser user, @RequestBody SessionInput input) {
		ZoneId zone = this.accounts.get(user.accountId()).getZone();
		SessionRecord saved = this.sessions.log(user.accountId(), input.entry(zone));
		URI location = this.links.currentRequest().path("/{id}").buildAndExpand(saved.id()).toUri();
		return ResponseEntity.created(location).body(ApiSession.of(saved));
	}

	@PutMapping("/api/v1/sessions/{id}")
	@Operation(operationId = "updateSession", summary = "Change a session",
			description = "Replaces every value; send the `version` last read. Needs a read-write token.")
	@ApiResponse(responseCode = "200", description = "Changed; the session as it is now, with its new version.")
	@ApiResponse(responseCode = "400", description = "A value is missing (the `version` too) or implausible.")
	@ApiResponse(responseCode = "409",
			description = "Changed since that version, or it would overlap another " + "session.")
	ApiSession update(@AuthenticationPrincipal SignedInUser user,
			@Parameter(description = "The session's id.") @PathVariable long id, @RequestBody SessionInput input) {
		if (input.version() == null) {
			// Without the version read, a change could overwrite another one unseen.
			throw new InvalidInput(Rejection.of("version", "api.versionRequired"));
		}
		ZoneId zone = this.sessions.get(user.accountId(), id).zone();
		return ApiSession.of(this.sessions.update(user.accountId(), id, input.entry(zone)));
	}

	@DeleteMapping("/api/v1/sessions/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deleteSession", summary = "Delete a session", description = "Needs a read-write token.")
	void delete(@AuthenticationPrincipal SignedInUser user,
			@Parameter(description = "The session's id.") @PathVariable long id) {
		this.sessions.delete(user.accountId(), id);
	}

}
