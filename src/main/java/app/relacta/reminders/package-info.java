/**
 * Reminders on the phone: web push (VAPID, RFC 8291 encryption with the JDK's crypto)
 * telling a parent "your next session is due" at the plan's next due time, scheduled
 * after every logged session, at most once per session, silent in each device's quiet
 * hours, and sent once whatever the number of instances.
 */
@NullMarked
package app.relacta.reminders;

import org.jspecify.annotations.NullMarked;
