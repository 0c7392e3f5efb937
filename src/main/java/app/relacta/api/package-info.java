/**
 * The JSON API under {@code /api/v1}: personal access tokens (made on Settings, or by a
 * script with the account's password), a parent's sessions, daily figures, today's plan
 * and baby checks, and a consultant's clients, described by OpenAPI at
 * {@code /v3/api-docs}. Tokens are the only way in: no session cookie is accepted here,
 * and no token on the web pages.
 */
@NullMarked
package app.relacta.api;

import org.jspecify.annotations.NullMarked;
