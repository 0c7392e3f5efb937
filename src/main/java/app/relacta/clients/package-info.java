/**
 * A consultant's pages: the client list sorted by who needs attention, accepting
 * invitations, and one client's Today, journal, progress and plan, read-only, with notes,
 * comments and plan adjustments.
 */
@NullMarked
package app.relacta.clients;

import org.jspecify.annotations.NullMarked;
