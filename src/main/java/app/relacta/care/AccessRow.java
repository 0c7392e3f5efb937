package app.relacta.care;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * One look at a parent's data: by whom, at what, when.
 */
public record AccessRow(String consultantName, @Nullable String credential, Area area, Instant viewedAt) {

}
