package app.relacta.api;

import java.util.List;
import java.util.function.Supplier;

import app.relacta.system.InvalidInput;
import app.relacta.system.Rejections;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * One page of a list: how many there are in all, links to the pages before and after, and
 * this page's items.
 */
@Schema(description = "One page of a list, with limit/offset paging.")
record Paged<T>(@Schema(description = "How many items match in all.", example = "132") long count, @Schema(
		description = "The next page: its path and query (under the server's configured public address, if it has one), or null on the last.",
		example = "/api/v1/sessions?limit=50&offset=50") @Nullable String next,
		@Schema(description = "The URL of the page before, or null on the first.") @Nullable String previous,
		@Schema(description = "This page's items.") List<T> results) {

	/** What a page holds when the caller does not say. */
	static final int DEFAULT_LIMIT = 50;

	/** The most a page holds. */
	static final int MAX_LIMIT = 500;

	/**
	 * Refuses a limit or an offset out of range, beside its parameter.
	 * @throws InvalidInput if either is
	 */
	static void check(int limit, long offset) {
		Rejections rejections = new Rejections();
		if (limit < 1 || limit > MAX_LIMIT) {
			rejections.reject("limit", "api.limit", MAX_LIMIT);
		}
		if (offset < 0) {
			rejections.reject("offset", "api.offset");
		}
		rejections.throwIfAny();
	}

	/**
	 * A page of the current request's list, its links made from the request's own path
	 * and query ({@code current}: relative, or under the configured public address) with
	 * the offset moved.
	 */
	static <T> Paged<T> of(long count, int limit, long offset, List<T> results,
			Supplier<UriComponentsBuilder> current) {
		String next = (offset + limit < count) ? link(current, limit, offset + limit) : null;
		String previous = (offset > 0) ? link(current, limit, Math.max(0, Math.min(offset, count) - limit)) : null;
		return new Paged<>(count, next, previous, results);
	}

	/**
	 * A page of a list already read whole (a range of days, bounded by its dates).
	 * @throws InvalidInput if the limit or the offset is out of range
	 */
	static <T> Paged<T> slice(List<T> all, int limit, long offset, Supplier<UriComponentsBuilder> current) {
		check(limit, offset);
		int from = (int) Math.min(offset, all.size());
		return of(all.size(), limit, offset, List.copyOf(all.subList(from, Math.min(all.size(), from + limit))),
				current);
	}

	private static String link(Supplier<UriComponentsBuilder> current, int limit, long offset) {
		return current.get()
			.replaceQueryParam("limit", limit)
			.replaceQueryParam("offset", offset)
			.build()
			.toUriString();
	}

}
