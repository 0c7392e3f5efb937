/**
 * The demo: a parent replaying the source article's 21-day diary, their consultant and
 * two more clients, created once on a first start when {@code relacta.demo.enabled}. It
 * uses the features' services the way a person would, and nothing depends on it.
 */
@NullMarked
package app.relacta.demo;

import org.jspecify.annotations.NullMarked;
