/**
 * The session journal: logged pumping, breastfeeding and hand-expression sessions of a
 * parent.
 */
@NullMarked
package app.relacta.journal;

import org.jspecify.annotations.NullMarked;
