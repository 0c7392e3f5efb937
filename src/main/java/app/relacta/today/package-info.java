/**
 * The Today page: what is due next, today's plan and numbers, yesterday's review, and the
 * session timers.
 */
@NullMarked
package app.relacta.today;

import org.jspecify.annotations.NullMarked;
