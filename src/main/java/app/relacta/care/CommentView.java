package app.relacta.care;

import java.time.LocalDateTime;

/**
 * A comment as shown beside a journal day or session.
 */
public record CommentView(Long id, String author, boolean fromParent, String body, LocalDateTime at) {

}
