package app.relacta.wellbeing;

import java.util.List;

import app.relacta.plan.Advice;
import org.jspecify.annotations.Nullable;

/**
 * The mood card of the Today page.
 *
 * @param today today's check-in, or null if none yet (or, for a consultant, not shared)
 * @param help F4's help, shown plainly
 * @param sharesByDefault whether the form offers sharing ticked (the parent's last
 * choice)
 */
public record MoodToday(@Nullable Mood today, List<Advice> help, boolean sharesByDefault) {

}
