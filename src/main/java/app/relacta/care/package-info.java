/**
 * The care team: a parent's consent to share their data with a lactation consultant
 * (invitations, shares, and a record of every look at the data), and what a consultant
 * leaves for the parent (notes on Today, comments on the journal).
 */
@NullMarked
package app.relacta.care;

import org.jspecify.annotations.NullMarked;
