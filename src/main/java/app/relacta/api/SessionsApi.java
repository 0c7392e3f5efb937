package app.relacta.api;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;

import app.relacta.account.AccountService;
import app.relacta.account.SignedInUser;
import app.relacta.journal.SessionChangedElsewhereException;
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
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
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
	@ApiResponse(responseCode = "200",
			description = "The session; its `ETag` names its version, for `If-None-Match` and `If-Match`.")
	@ApiResponse(responseCode = "404", description = "No such session of this parent.")
	ResponseEntity<ApiSession> get(@AuthenticationPrincipal SignedInUser user,
			@Parameter(description = "The session's id.") @PathVariable long id) {
		SessionRecord session = this.sessions.get(user.accountId(), id);
		return ResponseEntity.ok().eTag(etag(session)).body(ApiSession.of(session));
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
			description = "Replaces every value; send the `version` last read, or its `ETag` as `If-Match`. Needs "
					+ "a read-write token.")
	@ApiResponse(responseCode = "200", description = "Changed; the session as it is now, with its new version.")
	@ApiResponse(responseCode = "400", description = "A value is missing (the `version` too) or implausible.")
	@ApiResponse(responseCode = "409",
			description = "Changed since that version, or it would overlap another " + "session.")
	@ApiResponse(responseCode = "412", description = "Changed since the `ETag` sent as `If-Match`.")
	ResponseEntity<ApiSession> update(@AuthenticationPrincipal SignedInUser user,
			@Parameter(description = "The session's id.") @PathVariable long id, @RequestBody SessionInput input,
			@Parameter(
					description = "The session's `ETag` as last read, instead of the body's `version`.") @RequestHeader(
							name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		SessionRecord current = this.sessions.get(user.accountId(), id);
		Long expected = input.version();
		if (ifMatch != null) {
			Long tagged = versionOf(ifMatch, id);
			expected = (tagged != null) ? tagged : current.version();
		}
		if (expected == null) {
			// Without the version read, a change could overwrite another one unseen.
			throw new InvalidInput(Rejection.of("version", "api.versionRequired"));
		}
		ZoneId zone = current.zone();
		SessionInput versioned = input.withVersion(expected);
		try {
			SessionRecord changed = this.sessions.update(user.accountId(), id, versioned.entry(zone));
			return ResponseEntity.ok().eTag(etag(changed)).body(ApiSession.of(changed));
		}
		catch (SessionChangedElsewhereException ex) {
			throw (ifMatch != null) ? new PreconditionFailed() : ex;
		}
	}

	@DeleteMapping("/api/v1/sessions/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deleteSession", summary = "Delete a session",
			description = "Needs a read-write token. With `If-Match`, only if it is still that version.")
	@ApiResponse(responseCode = "204", description = "Deleted.")
	@ApiResponse(responseCode = "412", description = "Changed since the `ETag` sent as `If-Match`.")
	void delete(@AuthenticationPrincipal SignedInUser user,
			@Parameter(description = "The session's id.") @PathVariable long id,
			@Parameter(description = "The session's `ETag` as last read: delete only that version.") @RequestHeader(
					name = HttpHeaders.IF_MATCH, required = false) @Nullable String ifMatch) {
		try {
			this.sessions.delete(user.accountId(), id, (ifMatch != null) ? versionOf(ifMatch, id) : null);
		}
		catch (SessionChangedElsewhereException ex) {
			throw new PreconditionFailed();
		}
	}

	/** A session's entity tag: its id and version. */
	static String etag(SessionRecord session) {
		return "\"session-" + session.id() + "-v" + session.version() + "\"";
	}

	/**
	 * The version an {@code If-Match} names for this session; any other tag (another
	 * session's, a digest, {@code *} aside) fails the precondition.
	 */
	private static @Nullable Long versionOf(String ifMatch, long id) {
		String tag = ifMatch.strip();
		if (tag.equals("*")) {
			return null;
		}
		java.util.regex.Matcher matcher = java.util.regex.Pattern.compile("(?:W/)?\"session-(\\d+)-v(\\d+)\"")
			.matcher(tag);
		if (!matcher.matches() || Long.parseLong(matcher.group(1)) != id) {
			throw new PreconditionFailed();
		}
		return Long.parseLong(matcher.group(2));
	}

	/** An {@code If-Match} that no longer holds: 412. */
	static final class PreconditionFailed extends RuntimeException {

		PreconditionFailed() {
			super("Precondition failed", null, false, false);
		}

	}

}
