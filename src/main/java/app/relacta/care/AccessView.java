package app.relacta.care;

import java.time.LocalDateTime;

/**
 * One look at a parent's data, in their local time.
 */
public record AccessView(String consultant, Area area, LocalDateTime at) {

}
