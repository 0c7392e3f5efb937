/**
 * Progress over days: the day-by-day figures as JSON, the chart and the table.
 */
@NullMarked
package app.relacta.progress;

import org.jspecify.annotations.NullMarked;
