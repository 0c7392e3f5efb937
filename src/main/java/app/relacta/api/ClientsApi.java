package app.relacta.api;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import app.relacta.account.SignedInUser;
import app.relacta.care.Area;
import app.relacta.care.CareService;
import app.relacta.clients.Attention;
import app.relacta.clients.ClientList;
import app.relacta.clients.ClientListService;
import app.relacta.clients.ClientStatus;
import app.relacta.clients.Trend;
import app.relacta.progress.DailyProgress;
import app.relacta.system.PublicLinks;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * A consultant's clients over the API: only parents who share with them now, and every
 * look at a client's data is in the parent's record of who looked, as on the web.
 */
@RestController
@RequestMapping("/api/v1/clients")
@Tag(name = "Clients", description = "For a consultant: the clients who share with them now, most in need first.")
class ClientsApi {

	private final ClientListService clients;

	private final CareService care;

	private final SessionsApi sessions;

	private final TodayApi days;

	private final PublicLinks links;

	ClientsApi(ClientListService clients, CareService care, SessionsApi sessions, TodayApi days, PublicLinks links) {
		this.links = links;
		this.clients = clients;
		this.care = care;
		this.sessions = sessions;
		this.days = days;
	}

	@GetMapping
	@Operation(operationId = "listClients", summary = "Clients, those who may need attention first",
			description = "A page of the consultant's list with each client's flags, as the Clients page shows it.")
	Paged<Client> list(@AuthenticationPrincipal SignedInUser user,
			@Parameter(description = "Only clients with a flag.") @RequestParam(
					defaultValue = "false") boolean attention,
			@Parameter(description = "How many per page, 1 to 500.") @RequestParam(
					defaultValue = "" + Paged.DEFAULT_LIMIT) int limit,
			@Parameter(description = "How many to skip.") @RequestParam(defaultValue = "0") long offset) {
		Paged.check(limit, offset);
		ClientList list = this.clients.window(user.accountId(), offset, limit, attention);
		return Paged.of(list.matching(), limit, offset, list.shown().stream().map(Client::of).toList(),
				this.links::currentRequest);
	}

	@GetMapping("/{clientId}/sessions")
	@Operation(operationId = "listClientSessions", summary = "A client's sessions, newest first",
			description = "As the parent's own list.")
	Paged<ApiSession> sessions(@AuthenticationPrincipal SignedInUser user,
			@Parameter(description = "The client's id.") @PathVariable long clientId,
			@Parameter(description = "The first local day, ISO.") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate from,
			@Parameter(description = "The last local day, ISO.") @RequestParam(required = false) @DateTimeFormat(
					iso = DateTimeFormat.ISO.DATE) @Nullable LocalDate to,
			@Parameter(description = "How many per page, 1 to 500.") @RequestParam(
					defaultValue = "" + Paged.DEFAULT_LIMIT) int limit,
			@Parameter(description = "How many to skip.") @RequestParam(defaultValue = "0") long offset) {
		this.care.open(user.accountId(), clientId, Area.JOURNAL);
		return this.sessions.list(clientId, from, to, limit, offset);
	}

	@GetMapping("/{clientId}/daily")
	@Operation(operationId = "listClientDaily", summary = "A client's figures of each day",
			description = "As the parent's own daily figures.")
	Paged<DailyProgress> daily(@AuthenticationPrincipal SignedInUser user,
			@Parameter(description = "The client's id.") @PathVariable long clientId,
			@Parameter(description = "The first day, ISO.",
					example = "2026-11-01") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
			@Parameter(description = "The last day, ISO.",
					example = "2026-11-28") @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
			@Parameter(description = "How many per page, 1 to 500.") @RequestParam(
					defaultValue = "" + Paged.DEFAULT_LIMIT) int limit,
			@Parameter(description = "How many to skip.") @RequestParam(defaultValue = "0") long offset) {
		this.care.open(user.accountId(), clientId, Area.PROGRESS);
		return Paged.slice(this.days.daily(clientId, from, to), limit, offset, this.links::currentRequest);
	}

	@Schema(description = "A client as the consultant's list shows them.")
	record Client(@Schema(description = "The client's id.", example = "17") long id,
			@Schema(description = "Their name.", example = "Sam") String name,
			@Schema(description = "Day of their plan.", example = "12") int dayNumber,
			@Schema(description = "Minutes since their last session, or null with none.",
					example = "150") @Nullable Long minutesSinceLastSession,
			@Schema(description = "Sessions in the last 24 hours.", example = "7") int sessions24,
			@Schema(description = "Sessions their plan aims for in 24 hours.", example = "10") int target,
			@Schema(description = "Milk in the last 24 hours, in mL.", example = "120.5") BigDecimal ml24,
			@Schema(description = "How their supply moves against the week before.", example = "UP") Trend trend,
			@Schema(description = "Why they may need attention, most urgent first.") List<Flag> flags,
			@Schema(description = "Answers to the consultant's comments not read yet.",
					example = "1") long newAnswers) {

		static Client of(ClientStatus status) {
			return new Client(status.id(), status.name(), status.dayNumber(),
					(status.sinceLastSession() != null) ? status.sinceLastSession().toMinutes() : null,
					status.sessions24(), status.target(), ApiSession.plain(status.ml24()), status.trend(),
					status.flags().stream().map((flag) -> new Flag(flag.attention(), figure(flag.figure()))).toList(),
					status.newAnswers());
		}

	}

	/**
	 * A flag's figure as a number: minutes for a gap, a percentage or a count otherwise,
	 * or null for a flag without one.
	 */
	static @Nullable Long figure(Object figure) {
		if (figure instanceof Duration duration) {
			return duration.toMinutes();
		}
		String text = figure.toString();
		return text.matches("-?\\d{1,18}") ? Long.valueOf(text) : null;
	}

	@Schema(name = "ClientFlag", description = "One reason a client may need attention.")
	record Flag(@Schema(description = "What it is.", example = "LONG_GAP") Attention reason,
			@Schema(description = "Its figure: minutes for a gap, a percentage lost, a count of nights, or null for "
					+ "a flag without one.", example = "340") @Nullable Long figure) {

	}

}
