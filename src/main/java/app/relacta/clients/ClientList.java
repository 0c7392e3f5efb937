package app.relacta.clients;

import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * One page of a consultant's client list: the clients who may need attention first, a
 * page of {@code pageSize} at most, narrowed to those who may need attention or to a name
 * when asked.
 *
 * @param total the clients the consultant has, before narrowing
 * @param needingAttention how many of them have a flag
 * @param matching how many the narrowing leaves
 * @param first the position (from 1) of the first client shown
 */
public record ClientList(List<ClientStatus> shown, int total, int needingAttention, int matching, int page, int pages,
		int first, boolean attentionOnly, String name) {

	/** The longest name a consultant can search for. */
	static final int MAX_NAME = 80;

	static ClientList of(List<ClientStatus> sorted, int requestedPage, int pageSize, boolean attentionOnly,
			@Nullable String name) {
		List<ClientStatus> matching = matching(sorted, attentionOnly, name);
		int pages = Math.max(1, (matching.size() + pageSize - 1) / pageSize);
		int page = Math.min(Math.max(1, requestedPage), pages);
		return window(sorted, matching, (long) (page - 1) * pageSize, pageSize, attentionOnly, name);
	}

	/**
	 * The clients from {@code offset} (from 0), {@code limit} at most: the API's way to
	 * page, as its other lists do.
	 */
	static ClientList ofWindow(List<ClientStatus> sorted, long offset, int limit, boolean attentionOnly) {
		return window(sorted, matching(sorted, attentionOnly, null), offset, limit, attentionOnly, null);
	}

	private static List<ClientStatus> matching(List<ClientStatus> sorted, boolean attentionOnly,
			@Nullable String name) {
		String lower = wanted(name).toLowerCase(Locale.ROOT);
		return sorted.stream()
			.filter((client) -> !attentionOnly || client.score() > 0)
			.filter((client) -> lower.isEmpty() || client.name().toLowerCase(Locale.ROOT).contains(lower))
			.toList();
	}

	private static String wanted(@Nullable String name) {
		String wanted = (name != null) ? name.strip() : "";
		return wanted.substring(0, Math.min(wanted.length(), MAX_NAME));
	}

	private static ClientList window(List<ClientStatus> sorted, List<ClientStatus> matching, long offset, int limit,
			boolean attentionOnly, @Nullable String name) {
		int from = (int) Math.min(offset, matching.size());
		List<ClientStatus> shown = matching.subList(from, Math.min(from + limit, matching.size()));
		int pages = Math.max(1, (matching.size() + limit - 1) / limit);
		int needing = (int) sorted.stream().filter((client) -> client.score() > 0).count();
		return new ClientList(List.copyOf(shown), sorted.size(), needing, matching.size(), from / limit + 1, pages,
				from + 1, attentionOnly, wanted(name));
	}

	/**
	 * The same page, showing these clients instead (the same ones, with more figures).
	 */
	ClientList withShown(List<ClientStatus> clients) {
		return new ClientList(List.copyOf(clients), this.total, this.needingAttention, this.matching, this.page,
				this.pages, this.first, this.attentionOnly, this.name);
	}

	/** The position of the last client shown. */
	public int last() {
		return this.first + this.shown.size() - 1;
	}

	public boolean narrowed() {
		return this.attentionOnly || !this.name.isEmpty();
	}

}
