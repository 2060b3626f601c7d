/**
 * The HTTP API compliance reads through the gateway: a conversation's trail and its
 * verification, transfers by customer, refusals and blocks by reason, the JSON-lines
 * export and the compliance checks. A resource server: scope {@code audit.read} for all,
 * {@code audit.pii} to see personal data in the clear.
 */
package com.bank.assistant.audit.web;
