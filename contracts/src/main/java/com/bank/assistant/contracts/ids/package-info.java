/**
 * Typed identifiers and money, so that a customer id is never passed where a conversation
 * id belongs.
 */
package com.bank.assistant.contracts.ids;
