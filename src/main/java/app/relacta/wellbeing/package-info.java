/**
 * The parent's own wellbeing: a gentle daily mood check-in (S2 step 7, F4) and a log of
 * the medicines and herbs they take (M1-M4), never a suggestion.
 */
@NullMarked
package app.relacta.wellbeing;

import org.jspecify.annotations.NullMarked;
