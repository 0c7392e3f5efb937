/**
 * The daily plan: a parent's plan settings, the rule table from the guidance, and the
 * engine (pure Java) that turns them into a day's plan and a review of how the day went.
 */
@NullMarked
package app.relacta.plan;

import org.jspecify.annotations.NullMarked;
