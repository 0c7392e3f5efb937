package app.relacta.plan;

import java.time.Instant;

/**
 * F3: what a parent noted about a breast that hurts, in one tap.
 *
 * @param pain a painful area
 * @param redness a red area
 * @param heat a hot area
 * @param fever a fever (38 C or more), chills or flu-like aches
 */
public record BreastNote(Instant notedAt, boolean pain, boolean redness, boolean heat, boolean fever) {

}
