/**
 * Redis adapters of the chat domain: the conversation registry (conversation id to
 * customer, with a renewed lifetime) and the per-conversation reply streams.
 */
package com.bank.assistant.gateway.conversations;
