package app.relacta.care;

import java.time.LocalDateTime;

/**
 * A consultant's note, in the parent's local time.
 */
public record NoteView(Long id, String consultant, String body, LocalDateTime at, boolean dismissed) {

}
