/**
 * Relacta, a web application for relactation and induced lactation.
 */
@NullMarked
package app.relacta;

import org.jspecify.annotations.NullMarked;
