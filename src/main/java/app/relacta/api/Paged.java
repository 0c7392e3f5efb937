package app.relacta.api;

import java.util.List;

import app.relacta.system.InvalidInput;
import app.relacta.system.Rejections;
import io.swagger.v3.oas.annotations.media.Schema;
import org.jspecify.annotations.Nullable;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * One page of a list: how many there are in all, links to the pages before and after, and
 * this page's items.
 */
@Schema(description = "One page of a list, with limit/offset paging.")
record Paged<T>(@Schema(description = "How many items match in all.", example = "132") long count,
		@Schema(description = "The URL of the next page, or null on the last.",
				example = "https://relacta.example/api/v1/sessions?limit=50&offset=50") @Nullable String next,
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
	 * A page of the current request's list, its links made from the request's own URL
	 * with the offset moved.
	 */
	static <T> Paged<T> of(long count, int limit, long offset, List<T> results) {
		String next = (offset + limit < count) ? link(limit, offset + limit) : null;
		String previous = (offset > 0) ? link(limit, Math.max(0, Math.min(offset, count) - limit)) : null;
		return new Paged<>(count, next, previous, results);
	}

	private static String link(int limit, long offset) {
		return ServletUriComponentsBuilder.fromCurrentRequest()
			.replaceQueryParam("limit", limit)
			.replaceQueryParam("offset", offset)
			.build()
			.toUriString();
	}

}
