/**
 * Accounts: sign-up, login, roles and a parent's preferences (display name, time zone,
 * unit).
 */
@NullMarked
package app.relacta.account;

import org.jspecify.annotations.NullMarked;
