package app.relacta.account;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The IANA time zones a parent can pick: every region zone (such as Europe/London) plus
 * UTC, without the legacy aliases that would only clutter the list.
 */
public final class TimeZones {

	private static final Set<String> LEGACY_PREFIXES = Set.of("Etc/", "SystemV/", "US/", "Canada/", "Brazil/",
			"Mexico/", "Chile/");

	private static final List<String> SELECTABLE = ZoneId.getAvailableZoneIds()
		.stream()
		.filter(TimeZones::isRegion)
		.sorted()
		.toList();

	private TimeZones() {
	}

	private static boolean isRegion(String id) {
		return id.equals("UTC") || (id.contains("/") && LEGACY_PREFIXES.stream().noneMatch(id::startsWith));
	}

	/**
	 * The zone ids offered in the sign-up and settings forms, sorted.
	 */
	public static List<String> selectable() {
		return SELECTABLE;
	}

	/**
	 * The zone for an id from the list, or empty for anything else (a typo, a tampered
	 * form).
	 */
	public static Optional<ZoneId> parse(String id) {
		return SELECTABLE.contains(id) ? Optional.of(ZoneId.of(id)) : Optional.empty();
	}

}
