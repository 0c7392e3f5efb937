/**
 * Imports from the tracker a parent used before: Relacta's own CSV export, Baby Buddy's
 * exports (pumping, feeding, diaper changes, weight) and Huckleberry's CSV export. The
 * kind of file is told from its header; a preview says what would be added and what left
 * out before one confirm saves it.
 */
@NullMarked
package app.relacta.imports;

import org.jspecify.annotations.NullMarked;
