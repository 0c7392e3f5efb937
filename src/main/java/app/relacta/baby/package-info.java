/**
 * The baby's daily checks a parent notes: wet diapers, weight and supplement given
 * (R12-R14).
 */
@NullMarked
package app.relacta.baby;

import org.jspecify.annotations.NullMarked;
