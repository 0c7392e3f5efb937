/**
 * Cross-cutting set-up: security, web configuration, the clock and error handling.
 */
@NullMarked
package app.relacta.system;

import org.jspecify.annotations.NullMarked;
