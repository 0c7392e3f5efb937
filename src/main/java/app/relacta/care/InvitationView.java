package app.relacta.care;

import java.time.LocalDateTime;

import org.jspecify.annotations.Nullable;

/**
 * An open invitation as the parent sees it.
 *
 * @param email the consultant's email, or null for a code
 */
public record InvitationView(Long id, @Nullable String email, LocalDateTime created, LocalDateTime expires) {

}
