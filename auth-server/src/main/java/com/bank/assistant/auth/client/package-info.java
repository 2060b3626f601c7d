/**
 * A plain-Java client of the authorization server (no Spring): logs a user in with the
 * authorization-code flow and PKCE, non-interactively, for the CLI and end-to-end tests.
 */
package com.bank.assistant.auth.client;
